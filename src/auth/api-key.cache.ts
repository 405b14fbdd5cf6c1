import { type StoredApiKey } from './api-keys';

export type KeyLookup = (keyId: string) => Promise<StoredApiKey | undefined>;

/** A cached lookup that can forget a key at once (its revocation on this replica). */
export type CachedKeyLookup = KeyLookup & { forget: (keyId: string) => void };

/**
 * Remembers key lookups (misses too) for `ttlMs`, so authentication is not a database round trip
 * per request; a revocation is therefore seen by every other replica within `ttlMs` (the replica
 * that revokes calls `forget`, so there it applies at once). At most
 * `maxEntries` are kept (oldest dropped first). `ttlMs` 0 turns caching off.
 */
export function cachedKeyLookup(
  lookup: KeyLookup,
  ttlMs: number,
  maxEntries = 10_000,
  now = () => Date.now(),
): CachedKeyLookup {
  const entries = new Map<string, { expires: number; value: Promise<StoredApiKey | undefined> }>();
  const forget = (keyId: string) => void entries.delete(keyId);
  if (ttlMs <= 0) return Object.assign((keyId: string) => lookup(keyId), { forget });
  const cached: KeyLookup = (keyId) => {
    const hit = entries.get(keyId);
    if (hit && hit.expires > now()) return hit.value;
    entries.delete(keyId);
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    // Cache the promise so concurrent requests share one lookup; a failed lookup is not remembered.
    const value = lookup(keyId);
    entries.set(keyId, { expires: now() + ttlMs, value });
    value.catch(() => {
      if (entries.get(keyId)?.value === value) entries.delete(keyId);
    });
    return value;
  };
  return Object.assign(cached, { forget });
}
