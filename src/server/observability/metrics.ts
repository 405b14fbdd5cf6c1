import { Router } from 'express';
import { type Driver } from 'neo4j-driver';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { type QueryEvent } from '../../neo4j/driver';

/** GraphQL outcome of one request: no errors, data with errors, or no data. */
export type Outcome = 'success' | 'partial' | 'error';

const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const QUERY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15];
/** Operation names come from clients: past this many distinct names, new ones count as `(other)`. */
const MAX_OPERATION_NAMES = 200;
/** Route labels: these paths (and below), anything else is `other`. */
const KNOWN_ROUTES = ['/graphql', '/playground', '/metrics', '/healthz', '/readyz'];

export interface MetricsOptions {
  /** The driver's `maxConnectionPoolSize`, exported as `neo4j_pool_max_size`. */
  maxPoolSize?: number;
  /** Node.js process metrics (CPU, memory, event loop, GC): on by default. */
  processMetrics?: boolean;
  prefix?: string;
}

/**
 * The service's Prometheus metrics, on a registry of its own (not prom-client's global one), so
 * several apps can run in one process (tests) without clashing.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly http: Counter<'route' | 'status'>;
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestDuration: Histogram<'operation' | 'outcome'>;
  readonly errors: Counter<'code'>;
  readonly queryDuration: Histogram<'mode' | 'outcome'>;
  readonly sessionsActive: Gauge;
  readonly sessionsOpened: Counter;
  readonly poolMax: Gauge;
  private readonly operationNames = new Set<string>();

  constructor(options: MetricsOptions = {}) {
    const registers = [this.registry];
    this.http = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests that reached the service routers (GraphQL, playground, metrics), by route and status; includes refusals before GraphQL runs (401, 413, 429).',
      labelNames: ['route', 'status'],
      registers,
    });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (success, partial, error).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.requestDuration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL request latency, from request start to response, by operation and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors sent to clients, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    this.queryDuration = new Histogram({
      name: 'neo4j_query_duration_seconds',
      help: 'Cypher round trips (one statement in a transaction), by access mode (READ, WRITE) and outcome (ok, error).',
      labelNames: ['mode', 'outcome'],
      buckets: QUERY_BUCKETS,
      registers,
    });
    this.sessionsActive = new Gauge({
      name: 'neo4j_pool_sessions_active',
      help: 'Driver sessions open right now. Each holds at most one pooled connection: an upper bound on connections in use.',
      registers,
    });
    this.sessionsOpened = new Counter({
      name: 'neo4j_pool_sessions_opened_total',
      help: 'Driver sessions opened since start.',
      registers,
    });
    this.poolMax = new Gauge({
      name: 'neo4j_pool_max_size',
      help: 'The driver connection pool size limit (NEO4J_MAX_POOL_SIZE).',
      registers,
    });
    if (options.maxPoolSize !== undefined) this.poolMax.set(options.maxPoolSize);
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: options.prefix });
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined, resolved: boolean): string {
    if (!resolved) return '(invalid)';
    if (!name) return '(anonymous)';
    const label = name.slice(0, 64);
    if (this.operationNames.has(label)) return label;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(label);
    return label;
  }

  recordHttp(path: string, status: number): void {
    this.http.inc({
      route: KNOWN_ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'other',
      status: String(status),
    });
  }

  recordRequest(operation: string, outcome: Outcome, seconds: number, errorCodes: readonly string[]): void {
    this.requests.inc({ operation, outcome });
    this.requestDuration.observe({ operation, outcome }, seconds);
    for (const code of errorCodes) this.errors.inc({ code: code.slice(0, 64) });
  }

  /** A `GraphDatabase.observe` observer: every Cypher round trip's duration. */
  readonly queryObserver = (event: QueryEvent): void => {
    this.queryDuration.observe({ mode: event.mode, outcome: event.error ? 'error' : 'ok' }, event.durationMs / 1000);
  };

  /**
   * Counts the driver's open sessions. The driver does not publish its pool statistics, so this
   * wraps the public `driver.session()` (no driver internals): each session is counted from open
   * to `close()`.
   */
  instrumentDriver(driver: Driver): Driver {
    const open = driver.session.bind(driver);
    driver.session = (...args: Parameters<Driver['session']>) => {
      const s = open(...args);
      this.sessionsActive.inc();
      this.sessionsOpened.inc();
      const close = s.close.bind(s);
      let closed = false;
      s.close = async () => {
        try {
          await close();
        } finally {
          if (!closed) {
            closed = true;
            this.sessionsActive.dec();
          }
        }
      };
      return s;
    };
    return driver;
  }

  /** GET /metrics in the Prometheus text format. */
  router(path = '/metrics'): Router {
    const router = Router();
    router.get(path, async (_req, res) => {
      res.setHeader('content-type', this.registry.contentType);
      res.setHeader('cache-control', 'no-store');
      res.send(await this.registry.metrics());
    });
    return router;
  }
}
