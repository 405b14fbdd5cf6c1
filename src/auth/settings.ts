/** How callers are authenticated and whether reads need a credential. */
export interface AuthSettings {
  /** `public`: queries need no credential. `private`: every request needs at least `reader`. */
  reads: 'public' | 'private';
  /** Bearer JWTs are accepted only when this is set. */
  jwt?: JwtSettings;
  /** How long a key lookup is remembered (revocations take at most this long to apply). */
  keyCacheMs: number;
}

export interface JwtSettings {
  /** HS256 shared secret; or */
  secret?: string;
  /** a JWKS endpoint (asymmetric keys, e.g. RS256/ES256 from an identity provider). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** Dotted path of the roles claim (`roles`, `realm_access.roles`): a string or an array of strings. */
  rolesClaim: string;
  /** Longest accepted token lifetime: `exp` at most this far past `iat` (or now, without `iat`). Default 86 400 s. */
  maxAgeSeconds?: number;
  /** Clock difference tolerated on `exp`, `nbf` and `iat` between the issuer and this server. Default 60 s. */
  clockSkewSeconds?: number;
}

export const JWT_DEFAULTS = { maxAgeSeconds: 86_400, clockSkewSeconds: 60 } as const;

export const DEFAULT_AUTH: AuthSettings = { reads: 'public', keyCacheMs: 5_000 };
