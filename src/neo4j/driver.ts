import neo4j, { type Driver, type ManagedTransaction, auth, Neo4jError } from 'neo4j-driver';
import { type CypherQuery } from './cypher';
import { toPlainInPlace } from './mappers';

export type Row = Record<string, unknown>;

export interface QueryEvent {
  cypher: string;
  mode: 'READ' | 'WRITE';
  durationMs: number;
  rows: number;
  error?: unknown;
}
export type QueryObserver = (event: QueryEvent) => void;

export type RunInTx = (q: CypherQuery) => Promise<Row[]>;

/**
 * Wraps the work of a write transaction, inside that transaction: `before` may answer instead of
 * the work (a stored result), `after` sees the work's result before the commit. Used for
 * idempotent mutations, so the result is stored atomically with the write it describes.
 */
export interface WriteInterceptor {
  before(run: RunInTx): Promise<{ answer: unknown } | undefined>;
  after(run: RunInTx, result: unknown): Promise<void>;
}

export interface GraphDatabaseOptions {
  database: string;
  /** Server-side transaction timeout applied to every transaction. */
  timeoutMs: number;
  /** Tags every transaction (visible in Neo4j's query log and `SHOW TRANSACTIONS`). */
  app?: string;
}

/** How long the driver waits and retries before a request fails (the service fails fast: docs/operations.md). */
export interface DriverTuning {
  /** TCP/Bolt connect timeout (default 5000 ms). */
  connectionTimeoutMs?: number;
  /** How long executeRead/executeWrite retry transient failures (default 5000 ms; below ~800 ms: one retry after ~1 s). */
  maxRetryTimeMs?: number;
}

export function createDriver(
  uri: string,
  user: string,
  password: string,
  maxPoolSize = 50,
  tuning: DriverTuning = {},
): Driver {
  return neo4j.driver(uri, password ? auth.basic(user, password) : auth.basic(user, ''), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: maxPoolSize,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: tuning.connectionTimeoutMs ?? 5_000,
    maxTransactionRetryTime: tuning.maxRetryTimeMs ?? 5_000,
    userAgent: 'north-american-industrial-graph',
  });
}

/** One string for a session's bookmarks (a single instance gives one). */
export function bookmarkOf(bookmarks: readonly string[]): string {
  return [...bookmarks].sort().join(' ');
}

/**
 * Graph access for the whole application: every read in a read transaction (one statement as an
 * auto-commit read, several in a managed one), every write in a write transaction, each with a
 * timeout and metadata, sessions always closed in `finally`.
 * `observe` returns a view that reports each round trip (used per request for metrics and the
 * N+1 guard) while sharing the one driver.
 */
export class GraphDatabase {
  constructor(
    readonly driver: Driver,
    readonly options: GraphDatabaseOptions,
    private readonly observers: readonly QueryObserver[] = [],
    private readonly interceptor?: WriteInterceptor,
  ) {}

  observe(observer: QueryObserver): GraphDatabase {
    return new GraphDatabase(this.driver, this.options, [...this.observers, observer], this.interceptor);
  }

  /**
   * Tells this view's observers about a round trip made elsewhere for the same request (an analysis
   * run in a worker thread with its own driver), so the request's round-trip count stays whole.
   */
  report(event: QueryEvent): void {
    this.emit(event);
  }

  /** A view whose write transactions run inside `interceptor` (one mutation's writes). */
  intercept(interceptor: WriteInterceptor): GraphDatabase {
    return new GraphDatabase(this.driver, this.options, this.observers, interceptor);
  }

  /** A view without the interceptor (for schema statements, which cannot share a transaction with data writes). */
  plain(): GraphDatabase {
    return this.interceptor ? new GraphDatabase(this.driver, this.options, this.observers) : this;
  }

  async read(query: CypherQuery, timeoutMs?: number): Promise<Row[]> {
    return this.run('READ', query, timeoutMs);
  }

  async write(query: CypherQuery, timeoutMs?: number): Promise<Row[]> {
    return this.run('WRITE', query, timeoutMs);
  }

  /** Several statements in one write transaction (all or nothing). */
  async writeTransaction<T>(
    work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return this.transaction('WRITE', work, timeoutMs);
  }

  async readTransaction<T>(
    work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return this.transaction('READ', work, timeoutMs);
  }

  /**
   * A read transaction and the bookmark of the database state after it: two equal bookmarks mean
   * nothing was committed in between (on a single instance a read's bookmark is the last committed
   * transaction), which is how a cached snapshot of the graph knows it is still current.
   */
  async readTransactionAt<T>(
    work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<{ result: T; bookmark: string }> {
    return this.transactionAt('READ', work, timeoutMs);
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run(mode: 'READ' | 'WRITE', query: CypherQuery, timeoutMs?: number): Promise<Row[]> {
    if (mode === 'READ') return this.autoCommitRead(query, timeoutMs);
    return this.transaction(mode, (run) => run(query), timeoutMs);
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL go out in one write, with no
   * BEGIN or COMMIT, so two socket writes and one network round trip fewer than a managed
   * transaction (in a profile of a small read, BEGIN and COMMIT were about half the driver's CPU).
   * A failure the driver would retry (a retriable error: the database restarting, a connection
   * dropped) is retried as a managed transaction, with the driver's retry policy, as every read
   * was before.
   */
  private async autoCommitRead(query: CypherQuery, timeoutMs?: number): Promise<Row[]> {
    try {
      return await this.autoCommit(query, timeoutMs);
    } catch (error) {
      // Called on the class: the driver's exported isRetriableError reads `this` and fails detached.
      if (!Neo4jError.isRetriable(error)) throw error;
      return this.transaction('READ', (run) => run(query), timeoutMs);
    }
  }

  private async autoCommit(query: CypherQuery, timeoutMs?: number): Promise<Row[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    try {
      const result = await session.run(query.cypher, query.params, {
        timeout: timeoutMs ?? this.options.timeoutMs,
        metadata: { app: this.options.app ?? 'naig' },
      });
      const rows = result.records.map((r) => toPlainInPlace(r.toObject()) as Row);
      this.emit({ cypher: query.cypher, mode: 'READ', durationMs: performance.now() - started, rows: rows.length });
      return rows;
    } catch (error) {
      this.emit({ cypher: query.cypher, mode: 'READ', durationMs: performance.now() - started, rows: 0, error });
      throw error;
    } finally {
      await session.close();
    }
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return (await this.transactionAt(mode, work, timeoutMs)).result;
  }

  private async transactionAt<T>(
    mode: 'READ' | 'WRITE',
    work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<{ result: T; bookmark: string }> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: timeoutMs ?? this.options.timeoutMs, metadata: { app: this.options.app ?? 'naig' } };
    const interceptor = mode === 'WRITE' ? this.interceptor : undefined;
    const body = async (tx: ManagedTransaction): Promise<T> => {
      const run: RunInTx = (q) => this.runInTx(tx, mode, q);
      if (!interceptor) return work(run);
      const stored = await interceptor.before(run);
      if (stored) return stored.answer as T;
      const result = await work(run);
      await interceptor.after(run, result);
      return result;
    };
    try {
      const result =
        mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
      return { result, bookmark: bookmarkOf(session.lastBookmarks()) };
    } finally {
      await session.close();
    }
  }

  private async runInTx(tx: ManagedTransaction, mode: 'READ' | 'WRITE', query: CypherQuery): Promise<Row[]> {
    const started = performance.now();
    try {
      const result = await tx.run(query.cypher, query.params);
      const rows = result.records.map((r) => toPlainInPlace(r.toObject()) as Row);
      this.emit({ cypher: query.cypher, mode, durationMs: performance.now() - started, rows: rows.length });
      return rows;
    } catch (error) {
      this.emit({ cypher: query.cypher, mode, durationMs: performance.now() - started, rows: 0, error });
      throw error;
    }
  }

  private emit(event: QueryEvent): void {
    for (const o of this.observers) o(event);
  }
}
