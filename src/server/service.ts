import { inProcessRunner } from '../analytics/services/analyses';
import { AnalysisPool } from '../analytics/services/analysis-pool';
import { type AnalysisBounds } from '../analytics/services/limits';
import { type Config } from '../config';
import { getSchema } from '../graphql/schema';
import { type Logger } from '../logger';
import { createDriver, GraphDatabase } from '../neo4j/driver';
import { type LocalNeo4j, startLocalNeo4j } from '../neo4j/local';
import { applyMigrations } from '../neo4j/migrations';
import { startApp } from './app';
import { Observability } from './observability';
import { landingPagePlugins, playgroundRouter } from './playground';
import { warmAnalyticsPlans } from '../analytics/services/warm-up';
import { seedIfEmpty } from './seed-on-start';
import { securitySettings } from './security/settings';

export interface RunningService {
  url: string;
  /** Graceful: drain HTTP (up to SHUTDOWN_GRACE_MS), close the driver, stop the local Neo4j. */
  stop(): Promise<void>;
  /** Forced: ends at once what would outlive this process (the local Neo4j, with SIGKILL). */
  abort(): void;
}

/**
 * Start-up order: the database (the local one when NEO4J_URI is unset), connectivity, schema
 * migrations, the bundled data on an empty graph, then the HTTP API. Stop reverses it.
 */
export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    logger.info(
      { port: config.NEO4J_LOCAL_PORT, data: config.NEO4J_LOCAL_DATA },
      'NEO4J_URI is unset: starting the local Neo4j (the first run downloads its jars)',
    );
    local = await startLocalNeo4j({
      port: config.NEO4J_LOCAL_PORT,
      dataDir: config.NEO4J_LOCAL_DATA,
      onLog: (line) => logger.debug({ neo4j: line }),
    });
    uri = local.uri;
    logger.info({ uri, pid: local.pid }, 'local Neo4j ready');
  }
  const observability = new Observability({
    logger,
    maxPoolSize: config.NEO4J_MAX_POOL_SIZE,
    metricsEndpoint: config.METRICS_ENABLED,
  });
  const db = createGraphDatabase(config, uri, observability);
  const analyses = analysisPool(config, uri);
  try {
    await waitForDatabase(db, logger);
    const applied = await applyMigrations(db);
    logger.info({ applied }, 'schema migrations applied');
    if (config.SEED_ON_EMPTY) await seedIfEmpty(db, config.SEED_DIR, logger, config.SEED_TX_TIMEOUT_MS);
    // Plans first, so the first analysis is not a cold one: the API (and /readyz) only listen after.
    const warm = await warmAnalyticsPlans(db);
    const fields = { ms: Math.round(warm.ms), planned: warm.planned, failed: warm.failed };
    if (warm.failed) logger.warn({ ...fields, error: warm.firstError }, 'some analytics query plans not warmed');
    else logger.info(fields, 'analytics query plans warmed');
    const app = await startApp(
      {
        schema: await getSchema(),
        db,
        development: config.NODE_ENV === 'development',
        log: (level, message, fields) => logger[level](fields ?? {}, message),
        // Auth, limits, CORS and proxy trust from the environment (docs/security.md).
        ...securitySettings(config),
        idempotencyTtlSeconds: config.IDEMPOTENCY_TTL_SECONDS,
        // Operations: request ids, request log and /metrics first, then the bundled playground.
        extraRouters: [observability.router(), ...(config.PLAYGROUND_ENABLED ? [playgroundRouter()] : [])],
        extraPlugins: [...observability.plugins(), ...landingPagePlugins()],
        drainGraceMs: config.SHUTDOWN_GRACE_MS,
        analyses: analyses ?? inProcessRunner(analysisBounds(config)),
      },
      config.PORT,
      config.HOST,
    );
    logger.info(
      {
        url: app.url,
        playground: config.PLAYGROUND_ENABLED ? app.url.replace(/\/graphql$/, '/playground') : undefined,
      },
      'GraphQL API ready',
    );
    return {
      url: app.url,
      // Graceful: stop accepting, let in-flight requests finish (Apollo's drain, bounded by the
      // grace), then the driver, then the local Neo4j (after the requests that still needed it).
      async stop() {
        logger.info({ graceMs: config.SHUTDOWN_GRACE_MS }, 'draining in-flight requests');
        await app.stop();
        await analyses?.close();
        logger.info('HTTP server closed; closing the Neo4j driver');
        await db.close();
        if (local) {
          logger.info({ pid: local.pid }, 'stopping the local Neo4j');
          await local.stop();
        }
        logger.info('stopped');
      },
      abort() {
        if (!local) return;
        try {
          process.kill(local.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      },
    };
  } catch (error) {
    await analyses?.close();
    await db.close();
    await local?.stop();
    throw error;
  }
}

/** What one analysis may load and when impact uses the whole-network snapshot (ANALYTICS_* variables). */
function analysisBounds(config: Config): AnalysisBounds {
  return {
    maxFacilities: config.ANALYTICS_MAX_FACILITIES,
    snapshotMinRemoved: config.ANALYTICS_SNAPSHOT_MIN_REMOVED,
  };
}

/**
 * The worker pool of the heavy analyses (ANALYTICS_WORKERS threads, each with its own small driver
 * to the same database); none when ANALYTICS_WORKERS=0 (they then run on the request thread).
 */
function analysisPool(config: Config, uri: string): AnalysisPool | undefined {
  if (config.ANALYTICS_WORKERS === 0) return undefined;
  return new AnalysisPool({
    size: config.ANALYTICS_WORKERS,
    memoryMb: config.ANALYTICS_WORKER_MEMORY_MB,
    timeoutMs: config.QUERY_TIMEOUT_MS,
    bounds: analysisBounds(config),
    connection: {
      uri,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      connectionTimeoutMs: config.NEO4J_CONNECTION_TIMEOUT_MS,
      maxRetryTimeMs: config.NEO4J_MAX_RETRY_MS,
    },
  });
}

/** The one driver of the process, tuned to fail fast (config), with its metrics when given. */
export function createGraphDatabase(config: Config, uri: string, observability?: Observability): GraphDatabase {
  const driver = createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD, config.NEO4J_MAX_POOL_SIZE, {
    connectionTimeoutMs: config.NEO4J_CONNECTION_TIMEOUT_MS,
    maxRetryTimeMs: config.NEO4J_MAX_RETRY_MS,
  });
  const db = new GraphDatabase(observability ? observability.instrumentDriver(driver) : driver, {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.QUERY_TIMEOUT_MS,
  });
  return observability ? observability.observe(db) : db;
}

async function waitForDatabase(db: GraphDatabase, logger: Logger, attempts = 30): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await db.verifyConnectivity();
      return;
    } catch (error) {
      if (i >= attempts) throw error;
      logger.warn({ attempt: i, code: (error as { code?: string }).code }, 'Neo4j not reachable yet; retrying');
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}
