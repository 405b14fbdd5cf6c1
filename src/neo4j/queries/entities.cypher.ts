import { int } from 'neo4j-driver';
import { NodeKind } from '../../domain/enums';
import { cypher, type CypherQuery } from '../cypher';
import { compileRelationWhere, compileWhere, type Where } from './filters';
import { keysetPredicate, orderByText, reverseOrder, type SortColumn, sortValuesText } from './keyset';
import { edgeProjection, type RelationSpec, relationPattern } from './relations';

/** Projection of a node: its properties plus its labels (mapped to `label` by mappers). */
const NODE = (v: string) => `${v} {.*, __labels: labels(${v})}`;

export function nodesByIds(ids: readonly string[]): CypherQuery {
  return cypher(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, ${NODE('n')} AS node`, { ids });
}

/**
 * Which rows of each parent's ordered related entities: size (+1 read) and the keysets to start
 * after and to stop before, in the reading order (reversed for a backward page).
 */
export interface RelatedWindow {
  columns: readonly SortColumn[];
  limit: number;
  after?: readonly unknown[];
  until?: readonly unknown[];
}

/**
 * Related entities of many parents at once (one round trip per relationship field and argument
 * set, whatever the number of parents): per parent, the total and one ordered window of up to
 * `limit + 1` rows after the cursor. The fallback for fields a selection-aware read
 * (selection.cypher.ts) did not already answer: it reads whole nodes, since it does not know the
 * selection.
 */
export function relatedPages(
  spec: RelationSpec,
  parentIds: readonly string[],
  where: Where | null | undefined,
  edgeWhere: Where | null | undefined,
  window: RelatedWindow,
): CypherQuery {
  const w = compileRelationWhere(spec.target, spec.type, where, edgeWhere, 'n', 'r', 'w');
  const k = window.after ? keysetPredicate(window.columns, window.after, 'n', 'c') : undefined;
  const u = window.until ? keysetPredicate(reverseOrder(window.columns), window.until, 'n', 'u') : undefined;
  const filter = [w.clause.slice('WHERE '.length), k?.predicate, u?.predicate].filter(Boolean).join(' AND ');
  return cypher(
    `UNWIND $parentIds AS pid
     MATCH (p:Entity {id: pid})
     RETURN pid, COUNT { MATCH ${relationPattern(spec)} ${w.clause} } AS total,
       COLLECT { MATCH ${relationPattern(spec)} ${filter ? `WHERE ${filter}` : ''}
                 WITH r, n ${orderByText(window.columns, 'n')} LIMIT $limit
                 RETURN {node: ${NODE('n')}, rel: ${edgeProjection(spec, 'r', 'n')}, sort: ${sortValuesText(window.columns, 'n')}} } AS page`,
    { ...w.params, ...k?.params, ...u?.params, parentIds, limit: int(window.limit + 1) },
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
