import { cypher } from '../../../src/neo4j/cypher';
import { seedFromDirectory } from '../../../src/seed';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { materialize, removeDir } from '../../fixtures/seed/fixture';
import { countByPrefix, dumpGraph } from './graph-dump';

describe('seedFromDirectory: a valid directory', () => {
  const db = testDatabase();
  const p = uniquePrefix();
  let dir: string;

  beforeAll(() => {
    dir = materialize('valid', p);
  });
  afterAll(async () => {
    await deleteByPrefix(db, p);
    await db.close();
    removeDir(dir);
  });

  it('validates, then writes every node and relationship', async () => {
    const report = await seedFromDirectory(db, dir, { batchSize: 2 });
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.changed).toBe(true);
    expect(report.nodes).toEqual({ created: 23, updated: 0, unchanged: 0 });
    expect(report.relationships).toEqual({ created: 46, updated: 0, unchanged: 0 });
    expect(await countByPrefix(db, p)).toEqual({ nodes: 23, rels: 46 });
  });

  it('gives every node :Entity plus its kind label', async () => {
    const rows = await db.read(
      cypher(
        'MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN labels(n) AS labels, count(*) AS n ORDER BY n DESC, labels[1]',
        { p },
      ),
    );
    const byLabel = Object.fromEntries(rows.map((r) => [[...(r.labels as string[])].sort().join(':'), r.n]));
    expect(byLabel).toEqual({
      'Country:Entity': 3,
      'Entity:Region': 3,
      'Entity:Sector': 3,
      'Entity:Mineral': 3,
      'Company:Entity': 3,
      'Entity:Facility': 6,
      'Agreement:Entity': 2,
    });
  });

  it('stores typed properties: point, date, integer, float, list, enum upper case, extras as strings', async () => {
    const [f] = await db.read(
      cypher(
        `MATCH (f:Facility {id: $id}) RETURN valueType(f.location) AS location, f.location.latitude AS lat,
           valueType(f.startYear) AS startYear, f.kind AS kind, f.status AS status, f.name AS name, f.confidence AS confidence,
           keys(f) AS keys`,
        { id: `${p}mine-1` },
      ),
    );
    expect(f).toMatchObject({
      location: 'POINT NOT NULL',
      lat: 41.7,
      startYear: 'INTEGER NOT NULL',
      kind: 'MINE',
      status: 'OPERATING',
    });
    expect(f.name).toBe('Thacker Pass, Phase 1');
    expect(f.confidence).toBe('confirmed');
    expect([...(f.keys as string[])].sort()).toEqual([
      'city',
      'confidence',
      'id',
      'kind',
      'location',
      'name',
      'source',
      'startYear',
      'status',
    ]);

    const [a] = await db.read(
      cypher(
        'MATCH (a:Agreement {id: $id}) RETURN valueType(a.signed) AS t, toString(a.effective) AS effective, a.kind AS kind',
        { id: `${p}usmca` },
      ),
    );
    expect(a).toEqual({ t: 'DATE NOT NULL', effective: '2020-07-01', kind: 'TRADE_AGREEMENT' });

    const minerals = await db.read(
      cypher(
        'MATCH (m:Mineral) WHERE m.id STARTS WITH $p RETURN m.id AS id, m.critical AS critical, valueType(m.critical) AS t ORDER BY id',
        { p },
      ),
    );
    expect(minerals.map((m) => [String(m.id).slice(p.length), m.critical])).toEqual([
      ['graphite', []],
      ['lithium', ['CA-2024', 'US-2025']],
      ['nickel', ['CA-2024']],
    ]);
    expect(String(minerals[1].t)).toMatch(/^LIST<STRING/);

    const [c] = await db.read(
      cypher('MATCH (c:Country {id: $id}) RETURN c.note AS note, c {.*} AS all', { id: `${p}US` }),
    );
    expect(c.note).toBe('Federal republic, 50 states');
    const [ca] = await db.read(cypher('MATCH (c:Country {id: $id}) RETURN keys(c) AS keys', { id: `${p}CA` }));
    expect([...(ca.keys as string[])].sort()).toEqual(['id', 'name']);
  });

  it('stores relationship properties with their types', async () => {
    const [o] = await db.read(
      cypher(
        'MATCH (:Facility {id: $f})-[r:PRODUCES]->(:Mineral {id: $m}) RETURN valueType(r.capacity) AS t, r.capacity AS c, r.unit AS u',
        {
          f: `${p}mine-1`,
          m: `${p}lithium`,
        },
      ),
    );
    expect(o).toEqual({ t: 'FLOAT NOT NULL', c: 40000, u: 't/y' });
    const owns = await db.read(
      cypher('MATCH (c:Company)-[r:OWNS]->(:Facility {id: $f}) RETURN c.id AS c, r.share AS share ORDER BY c', {
        f: `${p}mine-1`,
      }),
    );
    expect(owns.map((r) => r.share)).toEqual([0.5, 0.5]);
    const supplies = await db.read(
      cypher(
        `MATCH (a:Facility)-[r:SUPPLIES]->(b:Facility) WHERE a.id STARTS WITH $p
         RETURN a.id AS a, b.id AS b, properties(r) AS props ORDER BY a, b, r.product`,
        { p },
      ),
    );
    const strip = (s: unknown) => String(s).slice(p.length);
    expect(supplies.map((s) => [strip(s.a), strip(s.b), s.props])).toEqual([
      [
        'cam-1',
        'cell-1',
        { mineral: `${p}lithium`, product: 'cathode active material', note: 'multi\nline, "quoted" note' },
      ],
      ['cell-1', 'ev-1', { product: 'battery cells', volume: 5000, unit: 'units/y', since: '2024-01' }],
      [
        'mine-1',
        'cam-1',
        {
          mineral: `${p}lithium`,
          product: 'lithium carbonate',
          volume: 1200.5,
          unit: 't/y',
          since: '2021',
          agreement: `${p}offtake-1`,
        },
      ],
      ['ref-1', 'cam-1', { product: 'electricity' }],
      ['ref-1', 'cam-1', { mineral: `${p}nickel`, product: 'nickel sulphate', volume: 300, unit: 't/y' }],
    ]);
  });

  it('links every facility that has a country (its own or its region’s) directly to that country', async () => {
    const rows = await db.read(
      cypher(
        `MATCH (f:Facility) WHERE f.id STARTS WITH $p
         RETURN f.id AS id, [(f)-[:LOCATED_IN]->(c:Country) | c.id] AS countries, [(f)-[:LOCATED_IN]->(r:Region) | r.id] AS regions
         ORDER BY id`,
        { p },
      ),
    );
    const got = Object.fromEntries(rows.map((r) => [String(r.id).slice(p.length), [r.countries, r.regions]]));
    expect(got).toEqual({
      'cam-1': [[`${p}CA`], [`${p}CA-QC`]],
      'cell-1': [[`${p}MX`], []],
      'ev-1': [[`${p}US`], []],
      'idle-1': [[], []],
      'mine-1': [[`${p}US`], [`${p}US-NV`]],
      'ref-1': [[`${p}CA`], [`${p}CA-ON`]],
    });
  });

  it('never commits the in-transaction creation marker', async () => {
    const [row] = await db.read(
      cypher(
        `CALL () { MATCH (n:Entity) WHERE n.id STARTS WITH $p AND n.__created IS NOT NULL RETURN count(n) AS nodes }
         CALL () { MATCH (n:Entity)-[r]-() WHERE n.id STARTS WITH $p AND r.__created IS NOT NULL RETURN count(r) AS rels }
         RETURN nodes, rels`,
        { p },
      ),
    );
    expect(row).toEqual({ nodes: 0, rels: 0 });
  });

  it('changes nothing on a second run, and says so', async () => {
    const before = await dumpGraph(db, p);
    const report = await seedFromDirectory(db, dir, { batchSize: 3 });
    expect(report.ok).toBe(true);
    expect(report.changed).toBe(false);
    expect(report.nodes).toEqual({ created: 0, updated: 0, unchanged: 23 });
    expect(report.relationships).toEqual({ created: 0, updated: 0, unchanged: 46 });
    expect(await dumpGraph(db, p)).toEqual(before);
  });

  it('--dry-run validates and writes nothing', async () => {
    const before = await dumpGraph(db, p);
    const edited = materialize('valid', p, (file, text) =>
      file === 'countries.csv' ? text.replace('Canada', 'Kanada') : text,
    );
    try {
      const report = await seedFromDirectory(db, edited, { dryRun: true });
      expect(report).toMatchObject({ ok: true, dryRun: true, changed: false });
      expect(await dumpGraph(db, p)).toEqual(before);
    } finally {
      removeDir(edited);
    }
  });

  it('refreshes a node to exactly its row: changed values updated, emptied cells removed', async () => {
    const edited = materialize('valid', p, (file, text) =>
      file === 'facilities.csv' ? text.replace('Orovada,41.7,-118.06,2023', ',41.7,-118.06,2024') : text,
    );
    try {
      const report = await seedFromDirectory(db, edited);
      expect(report.nodes).toEqual({ created: 0, updated: 1, unchanged: 22 });
      expect(report.relationships.updated).toBe(0);
      const [f] = await db.read(
        cypher('MATCH (f:Facility {id: $id}) RETURN f.city AS city, f.startYear AS y', { id: `${p}mine-1` }),
      );
      expect(f).toEqual({ city: null, y: 2024 });
    } finally {
      removeDir(edited);
    }
  });
});
