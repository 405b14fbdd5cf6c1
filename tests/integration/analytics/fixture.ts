import { NodeKind, RelationshipType } from '../../../src/domain/enums';
import { cypher } from '../../../src/neo4j/cypher';
import { type GraphDatabase } from '../../../src/neo4j/driver';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';

/**
 * The hand-built graph of the analytics tests (every id prefixed so other test files never see it).
 *
 * Main cluster (lithium li, nickel ni):
 *   M1 (CA, region CA-QC, op coX) --li--> R1 (US, op coY) --li--> P (US, CELL) --li--> E (US, EV_ASSEMBLY)
 *   M2 (CA, op coX) --li--> R2 (MX, op coZ) --li--> P
 *   M3 (CN)         --li--> R2
 *   N1 (CA, op coX) --ni 30--> P ;  N2 (MX) --ni 10--> P ;  M1 --(no mineral)--> P
 *   No li volumes: P takes li 0.5 / 0.5 from R1 and R2, R2 0.5 / 0.5 from M2 and M3.
 * Diamond: DM (CA, op coD) --li--> DA, DB (US, op coE) --li--> DJ (US) --li--> DT (US)
 * Recycling loop: S (CA) --li 90--> A (US) --li--> T (US) --li--> C (US, RECYCLING) --li 10--> A
 * Agreements: usmca (CA, US, MX; company coX is a party too), bilat (CA, US; PROPOSED).
 */
export interface Fixture {
  id: (local: string) => string;
}

type FacilityRow = [id: string, kind: string, country: string, operator?: string, region?: string];
const FACILITIES: FacilityRow[] = [
  ['M1', 'MINE', 'CA', 'coX', 'CA-QC'],
  ['M2', 'MINE', 'CA', 'coX'],
  ['M3', 'MINE', 'CN'],
  ['N1', 'MINE', 'CA', 'coX'],
  ['N2', 'MINE', 'MX'],
  ['R1', 'REFINERY', 'US', 'coY'],
  ['R2', 'REFINERY', 'MX', 'coZ'],
  ['P', 'CELL', 'US'],
  ['E', 'EV_ASSEMBLY', 'US'],
  ['DM', 'MINE', 'CA', 'coD'],
  ['DA', 'REFINERY', 'US', 'coE'],
  ['DB', 'REFINERY', 'US', 'coE'],
  ['DJ', 'PRECURSOR_CATHODE', 'US'],
  ['DT', 'CELL', 'US'],
  ['S', 'MINE', 'CA'],
  ['A', 'REFINERY', 'US'],
  ['T', 'CELL', 'US'],
  ['C', 'RECYCLING', 'US'],
];
type LinkRow = [from: string, to: string, mineral: string | null, volume?: number];
const LINKS: LinkRow[] = [
  ['M1', 'R1', 'li'],
  ['M2', 'R2', 'li'],
  ['M3', 'R2', 'li'],
  ['R1', 'P', 'li'],
  ['R2', 'P', 'li'],
  ['P', 'E', 'li'],
  ['N1', 'P', 'ni', 30],
  ['N2', 'P', 'ni', 10],
  ['M1', 'P', null],
  ['DM', 'DA', 'li'],
  ['DM', 'DB', 'li'],
  ['DA', 'DJ', 'li'],
  ['DB', 'DJ', 'li'],
  ['DJ', 'DT', 'li'],
  ['S', 'A', 'li', 90],
  ['A', 'T', 'li'],
  ['T', 'C', 'li'],
  ['C', 'A', 'li', 10],
];

export async function buildFixture(db: GraphDatabase, p: string): Promise<Fixture> {
  const id = (local: string) => `${p}${local}`;
  const nodes = (label: NodeKind, rows: Array<Record<string, unknown>>) =>
    db.write(
      cypher(`UNWIND $rows AS r CREATE (n:Entity:${label}) SET n = r`, {
        rows: rows.map((r) => ({ ...r, id: id(r.id as string), name: `${r.id as string} name` })),
      }),
    );
  const rels = (type: RelationshipType, rows: Array<[string, string, Record<string, unknown>?]>) =>
    db.write(
      cypher(
        `UNWIND $rows AS r MATCH (a:Entity {id: r.a}), (b:Entity {id: r.b}) CREATE (a)-[x:${type}]->(b) SET x = r.props`,
        {
          rows: rows.map(([a, b, props]) => ({ a: id(a), b: id(b), props: props ?? {} })),
        },
      ),
    );
  await nodes(
    NodeKind.Country,
    ['CA', 'US', 'MX', 'CN'].map((c) => ({ id: c })),
  );
  await nodes(NodeKind.Region, [{ id: 'CA-QC' }]);
  await nodes(NodeKind.Mineral, [
    { id: 'li', symbol: 'Li', critical: ['CA-2024'] },
    { id: 'ni', symbol: 'Ni', critical: [] },
  ]);
  await nodes(
    NodeKind.Company,
    ['coX', 'coY', 'coZ', 'coD', 'coE'].map((c) => ({ id: c })),
  );
  await nodes(NodeKind.Agreement, [
    { id: 'usmca', kind: 'TRADE_AGREEMENT', status: 'IN_FORCE' },
    { id: 'bilat', kind: 'SECTORAL_AGREEMENT', status: 'PROPOSED' },
  ]);
  await db.write(
    cypher(
      `UNWIND $rows AS r CREATE (n:Entity:Facility) SET n = r.props, n.startYear = 2020, n.location = point({latitude: 45.0, longitude: -75.0})`,
      { rows: FACILITIES.map(([f, kind]) => ({ props: { id: id(f), name: `${f} name`, kind, status: 'OPERATING' } })) },
    ),
  );
  await rels(RelationshipType.PART_OF, [['CA-QC', 'CA']]);
  await rels(RelationshipType.LOCATED_IN, [
    ...FACILITIES.map(([f, , c]): [string, string] => [f, c]),
    ...FACILITIES.filter((f) => f[4]).map(([f, , , , r]): [string, string] => [f, r!]),
  ]);
  await rels(
    RelationshipType.OPERATES,
    FACILITIES.filter((f) => f[3]).map(([f, , , o]): [string, string] => [o!, f]),
  );
  await rels(
    RelationshipType.SUPPLIES,
    LINKS.map(([a, b, m, v]): [string, string, Record<string, unknown>] => [
      a,
      b,
      { ...(m ? { mineral: id(m) } : {}), ...(v ? { volume: v } : {}), product: 'x' },
    ]),
  );
  await rels(RelationshipType.PARTY_TO, [
    ['CA', 'usmca', { role: 'party' }],
    ['US', 'usmca', { role: 'party' }],
    ['MX', 'usmca', { role: 'party' }],
    ['coX', 'usmca', { role: 'party' }],
    ['CA', 'bilat', { role: 'party' }],
    ['US', 'bilat', { role: 'party' }],
  ]);
  return { id };
}

export interface FixtureGraph {
  db: GraphDatabase;
  /** The fixture's id of a local name, and back. */
  id: (local: string) => string;
  local: (full: string | null | undefined) => string | null | undefined;
}

/** The hand-built graph for one test file: built before its tests, deleted (and the driver closed) after. */
export function useFixtureGraph(): FixtureGraph {
  const db = testDatabase();
  const p = uniquePrefix();
  beforeAll(() => buildFixture(db, p));
  afterAll(async () => {
    await deleteByPrefix(db, p);
    await db.close();
  });
  return { db, id: (local) => `${p}${local}`, local: (full) => (full ? full.slice(p.length) : full) };
}
