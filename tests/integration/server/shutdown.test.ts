import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';
import { REPO_ROOT } from '../../../src/neo4j/local';
import { freePort } from '../../support/ports';
import { matching } from '../../support/matchers';

/**
 * Ctrl-C / SIGTERM on the real `npm start` process (`node dist/src/index.js` after `npm run build`,
 * NODE_ENV=development, its own local Neo4j): the API process and its Neo4j are both gone within
 * SHUTDOWN_TIMEOUT_MS, with keep-alive connections left open, a request in flight and a stream of
 * requests. The second signal and the deadline are covered by tests/unit/server/shutdown.test.ts.
 * Figures: test-output/shutdown-figures.json.
 */
jest.setTimeout(300_000);

/** A JSON log line; the fields these tests read are typed, the rest compared whole. */
type LogLine = { msg?: string; requestId?: string; url?: string; pid?: number; [field: string]: unknown };
/** A GraphQL answer over plain HTTP. */
type Answer = { status: number; body: { data?: unknown; errors?: unknown[] } };
const QUERY = JSON.stringify({ query: '{ countries(first: 1) { totalCount } }' });
const figures: Record<string, unknown> = {};

/** A process exists and is not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The API as `npm start` runs it, with its log lines as events. */
class ApiProcess {
  readonly lines: LogLine[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  private readonly child: ChildProcess;
  private readonly waiters: Array<{ test: (l: LogLine) => boolean; resolve: (l: LogLine) => void }> = [];
  readonly dataDir: string;

  constructor(name: string, neo4jPort: number, env: Record<string, string>) {
    this.dataDir = path.join(REPO_ROOT, '.neo4j-local', `shutdown-${name}-${process.pid}`);
    fs.rmSync(this.dataDir, { recursive: true, force: true });
    const { NEO4J_URI: _uri, NEO4J_TEST_LOCAL_DATA: _data, ...inherited } = process.env;
    this.child = spawn(process.execPath, ['dist/src/index.js'], {
      cwd: REPO_ROOT,
      env: {
        ...inherited,
        NODE_ENV: 'development',
        PORT: '0',
        HOST: '127.0.0.1',
        NEO4J_LOCAL_PORT: String(neo4jPort),
        NEO4J_LOCAL_DATA: this.dataDir,
        SEED_ON_EMPTY: 'false',
        LOG_LEVEL: 'info',
        // Start-up migrations on a busy 2-core machine can outlast the 15 s default.
        QUERY_TIMEOUT_MS: '60000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
    readline.createInterface({ input: this.child.stdout! }).on('line', (text) => {
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        return;
      }
      this.lines.push(line);
      for (const w of [...this.waiters]) {
        if (w.test(line)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** The first log line with this message (already written or still to come). */
  logged(msg: string): Promise<LogLine> {
    const test = (l: LogLine) => l.msg === msg;
    const seen = this.lines.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      this.waiters.push({ test, resolve });
      void this.exited.then(() => reject(new Error(`exited before logging "${msg}"`)));
    });
  }

  signal(signal: NodeJS.Signals): number {
    this.child.kill(signal);
    return Date.now();
  }

  /** Last resort in afterAll: nothing outlives the test. */
  kill(neo4jPid?: number) {
    if (isRunning(this.pid)) this.child.kill('SIGKILL');
    if (neo4jPid && isRunning(neo4jPid)) process.kill(neo4jPid, 'SIGKILL');
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

interface Started {
  api: ApiProcess;
  url: URL;
  neo4jPid: number;
}

/** Every API process a test started, for the clean-up in afterAll. */
const spawned: Array<{ api: ApiProcess; neo4jPid?: number }> = [];

async function startApi(name: string, env: Record<string, string> = {}): Promise<Started> {
  const api = new ApiProcess(name, await freePort(), env);
  const entry: { api: ApiProcess; neo4jPid?: number } = { api };
  spawned.push(entry);
  entry.neo4jPid = (await api.logged('local Neo4j ready')).pid;
  const ready = await api.logged('GraphQL API ready');
  if (!ready.url) throw new Error(`${name}: the ready line names no url`);
  return { api, url: new URL(ready.url), neo4jPid: entry.neo4jPid! };
}

function post(url: URL, agent?: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': QUERY.length } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as Answer['body'] }));
      },
    );
    req.on('error', reject);
    req.end(QUERY);
  });
}

/**
 * A request the server has received (its `100 Continue` came back) whose body is not sent yet:
 * in flight until `finish()` sends the rest.
 */
async function inFlightRequest(url: URL) {
  const req = http.request(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': QUERY.length, expect: '100-continue' },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as Answer['body'] }));
    });
    req.on('error', reject);
  });
  answer.catch(() => undefined); // inspected by the tests that expect it to fail
  req.flushHeaders();
  await new Promise<void>((resolve) => req.once('continue', resolve));
  req.write(QUERY.slice(0, 5));
  return { answer, finish: () => req.end(QUERY.slice(5)) };
}

describe('shutdown of the npm start process', () => {
  beforeAll(() => {
    // The same build `npm start` runs first (prestart).
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' });
  });

  afterAll(() => {
    for (const s of spawned) s.api.kill(s.neo4jPid);
    fs.mkdirSync(path.join(REPO_ROOT, 'test-output'), { recursive: true });
    fs.writeFileSync(
      path.join(REPO_ROOT, 'test-output', 'shutdown-figures.json'),
      `${JSON.stringify(figures, null, 2)}\n`,
    );
    process.stdout.write(`shutdown figures: ${JSON.stringify(figures)}\n`);
  });

  it('Ctrl-C after two answered queries, with keep-alive connections open and a request in flight: both processes are gone within the bound', async () => {
    const s = await startApi('sigint');
    const { api, url, neo4jPid } = s;
    expect(isRunning(neo4jPid)).toBe(true);

    const keepAlive = new http.Agent({ keepAlive: true });
    for (let i = 0; i < 2; i++) {
      expect(await post(url, keepAlive)).toEqual({
        status: 200,
        body: matching.objectContaining({ data: { countries: { totalCount: 0 } } }),
      });
    }
    // The built process serves the playground's own assets from dist/ (as the Docker image must, without src/).
    for (const asset of ['playground.js', 'playground.css']) {
      const res = await fetch(new URL(`/playground/assets/${asset}`, url));
      expect([asset, res.status]).toEqual([asset, 200]);
    }
    const idle = Object.values(keepAlive.freeSockets).flat();
    expect(idle.length).toBeGreaterThan(0);
    const idleClosed = Promise.all(idle.map((socket) => new Promise((r) => socket!.once('close', r))));
    const inFlight = await inFlightRequest(url);

    const signalled = api.signal('SIGINT');
    await api.logged('draining in-flight requests');
    await idleClosed; // the server ended the idle keep-alive connections
    inFlight.finish();
    // The in-flight request is answered, by a database that is still up.
    expect(await inFlight.answer).toEqual({
      status: 200,
      body: matching.objectContaining({ data: { countries: { totalCount: 0 } } }),
    });

    const exit = await api.exited;
    expect(exit.code).toBe(0);
    expect(isRunning(api.pid)).toBe(false);
    expect(isRunning(neo4jPid)).toBe(false);
    expect(exit.at - signalled).toBeLessThan(20_000); // SHUTDOWN_TIMEOUT_MS (default)
    expect(api.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['stopping the local Neo4j', 'stopped']));
    keepAlive.destroy();
    figures.sigintExitMs = exit.at - signalled;
  });

  it('SIGTERM under a stream of requests, with a request that never finishes: drained up to the grace, then both gone within the bound', async () => {
    const graceMs = 1_500;
    const timeoutMs = 15_000;
    const s = await startApi('sigterm', {
      SHUTDOWN_GRACE_MS: String(graceMs),
      SHUTDOWN_TIMEOUT_MS: String(timeoutMs),
    });
    const { api, url, neo4jPid } = s;

    // Two clients sending back to back until the server refuses them (at most 2,000 requests each).
    const outcomes: string[] = [];
    let signalled = 0;
    let warmedUp: () => void;
    const warm = new Promise<void>((resolve) => (warmedUp = resolve));
    const client = async () => {
      const agent = new http.Agent({ keepAlive: true });
      for (let i = 0; i < 2_000; i++) {
        try {
          const res = await post(url, agent);
          outcomes.push(res.status === 200 && !res.body.errors ? 'ok' : `status ${res.status}`);
          if (outcomes.length === 20) warmedUp();
        } catch (error) {
          outcomes.push(signalled ? 'refused' : `error before the signal: ${(error as Error).message}`);
          if (signalled) break;
        }
      }
      agent.destroy();
    };
    const stuck = await inFlightRequest(url);
    const clients = [client(), client()];
    await warm; // 20 requests answered: the stream is running

    signalled = api.signal('SIGTERM');
    const exit = await api.exited;
    await Promise.all(clients);
    expect(exit.code).toBe(0);
    expect(isRunning(api.pid)).toBe(false);
    expect(isRunning(neo4jPid)).toBe(false);
    expect(exit.at - signalled).toBeLessThan(timeoutMs);
    // The stuck request held the drain for the grace, then its connection was closed.
    expect(exit.at - signalled).toBeGreaterThanOrEqual(graceMs);
    await expect(stuck.answer).rejects.toThrow(/socket hang up|ECONNRESET/);
    // Every request was answered or refused: none failed otherwise, none hung.
    expect(outcomes.filter((o) => o !== 'ok' && o !== 'refused')).toEqual([]);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(2);
    figures.sigtermUnderLoad = { exitMs: exit.at - signalled, graceMs, requests: outcomes.length };
  });
});
