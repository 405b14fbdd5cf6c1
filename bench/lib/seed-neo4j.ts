import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, GraphDatabase } from '../../src/neo4j/driver';
import { startLocalNeo4j } from '../../src/neo4j/local';
import { applyMigrations } from '../../src/neo4j/migrations';

/**
 * The seeding benchmark's database: like benchDatabase (./neo4j.ts), but it also reads the CPU
 * time the local Neo4j process has used, which on a shared machine is a steadier measure of the
 * work a load costs than wall time. CPU time is unknown (undefined) for a database at NEO4J_URI.
 */
export interface SeedBenchDatabase {
  db: GraphDatabase;
  uri: string;
  /** CPU milliseconds (user + system) used by the local Neo4j process so far. */
  neo4jCpuMs(): number | undefined;
  close(): Promise<void>;
}

/** utime + stime of a process, from /proc (Linux), in milliseconds. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5), counted from after the command name (which may hold spaces).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

export async function seedBenchDatabase(port = Number(process.env.BENCH_NEO4J_PORT ?? 7695)): Promise<SeedBenchDatabase> {
  let stop = async () => undefined as void;
  let pid: number | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-seed-bench-db-'));
    const local = await startLocalNeo4j({ port, dataDir });
    uri = local.uri;
    pid = local.pid; // run.sh execs java: this is the JVM itself
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
    neo4jCpuMs: () => (pid === undefined ? undefined : processCpuMs(pid)),
    async close() {
      await db.close();
      await stop();
    },
  };
}
