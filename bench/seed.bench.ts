import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cypher } from '../src/neo4j/cypher';
import { type GraphDatabase } from '../src/neo4j/driver';
import { generateDataset, wipeGraph } from '../src/seed';
import { type SeedBenchDatabase, seedBenchDatabase } from './lib/seed-neo4j';
import { type ChildResult } from './lib/seed-child';

/** A child's result plus the CPU the local Neo4j spent meanwhile (undefined for NEO4J_URI). */
type Run = ChildResult & { neo4jCpuMs?: number };

/**
 * Seeding benchmark: generates N facilities (with all their relationships), loads them with the
 * loader (`seedFromDirectory`, in a child process so its peak RSS is its own), then wipes and writes
 * the same rows with a plain UNWIND ... MERGE reference at the same batch size, and compares.
 *
 *   npm run build && node dist/bench/seed.bench.js [--facilities 100000] [--batch-size 5000] [--seed 1]
 *        [--rounds 2] [--warmup full|small|none] [--no-rerun] [--no-reference]
 *
 * Order matters on a small shared machine: the first big load into a fresh store pays for store
 * growth and JIT warm-up that later loads reuse (measured: 30-50% slower). So by default both paths
 * first run once on a small dataset (query plans), then the reference loads the full dataset once,
 * unmeasured (--warmup full); then the measured runs alternate loader, reference, reference, loader
 * (--rounds 2) and the means are compared. --rounds 1 runs each once. CPU time (client + Neo4j) is
 * printed too: on a shared machine it is steadier than wall time.
 * Uses a fresh local Neo4j, or NEO4J_URI with --allow-wipe (the benchmark empties the graph).
 */
const { values: opt } = parseArgs({
  options: {
    facilities: { type: 'string', default: '100000' },
    'batch-size': { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    warmup: { type: 'string', default: 'full' },
    'no-rerun': { type: 'boolean', default: false },
    'no-reference': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '2' },
    'allow-wipe': { type: 'boolean', default: false },
  },
});
const facilities = Number(opt.facilities);
const batchSize = Number(opt['batch-size']);
const n = (v: number) => Math.round(v).toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function child(mode: 'loader' | 'reference', dir: string, uri: string): Promise<ChildResult> {
  const script = path.join(__dirname, 'lib', 'seed-child.js');
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [script, mode, dir, String(batchSize)],
      { env: { ...process.env, NEO4J_URI: uri }, maxBuffer: 1 << 20 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`${mode} failed: ${stderr || error.message}`))
          : resolve(JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult),
    ),
  );
}

async function counts(db: GraphDatabase): Promise<string> {
  const [r] = await db.read(
    cypher(
      'CALL () { MATCH (n:Entity) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    ),
  );
  return `${n(Number(r.nodes))} nodes, ${n(Number(r.rels))} relationships`;
}

function line(label: string, r: Run, csvRows: number): string {
  const phases = `${r.validateMs ? `validate ${sec(r.validateMs)}, ` : ''}nodes ${sec(r.nodesMs)}, relationships ${sec(r.relationshipsMs)}`;
  return (
    `${label.padEnd(10)} total ${sec(r.wallMs).padStart(8)} (${phases}) | ${n(csvRows / (r.wallMs / 1000)).padStart(6)} CSV rows/s, ` +
    `${n((r.nodes + r.relationships) / (r.wallMs / 1000)).padStart(6)} graph rows/s | ` +
    `nodes ${n(r.nodes / (r.nodesMs / 1000)).padStart(6)}/s | relationships ${n(r.relationships / (r.relationshipsMs / 1000)).padStart(6)}/s | ` +
    `peak RSS ${r.maxRssMb.toFixed(0)} MB | CPU: client ${sec(r.cpuMs)}` +
    (r.neo4jCpuMs === undefined ? '' : `, Neo4j ${sec(r.neo4jCpuMs)}`)
  );
}

/** Runs one measured load and attributes the local Neo4j's CPU time over it. */
async function measured(bench: SeedBenchDatabase, mode: 'loader' | 'reference', dir: string): Promise<Run> {
  const before = bench.neo4jCpuMs();
  const r = await child(mode, dir, bench.uri);
  const after = bench.neo4jCpuMs();
  return { ...r, neo4jCpuMs: before === undefined || after === undefined ? undefined : after - before };
}

async function main(): Promise<void> {
  if (process.env.NEO4J_URI && !opt['allow-wipe'])
    throw new Error('NEO4J_URI is set: this benchmark empties that graph; pass --allow-wipe to confirm');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-seed-bench-'));
  const bench = await seedBenchDatabase();
  try {
    let t = performance.now();
    const dir = path.join(tmp, 'data');
    const gen = await generateDataset({ facilities, outDir: dir, seed: Number(opt.seed) });
    const mb = fs.readdirSync(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0) / 1048576;
    console.log(
      `seed benchmark: ${n(facilities)} facilities -> ${n(gen.totalRows)} CSV rows (${mb.toFixed(1)} MB), batch ${batchSize}, ${os.cpus().length} CPUs`,
    );
    console.log(`generate   ${sec(performance.now() - t)} | load average ${load()}`);

    if (opt.warmup !== 'none') {
      // Both paths once on a small dataset: their Cypher plans are cached for the measured runs.
      const warm = path.join(tmp, 'warm');
      await generateDataset({ facilities: 2000, outDir: warm, seed: Number(opt.seed) + 1, idPrefix: 'warm:' });
      await child('loader', warm, bench.uri);
      await wipeGraph(bench.db);
      await child('reference', warm, bench.uri);
    }
    if (opt.warmup === 'full') {
      t = performance.now();
      await wipeGraph(bench.db);
      await child('reference', dir, bench.uri);
      console.log(`warm-up    full-size reference load, unmeasured: ${sec(performance.now() - t)}`);
    }
    const rounds = opt['no-reference'] ? 1 : Number(opt.rounds);
    const order: Array<'loader' | 'reference'> = opt['no-reference']
      ? ['loader']
      : rounds === 1
        ? ['loader', 'reference']
        : ['loader', 'reference', 'reference', 'loader'];
    const results: Run[] = [];
    for (const mode of order) {
      t = performance.now();
      await wipeGraph(bench.db);
      const wiped = performance.now() - t;
      const r = await measured(bench, mode, dir);
      results.push(r);
      console.log(line(mode, r, gen.totalRows));
      console.log(`           graph: ${await counts(bench.db)} | wipe before ${sec(wiped)} | load average ${load()}`);
    }
    const loaderRuns = results.filter((r) => r.mode === 'loader');
    if (!opt['no-rerun'] && order[order.length - 1] === 'loader') {
      const again = await measured(bench, 'loader', dir);
      console.log(line('rerun', again, gen.totalRows) + (again.changed ? ' CHANGED THE GRAPH' : ' (no changes)'));
    }
    const refRuns = results.filter((r) => r.mode === 'reference');
    if (refRuns.length > 0) {
      const mean = (rs: Run[], f: (r: Run) => number) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
      const ratio = (f: (r: Run) => number) => (mean(refRuns, f) / mean(loaderRuns, f)).toFixed(2);
      console.log(
        `ratio loader/reference by wall time (throughput, mean of ${loaderRuns.length} + ${refRuns.length} runs; >1 = loader faster): ` +
          `${ratio((r) => r.wallMs)} overall, nodes ${ratio((r) => r.nodesMs)}, relationships ${ratio((r) => r.relationshipsMs)}`,
      );
      if (results.every((r) => r.neo4jCpuMs !== undefined)) {
        console.log(
          `ratio loader/reference by CPU spent (client + Neo4j; steadier on a shared machine): ${ratio((r) => r.cpuMs + r.neo4jCpuMs!)}` +
            ` (Neo4j alone ${ratio((r) => r.neo4jCpuMs!)})`,
        );
      }
    }
    console.log(
      `loader peak RSS: ${Math.max(...loaderRuns.map((r) => r.maxRssMb)).toFixed(0)} MB for ${n(gen.totalRows)} CSV rows`,
    );
  } finally {
    await bench.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
