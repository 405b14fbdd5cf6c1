import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, GraphDatabase } from '../../src/neo4j/driver';
import { startLocalNeo4j } from '../../src/neo4j/local';
import { applyMigrations } from '../../src/neo4j/migrations';

export interface BenchDatabase {
  db: GraphDatabase;
  uri: string;
  /** The local Neo4j's JVM (run.sh execs java), when the benchmark started one. */
  pid?: number;
  close(): Promise<void>;
}

/**
 * The database a benchmark runs against: NEO4J_URI when set, otherwise a fresh local Neo4j on a
 * throw-away data directory (removed on close).
 */
export async function benchDatabase(port = Number(process.env.BENCH_NEO4J_PORT ?? 7695)): Promise<BenchDatabase> {
  let stop: () => Promise<void> = () => Promise.resolve();
  let pid: number | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-bench-'));
    const local = await startLocalNeo4j({ port, dataDir });
    uri = local.uri;
    pid = local.pid;
    stop = async () => {
      await local.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const db = new GraphDatabase(createDriver(uri, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    timeoutMs: 600_000,
  });
  await applyMigrations(db);
  return {
    db,
    uri,
    pid,
    async close() {
      await db.close();
      await stop();
    },
  };
}
