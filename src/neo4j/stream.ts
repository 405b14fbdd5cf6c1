import neo4j from 'neo4j-driver';
import { type CypherQuery } from './cypher';
import { bookmarkOf, type GraphDatabase, type Row } from './driver';
import { toPlain } from './mappers';

/** Records pulled from Neo4j per batch while streaming: the driver buffers about this many rows. */
const FETCH_SIZE = 1000;

export interface StreamOptions {
  /** Transaction timeout (default the database's). */
  timeoutMs?: number;
  /** Transaction metadata `kind` (what the stream is for, in Neo4j's query log). */
  kind?: string;
  /** Tell the view's observers about the round trip (a request's round-trip count). */
  report?: boolean;
}

/**
 * Streams the rows of a read query to `onRow`, one at a time, with back-pressure: the driver
 * pulls the next batch only when the consumer has taken the previous one, so memory stays
 * constant whatever the number of rows. Runs in an explicit read transaction with a timeout
 * (default the database's) and metadata, never retried (rows already handed on cannot be taken back); `onRow`
 * returning false stops the stream (the client went away). Returns the number of rows handed on.
 */
export async function streamRead(
  db: GraphDatabase,
  query: CypherQuery,
  onRow: (row: Row) => boolean | Promise<boolean>,
  timeoutMs = db.options.timeoutMs,
): Promise<number> {
  return (await streamReadAt(db, query, onRow, { timeoutMs, kind: 'export' })).rows;
}

/**
 * `streamRead` that also returns the bookmark of the database state after the transaction (see
 * GraphDatabase.readTransactionAt) and, with `report`, counts as one round trip of the view.
 */
export async function streamReadAt(
  db: GraphDatabase,
  query: CypherQuery,
  onRow: (row: Row) => boolean | Promise<boolean>,
  options: StreamOptions = {},
): Promise<{ rows: number; bookmark: string }> {
  const session = db.driver.session({
    database: db.options.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  const started = performance.now();
  let rows = 0;
  let failure: unknown;
  try {
    const tx = await session.beginTransaction({
      timeout: options.timeoutMs ?? db.options.timeoutMs,
      metadata: { app: db.options.app ?? 'naig', kind: options.kind ?? 'stream' },
    });
    try {
      let stopped = false;
      for await (const record of tx.run(query.cypher, query.params)) {
        rows++;
        if (!(await onRow(toPlain(record.toObject()) as Row))) {
          stopped = true;
          break;
        }
      }
      // Committed (not just closed) so that the session's bookmark names the state that was read.
      if (!stopped) await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.close();
    }
    return { rows, bookmark: bookmarkOf(session.lastBookmarks()) };
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    await session.close();
    if (options.report)
      db.report({
        cypher: query.cypher,
        mode: 'READ',
        durationMs: performance.now() - started,
        rows,
        ...(failure === undefined ? {} : { error: failure }),
      });
  }
}
