import fs from 'node:fs';
import path from 'node:path';
import { cypher } from '../../../src/neo4j/cypher';
import { REPO_ROOT } from '../../../src/neo4j/local';
import { formatIssue, seedFromDirectory, SEED_FILES } from '../../../src/seed';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { removeDir } from '../../fixtures/seed/fixture';
import { prefixedCopy } from '../../fixtures/seed/prefix';
import { dumpGraph } from './graph-dump';

const BUNDLED = path.join(REPO_ROOT, 'seed');
const complete = SEED_FILES.every((f) => fs.existsSync(path.join(BUNDLED, f.file)));

/**
 * The bundled seed/ data, loaded with every id prefixed so that this file never meets another
 * test's copy (loading it unprefixed would be safe too: every write is a MERGE).
 */
(complete ? describe : describe.skip)('the bundled seed/ directory', () => {
  const db = testDatabase();
  const p = uniquePrefix();
  let dir: string;

  beforeAll(() => {
    dir = prefixedCopy(BUNDLED, p);
  });
  afterAll(async () => {
    await deleteByPrefix(db, p);
    await db.close();
    removeDir(dir);
  });

  it('loads without a single problem, every row becoming a node', async () => {
    const report = await seedFromDirectory(db, dir);
    expect(report.issues.map(formatIssue)).toEqual([]);
    const nodeRows = report.files
      .filter((f) => SEED_FILES.find((s) => s.file === f.file)?.kind)
      .reduce((s, f) => s + f.rows, 0);
    expect(report.nodes).toEqual({ created: nodeRows, updated: 0, unchanged: 0 });
    expect(report.relationships.created).toBeGreaterThan(nodeRows);
  }, 120_000);

  it('links every facility that has a country directly to it, and to its region when it has one', async () => {
    const [row] = await db.read(
      cypher(
        `MATCH (f:Facility) WHERE f.id STARTS WITH $p
         OPTIONAL MATCH (f)-[:LOCATED_IN]->(r:Region)-[:PART_OF]->(rc:Country)
         WITH f, r, rc, [(f)-[:LOCATED_IN]->(c:Country) | c] AS countries
         RETURN count(f) AS facilities,
                count(CASE WHEN r IS NOT NULL AND NOT rc IN countries THEN 1 END) AS regionWithoutItsCountry,
                count(CASE WHEN size(countries) > 1 THEN 1 END) AS severalCountries,
                count(CASE WHEN size(countries) = 0 THEN 1 END) AS noCountry`,
        { p },
      ),
    );
    expect(row).toMatchObject({ regionWithoutItsCountry: 0, severalCountries: 0 });
    expect(Number(row.facilities)).toBeGreaterThan(100);
  });

  it('changes nothing when loaded again', async () => {
    const before = await dumpGraph(db, p);
    const report = await seedFromDirectory(db, dir);
    expect(report.changed).toBe(false);
    expect(
      report.nodes.created + report.nodes.updated + report.relationships.created + report.relationships.updated,
    ).toBe(0);
    expect(await dumpGraph(db, p)).toEqual(before);
  }, 120_000);
});
