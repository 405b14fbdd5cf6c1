import { NODE_KINDS, type NodeKind, RELATIONSHIP_TYPES, RelationshipType } from '../../domain/enums';
import { cypher, type CypherQuery } from '../../neo4j/cypher';

/**
 * The loader's writes: one UNWIND per batch. Each returns how many rows created, updated or left
 * unchanged what they describe; unchanged rows are not written at all. Labels and relationship
 * types come only from the fixed enums (asserted), values only through parameters.
 */
export type Outcome = 'created' | 'updated' | 'unchanged';
export const OUTCOMES: readonly Outcome[] = ['created', 'updated', 'unchanged'];

export interface NodeParams {
  id: string;
  props: Record<string, unknown>;
}
export interface LinkParams {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

function label(kind: NodeKind): string {
  if (!NODE_KINDS.includes(kind)) throw new Error(`Not a node kind: ${String(kind)}`);
  return kind;
}
function relType(type: RelationshipType): string {
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`Not a relationship type: ${String(type)}`);
  return type;
}

/*
 * How a batch learns what each row did with a single MERGE (one index seek or expand per row, as a
 * plain MERGE script does): ON CREATE marks the entity with `__created` inside the transaction;
 * the properties read right after tell created / unchanged / updated; the SET that follows for
 * every row that is not unchanged replaces all properties, marker included, so the marker is
 * never committed. Unchanged rows are not written at all.
 */
const outcome = (same: string) =>
  `CASE WHEN before.__created THEN 'created' WHEN ${same} THEN 'unchanged' ELSE 'updated' END`;

/** Nodes MERGE on id; their properties become exactly the row's (SET n = props, id included). */
export function upsertNodes(kind: NodeKind, rows: readonly NodeParams[]): CypherQuery {
  const L = label(kind);
  return cypher(
    `UNWIND $rows AS row
     MERGE (n:Entity {id: row.id})
       ON CREATE SET n.__created = true
     WITH row, n, properties(n) AS before, n:${L} AS labelled
     WITH row, n, ${outcome('labelled AND before = row.props')} AS outcome
     FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET n = row.props, n:${L})
     RETURN outcome, count(*) AS rows`,
    { rows },
  );
}

/**
 * Nodes of a fresh load (see WriterOptions.fresh): created without looking them up; the id
 * constraint still refuses a duplicate.
 */
export function createNodes(kind: NodeKind, rows: readonly NodeParams[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
     CREATE (n:Entity:${label(kind)})
     SET n = row.props
     RETURN 'created' AS outcome, count(*) AS rows`,
    { rows },
  );
}

/** Relationships MERGE on their endpoints; their properties become exactly the row's. */
export function upsertLinks(type: RelationshipType, rows: readonly LinkParams[]): CypherQuery {
  if (type === RelationshipType.SUPPLIES) throw new Error('SUPPLIES rows go through upsertSupplies');
  return mergeLinks(relType(type), '', rows);
}

function mergeLinks(T: string, key: string, rows: readonly LinkParams[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from})
     MATCH (b:Entity {id: row.to})
     MERGE (a)-[r:${T}${key}]->(b)
       ON CREATE SET r.__created = true
     WITH row, r, properties(r) AS before
     WITH row, r, ${outcome('before = row.props')} AS outcome
     FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET r = row.props)
     RETURN outcome, count(*) AS rows`,
    { rows },
  );
}

/**
 * Relationships a fresh load sees for the first time (see WriterOptions.fresh): created, without
 * looking for an existing one. Any type, SUPPLIES included.
 */
export function createLinks(type: RelationshipType, rows: readonly LinkParams[]): CypherQuery {
  return cypher(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from})
     MATCH (b:Entity {id: row.to})
     CREATE (a)-[r:${relType(type)}]->(b)
     SET r = row.props
     RETURN 'created' AS outcome, count(*) AS rows`,
    { rows },
  );
}

/** What identifies a SUPPLIES link besides its endpoints. */
export type SupplyKey = 'mineral' | 'minerals' | 'none';

/**
 * SUPPLIES is identified by its endpoints and its minerals, and a mineral-less link must not carry
 * a made-up key value. Rows with one mineral MERGE on {mineral}; rows with several on {minerals}
 * (the sorted list: the same set is the same link). Rows without one match the link
 * whose `mineral` is absent and create it when there is none; MERGE cannot express "absent", so
 * the supplier's write lock is taken first (re-adding a label it already has takes the same lock
 * MERGE would), which keeps two concurrent loaders from both creating the link.
 */
export function upsertSupplies(rows: readonly LinkParams[], keyedBy: SupplyKey): CypherQuery {
  if (keyedBy === 'mineral') return mergeLinks('SUPPLIES', ' {mineral: row.props.mineral}', rows);
  if (keyedBy === 'minerals') return mergeLinks('SUPPLIES', ' {minerals: row.props.minerals}', rows);
  return cypher(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from})
     MATCH (b:Entity {id: row.to})
     SET a:Facility
     WITH row, a, b, [(a)-[r:SUPPLIES]->(b) WHERE r.mineral IS NULL | r] AS existing
     WITH row, a, b, existing[0] AS r,
          CASE WHEN size(existing) = 0 THEN 'created' WHEN properties(existing[0]) = row.props THEN 'unchanged' ELSE 'updated' END AS outcome
     FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | CREATE (a)-[new:SUPPLIES]->(b) SET new = row.props)
     FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END | SET r = row.props)
     RETURN outcome, count(*) AS rows`,
    { rows },
  );
}
