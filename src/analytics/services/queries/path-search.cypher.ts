import { int } from 'neo4j-driver';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../domain/enums';
import { cypher, type CypherQuery } from '../../../neo4j/cypher';
import { NODE } from './lookup.cypher';
import { typeAlternation } from './paths.cypher';
import { type SupplyEvidence, supplyEvidenceParams, traversable } from './supply-evidence.cypher';

/**
 * The round trips of the hub-aware path search (see path-search.ts). Degrees are `COUNT {}` over
 * one relationship pattern, which Neo4j answers from the node's degree store: a hub's degree costs
 * nothing, only expanding it would.
 */
export interface SearchPattern {
  types?: readonly RelationshipType[] | null;
  directed: boolean;
  /**
   * Which SUPPLIES links may be traversed (undefined: all). Degrees stay unfiltered: they only
   * decide which entities are hubs and what an expansion costs, an upper bound either way.
   */
  evidence?: SupplyEvidence;
}

/** ` AND <the evidence predicate>` for the relationship `r` between `x` and `y`, when the pattern filters. */
function andTraversable(p: SearchPattern, r: string, x: string, y: string): string {
  return p.evidence ? ` AND ${traversable(r, x, y)}` : '';
}

function evidenceParams(p: SearchPattern): Record<string, unknown> {
  return p.evidence ? supplyEvidenceParams(p.evidence) : {};
}

/**
 * `degree` (either direction, decides hubs) and `cost` (rows an expansion along the side reads;
 * null when undirected: the degree). Over all types the untyped degree is the same number and one
 * lookup instead of one per type.
 */
function degreeOf(v: string, p: SearchPattern, side: 0 | 1): { degree: string; cost: string } {
  const all = !p.types?.length || RELATIONSHIP_TYPES.every((t) => p.types!.includes(t));
  const rel = all ? '' : `:${typeAlternation(p.types)}`;
  const degree = `COUNT { (${v})-[${rel}]-() }`;
  return {
    degree,
    cost: !p.directed ? 'null' : side === 0 ? `COUNT { (${v})-[${rel}]->() }` : `COUNT { (${v})<-[${rel}]-() }`,
  };
}

/** A neighbour `n` reached from `u` over `r`, as a map. */
function neighborRow(p: SearchPattern, side: 0 | 1): string {
  const d = degreeOf('n', p, side);
  return `{from: u.id, id: n.id, labels: labels(n), rel: elementId(r), type: type(r), forward: startNode(r) = u, degree: ${d.degree}, cost: ${d.cost}}`;
}

/** The relationship pattern from a frontier entity `u` to a neighbour `n` along a side. */
function along(p: SearchPattern, side: 0 | 1): string {
  const t = typeAlternation(p.types);
  return !p.directed ? `(u)-[r:${t}]-(n:Entity)` : side === 0 ? `(u)-[r:${t}]->(n:Entity)` : `(u)<-[r:${t}]-(n:Entity)`;
}

/**
 * The two ends with their kinds and degrees and, for an end that is not a hub, its neighbours
 * (the first level of its side), in one round trip.
 */
export function searchStart(
  from: string,
  to: string,
  avoid: readonly string[],
  hubDegree: number,
  p: SearchPattern,
): CypherQuery {
  const end = (side: 0 | 1) => `MATCH (u:Entity {id: $end${side}})
       WITH u, ${degreeOf('u', p, side).degree} AS degree, ${degreeOf('u', p, side).cost} AS cost
       CALL (u, degree) {
         WITH u WHERE degree <= $hubDegree
         MATCH ${along(p, side)}
         WHERE NOT n.id IN $avoid${andTraversable(p, 'r', 'u', 'n')}
         RETURN collect(${neighborRow(p, side)}) AS neighbors
       }
       RETURN ${side} AS side, u.id AS id, labels(u) AS labels, degree, cost, neighbors`;
  return cypher(
    `CALL () {\n       ${end(0)}\n       UNION ALL\n       ${end(1)}\n     }\n     RETURN side, id, labels, degree, cost, neighbors`,
    {
      end0: from,
      end1: to,
      avoid: [...avoid],
      hubDegree: int(hubDegree),
      ...evidenceParams(p),
    },
  );
}

/**
 * One step of the search: the neighbours of one or both frontiers along their side (never an
 * avoided entity), and the relationships h1 -> h2 (either way when undirected) of hub pairs, found
 * from both ends (Expand(Into)). One query text whatever is asked (unused parts get empty lists),
 * so a single plan serves every step.
 */
export function searchStep(
  expand: ReadonlyArray<{ side: 0 | 1; nodes: readonly string[] }>,
  pairs: ReadonlyArray<readonly [string, string]>,
  avoid: readonly string[],
  p: SearchPattern,
): CypherQuery {
  const t = typeAlternation(p.types);
  const frontier = (side: 0 | 1) => `CALL () {
       UNWIND $frontier${side} AS fid
       MATCH (u:Entity {id: fid})
       MATCH ${along(p, side)}
       WHERE NOT n.id IN $avoid${andTraversable(p, 'r', 'u', 'n')}
       RETURN collect(${neighborRow(p, side)}) AS expanded${side}
     }`;
  return cypher(
    `${frontier(0)}
     ${frontier(1)}
     CALL () {
       UNWIND $pairs AS pair
       MATCH (h1:Entity {id: pair[0]}), (h2:Entity {id: pair[1]})
       USING INDEX h1:Entity(id) USING INDEX h2:Entity(id)
       MATCH (h1)-[r:${t}]-${p.directed ? '>' : ''}(h2)${p.evidence ? `\n       WHERE ${traversable('r', 'h1', 'h2')}` : ''}
       RETURN collect({pair: pair, rel: elementId(r), type: type(r), start: startNode(r).id, end: endNode(r).id}) AS adjacent
     }
     RETURN expanded0, expanded1, adjacent`,
    {
      frontier0: [...(expand.find((e) => e.side === 0)?.nodes ?? [])],
      frontier1: [...(expand.find((e) => e.side === 1)?.nodes ?? [])],
      pairs: pairs.map((x) => [...x]),
      avoid: [...avoid],
      ...evidenceParams(p),
    },
  );
}

/**
 * The first pair (in list order) with an entity m between h1 and h2 (h1 -> m -> h2 when
 * directed). The scan starts at the pair's smaller end (the nested subquery keeps the planner
 * from starting at the big one) and stops at the first hit.
 */
export function commonNeighbors(
  pairs: ReadonlyArray<{ pair: readonly [string, string]; smaller: 0 | 1 }>,
  avoid: readonly string[],
  p: SearchPattern,
): CypherQuery {
  const t = typeAlternation(p.types);
  const orient = p.directed
    ? 'AND ((pair.smallFirst AND startNode(rs) = s AND endNode(rb) = b) OR (NOT pair.smallFirst AND endNode(rs) = s AND startNode(rb) = b))'
    : '';
  return cypher(
    `UNWIND $pairs AS pair
     MATCH (s:Entity {id: pair.small})
     CALL (s, pair) {
       MATCH (s)-[rs:${t}]-(m:Entity)
       WHERE m <> s AND NOT m.id IN $avoid${andTraversable(p, 'rs', 's', 'm')}
       CALL (s, pair, rs, m) {
         MATCH (m)-[rb:${t}]-(b:Entity {id: pair.big})
         WHERE rb <> rs ${orient}${andTraversable(p, 'rb', 'm', 'b')}
         RETURN rb LIMIT 1
       }
       RETURN m, rs, rb LIMIT 1
     }
     WITH pair, m, CASE WHEN pair.smallFirst THEN [rs, rb] ELSE [rb, rs] END AS rels
     RETURN [pair.h1, pair.h2] AS pair, m.id AS node,
       [r IN rels | {rel: elementId(r), type: type(r), start: startNode(r).id, end: endNode(r).id}] AS edges
     LIMIT 1`,
    {
      pairs: pairs.map(({ pair, smaller }) => ({
        h1: pair[0],
        h2: pair[1],
        small: pair[smaller],
        big: pair[1 - smaller],
        smallFirst: smaller === 0,
      })),
      avoid: [...avoid],
      ...evidenceParams(p),
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
