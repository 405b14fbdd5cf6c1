import { z } from 'zod';

/**
 * Defaults of the request limits (each overridable by the env var in brackets; see docs/security.md).
 * Sized so that every query of the test suite and the playground's introspection pass with room to
 * spare, while a page of 500 with two nested default pages (500 × 20 × 20) does not.
 */
export const LIMIT_DEFAULTS = {
  /** [MAX_QUERY_DEPTH] Nesting of fields (introspection `__schema` excluded). */
  maxDepth: 12,
  /** [MAX_QUERY_COST] Estimated entities returned (src/server/security/cost.ts; rule and examples in docs/security.md). */
  maxCost: 25_000,
  /** [MAX_QUERY_ALIASES] Aliases per operation. */
  maxAliases: 30,
  /** [MAX_QUERY_DIRECTIVES] Directives per operation. */
  maxDirectives: 20,
  /** [MAX_QUERY_TOKENS] Lexical tokens per document (the parser stops at the limit). */
  maxTokens: 2_000,
  /** [MAX_BODY_BYTES] Request body. */
  maxBodyBytes: 1_048_576,
  /** [RATE_LIMIT_PER_MINUTE] Requests per API key, JWT subject or client IP, per minute and process; 0 turns it off. */
  rateLimitPerMinute: 600,
} as const;

/** Page sizes of every list (`first`). */
export const PAGE_SIZE = { default: 20, max: 500 } as const;

/** Bounds of every analytics argument (defaults are the GraphQL defaults). */
export const ANALYTICS_LIMITS = {
  maxDepth: { min: 1, max: 25, default: 10 },
  maxHops: { min: 1, max: 15, default: 6 },
  pathLimit: { min: 1, max: 100, default: 10 },
  neighborhoodDepth: { min: 1, max: 3, default: 1 },
  neighborhoodLimit: { min: 1, max: 1000, default: 200 },
  impactLimit: { min: 1, max: 5000, default: 500 },
  avoid: { max: 100 },
  remove: { max: 100 },
} as const;

/**
 * Where the heavy analyses (dependencies, supplyChain, impact, chokePoints, agreementCoverage) run
 * and how much one request may load (each overridable by the env var in brackets; see
 * src/analytics/README.md, "Running the analyses").
 */
export const ANALYSIS_DEFAULTS = {
  /** [ANALYTICS_WORKERS] Worker threads; 0 runs the analyses on the request thread (no isolation). */
  workers: 1,
  /** [ANALYTICS_WORKER_MEMORY_MB] Heap (old generation) of each worker; past it the request fails, the worker is replaced. */
  workerMemoryMb: 320,
  /** [ANALYTICS_MAX_FACILITIES] Facilities one request may load (its subnetwork within the largest maxDepth). */
  maxFacilities: 150_000,
  /**
   * [ANALYTICS_SNAPSHOT_MIN_REMOVED] An impact taking out at least this many facilities (a country,
   * a large region or operator) analyses a whole-network snapshot kept per worker and per database
   * state; 0 turns the snapshot off.
   */
  snapshotMinRemoved: 1_000,
} as const;

/** Edges returned with a neighbourhood, at most this many per node allowed in it. */
export const EDGES_PER_NODE = 5;

const limit = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** Environment configuration, validated once at start-up. Every variable is documented in the README. */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
      .optional(),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().default('neo4j'),
    NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
    NEO4J_LOCAL_DATA: z.string().default('.neo4j-local/data'),
    NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    // Analyses off the request thread, within time and memory bounds (src/analytics/README.md).
    ANALYTICS_WORKERS: limit(0, 64, ANALYSIS_DEFAULTS.workers),
    ANALYTICS_WORKER_MEMORY_MB: limit(64, 65_536, ANALYSIS_DEFAULTS.workerMemoryMb),
    ANALYTICS_MAX_FACILITIES: limit(1, 10_000_000, ANALYSIS_DEFAULTS.maxFacilities),
    ANALYTICS_SNAPSHOT_MIN_REMOVED: limit(0, 10_000_000, ANALYSIS_DEFAULTS.snapshotMinRemoved),
    SEED_ON_EMPTY: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    SEED_DIR: z.string().default('seed'),
    // A seed batch's own transaction timeout (not QUERY_TIMEOUT_MS: a batch of 5000 rows on a loaded host needs more).
    SEED_TX_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    // Operations: fail fast when Neo4j is down, playground, metrics (docs/operations.md).
    NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(2_000),
    NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).max(120_000).default(500),
    // Shutdown on SIGINT/SIGTERM: requests drain for the grace, everything ends within the timeout.
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(900_000).default(20_000),
    PLAYGROUND_ENABLED: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    METRICS_ENABLED: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    // Security: auth, limits and protocol (docs/security.md).
    AUTH_READS: z.enum(['public', 'private']).optional(),
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256 secret)').optional(),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    AUTH_JWT_ISSUER: z.string().min(1).optional(),
    AUTH_JWT_AUDIENCE: z.string().min(1).optional(),
    AUTH_JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
    AUTH_JWT_MAX_AGE_SECONDS: limit(60, 31_536_000, 86_400),
    AUTH_JWT_CLOCK_SKEW_SECONDS: limit(0, 600, 60),
    AUTH_KEY_CACHE_MS: limit(0, 300_000, 5_000),
    IDEMPOTENCY_TTL_SECONDS: limit(60, 2_592_000, 86_400),
    CORS_ORIGINS: z.string().default('*'),
    TRUST_PROXY: z.string().default('false'),
    MAX_QUERY_DEPTH: limit(1, 100, LIMIT_DEFAULTS.maxDepth),
    MAX_QUERY_COST: limit(1, 10_000_000, LIMIT_DEFAULTS.maxCost),
    MAX_QUERY_ALIASES: limit(0, 1_000, LIMIT_DEFAULTS.maxAliases),
    MAX_QUERY_DIRECTIVES: limit(0, 1_000, LIMIT_DEFAULTS.maxDirectives),
    MAX_QUERY_TOKENS: limit(100, 1_000_000, LIMIT_DEFAULTS.maxTokens),
    MAX_BODY_BYTES: limit(1_024, 100 * 1_048_576, LIMIT_DEFAULTS.maxBodyBytes),
    RATE_LIMIT_PER_MINUTE: limit(0, 1_000_000, LIMIT_DEFAULTS.rateLimitPerMinute),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.AUTH_READS === 'public') {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_READS'],
        message: 'public reads are refused when NODE_ENV=production',
      });
    }
    if (c.SHUTDOWN_TIMEOUT_MS <= c.SHUTDOWN_GRACE_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['SHUTDOWN_TIMEOUT_MS'],
        message: 'must be longer than SHUTDOWN_GRACE_MS (the driver and the local Neo4j stop after the drain)',
      });
    }
    if (c.AUTH_JWT_SECRET && c.AUTH_JWKS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: 'set AUTH_JWT_SECRET or AUTH_JWKS_URL, not both',
      });
    }
  })
  // Reads are public by default for local use and tests, private in production.
  .transform((c) => ({ ...c, AUTH_READS: c.AUTH_READS ?? (c.NODE_ENV === 'production' ? 'private' : 'public') }));

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
