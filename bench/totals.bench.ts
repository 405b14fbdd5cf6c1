import 'reflect-metadata';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { getSchema } from '../src/graphql/schema';
import { cypher } from '../src/neo4j/cypher';
import { entityRows } from '../src/neo4j/queries/export.cypher';
import { NodeKind } from '../src/domain/enums';
import { startApp } from '../src/server/app';
import { benchDatabase } from './lib/neo4j';
import { fmt, measure, summarize } from './lib/stats';
import { freePort } from '../tests/support/ports';

/**
 * Totals and maps at scale, on a generated dataset (default 100,000 facilities):
 * - `facilityStats(groupBy: [COUNTRY, KIND])` over HTTP, p50/p95, beside the same aggregation as raw
 *   Cypher through the driver in the same run (and their ratio); also with capacity summed per unit;
 * - `GET /export/facilities.csv` and `.geojson` of every facility: rows/s beside the raw driver
 *   streaming the same rows, and the peak RSS of this process (the API server) while exporting.
 * Generation and loading run in child processes, so this process's RSS is the server's alone.
 *
 *   npm run bench -- totals [--facilities 100000] [--runs 30]
 */
const { values: opt } = parseArgs({
  args: process.argv.slice(2),
  options: { facilities: { type: 'string', default: '100000' }, runs: { type: 'string', default: '30' } },
});
const facilities = Number(opt.facilities);
const runs = Number(opt.runs);
const n = (v: number) => Math.round(v).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const run = promisify(execFile);

/** Samples this process's RSS every 10 ms while `work` runs; returns its result and the peak. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-totals-bench-'));
  const bench = await benchDatabase(await freePort());
  try {
    const dir = path.join(tmp, 'data');
    let t = performance.now();
    const dist = path.resolve(__dirname, '..', 'src', 'seed', 'cli');
    await run(process.execPath, [
      path.join(dist, 'generate-cli.js'),
      '--facilities',
      String(facilities),
      '--out',
      dir,
      '--seed',
      '42',
    ]);
    await run(process.execPath, [path.join(__dirname, 'lib', 'seed-child.js'), 'loader', dir, '5000'], {
      env: { ...process.env, NEO4J_URI: bench.uri },
      maxBuffer: 1 << 20,
    });
    const [{ count }] = await bench.db.read(cypher('MATCH (f:Facility) RETURN count(f) AS count'));
    console.log(
      `totals benchmark: ${n(Number(count))} facilities generated and loaded in ${((performance.now() - t) / 1000).toFixed(0)} s, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}`,
    );

    const app = await startApp(
      { schema: await getSchema(), db: bench.db, development: false, limits: { rateLimitPerMinute: 0 } },
      0,
      '127.0.0.1',
    );
    const base = app.url.replace(/\/graphql$/, '');
    const driver = bench.db.driver;
    const rawRead = async (text: string) => {
      const session = driver.session({ database: bench.db.options.database, defaultAccessMode: 'READ' });
      try {
        return (await session.executeRead((tx) => tx.run(text), { timeout: 600_000 })).records.length;
      } finally {
        await session.close();
      }
    };
    const post = async <T = unknown>(query: string): Promise<T> => {
      const res = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: unknown; data: T };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    // --- facilityStats(groupBy: [COUNTRY, KIND]) vs raw Cypher ---
    const statsQuery =
      '{ facilityStats(groupBy: [COUNTRY, KIND], first: 1000) { count groupCount groups { country { id name } kind count } } }';
    const capacityQuery =
      '{ facilityStats(groupBy: [COUNTRY, KIND], first: 1000) { groups { country { id } kind count capacity { mineral { id } unit total } } } }';
    const rawStats = `MATCH (n:Facility) OPTIONAL MATCH (n)-[:LOCATED_IN]->(c:Country)
                      RETURN c.id AS country, c.name AS name, n.kind AS kind, count(*) AS count ORDER BY count DESC`;
    const groups = (await post<{ facilityStats: { groupCount: number } }>(statsQuery)).facilityStats.groupCount;
    const rawGroups = await rawRead(rawStats);
    if (groups !== rawGroups) throw new Error(`facilityStats found ${groups} groups, raw Cypher ${rawGroups}`);
    const warm = Math.min(5, runs);
    const api = summarize(await measure(() => post(statsQuery), runs, warm));
    const raw = summarize(await measure(() => rawRead(rawStats), runs, warm));
    const withCapacity = summarize(await measure(() => post(capacityQuery), runs, warm));
    console.log(`facilityStats(groupBy: [COUNTRY, KIND]), ${groups} groups, ${runs} runs:`);
    console.log(`  API over HTTP                 p50 ${fmt(api.p50)} / p95 ${fmt(api.p95)}`);
    console.log(`  raw Cypher via the driver     p50 ${fmt(raw.p50)} / p95 ${fmt(raw.p95)}`);
    console.log(
      `  ratio API / raw               p50 ${(api.p50 / raw.p50).toFixed(2)} / p95 ${(api.p95 / raw.p95).toFixed(2)}`,
    );
    console.log(`  API with capacity per unit    p50 ${fmt(withCapacity.p50)} / p95 ${fmt(withCapacity.p95)}`);

    // --- export of every facility vs the raw driver streaming the same rows ---
    const download = async (file: string) => {
      const res = await fetch(`${base}/export/${file}`);
      if (res.status !== 200) throw new Error(`${file}: HTTP ${res.status} ${await res.text()}`);
      let bytes = 0;
      let lines = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (const b of chunk) if (b === 10) lines++;
      }
      return { bytes, lines };
    };
    const rawStream = async () => {
      const session = driver.session({
        database: bench.db.options.database,
        defaultAccessMode: 'READ',
        fetchSize: 1000,
      });
      let rows = 0;
      try {
        const tx = await session.beginTransaction({ timeout: 600_000 });
        for await (const record of tx.run(entityRows(NodeKind.Facility, undefined).cypher)) if (record) rows++;
        await tx.close();
      } finally {
        await session.close();
      }
      return rows;
    };
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    console.log(`export of every facility (RSS of this process before: ${mb(baseline)}):`);
    for (const file of ['facilities.csv', 'facilities.geojson']) {
      t = performance.now();
      const { result, peak } = await peakRss(() => download(file));
      const ms = performance.now() - t;
      console.log(
        `  GET /export/${file.padEnd(19)} ${n(Number(count))} rows in ${(ms / 1000).toFixed(1)} s = ${n(Number(count) / (ms / 1000))} rows/s, ${mb(result.bytes)}, peak RSS ${mb(peak)} (limit 300 MB)`,
      );
    }
    t = performance.now();
    const rows = await rawStream();
    const rawMs = performance.now() - t;
    console.log(
      `  raw driver, same query         ${n(rows)} rows in ${(rawMs / 1000).toFixed(1)} s = ${n(rows / (rawMs / 1000))} rows/s`,
    );
    await app.stop();
  } finally {
    await bench.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
