import neo4j from 'neo4j-driver';
import path from 'node:path';
import { NodeKind, RelationshipType } from '../../src/domain/enums';
import { cypher, type CypherQuery } from '../../src/neo4j/cypher';
import { type GraphDatabase } from '../../src/neo4j/driver';
import { readCsv } from '../../src/seed/read/csv';

/**
 * The seeding benchmark's baseline: the plainest correct way to write the same graph. It reads the
 * CSV files (with the loader's parser, so parsing speed is not what is compared), converts cells to
 * typed properties without checking them, and writes one `UNWIND ... MERGE` per batch, awaited in
 * turn: no validation, no change counting, no pipelining.
 */
type Row = Record<string, string>;
interface Batch {
  rows: Array<Record<string, unknown>>;
  query: (rows: Array<Record<string, unknown>>) => CypherQuery;
}
export interface ReferenceResult {
  nodes: number;
  relationships: number;
  nodesMs: number;
  relationshipsMs: number;
}

const K = NodeKind;
const R = RelationshipType;
const NODE_FILES: ReadonlyArray<readonly [string, NodeKind]> = [
  ['countries.csv', K.Country],
  ['regions.csv', K.Region],
  ['sectors.csv', K.Sector],
  ['minerals.csv', K.Mineral],
  ['companies.csv', K.Company],
  ['facilities.csv', K.Facility],
  ['agreements.csv', K.Agreement],
];
const REFS = new Set(['country', 'region', 'parent', 'operator', 'sectors', 'lat', 'lon']);

const upsertNodes = (label: NodeKind) => (rows: Array<Record<string, unknown>>) =>
  cypher(`UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props, n:${label}`, { rows });
const upsertLinks =
  (type: RelationshipType, key = '') =>
  (rows: Array<Record<string, unknown>>) =>
    cypher(
      `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
     MERGE (a)-[r:${type}${key}]->(b) SET r = row.props`,
      { rows },
    );
const createLinks = (type: RelationshipType) => (rows: Array<Record<string, unknown>>) =>
  cypher(
    `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`,
    { rows },
  );

function typed(column: string, v: string): unknown {
  if (column === 'startYear') return neo4j.int(Number(v));
  if (column === 'capacity' || column === 'volume' || column === 'share') return Number(v);
  if (column === 'kind' || column === 'status') return v.toUpperCase();
  if (column === 'critical') return v.split(';').filter(Boolean);
  if (column === 'signed' || column === 'effective') {
    const [y, m, d] = v.split('-').map(Number);
    return new neo4j.types.Date(y, m, d);
  }
  return v;
}

function props(row: Row, skip: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in row) if (row[k] !== '' && !skip.has(k)) out[k] = typed(k, row[k]);
  if (row.lat && row.lon) out.location = new neo4j.types.Point(4326, Number(row.lon), Number(row.lat));
  return out;
}

async function* rows(dir: string, file: string): AsyncGenerator<Row> {
  let header: string[] | undefined;
  try {
    for await (const chunk of readCsv(path.join(dir, file))) {
      for (const rec of chunk.records) {
        if (!header) header = rec.cells;
        else if (rec.cells.length === header.length) yield Object.fromEntries(header.map((h, i) => [h, rec.cells[i]]));
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export async function referenceLoad(db: GraphDatabase, dir: string, batchSize: number): Promise<ReferenceResult> {
  const batches = new Map<string, Batch>();
  const result: ReferenceResult = { nodes: 0, relationships: 0, nodesMs: 0, relationshipsMs: 0 };
  const write = async (b: Batch) => {
    const rowsNow = b.rows;
    b.rows = [];
    if (rowsNow.length) await db.writeTransaction((run) => run(b.query(rowsNow)), 600_000);
  };
  const add = async (key: string, query: Batch['query'], row: Record<string, unknown>) => {
    let b = batches.get(key);
    if (!b) batches.set(key, (b = { rows: [], query }));
    b.rows.push(row);
    if (b.rows.length >= batchSize) await write(b);
  };
  const link = (type: RelationshipType, from: string, to: string, p: Record<string, unknown> = {}) => {
    result.relationships++;
    return add(type, upsertLinks(type), { from, to, props: p });
  };

  let t = performance.now();
  const regionCountry = new Map<string, string>();
  for (const [file, kind] of NODE_FILES) {
    for await (const row of rows(dir, file)) {
      if (kind === K.Region) regionCountry.set(row.id, row.country);
      result.nodes++;
      await add(kind, upsertNodes(kind), {
        id: row.id,
        props: props(row, kind === K.Facility || kind === K.Company || kind === K.Region ? REFS : new Set()),
      });
    }
  }
  for (const b of batches.values()) await write(b);
  result.nodesMs = performance.now() - t;

  t = performance.now();
  for await (const row of rows(dir, 'regions.csv')) await link(R.PART_OF, row.id, row.country);
  for await (const row of rows(dir, 'companies.csv')) {
    if (row.country) await link(R.HEADQUARTERED_IN, row.id, row.country);
    if (row.parent) await link(R.SUBSIDIARY_OF, row.id, row.parent);
  }
  for await (const row of rows(dir, 'facilities.csv')) {
    if (row.operator) await link(R.OPERATES, row.operator, row.id);
    if (row.region) await link(R.LOCATED_IN, row.id, row.region);
    const country = row.country || regionCountry.get(row.region);
    if (country) await link(R.LOCATED_IN, row.id, country);
    for (const s of row.sectors.split(';').filter(Boolean)) await link(R.IN_SECTOR, row.id, s);
  }
  const simple: ReadonlyArray<readonly [string, RelationshipType, string, string]> = [
    ['outputs.csv', R.PRODUCES, 'facility', 'mineral'],
    ['inputs.csv', R.CONSUMES, 'facility', 'mineral'],
    ['ownership.csv', R.OWNS, 'company', 'facility'],
    ['agreement_parties.csv', R.PARTY_TO, 'party', 'agreement'],
    ['agreement_scope.csv', R.COVERS, 'agreement', 'target'],
  ];
  for (const [file, type, from, to] of simple) {
    for await (const row of rows(dir, file)) await link(type, row[from], row[to], props(row, new Set([from, to])));
  }
  for await (const row of rows(dir, 'supply.csv')) {
    result.relationships++;
    const p = props(row, new Set(['supplier', 'customer']));
    if (row.mineral)
      await add('SUPPLIES+', upsertLinks(R.SUPPLIES, ' {mineral: row.props.mineral}'), {
        from: row.supplier,
        to: row.customer,
        props: p,
      });
    else await add('SUPPLIES-', createLinks(R.SUPPLIES), { from: row.supplier, to: row.customer, props: p });
  }
  for (const b of batches.values()) await write(b);
  result.relationshipsMs = performance.now() - t;
  return result;
}
