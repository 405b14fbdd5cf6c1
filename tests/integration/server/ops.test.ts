import http from 'node:http';
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { type Logger } from '../../../src/logger';
import { playgroundAssets } from '../../../src/server/playground/playground.router';
import { type RunningService, startService } from '../../../src/server/service';
import { matching } from '../../support/matchers';

/**
 * The operations surface of the real service (startService against the test run's Neo4j): health,
 * readiness, request ids, JSON request logs, Prometheus metrics, the playground routes and a
 * graceful shutdown that lets an in-flight request finish.
 */
/** A JSON log line; the fields these tests read are typed, the rest compared whole. */
type LogLine = { msg?: string; requestId?: string; url?: string; pid?: number; [field: string]: unknown };

/** Waiters for log lines still to come, per lines array. */
const waiters = new WeakMap<LogLine[], Array<{ test: (l: LogLine) => boolean; resolve: (l: LogLine) => void }>>();

function memoryLogger(lines: LogLine[]): Logger {
  waiters.set(lines, []);
  const write = (s: string) => {
    const line = JSON.parse(s) as LogLine;
    lines.push(line);
    const pending = waiters.get(lines)!;
    for (const w of pending.filter((w) => w.test(line))) {
      pending.splice(pending.indexOf(w), 1);
      w.resolve(line);
    }
  };
  return pino({ level: 'debug', base: { service: 'naig' }, timestamp: pino.stdTimeFunctions.isoTime }, { write });
}

/** The first line matching `test`, already logged or when it is (e.g. a request's line, written once it ended). */
function logged(lines: LogLine[], test: (l: LogLine) => boolean): Promise<LogLine> {
  const seen = lines.find(test);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve) => waiters.get(lines)!.push({ test, resolve }));
}

function serviceConfig() {
  return loadConfig(serviceEnv());
}

function serviceEnv(): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    NEO4J_URI: process.env.NEO4J_URI,
    NEO4J_USER: process.env.NEO4J_USER,
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
    NEO4J_DATABASE: process.env.NEO4J_DATABASE,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_EMPTY: 'false',
    LOG_LEVEL: 'debug',
  };
}

const PROBE = 'query OpsProbe { countries(first: 1) { totalCount } }';

describe('operations endpoints', () => {
  let service: RunningService;
  let base: string;
  const lines: LogLine[] = [];

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    service = await startService(serviceConfig(), memoryLogger(lines));
    base = service.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('/healthz answers while the process lives; /readyz says Neo4j is up and migrations are applied', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', neo4j: 'up', migration: matching.any(Number) });
  });

  it('echoes a well-formed x-request-id, replaces a malformed one, and makes one up when absent', async () => {
    const given = await post({ query: PROBE }, { 'x-request-id': 'ops-test-given-1' });
    expect(given.headers.get('x-request-id')).toBe('ops-test-given-1');
    const malformed = await post({ query: PROBE }, { 'x-request-id': 'no spaces <allowed>' });
    expect(malformed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const none = await post({ query: PROBE });
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(none.headers.get('x-request-id')).not.toBe(malformed.headers.get('x-request-id'));
  });

  it('logs one JSON line per request with its id, operation, outcome, status and duration', async () => {
    await post({ query: PROBE }, { 'x-request-id': 'ops-test-log-1' });
    await post({ query: '{ nope }' }, { 'x-request-id': 'ops-test-log-2' });
    // A request's line is written when its response has finished, which may be after the client has it.
    await logged(lines, (l) => l.requestId === 'ops-test-log-1');
    await logged(lines, (l) => l.requestId === 'ops-test-log-2');
    const ok = lines.filter((l) => l.requestId === 'ops-test-log-1');
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({
      level: 30,
      service: 'naig',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'OpsProbe',
      operationType: 'query',
      outcome: 'success',
      roundTrips: 1,
      durationMs: matching.any(Number),
      time: matching.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const bad = lines.find((l) => l.requestId === 'ops-test-log-2');
    expect(bad).toMatchObject({
      status: 400,
      operation: '(invalid)',
      outcome: 'error',
      errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
    });
  });

  it('exports Prometheus metrics: requests by operation and outcome, latency, Neo4j query durations, pool usage, process', async () => {
    for (let i = 0; i < 3; i++) await post({ query: 'query MetricsProbe { countries(first: 1) { totalCount } }' });
    await post({ query: 'query MetricsBroken { nope }' });
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    const value = (series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    expect(value('graphql_requests_total{operation="MetricsProbe",outcome="success"}')).toBe(3);
    expect(value('graphql_requests_total{operation="(invalid)",outcome="error"}')).toBeGreaterThanOrEqual(1);
    expect(value('graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBeGreaterThanOrEqual(1);
    expect(value('graphql_request_duration_seconds_count{operation="MetricsProbe",outcome="success"}')).toBe(3);
    expect(value('graphql_request_duration_seconds_bucket{le="+Inf",operation="MetricsProbe",outcome="success"}')).toBe(
      3,
    );
    expect(value('neo4j_query_duration_seconds_count{mode="READ",outcome="ok"}')).toBeGreaterThanOrEqual(3);
    expect(value('http_requests_total{route="/graphql",status="200"}')).toBeGreaterThanOrEqual(3);
    expect(value('http_requests_total{route="/graphql",status="400"}')).toBeGreaterThanOrEqual(1);
    expect(value('neo4j_pool_sessions_active')).toBe(0);
    expect(value('neo4j_pool_sessions_opened_total')).toBeGreaterThanOrEqual(3);
    expect(value('neo4j_pool_max_size')).toBe(50);
    expect(value('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('serves the playground to browsers at /graphql and /playground, with a same-origin CSP', async () => {
    for (const path of ['/graphql', '/playground']) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(await res.text()).toContain('id="playground-config"');
    }
  });

  it('leaves GraphQL GET requests and non-browser clients to the API', async () => {
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'text/html, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('content-type')).toMatch(/json/);
    expect(await get.json()).toMatchObject({ data: { __typename: 'Query' } });
    const api = await fetch(`${base}/graphql`, { headers: { accept: 'application/json' } });
    expect(api.headers.get('content-type')).not.toMatch(/html/);
  });

  it('serves every bundled asset from the package, and nothing else', async () => {
    for (const name of playgroundAssets().keys()) {
      const res = await fetch(`${base}/playground/assets/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(name.endsWith('.js') ? /javascript/ : /text\/css/);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
    for (const name of ['constructor', '__proto__', '..%2Fpackage.json', 'graphiql.min.js.map']) {
      expect((await fetch(`${base}/playground/assets/${name}`)).status).toBe(404);
    }
  });
});

describe('with PLAYGROUND_ENABLED=false and METRICS_ENABLED=false', () => {
  it('serves neither, and a browser GET to /graphql gets an API error rather than a page', async () => {
    const service = await startService(
      loadConfig({ ...serviceEnv(), PLAYGROUND_ENABLED: 'false', METRICS_ENABLED: 'false' }),
      memoryLogger([]),
    );
    try {
      const base = service.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/playground`)).status).toBe(404);
      expect((await fetch(`${base}/playground/assets/graphiql.min.js`)).status).toBe(404);
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      const browser = await fetch(service.url, { headers: { accept: 'text/html' } });
      expect(browser.status).toBe(400);
      expect(browser.headers.get('content-type')).not.toMatch(/html/);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await service.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes the in-flight request, then refuses new connections', async () => {
    const lines: LogLine[] = [];
    const service = await startService(serviceConfig(), memoryLogger(lines));
    const url = new URL(service.url);
    const body = JSON.stringify({ query: PROBE });
    // A request the server has received (its 100 Continue came back) whose body is still to come.
    const req = http.request(url, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        expect: '100-continue',
        'x-request-id': 'ops-test-in-flight',
      },
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on('error', reject);
    });
    req.flushHeaders();
    await new Promise<void>((resolve) => req.once('continue', resolve));
    req.write(body.slice(0, 10));

    let settled = false;
    const stopped = service.stop().finally(() => (settled = true));
    // Once the listener has closed, the stop is waiting on the request alone.
    await logged(lines, (l) => l.msg === 'draining in-flight requests');
    for (;;) {
      const refused = await fetch(service.url, { method: 'POST', body }).then(
        () => false,
        () => true,
      );
      if (refused) break;
    }
    expect(settled).toBe(false);
    req.end(body.slice(10));
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ data: { countries: { totalCount: matching.any(Number) } } });
    await stopped;
    await expect(fetch(service.url, { method: 'POST', body })).rejects.toThrow();
    // In order: the drain began, the in-flight request ended, then the server closed and the rest stopped.
    const order = (test: (l: LogLine) => boolean) => lines.findIndex(test);
    const began = order((l) => l.msg === 'draining in-flight requests');
    const served = order((l) => l.requestId === 'ops-test-in-flight' && l.msg === 'request');
    const closed = order((l) => /^HTTP server closed/.test(l.msg ?? ''));
    expect(began).toBeGreaterThanOrEqual(0);
    expect(served).toBeGreaterThan(began);
    expect(closed).toBeGreaterThan(served);
    expect(order((l) => l.msg === 'stopped')).toBeGreaterThan(closed);
  });
});
