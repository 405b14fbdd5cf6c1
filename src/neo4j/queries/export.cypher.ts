import { NODE_KINDS, NodeKind } from '../../domain/enums';
import { type LinkField, NODES } from '../../domain/model';
import { cypher, type CypherQuery } from '../cypher';
import { compileWhere, type Where } from './filters';

/**
 * The export queries: every entity of a kind (or every supply link) matching a filter, in id
 * order, with the ids of the entities its CSV columns reference. Streamed (src/neo4j/stream.ts).
 */

/**
 * Columns of the CSV contract that come from relationships, derived from the links of each kind in
 * the model (src/domain/model/nodes.ts): a list of ids per entity.
 */
export const LINK_COLUMNS: Record<NodeKind, Record<string, string>> = Object.fromEntries(
  NODE_KINDS.map((kind) => [
    kind,
    Object.fromEntries(
      Object.entries(NODES[kind].links as Record<string, LinkField>).map(([column, l]) => [
        column,
        l.direction === 'OUT'
          ? `[(n)-[:${l.type}]->(x:${l.other}) | x.id]`
          : `[(x:${l.other})-[:${l.type}]->(n) | x.id]`,
      ]),
    ),
  ]),
) as Record<NodeKind, Record<string, string>>;

function linkMap(label: NodeKind): string {
  const columns = Object.entries(LINK_COLUMNS[label]);
  return `{${columns.map(([name, expr]) => `${name}: ${expr}`).join(', ')}}`;
}

/** The property names used by the entities of a kind matching the filter (for the CSV header). */
export function entityPropertyKeys(label: NodeKind, where: Where | undefined): CypherQuery {
  const w = compileWhere(label, where);
  return cypher(`MATCH (n:${label}) ${w.clause} UNWIND keys(n) AS key RETURN collect(DISTINCT key) AS keys`, w.params);
}

/** Every entity of a kind matching the filter, by id: `props` (its properties) and `links` (ids per column). */
export function entityRows(label: NodeKind, where: Where | undefined): CypherQuery {
  const w = compileWhere(label, where);
  return cypher(
    `MATCH (n:${label}) ${w.clause}
     WITH n ORDER BY n.id
     RETURN properties(n) AS props, ${linkMap(label)} AS links`,
    w.params,
  );
}

/** A SUPPLIES link is exported when its supplier or its customer matches the facility filter. */
function supplyMatch(where: Where | undefined, mineral: string | undefined) {
  const s = compileWhere(NodeKind.Facility, where, 's', 'ws');
  const c = compileWhere(NodeKind.Facility, where, 'c', 'wc');
  const conditions = [];
  if (s.clause) conditions.push(`((${s.clause.slice(6)}) OR (${c.clause.slice(6)}))`);
  if (mineral !== undefined) conditions.push('r.mineral = $mineral');
  return {
    text: `MATCH (s:Facility)-[r:SUPPLIES]->(c:Facility) ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`,
    params: { ...s.params, ...c.params, mineral: mineral ?? null },
  };
}

export function supplyPropertyKeys(where: Where | undefined, mineral: string | undefined): CypherQuery {
  const m = supplyMatch(where, mineral);
  return cypher(`${m.text} UNWIND keys(r) AS key RETURN collect(DISTINCT key) AS keys`, m.params);
}

/** Supply links with both ends' ids and locations, by supplier, customer and mineral. */
export function supplyRows(where: Where | undefined, mineral: string | undefined): CypherQuery {
  const m = supplyMatch(where, mineral);
  return cypher(
    `${m.text}
     WITH s, r, c ORDER BY s.id, c.id, r.mineral
     RETURN s.id AS supplier, c.id AS customer, properties(r) AS props,
            s.location AS fromLocation, c.location AS toLocation, s.name AS supplierName, c.name AS customerName`,
    m.params,
  );
}
