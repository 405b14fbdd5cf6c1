import { StoredApiKey } from './api-keys';

export type KeyLookup = (keyId: string) => Promise<StoredApiKey | undefined>;

/**
 * Remembers key lookups (misses too) for `ttlMs`, so authentication is not a database round trip
 * per request; a revocation is therefore seen by every replica within `ttlMs`. At most
 * `maxEntries` are kept (oldest dropped first). `ttlMs` 0 turns caching off.
 */
export function cachedKeyLookup(
  lookup: KeyLookup,
  ttlMs: number,
  maxEntries = 10_000,
  now = () => Date.now(),
): KeyLookup {
  if (ttlMs <= 0) return lookup;
  const entries = new Map<string, { expires: number; value: Promise<StoredApiKey | undefined> }>();
  return (keyId) => {
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
}
