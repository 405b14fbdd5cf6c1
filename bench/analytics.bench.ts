import os from 'node:os';
import { chokePoints } from '../src/analytics/services/choke-points.service';
import { agreementCoverage } from '../src/analytics/services/coverage.service';
import { dependencies } from '../src/analytics/services/dependencies.service';
import { impact } from '../src/analytics/services/impact.service';
import { shortestPath } from '../src/analytics/services/paths.service';
import { agreementEndOf } from '../src/analytics/services/network-loader';
import { shortestPaths } from '../src/analytics/services/queries/paths.cypher';
import { agreementEnds, supplyEvidence } from '../src/analytics/services/queries/supply-evidence.cypher';
import { evidenceFilter } from '../src/analytics/services/request';
import { holdsAt } from '../src/domain/evidence';
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
 * of 10,000 and 100,000 facilities, each analysis through its service (lookups, read transaction,
 * analysis) as a resolver calls it, with asOf, minConfidence and includePlanned at their defaults:
 * dependencies, supplyChain, impact (one mine, one company), chokePoints and agreementCoverage
 * (USMCA) of random EV plants, cold (the first call after a start: plans cleared, warmed as the
 * server does before it is ready; and the same without the warm-up) and warm (p50/p95 over
 * `--runs`); and shortestPath between random facilities beside Cypher's shortestPath through the
 * raw driver with the same filter, whose lengths must agree.
 *
 *   npm run bench -- analytics [--sizes 10000,100000] [--runs 200] [--cold-runs 5] [--seed 1]
 *
 * Uses NEO4J_URI when set (datasets are id-prefixed per size and reused when already loaded),
 * otherwise a fresh local Neo4j. Prints the load average: the figures depend on the machine's load.
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

/** One analysis as a resolver calls it, with the new evidence arguments at their defaults. */
interface Analysis {
  query: string;
  /** Calls the analysis on its i-th input; returns a size for the note (facilities, hits...). */
  call: (i: number) => Promise<number>;
  /** What the mean size is a mean of. */
  unit: string;
}

/**
 * Clears Neo4j's query caches, as a restarted database has none: every statement plans again on
 * its first call. The page cache stays warm, so this isolates the planning cost.
 */
async function clearPlans(db: GraphDatabase): Promise<void> {
  await db.write(cypher('CALL db.clearQueryCaches()'));
}

async function companies(db: GraphDatabase, prefix: string): Promise<string[]> {
  const rows = await db.read(
    cypher(
      `MATCH (c:Company)-[:OPERATES]->(f:Facility) WHERE f.id STARTS WITH $prefix
       RETURN DISTINCT c.id AS id ORDER BY id`,
      { prefix },
    ),
  );
  return rows.map((r) => r.id as string);
}

async function benchSize(db: GraphDatabase, size: number, runs: number, seed: number, coldRuns: number) {
  const prefix = `ab${size}-`;
  await ensureDataset(db, size, prefix, seed);
  const [facilities, evPlants, mines, operators] = [
    await ids(db, prefix),
    await ids(db, prefix, 'EV_ASSEMBLY'),
    await ids(db, prefix, 'MINE'),
    await companies(db, prefix),
  ];
  const random = rng(seed);
  const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)];
  const inputs = (xs: string[]) => Array.from({ length: runs + 20 + 2 * coldRuns }, () => pick(xs));
  // 50 warm-up pairs: the search has a handful of query texts, each planned on first use.
  const warmPairs = 50;
  const pairs = Array.from({ length: runs + warmPairs }, () => [pick(facilities), pick(facilities)] as const);
  const evs = inputs(evPlants);
  const removedMines = inputs(mines);
  const removedCompanies = inputs(operators);
  const bloc = `${prefix}AGR-USMCA`;
  const lines: Line[] = [];

  const analyses: Analysis[] = [
    {
      query: 'dependencies of an EV plant',
      call: async (i) => (await dependencies(db, { facility: evs[i], maxDepth: 10 })).minerals.length,
      unit: 'minerals',
    },
    {
      query: 'supplyChain upstream of an EV plant',
      call: async (i) =>
        (await supplyChain(db, { facility: evs[i], direction: ChainDirection.UPSTREAM, maxDepth: 10 })).facilities
          .length,
      unit: 'facilities',
    },
    {
      query: 'impact of removing one mine',
      call: async (i) => {
        const r = await impact(db, { remove: [removedMines[i]], maxDepth: 10, limit: 500 });
        return r.cutOffCount + r.degradedCount;
      },
      unit: 'facilities hit',
    },
    {
      query: 'impact of removing one company',
      call: async (i) => {
        const r = await impact(db, { remove: [removedCompanies[i]], maxDepth: 10, limit: 500 });
        return r.cutOffCount + r.degradedCount;
      },
      unit: 'facilities hit',
    },
    {
      query: 'chokePoints of an EV plant',
      call: async (i) => (await chokePoints(db, { facility: evs[i], maxDepth: 10 })).facilities.length,
      unit: 'facility choke points',
    },
    {
      query: 'agreementCoverage of an EV plant',
      call: async (i) =>
        (await agreementCoverage(db, { facility: evs[i], agreement: bloc, maxDepth: 10 })).minerals.length,
      unit: 'minerals',
    },
  ];

  // Cold: the first call of each analysis after a start. A start clears the plans (clearPlans);
  // the server then warms them before it reports ready (warm-up.ts), and the first request comes.
  // Without the warm-up, the same first calls show what it saves. Inputs differ from the warm ones.
  let next = runs + 20;
  const coldLines = async (warm: boolean) => {
    const cold = analyses.map(() => [] as number[]);
    const warmUps: number[] = [];
    for (let c = 0; c < coldRuns; c++) {
      await clearPlans(db);
      if (warm) warmUps.push((await warmAnalyticsPlans(db)).ms);
      for (const [a, analysis] of analyses.entries()) {
        const t = performance.now();
        await analysis.call(next);
        cold[a].push(performance.now() - t);
      }
      next++;
    }
    analyses.forEach((analysis, a) =>
      lines.push({
        query: `${analysis.query}, cold${warm ? '' : ' unwarmed'}`,
        samples: cold[a],
        note: warm
          ? `first call after start (plans cleared, warmed in ${summarize(warmUps).p50.toFixed(0)} ms p50)`
          : 'first call, plans cleared, no warm-up',
      }),
    );
  };
  await coldLines(true);
  await coldLines(false);

  // Cold queries: the plans warmed as at start-up, then the first call of each new maxDepth (one
  // query text whatever the depth, so none of them plans again), then warm calls.
  await clearPlans(db);
  const warmedMs = (await warmAnalyticsPlans(db)).ms;
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

  for (const analysis of analyses) {
    let total = 0;
    const samples = await measure(async (i) => {
      total += await analysis.call(i);
    }, runs);
    lines.push({
      query: `${analysis.query}, warm`,
      samples,
      note: `mean ${(total / (runs + 20)).toFixed(1)} ${analysis.unit}`,
    });
  }

  // Service and raw Cypher on the same pairs, interleaved (alternating which goes first), so both
  // see the same caches; their lengths must agree (the raw query gets the same evidence filter).
  const session = () => db.driver.session({ database: db.options.database, defaultAccessMode: 'READ' });
  const viaService = async (from: string, to: string) =>
    (await shortestPath(db, { from, to, directed: false, maxHops: 6 }))?.length ?? -1;
  const evidence = supplyEvidence(evidenceFilter({}), await endedAgreements(db));
  const viaCypher = async (from: string, to: string) => {
    const q = shortestPaths({ from, to, directed: false, maxHops: 6, avoid: [], evidence });
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
  lines.push({
    query: 'shortestPath (service), warm',
    samples: sp,
    note: `mean length ${(hops / sp.length).toFixed(2)}`,
  });
  lines.push({
    query: 'shortestPath (Cypher, raw driver), warm',
    samples: raw,
    note: `${mismatches} length mismatches with the service`,
  });
  return lines;
}

/** The agreements ended by today, as the path service computes them (for the raw-driver reference). */
async function endedAgreements(db: GraphDatabase): Promise<string[]> {
  const asOf = evidenceFilter({}).asOf;
  return (await db.read(agreementEnds()))
    .filter((r) => !holdsAt(null, agreementEndOf(r.end as Record<string, unknown>), asOf))
    .map((r) => r.id as string);
}

async function main() {
  const sizes = arg('sizes', '10000,100000').split(',').map(Number);
  const runs = Number(arg('runs', '200'));
  const coldRuns = Number(arg('cold-runs', '5'));
  const seed = Number(arg('seed', '1'));
  const bench = await benchDatabase();
  const table: Array<{ size: number; lines: Line[] }> = [];
  try {
    for (const size of sizes) {
      console.log(
        `\n${size} facilities (warm: ${runs} runs after 20 warm-up calls each, 50 for shortestPath; cold: ${coldRuns} starts)`,
      );
      console.log(
        `  load average at start: ${os
          .loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')} (${os.cpus().length} cores)`,
      );
      const lines = await benchSize(bench.db, size, runs, seed, coldRuns);
      for (const l of lines) {
        const s = summarize(l.samples);
        console.log(
          `  ${l.query.padEnd(52)} p50 ${fmt(s.p50).padStart(10)}  p95 ${fmt(s.p95).padStart(10)}  mean ${fmt(s.mean).padStart(10)}  ${l.note}`,
        );
      }
      table.push({ size, lines });
    }
    console.log(
      `\nload average at end: ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    if (table.length > 1) {
      const [a, b] = [table[0], table[table.length - 1]];
      console.log(`\nGrowth from ${a.size} to ${b.size} facilities (p50, p95):`);
      a.lines.forEach((l, i) => {
        const [x, y] = [summarize(l.samples), summarize(b.lines[i].samples)];
        console.log(`  ${l.query.padEnd(52)} x${(y.p50 / x.p50).toFixed(2)}  x${(y.p95 / x.p95).toFixed(2)}`);
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
