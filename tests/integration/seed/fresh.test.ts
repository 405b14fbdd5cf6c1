import { cypher } from '../../../src/neo4j/cypher';
import { createDriver, GraphDatabase } from '../../../src/neo4j/driver';
import { type LocalNeo4j } from '../../../src/neo4j/local';
import { applyMigrations } from '../../../src/neo4j/migrations';
import { isGraphEmpty, seedFromDirectory, wipeGraph } from '../../../src/seed';
import { materialize, removeDir } from '../../fixtures/seed/fixture';
import { startOwnNeo4j } from '../../support/own-neo4j';
import { countByPrefix, dumpGraph } from './graph-dump';

/**
 * A load into an empty graph creates relationships instead of merging them (WriterOptions.fresh):
 * these tests need a graph that is really empty, so they run on a Neo4j of their own.
 */
jest.setTimeout(300_000);

class Interrupted extends Error {}

describe('seedFromDirectory into an empty graph', () => {
  const p = 'fresh_';
  let neo4j: LocalNeo4j;
  let db: GraphDatabase;
  let dir: string;
  let reference: string[];

  beforeAll(async () => {
    neo4j = await startOwnNeo4j('fresh-test');
    db = new GraphDatabase(createDriver(neo4j.uri, 'neo4j', ''), { database: 'neo4j', timeoutMs: 60_000 });
    await applyMigrations(db);
    // The fixture, plus a later row repeating an ownership link with another share: the last row wins
    // (0.25 beside the other owner's 0.5: the facility's shares stay within 1).
    dir = materialize('valid', p, (file, text) =>
      file === 'ownership.csv' ? `${text}${p}acme,${p}mine-1,0.25\n` : text,
    );
  });
  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    removeDir(dir);
  });

  it('creates each relationship once, and merges a repeated one after it (last row wins)', async () => {
    expect(await isGraphEmpty(db)).toBe(true);
    const report = await seedFromDirectory(db, dir, { batchSize: 1 });
    expect(report.ok).toBe(true);
    expect(report.nodes).toEqual({ created: 23, updated: 0, unchanged: 0 });
    expect(report.relationships).toEqual({ created: 46, updated: 1, unchanged: 0 });
    expect(await countByPrefix(db, p)).toEqual({ nodes: 23, rels: 46 });
    const [owns] = await db.read(
      cypher('MATCH (:Entity {id: $c})-[r:OWNS]->(:Entity {id: $f}) RETURN collect(r.share) AS shares', {
        c: `${p}acme`,
        f: `${p}mine-1`,
      }),
    );
    expect(owns.shares).toEqual([0.25]);
    reference = await dumpGraph(db, p);

    const again = await seedFromDirectory(db, dir);
    expect(again.changed).toBe(false);
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 46 });
  });

  it('interrupted during the relationships and rerun, gives the graph of one clean load', async () => {
    await wipeGraph(db);
    const stop = (info: { batch: number }) => {
      if (info.batch >= 30) throw new Interrupted(`stopped after batch ${info.batch}`);
    };
    await expect(seedFromDirectory(db, dir, { batchSize: 1, afterBatch: stop })).rejects.toBeInstanceOf(Interrupted);
    const partial = await countByPrefix(db, p);
    expect(partial.nodes).toBe(23);
    expect(partial.rels).toBeGreaterThan(0);
    expect(partial.rels).toBeLessThan(46);
    const rerun = await seedFromDirectory(db, dir, { batchSize: 2 });
    expect(rerun.relationships.created).toBe(46 - partial.rels);
    expect(await dumpGraph(db, p)).toEqual(reference);
  });

  it('two loads started at once on the empty graph take turns: each relationship exists once', async () => {
    await wipeGraph(db);
    const reports = await Promise.all([
      seedFromDirectory(db, dir, { batchSize: 2 }),
      seedFromDirectory(db, dir, { batchSize: 3 }),
    ]);
    expect(reports.every((r) => r.ok)).toBe(true);
    // One of them created everything, the other found it all in place.
    expect(reports.map((r) => r.relationships.created).sort((a, b) => a - b)).toEqual([0, 46]);
    expect(await countByPrefix(db, p)).toEqual({ nodes: 23, rels: 46 });
    expect(await dumpGraph(db, p)).toEqual(reference);
  });
});
