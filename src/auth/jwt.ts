import { createRemoteJWKSet, type JWTPayload, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { highestRole, type Role } from './roles';
import { JWT_DEFAULTS, type JwtSettings } from './settings';

export interface VerifiedToken {
  subject: string | null;
  role: Role | null;
}

export type JwtVerifier = (token: string) => Promise<VerifiedToken>;

/**
 * Verifies signature, `exp` (required), `nbf` (honoured when present) with the configured clock
 * skew, a lifetime of at most `maxAgeSeconds` and, when configured, issuer and audience, then
 * reads the role from the roles claim. Rejects (any jose error) when the token is not acceptable:
 * a token without `exp` would be valid forever.
 */
export function createJwtVerifier(settings: JwtSettings): JwtVerifier {
  const maxAge = settings.maxAgeSeconds ?? JWT_DEFAULTS.maxAgeSeconds;
  const skew = settings.clockSkewSeconds ?? JWT_DEFAULTS.clockSkewSeconds;
  const options = {
    issuer: settings.issuer,
    audience: settings.audience,
    requiredClaims: ['exp'],
    clockTolerance: skew,
  };
  let verify: (token: string) => Promise<JWTPayload>;
  if (settings.secret) {
    const key = new TextEncoder().encode(settings.secret);
    verify = async (token) => (await jwtVerify(token, key, { ...options, algorithms: ['HS256'] })).payload;
  } else if (settings.jwksUrl) {
    // jose caches the key set and refetches it (rate-limited) when a token names an unknown `kid`.
    const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl));
    verify = async (token) => (await jwtVerify(token, keys, options)).payload;
  } else {
    throw new Error('JWT settings need a secret or a JWKS URL');
  }
  return async (token) => {
    const payload = await verify(token);
    const now = Math.floor(Date.now() / 1000);
    const issued = typeof payload.iat === 'number' ? Math.min(payload.iat, now + skew) : now;
    if (typeof payload.exp !== 'number' || payload.exp - issued > maxAge + skew)
      throw new Error(`token lifetime exceeds ${maxAge} s`);
    return {
      subject: typeof payload.sub === 'string' ? payload.sub : null,
      role: rolesFromClaim(payload, settings.rolesClaim),
    };
  };
}

/** The strongest known role in the claim at a dotted path; the claim may be a string or an array. */
export function rolesFromClaim(payload: Record<string, unknown>, path: string): Role | null {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (typeof value === 'string') return highestRole(value.split(/[\s,]+/));
  return Array.isArray(value) ? highestRole(value) : null;
}
