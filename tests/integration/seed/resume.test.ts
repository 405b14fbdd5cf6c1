import { seedFromDirectory } from '../../../src/seed';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { materialize, removeDir } from '../../fixtures/seed/fixture';
import { countByPrefix, dumpGraph } from './graph-dump';

class Interrupted extends Error {}

/** Aborts a load after its `n`th committed batch, as a kill would (the batch in flight is lost). */
const interruptAfter = (n: number) => ({
  batchSize: 2,
  afterBatch: ({ batch }: { batch: number }) => {
    if (batch >= n) throw new Interrupted(`stopped after batch ${batch}`);
  },
});

describe('seedFromDirectory: interrupted and concurrent loads', () => {
  const db = testDatabase();
  const clean = uniquePrefix();
  const prefixes = [clean];
  let reference: string[];

  beforeAll(async () => {
    const dir = materialize('valid', clean);
    try {
      expect((await seedFromDirectory(db, dir)).ok).toBe(true);
    } finally {
      removeDir(dir);
    }
    reference = await dumpGraph(db, clean);
  });
  afterAll(async () => {
    for (const p of prefixes) await deleteByPrefix(db, p);
    await db.close();
  });

  it.each([
    ['during the nodes', [1]],
    ['during the relationships', [16]],
    ['twice, then again', [3, 20, 30]],
  ])('a load interrupted %s and then rerun gives the graph of one clean run', async (_when, stops) => {
    const p = uniquePrefix();
    prefixes.push(p);
    const dir = materialize('valid', p);
    try {
      for (const n of stops) {
        await expect(seedFromDirectory(db, dir, interruptAfter(n))).rejects.toBeInstanceOf(Interrupted);
        const partial = await countByPrefix(db, p);
        expect(partial.nodes + partial.rels).toBeGreaterThan(0);
        expect(partial.nodes + partial.rels).toBeLessThan(23 + 46);
      }
      const rerun = await seedFromDirectory(db, dir, { batchSize: 2 });
      expect(rerun.ok).toBe(true);
      expect(rerun.nodes.created + rerun.relationships.created).toBeGreaterThan(0);
      expect(await dumpGraph(db, p)).toEqual(reference);
      const again = await seedFromDirectory(db, dir);
      expect(again.changed).toBe(false);
    } finally {
      removeDir(dir);
    }
  });

  it('two loads of the same directory at once give the graph of one clean run (no duplicate relationships)', async () => {
    const p = uniquePrefix();
    prefixes.push(p);
    const dir = materialize('valid', p);
    try {
      const reports = await Promise.all([
        seedFromDirectory(db, dir, { batchSize: 2 }),
        seedFromDirectory(db, dir, { batchSize: 3 }),
      ]);
      expect(reports.every((r) => r.ok)).toBe(true);
      expect(await countByPrefix(db, p)).toEqual({ nodes: 23, rels: 46 });
      expect(await dumpGraph(db, p)).toEqual(reference);
    } finally {
      removeDir(dir);
    }
  });
});
