import neo4j, { type Driver, type EagerResult, Neo4jError } from 'neo4j-driver';
import { getSchema } from '../../../src/graphql/schema';
import { createDriver, GraphDatabase } from '../../../src/neo4j/driver';
import { type RunningApp, startApp } from '../../../src/server/app';
import { formatError } from '../../../src/server/format-error';
import { Role } from '../../../src/auth/roles';
import { signTestToken, TEST_JWT_SECRET } from '../../support/auth';
import { uniquePrefix } from '../../support/db';
import { postJson } from '../../support/http';

/**
 * Defect 2: every Neo4j error the engine really sends is classified by its code family and
 * reaches clients as QUERY_TIMEOUT / DATABASE_UNAVAILABLE with `retryable`, never as
 * INTERNAL_SERVER_ERROR. Each error below is produced by the real Neo4j 5.26, then passed through
 * the server's own error formatting; the lock wait also over HTTP.
 */
describe('Neo4j error codes reach clients classified', () => {
  const p = uniquePrefix();
  let driver: Driver;
  const format = formatError(false, () => undefined, { queryTimeoutMs: 1000 });
  const asClient = (error: unknown) => format({ message: 'x', extensions: {} }, error).extensions;

  beforeAll(async () => {
    driver = createDriver(process.env.NEO4J_URI!, 'neo4j', '', 10, { maxRetryTimeMs: 0 });
    await driver.executeQuery('CREATE (:Entity:Country {id: $a, name: "A"}), (:Entity:Country {id: $b, name: "B"})', {
      a: `${p}A`,
      b: `${p}B`,
    });
  });
  afterAll(async () => {
    await driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p });
    await driver.close();
  });

  /** Runs `work` and returns what it threw. */
  const thrown = async (work: () => Promise<unknown>): Promise<Neo4jError> => {
    try {
      await work();
    } catch (error) {
      if (error instanceof Neo4jError) return error;
      throw error;
    }
    throw new Error('expected an error');
  };
  /** A transaction holding the write lock of node `id` until released. */
  const holdLock = async (id: string) => {
    const session = driver.session();
    const tx = session.beginTransaction();
    await tx.run('MATCH (n:Entity {id: $id}) SET n.locked = true', { id });
    return async () => {
      await tx.rollback();
      await session.close();
    };
  };
  const terminate = async (marker: string) => {
    const { records } = await driver.executeQuery<EagerResult<{ transactionId: string }>>(
      'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.marker = $marker RETURN transactionId',
      { marker },
    );
    for (const r of records) await driver.executeQuery('TERMINATE TRANSACTION $id', { id: r.get('transactionId') });
    return records.length;
  };
  const waitUntil = async (probe: () => Promise<boolean>) => {
    while (!(await probe())) await new Promise((r) => setImmediate(r));
  };
  const listed = (marker: string) => async () =>
    (
      await driver.executeQuery('SHOW TRANSACTIONS YIELD metaData WHERE metaData.marker = $marker RETURN 1', {
        marker,
      })
    ).records.length > 0;

  it('a transaction past its timeout: QUERY_TIMEOUT, not retryable', async () => {
    const error = await thrown(() =>
      driver.executeQuery(
        'UNWIND range(1, 400000000) AS x WITH x WHERE x = -1 RETURN count(*)',
        {},
        {
          transactionConfig: { timeout: 200 },
        },
      ),
    );
    expect(error.code).toBe('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    expect(asClient(error)).toMatchObject({ code: 'QUERY_TIMEOUT', retryable: false, limit: 'queryTimeoutMs' });
  });

  it('a lock wait past the timeout (LockClientStopped): QUERY_TIMEOUT, retryable', async () => {
    const release = await holdLock(`${p}A`);
    try {
      const error = await thrown(() =>
        driver.executeQuery(
          'MATCH (n:Entity {id: $id}) SET n.x = 1',
          { id: `${p}A` },
          {
            transactionConfig: { timeout: 300 },
          },
        ),
      );
      expect(error.code).toBe('Neo.ClientError.Transaction.LockClientStopped');
      expect(asClient(error)).toMatchObject({ code: 'QUERY_TIMEOUT', retryable: true, reason: 'lock-wait' });
    } finally {
      await release();
    }
  });

  it('a transaction terminated while it waits for a lock (as at shutdown): retryable', async () => {
    const release = await holdLock(`${p}A`);
    try {
      const waiting = thrown(() =>
        driver.executeQuery(
          'MATCH (n:Entity {id: $id}) SET n.x = 2',
          { id: `${p}A` },
          {
            transactionConfig: { timeout: 30_000, metadata: { marker: `${p}waiting` } },
          },
        ),
      );
      await waitUntil(listed(`${p}waiting`));
      expect(await terminate(`${p}waiting`)).toBe(1);
      const error = await waiting;
      expect(error.code).toBe('Neo.ClientError.Transaction.LockClientStopped');
      expect(asClient(error)).toMatchObject({ code: 'QUERY_TIMEOUT', retryable: true });
    } finally {
      await release();
    }
  });

  it('a running transaction terminated (Terminated): DATABASE_UNAVAILABLE, retryable', async () => {
    const running = thrown(() =>
      driver.executeQuery(
        'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(*)',
        {},
        {
          transactionConfig: { timeout: 60_000, metadata: { marker: `${p}running` } },
        },
      ),
    );
    await waitUntil(listed(`${p}running`));
    expect(await terminate(`${p}running`)).toBe(1);
    const error = await running;
    expect(error.code).toBe('Neo.ClientError.Transaction.Terminated');
    expect(asClient(error)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true, reason: 'terminated' });
  });

  it('a deadlock (TransientError family): DATABASE_UNAVAILABLE, retryable', async () => {
    const [s1, s2] = [driver.session(), driver.session()];
    const [t1, t2] = [s1.beginTransaction(), s2.beginTransaction()];
    try {
      await t1.run('MATCH (n:Entity {id: $id}) SET n.x = 1', { id: `${p}A` });
      await t2.run('MATCH (n:Entity {id: $id}) SET n.x = 1', { id: `${p}B` });
      const failure = (run: Promise<unknown>) =>
        run.then(
          () => undefined,
          (e: unknown) => e,
        );
      const outcomes = await Promise.all([
        failure(t1.run('MATCH (n:Entity {id: $id}) SET n.x = 2', { id: `${p}B` })),
        failure(t2.run('MATCH (n:Entity {id: $id}) SET n.x = 2', { id: `${p}A` })),
      ]);
      const error = outcomes.find((e) => e !== undefined);
      expect(error).toBeInstanceOf(Neo4jError);
      expect((error as Neo4jError).code).toBe('Neo.TransientError.Transaction.DeadlockDetected');
      expect(asClient(error)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true, reason: 'transient' });
    } finally {
      await t1.rollback().catch(() => undefined);
      await t2.rollback().catch(() => undefined);
      await Promise.all([s1.close(), s2.close()]);
    }
  });

  it('an unreachable server (driver ServiceUnavailable): DATABASE_UNAVAILABLE, retryable', async () => {
    const nowhere = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', ''), {
      connectionTimeout: 500,
      maxTransactionRetryTime: 0,
    });
    try {
      const error = await thrown(() => nowhere.executeQuery('RETURN 1'));
      expect(error.code).toBe('ServiceUnavailable');
      expect(asClient(error)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    } finally {
      await nowhere.close();
    }
  });

  it('over HTTP: an update waiting on a locked node answers QUERY_TIMEOUT with retryable, not INTERNAL_SERVER_ERROR', async () => {
    const db = new GraphDatabase(createDriver(process.env.NEO4J_URI!, 'neo4j', '', 10, { maxRetryTimeMs: 0 }), {
      database: 'neo4j',
      timeoutMs: 1_000,
    });
    let app: RunningApp | undefined;
    const release = await holdLock(`${p}B`);
    try {
      const auth = { reads: 'public' as const, keyCacheMs: 0, jwt: { secret: TEST_JWT_SECRET, rolesClaim: 'roles' } };
      const options = { schema: await getSchema(), db, development: false, auth, limits: { rateLimitPerMinute: 0 } };
      app = await startApp(options, 0, '127.0.0.1');
      const res = await postJson(
        app.url,
        { query: `mutation { updateCountry(input: {id: "${p}B", name: "Blocked"}) { id } }` },
        { authorization: `Bearer ${await signTestToken(Role.editor)}` },
      );
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', retryable: true, max: 1000 });
    } finally {
      await release();
      await app?.stop();
      await db.close();
    }
  });
});
