import { RELATIONSHIP_TYPES, RelationshipType } from '../../domain/enums';
import { cypher, CypherQuery } from '../../neo4j/cypher';
import { NODE } from './lookup.cypher';
import { typeAlternation } from './paths.cypher';

/**
 * The round trips of the hub-aware path search (see path-search.ts). Degrees are `COUNT {}` over
 * one relationship pattern, which Neo4j answers from the node's degree store: a hub's degree costs
 * nothing, only expanding it would.
 */
export interface SearchPattern {
  types?: readonly RelationshipType[] | null;
  directed: boolean;
}

/**
 * `degree` (either direction, decides hubs) and `cost` (rows an expansion along the side reads;
 * null when undirected: the degree).
 * Over all types the untyped degree is the same number and one lookup instead of one per type.
 */
function degrees(v: string, p: SearchPattern, side: 0 | 1): string {
  const all = !p.types?.length || RELATIONSHIP_TYPES.every(t => p.types!.includes(t));
  const rel = all ? '' : `:${typeAlternation(p.types)}`;
  const degree = `COUNT { (${v})-[${rel}]-() }`;
  const cost = !p.directed ? 'null' : side === 0 ? `COUNT { (${v})-[${rel}]->() }` : `COUNT { (${v})<-[${rel}]-() }`;
  return `${degree} AS degree, ${cost} AS cost`;
}

/** Kind and degrees of the two ends (the start's cost along its side, the end's along its own). */
export function searchRoots(from: string, to: string, p: SearchPattern): CypherQuery {
  return cypher(
    `CALL () { MATCH (n:Entity {id: $from}) RETURN n.id AS id, labels(n) AS labels, ${degrees('n', p, 0)}
               UNION ALL
               MATCH (n:Entity {id: $to}) RETURN n.id AS id, labels(n) AS labels, ${degrees('n', p, 1)} }
     RETURN id, labels, degree, cost`,
    { from, to },
  );
}

/**
 * The neighbours of one or both frontiers along their side's direction: out of the start's side,
 * into the end's side (both ways when undirected), never an avoided entity. Rows carry their side.
 */
export function expandFrontiers(requests: ReadonlyArray<{ side: 0 | 1; nodes: readonly string[] }>, avoid: readonly string[], p: SearchPattern): CypherQuery {
  const t = typeAlternation(p.types);
  const branch = (side: 0 | 1) => {
    const pattern = !p.directed ? `(u)-[r:${t}]-(n:Entity)` : side === 0 ? `(u)-[r:${t}]->(n:Entity)` : `(u)<-[r:${t}]-(n:Entity)`;
    return `UNWIND $frontier${side} AS fid
       MATCH (u:Entity {id: fid})
       MATCH ${pattern}
       WHERE NOT n.id IN $avoid
       RETURN ${side} AS side, fid AS from, n.id AS id, labels(n) AS labels, elementId(r) AS rel, type(r) AS type, startNode(r) = u AS forward, ${degrees('n', p, side)}`;
  };
  const params: Record<string, unknown> = { avoid: [...avoid] };
  for (const r of requests) params[`frontier${r.side}`] = [...r.nodes];
  const body = requests.map(r => branch(r.side)).join('\n       UNION ALL\n       ');
  return cypher(requests.length === 1 ? body : `CALL () {\n       ${body}\n     }\n     RETURN *`, params);
}

/** Relationships h1 -> h2 (either way when undirected) for each pair, found from both ends (Expand(Into)). */
export function adjacentPairs(pairs: ReadonlyArray<readonly [string, string]>, p: SearchPattern): CypherQuery {
  const t = typeAlternation(p.types);
  return cypher(
    `UNWIND $pairs AS pair
     MATCH (h1:Entity {id: pair[0]}), (h2:Entity {id: pair[1]})
     MATCH (h1)-[r:${t}]-${p.directed ? '>' : ''}(h2)
     RETURN pair, elementId(r) AS rel, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end`,
    { pairs: pairs.map(x => [...x]) },
  );
}

/**
 * The first pair (in list order) with an entity m between h1 and h2 (h1 -> m -> h2 when
 * directed). The scan starts at the pair's smaller end and stops at the first hit.
 */
export function commonNeighbors(pairs: ReadonlyArray<{ pair: readonly [string, string]; smaller: 0 | 1 }>, avoid: readonly string[], p: SearchPattern): CypherQuery {
  const t = typeAlternation(p.types);
  const orient = p.directed
    ? 'AND ((pair.smallFirst AND startNode(rs) = s AND endNode(rb) = b) OR (NOT pair.smallFirst AND endNode(rs) = s AND startNode(rb) = b))'
    : '';
  return cypher(
    `UNWIND $pairs AS pair
     MATCH (s:Entity {id: pair.small})
     CALL (s, pair) {
       MATCH (s)-[rs:${t}]-(m:Entity)-[rb:${t}]-(b:Entity {id: pair.big})
       WHERE m <> s AND NOT m.id IN $avoid ${orient}
       RETURN m, rs, rb LIMIT 1
     }
     WITH pair, m, CASE WHEN pair.smallFirst THEN [rs, rb] ELSE [rb, rs] END AS rels
     RETURN [pair.h1, pair.h2] AS pair, m.id AS node,
       [r IN rels | {rel: elementId(r), type: type(r), start: startNode(r).id, end: endNode(r).id}] AS edges
     LIMIT 1`,
    {
      pairs: pairs.map(({ pair, smaller }) => ({ h1: pair[0], h2: pair[1], small: pair[smaller], big: pair[1 - smaller], smallFirst: smaller === 0 })),
      avoid: [...avoid],
    },
  );
}

/** The entities and relationship properties of a found path. */
export function pathDetails(nodes: readonly string[], rels: readonly string[]): CypherQuery {
  return cypher(
    `CALL () { UNWIND $nodes AS id MATCH (n:Entity {id: id}) RETURN collect(${NODE('n')}) AS nodes }
     CALL () { UNWIND $rels AS rid MATCH ()-[r]->() WHERE elementId(r) = rid RETURN collect({rel: rid, properties: properties(r)}) AS rels }
     RETURN nodes, rels`,
    { nodes: [...nodes], rels: [...rels] },
  );
}
