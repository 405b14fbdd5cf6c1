import { type Driver, Neo4jError } from 'neo4j-driver';
import { cypher } from '../../../src/neo4j/cypher';
import { GraphDatabase, type QueryEvent } from '../../../src/neo4j/driver';

/** A driver error as the driver builds it: its code decides whether it is retriable. */
const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', message);

/**
 * The read path's choice between an auto-commit read and the managed transaction. What a real
 * Neo4j does with both is covered by the integration tests (tests/integration/server); here a
 * stand-in driver records which path a read took and fails it on demand, which a real server
 * cannot be made to do at a chosen statement.
 */
function standInDriver(autoCommitFailure?: Error) {
  const calls: string[] = [];
  const records = [{ toObject: () => ({ one: 1 }) }];
  const session = {
    run: () => {
      calls.push('auto-commit');
      return autoCommitFailure ? Promise.reject(autoCommitFailure) : Promise.resolve({ records });
    },
    executeRead: async (work: (tx: { run: () => Promise<{ records: typeof records }> }) => Promise<unknown>) => {
      calls.push('managed');
      return work({ run: () => Promise.resolve({ records }) });
    },
    close: () => Promise.resolve(),
    lastBookmarks: () => ['bm'],
  };
  const driver = { session: () => session } as unknown as Driver;
  return { driver, calls };
}

describe('GraphDatabase.read', () => {
  const query = cypher('RETURN 1 AS one');

  it('runs one statement as an auto-commit read: one round trip, no managed transaction', async () => {
    const { driver, calls } = standInDriver();
    const events: QueryEvent[] = [];
    const db = new GraphDatabase(driver, { database: 'neo4j', timeoutMs: 1000 }).observe((e) => events.push(e));
    expect(await db.read(query)).toEqual([{ one: 1 }]);
    expect(calls).toEqual(['auto-commit']);
    expect(events.map((e) => [e.mode, e.rows, e.error])).toEqual([['READ', 1, undefined]]);
  });

  it('retries a retriable failure as a managed read transaction (the driver retries those)', async () => {
    const { driver, calls } = standInDriver(
      neo4jError('database restarting', 'Neo.TransientError.General.DatabaseUnavailable'),
    );
    const events: QueryEvent[] = [];
    const db = new GraphDatabase(driver, { database: 'neo4j', timeoutMs: 1000 }).observe((e) => events.push(e));
    expect(await db.read(query)).toEqual([{ one: 1 }]);
    expect(calls).toEqual(['auto-commit', 'managed']);
    expect(events.map((e) => e.error !== undefined)).toEqual([true, false]);
  });

  it('throws any other failure as it is, without a second attempt', async () => {
    const failure = neo4jError('bad syntax', 'Neo.ClientError.Statement.SyntaxError');
    const { driver, calls } = standInDriver(failure);
    await expect(new GraphDatabase(driver, { database: 'neo4j', timeoutMs: 1000 }).read(query)).rejects.toBe(failure);
    expect(calls).toEqual(['auto-commit']);
  });
});
