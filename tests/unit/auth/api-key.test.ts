import { generateApiKey, hashSecret, looksLikeApiKey, parseApiKey, secretMatches } from '../../../src/auth/api-key';
import { cachedKeyLookup } from '../../../src/auth/api-key.cache';
import { type StoredApiKey } from '../../../src/auth/api-keys';
import { Role } from '../../../src/auth/roles';

describe('API keys', () => {
  it('are naig_<16 hex id>_<256-bit secret>, and only the secret hash is kept', () => {
    const k = generateApiKey();
    expect(k.key).toMatch(/^naig_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(parseApiKey(k.key)).toEqual({ keyId: k.keyId, secret: k.secret });
    expect(k.hash).toBe(hashSecret(k.secret));
    expect(k.hash).not.toContain(k.secret);
    expect(looksLikeApiKey(k.key)).toBe(true);
    expect(generateApiKey().key).not.toBe(k.key);
  });

  it('match only their own secret', () => {
    const k = generateApiKey();
    expect(secretMatches(k.secret, k.hash)).toBe(true);
    expect(secretMatches(generateApiKey().secret, k.hash)).toBe(false);
    expect(secretMatches(k.secret, 'abcd')).toBe(false);
  });

  it('refuse malformed keys', () => {
    for (const bad of ['naig_', 'naig_xyz_abc', `naig_${'0'.repeat(16)}_short`, 'eyJhbGciOi.x.y'])
      expect(parseApiKey(bad)).toBeUndefined();
  });
});

describe('cachedKeyLookup', () => {
  const stored: StoredApiKey = { hash: 'h', role: Role.editor, revoked: false };

  it('serves repeated lookups (hits and misses) from memory until the TTL passes', async () => {
    let t = 0;
    const lookup = jest.fn((id: string) => Promise.resolve(id === 'known' ? stored : undefined));
    const cached = cachedKeyLookup(lookup, 1000, 10, () => t);
    await cached('known');
    await cached('known');
    await cached('unknown');
    await cached('unknown');
    expect(lookup).toHaveBeenCalledTimes(2);
    t = 1001;
    await expect(cached('known')).resolves.toBe(stored);
    expect(lookup).toHaveBeenCalledTimes(3);
  });

  it('does not remember failed lookups, keeps at most maxEntries, and TTL 0 turns caching off', async () => {
    let fail = true;
    const lookup = jest.fn(() => (fail ? Promise.reject(new Error('db down')) : Promise.resolve(stored)));
    const cached = cachedKeyLookup(lookup, 1000, 2);
    await expect(cached('a')).rejects.toThrow('db down');
    fail = false;
    await expect(cached('a')).resolves.toBe(stored);
    await cached('b');
    await cached('c'); // evicts a
    await cached('a');
    expect(lookup).toHaveBeenCalledTimes(5);

    const uncached = jest.fn(() => Promise.resolve(stored));
    const off = cachedKeyLookup(uncached, 0);
    await off('a');
    await off('a');
    expect(uncached).toHaveBeenCalledTimes(2);
  });
});
