import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cypher } from '../../../src/neo4j/cypher';
import { REPO_ROOT } from '../../../src/neo4j/local';
import { formatIssue, seedFromDirectory } from '../../../src/seed';
import { runImport } from '../../../src/seed/import/run';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { removeDir } from '../../fixtures/seed/fixture';
import { prefixedCopy } from '../../fixtures/seed/prefix';

const DATASETS = path.join(REPO_ROOT, 'tests/fixtures/datasets');

/**
 * The importers' output is a valid seed directory: the slices of the real dataset files are imported into a
 * directory holding the bundled countries, regions, sectors and minerals, then loaded (strictly: quality findings
 * would fail it) into the real Neo4j, ids prefixed so this file never meets another test's nodes.
 */
describe('importer output loaded into Neo4j', () => {
  const db = testDatabase();
  const p = uniquePrefix();
  let dir: string;
  let loaded: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-import-'));
    for (const f of ['countries.csv', 'regions.csv', 'sectors.csv', 'minerals.csv'])
      fs.copyFileSync(path.join(REPO_ROOT, 'seed', f), path.join(dir, f));
    runImport({ dataset: 'cim', input: path.join(DATASETS, 'cim/cim_manufacturing_slice.csv'), out: dir });
    for (const c of ['USA', 'CAN', 'MEX'])
      runImport({ dataset: 'gppd', input: path.join(DATASETS, `gppd/gppd_${c}_slice.csv`), out: dir });
    runImport({
      dataset: 'usgs-lithium',
      input: path.join(DATASETS, 'mineral_sites/usgs_lithium_deposits_us_2019'),
      out: dir,
    });
    loaded = prefixedCopy(dir, p);
  });
  afterAll(async () => {
    await deleteByPrefix(db, p);
    await db.close();
    removeDir(dir);
    removeDir(loaded);
  });

  it('loads without a single problem or quality finding', async () => {
    const report = await seedFromDirectory(db, loaded, { strict: true });
    expect(report.issues.map(formatIssue)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.nodes.created).toBeGreaterThan(0);
  });

  it("stores each dataset's facilities with their kind, status, release and dataset reference", async () => {
    const rows = await db.read(
      cypher(
        `MATCH (f:Facility) WHERE f.id STARTS WITH $p
         RETURN split(f.imported_from, ' ')[0] AS dataset, count(*) AS n ORDER BY dataset`,
        { p },
      ),
    );
    expect(rows.map((r) => [r.dataset, Number(r.n)])).toEqual([
      ['cim', 16],
      ['gppd', 7],
      ['usgs-li', 4],
    ]);
    const [plant] = await db.read(
      cypher(
        `MATCH (f:Facility {id: $id})-[:LOCATED_IN]->(c:Country)
         OPTIONAL MATCH (o:Company)-[:OWNS]->(f)
         RETURN f.kind AS kind, f.status AS status, f.dataset_ref AS ref, c.id AS country, collect(o.name) AS owners`,
        { id: `${p}fac:pp-palo-verde-usa0006008` },
      ),
    );
    expect(plant).toEqual({
      kind: 'POWER_PLANT',
      status: 'OPERATING',
      ref: 'gppd:USA0006008',
      country: `${p}US`,
      owners: ['Arizona Public Service Co'],
    });
  });

  it('links processing plants to what they produce', async () => {
    const [row] = await db.read(
      cypher(`MATCH (f:Facility {id: $id})-[:PRODUCES]->(m:Mineral) RETURN collect(m.id) AS minerals`, {
        id: `${p}fac:cim-m-cm-albemarle-nv-0`,
      }),
    );
    expect(row.minerals).toEqual([`${p}lithium`]);
  });
});
