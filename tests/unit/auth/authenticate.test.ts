import { generateApiKey } from '../../../src/auth/api-key';
import { type StoredApiKey } from '../../../src/auth/api-keys';
import { createAuthenticator } from '../../../src/auth/authenticate';
import { Role } from '../../../src/auth/roles';

describe('createAuthenticator', () => {
  const key = generateApiKey();
  const revoked = generateApiKey();
  const keys = new Map<string, StoredApiKey>([
    [key.keyId, { hash: key.hash, role: Role.editor, revoked: false }],
    [revoked.keyId, { hash: revoked.hash, role: Role.admin, revoked: true }],
  ]);
  const lookup = jest.fn((id: string) => Promise.resolve(keys.get(id)));
  const verifyJwt = jest.fn((token: string) =>
    token === 'good.jwt.token'
      ? Promise.resolve({ subject: 'alice', role: Role.reader })
      : Promise.reject(new Error('bad signature')),
  );
  const authenticate = createAuthenticator(lookup, verifyJwt);
  const failure = async (headers: Record<string, string>) => {
    try {
      await authenticate(headers);
      return 'accepted';
    } catch (e) {
      const err = e as { message: string; code: string };
      return `${err.code}: ${err.message}`;
    }
  };

  beforeEach(() => lookup.mockClear());

  it('treats a request without credentials as anonymous, without any lookup', async () => {
    await expect(authenticate({})).resolves.toEqual({ kind: 'anonymous', subject: null, role: null });
    expect(lookup).not.toHaveBeenCalled();
  });

  it('accepts an API key in x-api-key or as a bearer token', async () => {
    await expect(authenticate({ 'x-api-key': key.key })).resolves.toEqual({
      kind: 'apiKey',
      subject: key.keyId,
      role: Role.editor,
    });
    await expect(authenticate({ authorization: `Bearer ${key.key}` })).resolves.toEqual({
      kind: 'apiKey',
      subject: key.keyId,
      role: Role.editor,
    });
  });

  it('accepts a valid JWT', async () => {
    await expect(authenticate({ authorization: 'bearer good.jwt.token' })).resolves.toEqual({
      kind: 'jwt',
      subject: 'alice',
      role: Role.reader,
    });
  });

  it('refuses revoked, unknown and tampered keys alike, never echoing the key id', async () => {
    const tampered = `${key.key.slice(0, -1)}${key.key.endsWith('A') ? 'B' : 'A'}`;
    const unknown = generateApiKey().key;
    const messages = await Promise.all(
      [revoked.key, tampered, unknown, 'naig_garbage'].map((k) => failure({ 'x-api-key': k })),
    );
    expect(new Set(messages)).toEqual(new Set(['UNAUTHENTICATED: Invalid or revoked API key']));
    expect(messages.join()).not.toContain(key.keyId);
  });

  it('refuses bad tokens, other schemes and two credentials at once', async () => {
    expect(await failure({ authorization: 'Bearer forged.jwt.token' })).toBe(
      'UNAUTHENTICATED: Invalid or expired bearer token',
    );
    expect(await failure({ authorization: 'Basic dXNlcjpwYXNz' })).toMatch(
      /^UNAUTHENTICATED: Unsupported Authorization header/,
    );
    expect(await failure({ 'x-api-key': key.key, authorization: 'Bearer good.jwt.token' })).toMatch(
      /^UNAUTHENTICATED: Send one credential/,
    );
    expect(await failure({ 'x-api-key': 'good.jwt.token' })).toBe('UNAUTHENTICATED: Invalid or revoked API key');
    const keysOnly = createAuthenticator(lookup);
    await expect(keysOnly({ authorization: 'Bearer good.jwt.token' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
