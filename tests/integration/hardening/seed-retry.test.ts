import { loadConfig } from '../../../src/config';
import { seedFromDirectory } from '../../../src/seed';
import { type RetryInfo } from '../../../src/seed/write/batch-writer';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { materialize, removeDir } from '../../fixtures/seed/fixture';
import { dumpGraph } from '../seed/graph-dump';

/**
 * Defect 9: a seed batch ran under the API's 15 s query timeout and failed the whole load on the
 * first transient error. Batches now have their own timeout (SEED_TX_TIMEOUT_MS) and a batch
 * failing with a retryable Neo4j error (here a real lock wait past the batch timeout) is retried
 * and the load completes, with the graph of a clean run.
 */
describe('seeding retries transient failures per batch', () => {
  const db = testDatabase();
  const p = uniquePrefix();
  let dir: string;

  beforeAll(async () => {
    dir = materialize('valid', p);
    expect((await seedFromDirectory(db, dir)).ok).toBe(true);
  });
  afterAll(async () => {
    removeDir(dir);
    await deleteByPrefix(db, p);
    await db.close();
  });

  it('has its own batch timeout, far above the API query timeout', () => {
    const config = loadConfig({});
    expect(config.SEED_TX_TIMEOUT_MS).toBe(120_000);
    expect(config.SEED_TX_TIMEOUT_MS).toBeGreaterThan(config.QUERY_TIMEOUT_MS);
    expect(loadConfig({ SEED_TX_TIMEOUT_MS: '600000' }).SEED_TX_TIMEOUT_MS).toBe(600_000);
  });

  it('a batch stopped waiting for a lock is retried and the rerun completes', async () => {
    // The rerun changes the country, so its batch must take the country's write lock.
    const edited = materialize('valid', p, (file, text) =>
      file === 'countries.csv' ? text.replace(`${p}CA,Canada,`, `${p}CA,Canada (edited),`) : text,
    );
    // Another writer holds the lock of a country the rerun upserts, past the batch timeout.
    const session = db.driver.session();
    const tx = session.beginTransaction();
    await tx.run('MATCH (c:Country {id: $id}) SET c.locked = true', { id: `${p}CA` });
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      await tx.rollback();
      await session.close();
    };
    const retries: RetryInfo[] = [];
    try {
      const report = await seedFromDirectory(db, edited, {
        timeoutMs: 3_000, // long enough for any batch on a loaded host; the locked one waits it out
        retryDelayMs: 50,
        onRetry: async (info) => {
          retries.push(info);
          await release(); // the other writer finishes
        },
      });
      expect(report.ok).toBe(true);
    } finally {
      await release();
      removeDir(edited);
    }
    expect(retries).toEqual([
      expect.objectContaining({
        file: 'countries.csv',
        attempt: 1,
        code: 'Neo.ClientError.Transaction.LockClientStopped',
      }),
    ]);
    const graph = await dumpGraph(db, p);
    expect(graph.filter((line) => line.includes('Canada (edited)'))).toHaveLength(1);
  });
});
