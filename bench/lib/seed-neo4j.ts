import fs from 'node:fs';
import { type BenchDatabase, benchDatabase } from './neo4j';

/**
 * The seeding benchmark's database: like benchDatabase (./neo4j.ts), but it also reads the CPU
 * time the local Neo4j process has used, which on a shared machine is a steadier measure of the
 * work a load costs than wall time. CPU time is unknown (undefined) for a database at NEO4J_URI.
 */
export interface SeedBenchDatabase extends BenchDatabase {
  /** CPU milliseconds (user + system) used by the local Neo4j process so far. */
  neo4jCpuMs(): number | undefined;
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

export async function seedBenchDatabase(port?: number): Promise<SeedBenchDatabase> {
  const bench = await benchDatabase(port);
  return { ...bench, neo4jCpuMs: () => (bench.pid === undefined ? undefined : processCpuMs(bench.pid)) };
}
