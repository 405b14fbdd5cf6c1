import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createJwtVerifier, rolesFromClaim } from '../../../src/auth/jwt';
import { Role } from '../../../src/auth/roles';

const SECRET = 'unit-test-secret-0123456789abcdef0123';
const hs256 = (claims: Record<string, unknown>, secret = SECRET, exp: string | number = '5m') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('alice')
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));

describe('JWT verification (HS256)', () => {
  const verify = createJwtVerifier({ secret: SECRET, rolesClaim: 'roles' });

  it('accepts a valid token and reads subject and role', async () => {
    await expect(verify(await hs256({ roles: ['editor'] }))).resolves.toEqual({ subject: 'alice', role: Role.editor });
    await expect(verify(await hs256({}))).resolves.toEqual({ subject: 'alice', role: null });
  });

  it('refuses a wrong signature, an expired token and alg "none"', async () => {
    await expect(verify(await hs256({ roles: ['admin'] }, 'another-secret-0123456789abcdef012345'))).rejects.toThrow();
    await expect(
      verify(await hs256({ roles: ['admin'] }, SECRET, Math.floor(Date.now() / 1000) - 60)),
    ).rejects.toThrow();
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"roles":["admin"]}').toString('base64url')}.`;
    await expect(verify(unsigned)).rejects.toThrow();
  });

  it('checks issuer and audience when configured', async () => {
    const strict = createJwtVerifier({
      secret: SECRET,
      rolesClaim: 'roles',
      issuer: 'https://idp.example.com',
      audience: 'naig',
    });
    await expect(
      strict(await hs256({ roles: ['reader'], iss: 'https://idp.example.com', aud: 'naig' })),
    ).resolves.toMatchObject({ role: Role.reader });
    await expect(
      strict(await hs256({ roles: ['reader'], iss: 'https://evil.example.com', aud: 'naig' })),
    ).rejects.toThrow();
    await expect(strict(await hs256({ roles: ['reader'], iss: 'https://idp.example.com' }))).rejects.toThrow();
  });
});

describe('rolesFromClaim', () => {
  it('reads a string, a space/comma list or an array at a dotted path; the strongest role wins', () => {
    expect(rolesFromClaim({ roles: 'editor' }, 'roles')).toBe(Role.editor);
    expect(rolesFromClaim({ scope: 'openid reader,admin' }, 'scope')).toBe(Role.admin);
    expect(
      rolesFromClaim({ realm_access: { roles: ['offline_access', 'editor', 'reader'] } }, 'realm_access.roles'),
    ).toBe(Role.editor);
    expect(rolesFromClaim({ realm_access: {} }, 'realm_access.roles')).toBeNull();
    expect(rolesFromClaim({ roles: 42 }, 'roles')).toBeNull();
  });
});

describe('JWT verification (JWKS URL)', () => {
  let server: http.Server;
  let url: string;
  let sign: (claims: Record<string, unknown>) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = http.createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    sign = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('svc')
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies tokens against the key set served at the URL', async () => {
    const verify = createJwtVerifier({ jwksUrl: url, rolesClaim: 'realm_access.roles' });
    await expect(verify(await sign({ realm_access: { roles: ['admin'] } }))).resolves.toEqual({
      subject: 'svc',
      role: Role.admin,
    });
    const { privateKey: stranger } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ realm_access: { roles: ['admin'] } })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setExpirationTime('5m')
      .sign(stranger);
    await expect(verify(forged)).rejects.toThrow();
  });
});
