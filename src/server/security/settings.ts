import { type AuthSettings, DEFAULT_AUTH } from '../../auth/settings';
import { type Config } from '../../config';
import { LIMIT_DEFAULTS } from '../../config';

export interface LimitSettings {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxBodyBytes: number;
  rateLimitPerMinute: number;
}

export const DEFAULT_LIMITS: LimitSettings = { ...LIMIT_DEFAULTS };

/** Everything security-related `startApp` takes, as configured by the environment. */
export interface SecuritySettings {
  auth: AuthSettings;
  limits: LimitSettings;
  corsOrigins: string[] | '*';
  /** Express `trust proxy`: set it behind a load balancer so the rate limit sees client IPs. */
  trustProxy: boolean | number | string;
  /** Production: no "Did you mean …?" field suggestions in errors. */
  hideSchemaDetails: boolean;
}

export const DEFAULT_SECURITY: SecuritySettings = {
  auth: DEFAULT_AUTH,
  limits: DEFAULT_LIMITS,
  corsOrigins: '*',
  trustProxy: false,
  hideSchemaDetails: false,
};

export function securitySettings(config: Config): SecuritySettings {
  const jwtConfigured = Boolean(config.AUTH_JWT_SECRET || config.AUTH_JWKS_URL);
  return {
    auth: {
      reads: config.AUTH_READS,
      keyCacheMs: config.AUTH_KEY_CACHE_MS,
      jwt: jwtConfigured
        ? {
            secret: config.AUTH_JWT_SECRET,
            jwksUrl: config.AUTH_JWKS_URL,
            issuer: config.AUTH_JWT_ISSUER,
            audience: config.AUTH_JWT_AUDIENCE,
            rolesClaim: config.AUTH_JWT_ROLES_CLAIM,
            maxAgeSeconds: config.AUTH_JWT_MAX_AGE_SECONDS,
            clockSkewSeconds: config.AUTH_JWT_CLOCK_SKEW_SECONDS,
          }
        : undefined,
    },
    limits: {
      maxDepth: config.MAX_QUERY_DEPTH,
      maxCost: config.MAX_QUERY_COST,
      maxAliases: config.MAX_QUERY_ALIASES,
      maxDirectives: config.MAX_QUERY_DIRECTIVES,
      maxTokens: config.MAX_QUERY_TOKENS,
      maxBodyBytes: config.MAX_BODY_BYTES,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    },
    corsOrigins: parseCorsOrigins(config.CORS_ORIGINS),
    trustProxy: parseTrustProxy(config.TRUST_PROXY),
    hideSchemaDetails: config.NODE_ENV === 'production',
  };
}

/** `*` or a comma-separated list of origins (`https://app.example.com`); empty allows none. */
export function parseCorsOrigins(value: string): string[] | '*' {
  const origins = value
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  return origins.includes('*') ? '*' : origins;
}

/** `true` / `false`, a hop count, or Express's list of trusted addresses / subnets. */
export function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
