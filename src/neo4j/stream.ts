import neo4j from 'neo4j-driver';
import { type CypherQuery } from './cypher';
import { type GraphDatabase, type Row } from './driver';
import { toPlain } from './mappers';

/** Records pulled from Neo4j per batch while streaming: the driver buffers about this many rows. */
const FETCH_SIZE = 1000;

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
  const session = db.driver.session({
    database: db.options.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  let rows = 0;
  try {
    const tx = await session.beginTransaction({
      timeout: timeoutMs,
      metadata: { app: db.options.app ?? 'naig', kind: 'export' },
    });
    try {
      for await (const record of tx.run(query.cypher, query.params)) {
        rows++;
        if (!(await onRow(toPlain(record.toObject()) as Row))) break;
      }
    } finally {
      await tx.close();
    }
  } finally {
    await session.close();
  }
  return rows;
}
