import { createDriver, GraphDatabase } from '../../src/neo4j/driver';
import { seedFromDirectory } from '../../src/seed';
import { referenceLoad } from './seed-reference';

/**
 * One measured load in its own process, so that peak RSS is that of the loader alone:
 *   node dist/bench/lib/seed-child.js <loader|reference> <dir> <batchSize>   (NEO4J_URI required)
 * Prints one JSON line with the timings, counts, peak RSS and CPU time.
 */
export interface ChildResult {
  mode: 'loader' | 'reference';
  ok: boolean;
  wallMs: number;
  nodesMs: number;
  relationshipsMs: number;
  validateMs: number;
  nodes: number;
  relationships: number;
  maxRssMb: number;
  cpuMs: number;
  changed?: boolean;
}

async function main(): Promise<void> {
  const [mode, dir, batch] = process.argv.slice(2);
  const uri = process.env.NEO4J_URI;
  if ((mode !== 'loader' && mode !== 'reference') || !dir || !uri)
    throw new Error('usage: seed-child <loader|reference> <dir> <batchSize> (NEO4J_URI set)');
  const db = new GraphDatabase(
    createDriver(uri, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '', 4),
    {
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      timeoutMs: 600_000,
    },
  );
  const started = performance.now();
  let result: Omit<ChildResult, 'wallMs' | 'maxRssMb' | 'cpuMs'>;
  try {
    if (mode === 'loader') {
      const r = await seedFromDirectory(db, dir, { batchSize: Number(batch) });
      if (!r.ok) throw new Error(`loader rejected ${dir}: ${r.issueCount} problems`);
      const t = r.nodes.created + r.nodes.updated + r.nodes.unchanged;
      result = {
        mode,
        ok: r.ok,
        changed: r.changed,
        nodes: t,
        relationships: r.relationships.created + r.relationships.updated + r.relationships.unchanged,
        nodesMs: r.timings.nodesMs,
        relationshipsMs: r.timings.relationshipsMs,
        validateMs: r.timings.validateMs,
      };
    } else {
      const r = await referenceLoad(db, dir, Number(batch));
      result = {
        mode,
        ok: true,
        nodes: r.nodes,
        relationships: r.relationships,
        nodesMs: r.nodesMs,
        relationshipsMs: r.relationshipsMs,
        validateMs: 0,
      };
    }
  } finally {
    await db.close();
  }
  const usage = process.resourceUsage();
  const out: ChildResult = {
    ...result,
    wallMs: performance.now() - started,
    maxRssMb: usage.maxRSS / 1024,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
