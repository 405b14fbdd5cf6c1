import { SignJWT } from 'jose';
import { Role } from '../../../src/auth/roles';
import { JWT_DEFAULTS } from '../../../src/auth/settings';
import { TEST_JWT_SECRET } from '../../support/auth';
import { startTestServer, type TestServer } from '../../support/server';
import { postJson } from '../../support/http';

/**
 * Defect 5: a JWT without `exp` was accepted forever. Now `exp` is required, a lifetime above the
 * configured maximum is refused, `nbf` is honoured, and the documented clock skew is tolerated.
 */
describe('JWT claims', () => {
  let server: TestServer;
  const key = new TextEncoder().encode(TEST_JWT_SECRET);
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    server = await startTestServer({
      role: null,
      app: {
        auth: {
          reads: 'private',
          keyCacheMs: 0,
          jwt: { secret: TEST_JWT_SECRET, rolesClaim: 'roles', maxAgeSeconds: 3600, clockSkewSeconds: 30 },
        },
      },
    });
  });
  afterAll(() => server.close());

  const token = (claims: Record<string, number | undefined>) => {
    const jwt = new SignJWT({ roles: [Role.reader] }).setProtectedHeader({ alg: 'HS256' }).setSubject('jwt-claims');
    for (const [name, value] of Object.entries(claims)) {
      if (value === undefined) continue;
      if (name === 'exp') jwt.setExpirationTime(value);
      if (name === 'iat') jwt.setIssuedAt(value);
      if (name === 'nbf') jwt.setNotBefore(value);
    }
    return jwt.sign(key);
  };
  const status = async (claims: Record<string, number | undefined>) => {
    const res = await postJson(
      server.url,
      { query: '{ countries(first: 1) { totalCount } }' },
      { authorization: `Bearer ${await token(claims)}` },
    );
    return `${res.status} ${res.body.errors?.[0]?.extensions?.code ?? 'ok'}`;
  };

  it('accepts a token with exp within the maximum lifetime', async () => {
    expect(await status({ iat: now(), exp: now() + 600 })).toBe('200 ok');
  });

  it('refuses a token without exp', async () => {
    expect(await status({ iat: now() })).toBe('401 UNAUTHENTICATED');
    expect(await status({})).toBe('401 UNAUTHENTICATED');
  });

  it('refuses a token whose lifetime exceeds the configured maximum', async () => {
    expect(await status({ iat: now(), exp: now() + 3600 * 24 * 365 })).toBe('401 UNAUTHENTICATED');
    expect(await status({ exp: now() + 7200 })).toBe('401 UNAUTHENTICATED');
  });

  it('honours nbf, within the clock skew', async () => {
    expect(await status({ iat: now(), exp: now() + 600, nbf: now() + 300 })).toBe('401 UNAUTHENTICATED');
    expect(await status({ iat: now(), exp: now() + 600, nbf: now() + 10 })).toBe('200 ok');
  });

  it('tolerates the clock skew on exp, and no more', async () => {
    expect(await status({ iat: now() - 100, exp: now() - 10 })).toBe('200 ok');
    expect(await status({ iat: now() - 100, exp: now() - 60 })).toBe('401 UNAUTHENTICATED');
  });

  it('has documented defaults', () => {
    expect(JWT_DEFAULTS).toEqual({ maxAgeSeconds: 86_400, clockSkewSeconds: 60 });
  });
});
