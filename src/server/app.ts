import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type Router } from 'express';
import { type GraphQLSchema } from 'graphql';
import { cachedKeyLookup } from '../auth/api-key.cache';
import { findStoredApiKey } from '../auth/api-keys';
import { createAuthenticator } from '../auth/authenticate';
import { createJwtVerifier } from '../auth/jwt';
import { type AuthSettings } from '../auth/settings';
import { type AnalysisRunner } from '../analytics/services/analyses';
import { type GraphContext } from '../graphql/context';
import { Loaders } from '../reads/entity-loaders';
import { type GraphDatabase } from '../neo4j/driver';
import { explorerRouter, type ExplorerOptions } from './explorer';
import { formatError } from './format-error';
import { exportRouter } from './export.router';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { healthRoutes } from './health';
import { noStorePlugin } from './no-store.plugin';
import { roundTripsPlugin } from './round-trips.plugin';
import { authGate, identify, principalOf } from './security/auth.middleware';
import { jsonBody } from './security/body';
import { corsMiddleware } from './security/cors';
import { documentLimits } from './security/document-limits';
import { rateLimiter } from './security/rate-limit';
import { DEFAULT_SECURITY, type LimitSettings } from './security/settings';

export interface AppOptions {
  schema: GraphQLSchema;
  db: GraphDatabase;
  /** Development mode: error details and stack traces reach clients. */
  development: boolean;
  log?: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
  /** Default: reads public, API keys only (no JWT). */
  auth?: AuthSettings;
  /** Each unset limit takes its default (src/server/security/defaults.ts). */
  limits?: Partial<LimitSettings>;
  corsOrigins?: string[] | '*';
  trustProxy?: boolean | number | string;
  /** How long an idempotent mutation's result is kept (IDEMPOTENCY_TTL_SECONDS; default 24 h). */
  idempotencyTtlSeconds?: number;
  /** Hide "Did you mean …?" suggestions from errors (production). */
  hideSchemaDetails?: boolean;
  /** Routers mounted before /graphql (playground, metrics, …); they get no auth or limits from here. */
  extraRouters?: Router[];
  /** The visual explorer at /explore (docs/explorer.md); false turns it off. */
  explorer?: ExplorerOptions | false;
  /** Apollo plugins added after the built-in ones (metrics, tracing, …). */
  extraPlugins?: ApolloServerPlugin<GraphContext>[];
  /**
   * Where the heavy analyses run: the service passes its worker pool (src/analytics/services/analysis-pool.ts);
   * without one they run in the request's thread.
   */
  analyses?: AnalysisRunner;
  /** On stop, how long in-flight requests may take before their connections are closed (default 10 s). */
  drainGraceMs?: number;
}

export interface RunningApp {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/**
 * The HTTP service: GraphQL at /graphql, health at /healthz and /readyz, then any extra routers.
 * /export/<name>.csv|.geojson serves files behind the same guards. A /graphql request passes, in order: CORS, authentication, the rate limit, the auth gate
 * (private reads), the JSON body limit (refused callers' bodies are never read), then Apollo
 * (CSRF prevention, APQ, document limits, execution).
 */
export async function startApp(options: AppOptions, port: number, host = '0.0.0.0'): Promise<RunningApp> {
  const log = options.log ?? (() => undefined);
  const auth = options.auth ?? DEFAULT_SECURITY.auth;
  const limits: LimitSettings = { ...DEFAULT_SECURITY.limits, ...options.limits };

  // --- Express ---
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? DEFAULT_SECURITY.trustProxy);
  const httpServer = http.createServer(app);

  // --- Apollo: protocol, limits, error masking ---
  const document = documentLimits(limits);
  // The automatic persisted queries' store, shared with /export so a file can be asked for by the
  // hash of a registered query (src/server/export-query.ts). Apollo's default size (~30 MiB).
  const persistedQueries = new InMemoryLRUCache<string>();
  const apollo = new ApolloServer<GraphContext>({
    schema: options.schema,
    introspection: true,
    // GraphQL over HTTP: GET and POST, application/graphql-response+json; CSRF prevention and
    // automatic persisted queries (in-memory, per replica) are Apollo's defaults, kept on.
    csrfPrevention: true,
    persistedQueries: { cache: persistedQueries },
    validationRules: document.validationRules,
    parseOptions: document.parseOptions,
    hideSchemaDetailsFromClientErrors: options.hideSchemaDetails ?? DEFAULT_SECURITY.hideSchemaDetails,
    includeStacktraceInErrorResponses: options.development,
    // Signals belong to the process entry point (src/server/shutdown.ts). Apollo's own handlers would
    // start a second stop() beside ours, and Apollo 5 never resolves a stop() that joins one in progress.
    stopOnTerminationSignals: false,
    formatError: formatError(
      options.development,
      (error) =>
        log('error', 'unexpected error', {
          error: String((error as Error)?.stack ?? error),
          code: (error as { code?: unknown } | null)?.code,
        }),
      {
        queryTimeoutMs: options.db.options.timeoutMs,
        hideSuggestions: options.hideSchemaDetails ?? DEFAULT_SECURITY.hideSchemaDetails,
      },
    ),
    plugins: [
      // stop(): close the listener, end idle keep-alive connections at once, let in-flight requests
      // finish for up to the grace, then destroy what is left.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.drainGraceMs ?? 10_000 }),
      roundTripsPlugin(),
      // The same `cache-control: no-store` without a hook on every field (./no-store.plugin.ts).
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      ...(document.plugins as ApolloServerPlugin<GraphContext>[]),
      ...(options.extraPlugins ?? []),
    ],
  });
  await apollo.start();

  // --- Authentication: API keys (looked up in Neo4j, cached briefly) and JWTs ---
  const lookupKey = cachedKeyLookup((keyId) => findStoredApiKey(options.db, keyId), auth.keyCacheMs);
  const authenticate = createAuthenticator(lookupKey, auth.jwt ? createJwtVerifier(auth.jwt) : undefined);

  // --- Routes ---
  app.use(healthRoutes(options.db));
  for (const router of options.extraRouters ?? []) app.use(router);
  if (options.explorer !== false) app.use(explorerRouter(options.explorer));
  // Files (CSV, GeoJSON) pass the same CORS, authentication, rate limit (one counter) and auth gate.
  const guards = [
    corsMiddleware(options.corsOrigins ?? DEFAULT_SECURITY.corsOrigins),
    identify(authenticate),
    rateLimiter(limits.rateLimitPerMinute),
    authGate(auth.reads),
  ];
  // Apollo stores a persisted query under `apq:<sha256>` (APQ_CACHE_PREFIX in @apollo/server).
  const persistedQuery = (hash: string) => persistedQueries.get(`apq:${hash}`);
  app.use('/export', ...guards, exportRouter(options.db, options.schema, persistedQuery));
  app.use(
    '/graphql',
    ...guards,
    ...jsonBody(limits.maxBodyBytes),
    expressMiddleware(apollo, {
      context: ({ req, res }) => {
        let roundTrips = 0;
        const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        const db = options.db.observe(() => void roundTrips++);
        return Promise.resolve({
          requestId,
          principal: principalOf(res),
          db,
          loaders: new Loaders(db),
          analyses: options.analyses,
          queryCount: () => roundTrips,
          forgetApiKey: lookupKey.forget,
          idempotencyTtlSeconds: options.idempotencyTtlSeconds,
        });
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as { port: number };
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    port: address.port,
    httpServer,
    stop: () => apollo.stop(),
  };
}
