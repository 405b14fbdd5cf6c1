import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { int } from 'neo4j-driver';
import { cypher } from '../src/neo4j/cypher';
import { type GraphDatabase } from '../src/neo4j/driver';
import { seedFromDirectory } from '../src/seed';
import { generateDataset } from '../src/seed/generate/generate';
import { burst } from './lib/load';
import { benchDatabase } from './lib/neo4j';
import { type Digest, PEER_CASES, type PeerCase, type System } from './lib/peer-queries';
import { fmt, summarize } from './lib/stats';

/**
 * The project's API against a peer, @neo4j/graphql 7 (same Neo4j, same data, same indexes), and
 * against raw Cypher (a bare HTTP server running one hand-written query per request), on one
 * generated graph (src/seed/generate, loaded with the project's loader):
 *   (a) 50 facilities of a country with operator and minerals,
 *   (b) one facility with suppliers and customers,
 *   (c) 100 companies with the facilities they operate.
 * First every system's answer is reduced to ids and nested counts and compared (the comparison is
 * only fair if they return the same data); then the systems are timed in interleaved bursts
 * (rotating which goes first) at concurrency 1 and 16, over real HTTP, with the servers in a child
 * process. Last, the API's page 1 against a deep page of a 50-facility list. The servers run with
 * NODE_ENV=production (as the Docker image does) unless NODE_ENV is set.
 *
 *   npm run bench -- peer [--facilities 100000] [--rounds 3] [--requests 200] [--seed 1]
 *
 * Uses NEO4J_URI when set (the graph must then be empty or hold this dataset), otherwise a fresh
 * local Neo4j on a free port.
 */
const { values: opt } = parseArgs({
  options: {
    facilities: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    requests: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    country: { type: 'string', default: 'US' },
    concurrency: { type: 'string', default: '1,16' },
    'deep-page': { type: 'string', default: '1000' },
  },
});
const SYSTEMS: readonly System[] = ['api', 'peer', 'raw'];
const facilities = Number(opt.facilities);
const rounds = Number(opt.rounds);
const requests = Number(opt.requests);
const levels = opt.concurrency.split(',').map(Number);

interface Servers {
  urls: Record<System, string>;
  child: ChildProcess;
}

async function ensureDataset(db: GraphDatabase): Promise<void> {
  const [{ n }] = (await db.read(cypher('MATCH (f:Facility) RETURN count(f) AS n'))) as Array<{ n: number }>;
  if (Number(n) >= facilities) return void console.log(`graph already holds ${n} facilities`);
  if (Number(n) > 0) throw new Error(`the graph holds ${n} facilities, fewer than ${facilities}: use an empty one`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-peer-bench-'));
  try {
    const t = performance.now();
    await generateDataset({ facilities, outDir: dir, seed: Number(opt.seed) });
    const report = await seedFromDirectory(db, dir, { timeoutMs: 600_000 });
    if (!report.ok) throw new Error(`seeding ${facilities} facilities failed: ${report.issueCount} problems`);
    console.log(`generated and loaded ${facilities} facilities in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function startServers(uri: string): Promise<Servers> {
  const child = spawn(process.execPath, [path.join(__dirname, 'lib', 'peer-servers.js')], {
    // As deployed (the Docker image sets NODE_ENV=production): graphql-js then skips its development-mode
    // instanceOf checks, for the API and the peer alike. NODE_ENV set by the caller wins.
    env: { ...process.env, NEO4J_URI: uri, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`peer servers exited with ${code}`)));
    readline
      .createInterface({ input: child.stdout })
      .once('line', (line) => resolve({ urls: JSON.parse(line) as Record<System, string>, child }));
  });
}

async function stopServers(s: Servers): Promise<void> {
  const exited = new Promise((resolve) => s.child.once('exit', resolve));
  s.child.stdin!.end();
  await exited;
}

/** One request of a case to a system; resolves to the digest of the answer (errors throw). */
function client(urls: Record<System, string>) {
  const post = async (url: string, body: unknown) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { data?: unknown; errors?: unknown; rows?: unknown[]; error?: string };
    if (json.errors || json.error || !res.ok) throw new Error(`${url}: ${JSON.stringify(json.errors ?? json.error)}`);
    return json;
  };
  return async (system: System, c: PeerCase, params: Record<string, unknown>): Promise<Digest> => {
    if (system === 'raw') return c.raw.digest((await post(urls.raw, { query: c.key, params })).rows!);
    const spec = system === 'api' ? c.api : c.peer;
    return spec.digest((await post(urls[system], { query: spec.query, variables: params })).data);
  };
}

/** Facilities with at least one supplier and one customer (at most 50 of each), for query (b). */
async function linkedFacilities(db: GraphDatabase, count: number): Promise<string[]> {
  const rows = await db.read(
    cypher(
      `MATCH (f:Facility) WHERE COUNT { (f)<-[:SUPPLIES]-(:Facility) } > 0 AND COUNT { (f)-[:SUPPLIES]->(:Facility) } > 0
       WITH f ORDER BY f.id LIMIT $count RETURN f.id AS id`,
      { count: int(count) },
    ),
  );
  return rows.map((r) => r.id as string);
}

async function checkSameData(
  send: ReturnType<typeof client>,
  paramsOf: (c: PeerCase, i: number) => Record<string, unknown>,
  samples: number,
) {
  for (const c of PEER_CASES) {
    let rows = 0;
    let nested = 0;
    for (let i = 0; i < samples; i++) {
      const params = paramsOf(c, i);
      const [api, peer, raw] = await Promise.all(SYSTEMS.map((s) => send(s, c, params)));
      for (const [name, d] of [
        ['peer', peer],
        ['raw', raw],
      ] as const) {
        if (JSON.stringify(d) !== JSON.stringify(api))
          throw new Error(
            `(${c.key}) ${name} answers differently from the API for ${JSON.stringify(params)}: ` +
              `api ${api.ids.length} rows/${api.nested} nested, ${name} ${d.ids.length}/${d.nested}`,
          );
      }
      rows += api.ids.length;
      nested += api.nested;
      if (i === 0 && api.ids.length === 0) throw new Error(`(${c.key}) returns no rows: nothing to compare`);
    }
    console.log(
      `  (${c.key}) same answer from all three: ${(rows / samples).toFixed(1)} rows, ${(nested / samples).toFixed(1)} nested items per request (${samples} parameter sets)`,
    );
  }
}

interface Tally {
  samples: number[];
  wallMs: number;
  requests: number;
}

async function main() {
  const bench = await benchDatabase(Number(process.env.BENCH_NEO4J_PORT ?? 0));
  let servers: Servers | undefined;
  try {
    await ensureDataset(bench.db);
    const linked = await linkedFacilities(bench.db, 20);
    if (!linked.length) throw new Error('no facility with both suppliers and customers');
    const paramsOf = (c: PeerCase, i: number): Record<string, unknown> =>
      c.key === 'a' ? { country: opt.country } : c.key === 'b' ? { facility: linked[i % linked.length] } : {};

    servers = await startServers(bench.uri);
    const send = client(servers.urls);
    console.log(`\nPeer benchmark on ${facilities} generated facilities (country ${opt.country})`);
    await checkSameData(send, paramsOf, Math.min(linked.length, 5));

    // Warm-up: plans cached and code paths compiled in every system before anything is timed.
    for (const c of PEER_CASES)
      for (const s of SYSTEMS) await burst((i) => send(s, c, paramsOf(c, i)), Math.min(60, requests), 4);

    const tallies = new Map<string, Tally>();
    const tally = (key: string) => {
      let t = tallies.get(key);
      if (!t) tallies.set(key, (t = { samples: [], wallMs: 0, requests: 0 }));
      return t;
    };
    for (let r = 0; r < rounds; r++)
      for (const c of PEER_CASES)
        for (const level of levels) {
          const n = level === 1 ? Math.max(10, Math.round(requests / 2)) : requests;
          for (let k = 0; k < SYSTEMS.length; k++) {
            const system = SYSTEMS[(k + r) % SYSTEMS.length];
            const b = await burst((i) => send(system, c, paramsOf(c, i)), n, level);
            const t = tally(`${c.key}|${level}|${system}`);
            t.samples.push(...b.samples);
            t.wallMs += b.wallMs;
            t.requests += b.samples.length;
          }
        }

    console.log(
      `\n${rounds} interleaved rounds; per round and system ${requests} requests at concurrency > 1, ${Math.max(10, Math.round(requests / 2))} at 1\n`,
    );
    console.log('query | conc | system | p50 | p95 | req/s | API/peer req/s | API/raw req/s | API/raw p50');
    for (const c of PEER_CASES)
      for (const level of levels) {
        const stats = Object.fromEntries(
          SYSTEMS.map((s) => {
            const t = tally(`${c.key}|${level}|${s}`);
            return [s, { ...summarize(t.samples), rps: t.requests / (t.wallMs / 1000) }];
          }),
        ) as Record<System, ReturnType<typeof summarize> & { rps: number }>;
        for (const s of SYSTEMS) {
          const x = stats[s];
          const ratios =
            s === 'api'
              ? ` | ${(x.rps / stats.peer.rps).toFixed(2)}x | ${(x.rps / stats.raw.rps).toFixed(2)}x | ${(x.p50 / stats.raw.p50).toFixed(2)}x`
              : ' | | |';
          console.log(
            `(${c.key}) ${c.title} | ${level} | ${s} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${x.rps.toFixed(1)}${ratios}`,
          );
        }
      }

    await deepPages(servers.urls, Number(opt['deep-page']), requests);
  } finally {
    if (servers) await stopServers(servers);
    await bench.close();
  }
}

/**
 * Page 1 against page `deep` of an unfiltered 50-facility list ordered by name, through the API's
 * cursors (walked to the deep page with the API's own endCursors) and through the peer's offset;
 * interleaved, sequential.
 */
async function deepPages(urls: Record<System, string>, wanted: number, runs: number) {
  const PAGE = 50;
  const deep = Math.max(2, Math.min(wanted, Math.floor(facilities / PAGE)));
  const gql = async <T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data: T; errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  // The cursor ending page deep-1: big steps of 500 rows, then pages of 50.
  let after: string | null = null;
  let skipped = 0;
  const target = (deep - 1) * PAGE;
  while (skipped < target) {
    const step = target - skipped >= 500 ? 500 : PAGE;
    type Cursor = { facilities: { pageInfo: { endCursor: string | null } } };
    const data: Cursor = await gql<Cursor>(
      urls.api,
      'query($n: Int!, $after: String) { facilities(first: $n, after: $after) { pageInfo { endCursor } } }',
      { n: step, after },
    );
    after = data.facilities.pageInfo.endCursor;
    skipped += step;
  }
  const apiPage = (cursor: string | null) => () =>
    gql<{ facilities: { nodes: unknown[] } }>(
      urls.api,
      'query($after: String) { facilities(first: 50, after: $after) { nodes { id name } } }',
      {
        after: cursor,
      },
    );
  const peerPage = (offset: number) => () =>
    gql<{ facilities: unknown[] }>(
      urls.peer,
      'query($offset: Int!) { facilities(limit: 50, offset: $offset, sort: [{ name: ASC }, { id: ASC }]) { id name } }',
      { offset },
    );
  const [apiDeep, peerDeep] = [await apiPage(after)(), await peerPage(target)()];
  if (JSON.stringify(apiDeep.facilities.nodes) !== JSON.stringify(peerDeep.facilities))
    throw new Error(`page ${deep}: the API's cursor page differs from the peer's offset page`);
  const lines: Array<[string, () => Promise<unknown>]> = [
    ['API page 1', apiPage(null)],
    [`API page ${deep} (cursor)`, apiPage(after)],
    ['peer page 1', peerPage(0)],
    [`peer page ${deep} (offset)`, peerPage(target)],
  ];
  const samples = lines.map(() => [] as number[]);
  for (let i = 0; i < 10; i++) for (const [, f] of lines) await f();
  const n = Math.max(20, Math.round(runs / 2));
  for (let i = 0; i < n; i++)
    for (let k = 0; k < lines.length; k++) {
      const j = (k + i) % lines.length;
      const t = performance.now();
      await lines[j][1]();
      samples[j].push(performance.now() - t);
    }
  console.log(`\nPage 1 against page ${deep} of all facilities by name (50 per page, ${n} sequential requests each)`);
  lines.forEach(([name], j) => {
    const s = summarize(samples[j]);
    console.log(`  ${name.padEnd(26)} p50 ${fmt(s.p50).padStart(10)}  p95 ${fmt(s.p95).padStart(10)}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
