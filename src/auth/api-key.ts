import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API key format: `naig_<keyId>_<secret>`: 16 hex characters of id (stored in clear, shown by
 * `keys list`) and 256 random bits of secret (base64url). Only the SHA-256 of the secret is stored:
 * a slow password hash would add nothing against a 256-bit random secret and would cost every
 * request.
 */
const PREFIX = 'naig_';
const FORMAT = /^naig_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface ParsedApiKey {
  keyId: string;
  secret: string;
}

export interface NewApiKey extends ParsedApiKey {
  /** The whole key, shown once. */
  key: string;
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { keyId, secret, key: `${PREFIX}${keyId}_${secret}`, hash: hashSecret(secret) };
}

/** True when the credential claims to be one of our keys (anything else is tried as a JWT). */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(PREFIX);
}

export function parseApiKey(key: string): ParsedApiKey | undefined {
  const m = FORMAT.exec(key);
  return m ? { keyId: m[1], secret: m[2] } : undefined;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of the secret's hash with the stored one. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
