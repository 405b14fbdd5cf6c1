import { int } from 'neo4j-driver';
import { NodeKind } from '../../domain/enums';
import { cypher, CypherQuery } from '../cypher';
import { compileOrderBy, compileWhere, SortKey, Where } from './filters';
import { RelationSpec, relationPattern } from './relations';

/** Projection of a node: its properties plus its labels (mapped to `label` by mappers). */
const NODE = (v: string) => `${v} {.*, __labels: labels(${v})}`;

export function nodesByIds(ids: readonly string[]): CypherQuery {
  return cypher(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, ${NODE('n')} AS node`, { ids });
}

export interface Window {
  skip: number;
  limit: number;
}

/** One page of entities of a label plus the total count, in one round trip. */
export function entityPage(
  label: NodeKind,
  where: Where | undefined,
  order: readonly SortKey[] | undefined,
  window: Window,
): CypherQuery {
  const w = compileWhere(label, where);
  return cypher(
    `CALL () { MATCH (n:${label}) ${w.clause} RETURN count(n) AS total }
     CALL () { MATCH (n:${label}) ${w.clause} WITH n ${compileOrderBy(order)} SKIP $skip LIMIT $limit
               RETURN collect(${NODE('n')}) AS page }
     RETURN total, page`,
    { ...w.params, skip: int(window.skip), limit: int(window.limit) },
  );
}

/**
 * Related entities of many parents at once (one round trip per relationship field and argument
 * set, whatever the number of parents): per parent, the total and one ordered window.
 */
export function relatedPages(
  spec: RelationSpec,
  parentIds: readonly string[],
  where: Where | undefined,
  order: readonly SortKey[] | undefined,
  window: Window,
): CypherQuery {
  const w = compileWhere(spec.target, where);
  return cypher(
    `UNWIND $parentIds AS pid
     MATCH (p:Entity {id: pid})
     CALL (p) {
       MATCH ${relationPattern(spec)}
       ${w.clause}
       WITH r, n ${compileOrderBy(order)}
       WITH collect({node: ${NODE('n')}, rel: properties(r)}) AS items
       RETURN size(items) AS total, items[$skip..($skip + $limit)] AS page
     }
     RETURN pid, total, page`,
    { ...w.params, parentIds, skip: int(window.skip), limit: int(window.limit) },
  );
}

export function fullTextSearch(text: string, labels: readonly NodeKind[] | undefined, first: number): CypherQuery {
  return cypher(
    `CALL db.index.fulltext.queryNodes('entity_name_fulltext', $text) YIELD node, score
     WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
     RETURN ${NODE('node')} AS node, score ORDER BY score DESC, node.id LIMIT $first`,
    { text, labels: labels?.length ? labels : null, first: int(first) },
  );
}

export function facilitiesNear(
  lat: number,
  lon: number,
  radiusKm: number,
  where: Where | undefined,
  first: number,
): CypherQuery {
  const w = compileWhere(NodeKind.Facility, where);
  const extra = w.clause ? ` AND ${w.clause.slice('WHERE '.length)}` : '';
  return cypher(
    `WITH point({latitude: $lat, longitude: $lon}) AS here
     MATCH (n:Facility)
     WHERE point.distance(n.location, here) <= $radiusM${extra}
     WITH n, point.distance(n.location, here) AS meters
     RETURN ${NODE('n')} AS node, meters ORDER BY meters, n.id LIMIT $first`,
    { ...w.params, lat, lon, radiusM: radiusKm * 1000, first: int(first) },
  );
}
