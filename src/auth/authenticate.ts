import { type IncomingHttpHeaders } from 'node:http';
import { looksLikeApiKey, parseApiKey, secretMatches } from './api-key';
import { type KeyLookup } from './api-key.cache';
import { unauthenticated } from '../errors';
import { type JwtVerifier } from './jwt';
import { ANONYMOUS, type Principal } from './principal';

export type Authenticate = (headers: IncomingHttpHeaders) => Promise<Principal>;

/**
 * Who sent the request: anonymous when no credential is sent (no database access then), an API
 * key (`x-api-key: <key>` or `Authorization: Bearer <key>`) or a JWT (`Authorization: Bearer`).
 * A credential that is sent but not valid is refused with UNAUTHENTICATED, never ignored; the
 * messages do not say whether a key id exists.
 */
export function createAuthenticator(lookupKey: KeyLookup, verifyJwt?: JwtVerifier): Authenticate {
  return async (headers) => {
    const sent = credentialOf(headers);
    if (sent === undefined) return ANONYMOUS;
    const { credential, header } = sent;
    if (header === 'x-api-key' || looksLikeApiKey(credential)) return apiKeyPrincipal(credential, lookupKey);
    if (!verifyJwt) throw unauthenticated('Bearer tokens are not enabled on this server; use an API key');
    try {
      const token = await verifyJwt(credential);
      return { kind: 'jwt', subject: token.subject, role: token.role };
    } catch {
      throw unauthenticated('Invalid or expired bearer token');
    }
  };
}

async function apiKeyPrincipal(key: string, lookupKey: KeyLookup): Promise<Principal> {
  const parsed = parseApiKey(key);
  const stored = parsed && (await lookupKey(parsed.keyId));
  if (!parsed || !stored || stored.revoked || !secretMatches(parsed.secret, stored.hash)) {
    throw unauthenticated('Invalid or revoked API key');
  }
  return { kind: 'apiKey', subject: parsed.keyId, role: stored.role };
}

function credentialOf(
  headers: IncomingHttpHeaders,
): { credential: string; header: 'x-api-key' | 'authorization' } | undefined {
  const apiKey = single(headers['x-api-key']);
  const authorization = single(headers.authorization);
  if (apiKey !== undefined && authorization !== undefined)
    throw unauthenticated('Send one credential: x-api-key or Authorization, not both');
  if (apiKey !== undefined) return { credential: apiKey.trim(), header: 'x-api-key' };
  if (authorization === undefined) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!m) throw unauthenticated('Unsupported Authorization header: use `Bearer <API key or JWT>`');
  return { credential: m[1], header: 'authorization' };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
