import { int } from 'neo4j-driver';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../domain/enums';
import { cypher, type CypherQuery } from '../../../neo4j/cypher';
import { assertDepth } from './depth';
import { NODE } from './lookup.cypher';
import { type SupplyEvidence, supplyEvidenceParams, traversable } from './supply-evidence.cypher';

/**
 * The relationship type alternation of a pattern, built only from members of the fixed
 * RelationshipType list (never from input text); all types when none are given.
 */
export function typeAlternation(types: readonly RelationshipType[] | null | undefined): string {
  const chosen = types?.length ? [...new Set(types)] : RELATIONSHIP_TYPES;
  for (const t of chosen)
    if (!RELATIONSHIP_TYPES.includes(t)) throw new Error(`Unknown relationship type ${String(t)}`);
  return [...chosen].sort().join('|');
}

export interface PathQueryOptions {
  from: string;
  to: string;
  types?: readonly RelationshipType[] | null;
  directed: boolean;
  maxHops: number;
  avoid: readonly string[];
  /** undefined: one shortest path; a number: all shortest paths, at most that many. */
  all?: number;
  /** Which SUPPLIES links may be traversed (undefined: all; other types are never filtered). */
  evidence?: SupplyEvidence;
}

const PATH_ROW = `RETURN [n IN nodes(p) | ${NODE('n')}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS rels`;

/**
 * `shortestPath` / `allShortestPaths` (bidirectional breadth-first search). The avoid predicate
 * is on all nodes of the path and the evidence predicate on all its relationships (each one alone
 * with its two ends), which the planner checks during the search; the start and end are never in
 * `avoid` (validated). The fallback to an exhaustive search is disabled by construction: the
 * predicates depend on nothing but the path's nodes and relationships one at a time.
 */
export function shortestPaths(o: PathQueryOptions): CypherQuery {
  assertDepth(o.maxHops, 15);
  const arrow = o.directed ? '->' : '-';
  const fn = o.all === undefined ? 'shortestPath' : 'allShortestPaths';
  const predicates = [
    ...(o.avoid.length ? ['none(n IN nodes(p) WHERE n.id IN $avoid)'] : []),
    ...(o.evidence ? [`all(r IN relationships(p) WHERE ${traversable('r', 'startNode(r)', 'endNode(r)')})`] : []),
  ];
  return cypher(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = ${fn}((a)-[:${typeAlternation(o.types)}*1..${o.maxHops}]${arrow}(b))
     ${predicates.length ? `WHERE ${predicates.join('\n       AND ')}` : ''}
     WITH p LIMIT $limit
     ${PATH_ROW}`,
    {
      from: o.from,
      to: o.to,
      avoid: [...o.avoid],
      limit: int(o.all ?? 1),
      ...(o.evidence ? supplyEvidenceParams(o.evidence) : {}),
    },
  );
}

/**
 * One breadth-first level of a neighbourhood: the entities next to the frontier not seen yet,
 * at most `limit`, in id order.
 */
export function neighborhoodLevel(
  frontier: readonly string[],
  seen: readonly string[],
  types: readonly RelationshipType[] | null | undefined,
  limit: number,
): CypherQuery {
  return cypher(
    `UNWIND $frontier AS fid
     MATCH (a:Entity {id: fid})-[:${typeAlternation(types)}]-(b:Entity)
     WHERE NOT b.id IN $seen
     WITH DISTINCT b ORDER BY b.id LIMIT $limit
     RETURN ${NODE('b')} AS node`,
    { frontier: [...frontier], seen: [...seen], limit: int(limit) },
  );
}

/** The relationships (of the types) between the given entities, at most `limit`. */
export function edgesAmong(
  ids: readonly string[],
  types: readonly RelationshipType[] | null | undefined,
  limit: number,
): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
     MATCH (a:Entity {id: id})-[r:${typeAlternation(types)}]->(b:Entity)
     WHERE b.id IN $ids
     WITH a, r, b ORDER BY a.id, type(r), b.id LIMIT $limit
     RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS properties`,
    { ids: [...ids], limit: int(limit) },
  );
}
