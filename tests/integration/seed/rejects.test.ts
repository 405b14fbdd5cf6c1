import { cypher } from '../../../src/neo4j/cypher';
import { formatIssue, seedFromDirectory } from '../../../src/seed';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { materialize, removeDir, writeSeedDir } from '../../fixtures/seed/fixture';
import { countByPrefix, dumpGraph } from './graph-dump';

const KINDS =
  'MINE, CONCENTRATOR, SMELTER, ALUMINIUM_SMELTER, REFINERY, PRECURSOR_CATHODE, CATHODE, ANODE, BATTERY_COMPONENT, CELL, PACK, EV_ASSEMBLY, MAGNET, POLYSILICON, WAFER, SEMICONDUCTOR_FAB, SEMICONDUCTOR_PACKAGING, RECYCLING, POWER_PLANT, OTHER';
const STATUSES = 'OPERATING, CONSTRUCTION, PLANNED, IDLE, CLOSED, CANCELLED';

/** Every problem of tests/fixtures/seed/broken, located (ids shown without the test prefix). */
const EXPECTED = [
  'countries.csv:3: name: a value is required',
  "countries.csv:4: id: duplicate id 'US' (first defined at countries.csv:3)",
  "regions.csv:3: id: 'bad id' is not a valid id (expected ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$)",
  "regions.csv:4: country: unknown Country 'XX': not in the files nor in the database",
  "sectors.csv:1: label: 'label' is a reserved property name",
  'sectors.csv:1: name: required column is missing',
  "minerals.csv:3: id: duplicate id 'CA' (first defined at countries.csv:2)",
  'companies.csv:2: parent: a company cannot be its own parent',
  "companies.csv:3: country: 'lithium' is a Mineral, expected a Country",
  `facilities.csv:2: kind: 'MINEE' is not one of ${KINDS}`,
  'facilities.csv:3: lat: 95 is out of range (-90 to 90)',
  "facilities.csv:3: startYear: '19x9' is not an integer",
  `facilities.csv:3: status: 'RUNNING' is not one of ${STATUSES}`,
  "facilities.csv:3: region: region 'CA-ON' is in country 'CA', not 'US'",
  "facilities.csv:3: operator: unknown Company 'ghost': not in the files nor in the database",
  'facilities.csv:4: lon: lat and lon go together: give both or neither',
  "facilities.csv:4: sectors: unknown Sector 'nope': not in the files nor in the database",
  'facilities.csv:5: -: has 9 fields, the header has 11',
  "agreements.csv:2: signed: '2022-02-30' is not an ISO 8601 date (YYYY-MM-DD)",
  "outputs.csv:2: capacity: '1,5' is not a number (use . as the decimal point)",
  "outputs.csv:3: mineral: unknown Mineral 'unobtainium': not in the files nor in the database",
  'inputs.csv:1: mineral kind: extra column names must match ^[A-Za-z_][A-Za-z0-9_]*$',
  'inputs.csv:1: mineral: required column is missing',
  'ownership.csv:2: share: 1.5 is out of range (0 to 1)',
  'supply.csv:2: customer: a facility cannot supply itself',
  'supply.csv:3: volume: -3 is out of range (0 to inf)',
  "supply.csv:3: agreement: unknown Agreement 'nope-agr': not in the files nor in the database",
  "agreement_parties.csv:2: party: 'mining' is a Sector, expected a Country or Company",
  'agreement_scope.csv:3: -: malformed CSV: a quoted field is never closed',
];

describe('seedFromDirectory: an invalid directory', () => {
  const db = testDatabase();
  const p = uniquePrefix(); // valid data already in the database
  const q = uniquePrefix(); // the broken directory
  let valid: string;

  beforeAll(async () => {
    valid = materialize('valid', p);
    expect((await seedFromDirectory(db, valid)).ok).toBe(true);
  });
  afterAll(async () => {
    await deleteByPrefix(db, p);
    await deleteByPrefix(db, q);
    await db.close();
    removeDir(valid);
  });

  it('reports every problem, located as file:line: column: message, and writes nothing', async () => {
    const dir = materialize('broken', q);
    try {
      const before = await countByPrefix(db, q);
      const report = await seedFromDirectory(db, dir);
      const got = report.issues.map(formatIssue).map((l) => l.replaceAll(q, ''));
      expect([...got].sort()).toEqual([...EXPECTED].sort());
      expect(report.issueCount).toBe(EXPECTED.length);
      // Ordered by file (load order), then line.
      const fileRank = (l: string) => EXPECTED.findIndex((e) => e.split(':')[0] === l.split(':')[0]);
      const order = got.map((l) => [fileRank(l), Number(l.split(':')[1])]);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      expect(report.ok).toBe(false);
      expect(report.tallies).toEqual([]);
      expect(before).toEqual({ nodes: 0, rels: 0 });
      expect(await countByPrefix(db, q)).toEqual({ nodes: 0, rels: 0 });
    } finally {
      removeDir(dir);
    }
  });

  it('keeps only the first maxIssues problems but counts them all', async () => {
    const dir = materialize('broken', q);
    try {
      const report = await seedFromDirectory(db, dir, { maxIssues: 3 });
      expect(report.issues).toHaveLength(3);
      expect(report.issueCount).toBe(EXPECTED.length);
    } finally {
      removeDir(dir);
    }
  });

  it('checks ids and references against the database: other label, region in another country', async () => {
    const dir = writeSeedDir({
      'countries.csv': `id,name\n${p}mine-1,Not a country\n`,
      'facilities.csv': `id,name,kind,status,operator,country,region\n${q}x,X,MINE,OPERATING,${p}acme,${p}US,${p}CA-ON\n${q}y,Y,MINE,OPERATING,${p}lithium,,\n`,
    });
    try {
      const before = await dumpGraph(db, p);
      const report = await seedFromDirectory(db, dir);
      expect(report.issues.map(formatIssue)).toEqual([
        `countries.csv:2: id: '${p}mine-1' already exists in the database as a Facility, not a Country`,
        `facilities.csv:2: region: region '${p}CA-ON' is in country '${p}CA', not '${p}US'`,
        `facilities.csv:3: operator: '${p}lithium' is a Mineral in the database, expected a Company`,
      ]);
      expect(await dumpGraph(db, p)).toEqual(before);
      expect(await countByPrefix(db, q)).toEqual({ nodes: 0, rels: 0 });
    } finally {
      removeDir(dir);
    }
  });

  it('accepts references to nodes that exist only in the database, and derives the country of a database region', async () => {
    const dir = writeSeedDir({
      'facilities.csv': `id,name,kind,status,operator,region,sectors\n${q}z,Z,CELL,PLANNED,${p}acme,${p}CA-QC,${p}battery\n`,
      'supply.csv': `supplier,customer,mineral\n${p}mine-1,${q}z,${p}lithium\n`,
    });
    try {
      const report = await seedFromDirectory(db, dir);
      expect(report.issues).toEqual([]);
      const [row] = await db.read(
        cypher(
          `MATCH (f:Facility {id: $id})
           RETURN [(f)-[:LOCATED_IN]->(c:Country) | c.id] AS countries, [(:Facility)-[s:SUPPLIES]->(f) | s.mineral] AS supplied`,
          { id: `${q}z` },
        ),
      );
      expect(row).toEqual({ countries: [`${p}CA`], supplied: [`${p}lithium`] });
    } finally {
      removeDir(dir);
    }
  });
});
