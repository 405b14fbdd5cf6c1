import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cypher } from '../src/neo4j/cypher';
import { ensureDataset } from './lib/analytics-dataset';
import { benchDatabase } from './lib/neo4j';
import { fmt, summarize } from './lib/stats';
import { freePort } from '../tests/support/ports';

/**
 * `impact` of removing whole countries, through the running API over HTTP (`node dist/src/index.js`,
 * the analyses in its worker pool), on a generated network (default 100,000 facilities): p50/p95 of
 * impact(remove one country) and impact(remove the United States) with their outcomes (answered, or
 * QUERY_TIMEOUT), the p95 of `facility(id)` requests sent one after the other while each impact
 * runs, and the API process's peak RSS (worker threads included, sampled from /proc every 50 ms).
 *
 *   npm run bench -- impact [--facilities 100000] [--countries MX,US] [--runs 5] [--seed 1]
 *                           [--timeout-ms 15000] [--workers 1] [--worker-memory-mb 320]
 *                           [--snapshot-min-removed 1000]
 *
 * Uses NEO4J_URI when set (the dataset is id-prefixed per size and reused, shared with
 * `npm run bench -- analytics`), otherwise a fresh local Neo4j. The first call per country is a
 * warm-up and is not counted; its time is printed (with the default snapshot setting it includes
 * reading the whole-network snapshot, which the counted calls reuse: nothing is written meanwhile).
 * `--snapshot-min-removed 0` measures the per-request subnetwork load instead.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

interface GraphQLBody {
  data?: Record<string, unknown>;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Resident set of a process (all its threads), in MB, from /proc. */
function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status);
    return kb ? Number(kb[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function startApi(uri: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'src', 'index.js')], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      PLAYGROUND_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}`))),
  );
  const base = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    for (;;) {
      try {
        if ((await fetch(`${base}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  await Promise.race([ready, exited]);
  return { child, url: `${base}/graphql` };
}

async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function main() {
  const size = Number(arg('facilities', '100000'));
  const countries = arg('countries', 'MX,US').split(',');
  const runs = Number(arg('runs', '5'));
  const seed = Number(arg('seed', '1'));
  const timeoutMs = arg('timeout-ms', '15000');
  const workers = arg('workers', '1');
  const workerMemoryMb = arg('worker-memory-mb', '320');
  const snapshotMinRemoved = arg('snapshot-min-removed', '1000');
  const prefix = `ab${size}-`;
  const bench = await benchDatabase();
  let api: ChildProcess | undefined;
  try {
    await ensureDataset(bench.db, size, prefix, seed);
    const facilities = (
      await bench.db.read(
        cypher('MATCH (f:Facility) WHERE f.id STARTS WITH $prefix RETURN f.id AS id ORDER BY id', { prefix }),
      )
    ).map((r) => r.id as string);
    const started = await startApi(bench.uri, {
      QUERY_TIMEOUT_MS: timeoutMs,
      ANALYTICS_WORKERS: workers,
      ANALYTICS_WORKER_MEMORY_MB: workerMemoryMb,
      ANALYTICS_SNAPSHOT_MIN_REMOVED: snapshotMinRemoved,
    });
    api = started.child;
    const pid = api.pid!;
    const post = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(started.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLBody;
    };
    let peak = rssMb(pid);
    const idle = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
    console.log(
      `\n${size} facilities; API pid ${pid}: ANALYTICS_WORKERS=${workers}, ANALYTICS_WORKER_MEMORY_MB=${workerMemoryMb}, ` +
        `QUERY_TIMEOUT_MS=${timeoutMs}, ANALYTICS_SNAPSHOT_MIN_REMOVED=${snapshotMinRemoved}; RSS at start ${idle.toFixed(0)} MB; load average ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
    let pick = seed;
    const nextFacility = () => facilities[(pick = (pick * 48271) % 2147483647) % facilities.length];
    for (const country of countries) {
      const impactMs: number[] = [];
      const facilityMs: number[] = [];
      const outcomes = new Map<string, number>();
      let affected = '';
      let firstMs = NaN;
      const peakBefore = peak;
      peak = rssMb(pid);
      for (let i = 0; i <= runs; i++) {
        let done = false;
        const t = performance.now();
        const impact = post(
          `query($remove: [ID!]!) { impact(remove: $remove, maxDepth: 10, limit: 500) { removedFacilityCount cutOffCount degradedCount } }`,
          { remove: [`${prefix}${country}`] },
        ).then((body) => {
          done = true;
          return { body, ms: performance.now() - t };
        });
        // facility(id) one after the other while the impact runs.
        const during: number[] = [];
        while (!done) {
          const f = performance.now();
          const body = await post(`query($id: ID!) { facility(id: $id) { id name kind } }`, { id: nextFacility() });
          if (body.errors) throw new Error(`facility(id) failed: ${JSON.stringify(body.errors)}`);
          during.push(performance.now() - f);
        }
        const { body, ms } = await impact;
        const outcome = body.errors ? (body.errors[0].extensions?.code ?? body.errors[0].message) : 'answered';
        if (i === 0) {
          // Warm-up: plans, and (at least ANALYTICS_SNAPSHOT_MIN_REMOVED facilities removed) the snapshot read.
          firstMs = ms;
          continue;
        }
        impactMs.push(ms);
        facilityMs.push(...during);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (!body.errors) affected = JSON.stringify(body.data!.impact);
      }
      const s = summarize(impactMs);
      const f = summarize(facilityMs);
      console.log(
        `  impact(remove ${country})  p50 ${fmt(s.p50).padStart(10)}  p95 ${fmt(s.p95).padStart(10)}  ` +
          `outcomes ${[...outcomes].map(([k, n]) => `${k} x${n}`).join(', ')}  ${affected}; ` +
          `first call (not counted) ${fmt(firstMs)}`,
      );
      console.log(
        `    facility(id) meanwhile: n ${f.n}  p50 ${fmt(f.p50).padStart(9)}  p95 ${fmt(f.p95).padStart(9)}; ` +
          `API RSS peak ${peak.toFixed(0)} MB; load average ${os
            .loadavg()
            .map((l) => l.toFixed(2))
            .join(' ')}`,
      );
      peak = Math.max(peak, peakBefore);
    }
    clearInterval(sampler);
    console.log(`  API RSS peak over the run ${peak.toFixed(0)} MB`);
  } finally {
    if (api) await stopApi(api);
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
