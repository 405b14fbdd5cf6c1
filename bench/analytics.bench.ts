import { dependencies } from '../src/analytics/services/dependencies.service';
import { impact } from '../src/analytics/services/impact.service';
import { shortestPath } from '../src/analytics/services/paths.service';
import { shortestPaths } from '../src/analytics/services/queries/paths.cypher';
import { ChainDirection } from '../src/analytics/algorithms/supply-chain';
import { supplyChain } from '../src/analytics/services/supply-chain.service';
import { warmAnalyticsPlans } from '../src/analytics/services/warm-up';
import { cypher } from '../src/neo4j/cypher';
import { type GraphDatabase } from '../src/neo4j/driver';
import { ensureDataset } from './lib/analytics-dataset';
import { benchDatabase } from './lib/neo4j';
import { fmt, measure, summarize } from './lib/stats';

/**
 * Path and dependency analytics on generated networks (the seeding generator, src/seed/generate)
 * of 10,000 and 100,000 facilities: p50/p95 of shortestPath between random facilities (beside
 * Cypher's shortestPath through the raw driver, whose lengths must agree), supplyChain upstream of
 * random EV plants and impact of removing one random mine, each through the service (lookups,
 * read transaction, analysis) as a resolver calls it.
 *
 *   npm run bench -- analytics [--sizes 10000,100000] [--runs 200] [--seed 1]
 *
 * Uses NEO4J_URI when set (datasets are id-prefixed per size and reused when already loaded),
 * otherwise a fresh local Neo4j.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    let t = (s = (s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function ids(db: GraphDatabase, prefix: string, kind?: string): Promise<string[]> {
  const rows = await db.read(
    cypher(
      `MATCH (f:Facility) WHERE f.id STARTS WITH $prefix AND ($kind IS NULL OR f.kind = $kind) RETURN f.id AS id ORDER BY id`,
      { prefix, kind: kind ?? null },
    ),
  );
  return rows.map((r) => r.id as string);
}

interface Line {
  query: string;
  samples: number[];
  note: string;
}

async function benchSize(db: GraphDatabase, size: number, runs: number, seed: number): Promise<Line[]> {
  const prefix = `ab${size}-`;
  await ensureDataset(db, size, prefix, seed);
  const [facilities, evPlants, mines] = [
    await ids(db, prefix),
    await ids(db, prefix, 'EV_ASSEMBLY'),
    await ids(db, prefix, 'MINE'),
  ];
  const random = rng(seed);
  const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)];
  // 50 warm-up pairs: the search has a handful of query texts, each planned on first use.
  const warmPairs = 50;
  const pairs = Array.from({ length: runs + warmPairs }, () => [pick(facilities), pick(facilities)] as const);
  const evs = Array.from({ length: runs + 20 }, () => pick(evPlants));
  const removed = Array.from({ length: runs + 20 }, () => pick(mines));
  const lines: Line[] = [];

  // Cold queries: the plans warmed as at start-up, then the first call of each new maxDepth (one
  // query text whatever the depth, so none of them plans again), then warm calls.
  const warmedMs = await warmAnalyticsPlans(db);
  const firstCalls: number[] = [];
  for (const maxDepth of [3, 7, 13, 25]) {
    const t = performance.now();
    await dependencies(db, { facility: pick(evPlants), maxDepth });
    firstCalls.push(performance.now() - t);
  }
  lines.push({
    query: 'dependencies, first call of a new maxDepth',
    samples: firstCalls,
    note: `depths 3, 7, 13, 25; plans warmed in ${warmedMs.toFixed(0)} ms`,
  });
  let d = 0;
  const dep = await measure(async () => {
    await dependencies(db, { facility: evs[d++ % evs.length], maxDepth: 10 });
  }, runs);
  lines.push({ query: 'dependencies (warm, defaults)', samples: dep, note: 'asOf today, INFERRED, no planned' });

  // Service and raw Cypher on the same pairs, interleaved (alternating which goes first), so both
  // see the same caches; their lengths must agree.
  const session = () => db.driver.session({ database: db.options.database, defaultAccessMode: 'READ' });
  const viaService = async (from: string, to: string) =>
    (await shortestPath(db, { from, to, directed: false, maxHops: 6 }))?.length ?? -1;
  const viaCypher = async (from: string, to: string) => {
    const q = shortestPaths({ from, to, directed: false, maxHops: 6, avoid: [] });
    const s = session();
    try {
      const result = await s.executeRead((tx) => tx.run(q.cypher, q.params), { timeout: 15_000 });
      return result.records.length ? (result.records[0].get('rels') as unknown[]).length : -1;
    } finally {
      await s.close();
    }
  };
  const timed = async (fn: () => Promise<number>) => {
    const t = performance.now();
    const value = await fn();
    return { ms: performance.now() - t, value };
  };
  const sp: number[] = [];
  const raw: number[] = [];
  let mismatches = 0;
  let hops = 0;
  for (let i = 0; i < pairs.length; i++) {
    const [from, to] = pairs[i];
    const runService = () => timed(() => viaService(from, to));
    const runCypher = () => timed(() => viaCypher(from, to));
    const service = i % 2 ? await runService() : undefined;
    const cypherRun = await runCypher();
    const serviceRun = service ?? (await runService());
    if (serviceRun.value !== cypherRun.value) mismatches++;
    if (i < warmPairs) continue;
    sp.push(serviceRun.ms);
    raw.push(cypherRun.ms);
    hops += serviceRun.value;
  }
  lines.push({ query: 'shortestPath (service)', samples: sp, note: `mean length ${(hops / sp.length).toFixed(2)}` });
  lines.push({
    query: 'shortestPath (Cypher, raw driver)',
    samples: raw,
    note: `${mismatches} length mismatches with the service`,
  });

  let k = 0;
  let chainSize = 0;
  const sc = await measure(async () => {
    const chain = await supplyChain(db, {
      facility: evs[k++ % evs.length],
      direction: ChainDirection.UPSTREAM,
      maxDepth: 10,
    });
    chainSize += chain.facilities.length;
  }, runs);
  lines.push({
    query: 'supplyChain upstream of an EV plant',
    samples: sc,
    note: `mean ${(chainSize / (runs + 20)).toFixed(0)} facilities`,
  });

  let hit = 0;
  k = 0;
  const im = await measure(async () => {
    const r = await impact(db, { remove: [removed[k++ % removed.length]], maxDepth: 10, limit: 500 });
    hit += r.cutOffCount + r.degradedCount;
  }, runs);
  lines.push({
    query: 'impact of removing one mine',
    samples: im,
    note: `mean ${(hit / (runs + 20)).toFixed(1)} facilities hit`,
  });
  return lines;
}

async function main() {
  const sizes = arg('sizes', '10000,100000').split(',').map(Number);
  const runs = Number(arg('runs', '200'));
  const seed = Number(arg('seed', '1'));
  const bench = await benchDatabase();
  const table: Array<{ size: number; lines: Line[] }> = [];
  try {
    for (const size of sizes) {
      console.log(`\n${size} facilities (${runs} runs after 20 warm-up calls each, 50 for shortestPath)`);
      const lines = await benchSize(bench.db, size, runs, seed);
      for (const l of lines) {
        const s = summarize(l.samples);
        console.log(
          `  ${l.query.padEnd(40)} p50 ${fmt(s.p50).padStart(10)}  p95 ${fmt(s.p95).padStart(10)}  mean ${fmt(s.mean).padStart(10)}  ${l.note}`,
        );
      }
      table.push({ size, lines });
    }
    if (table.length > 1) {
      const [a, b] = [table[0], table[table.length - 1]];
      console.log(`\nGrowth from ${a.size} to ${b.size} facilities (p50, p95):`);
      a.lines.forEach((l, i) => {
        const [x, y] = [summarize(l.samples), summarize(b.lines[i].samples)];
        console.log(`  ${l.query.padEnd(40)} x${(y.p50 / x.p50).toFixed(2)}  x${(y.p95 / x.p95).toFixed(2)}`);
      });
    }
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
