import { loadConfig } from '../../../src/config';
import { securitySettings } from '../../../src/server/security/settings';

describe('security configuration', () => {
  it('makes reads public locally and in tests, private in production', () => {
    expect(loadConfig({}).AUTH_READS).toBe('public');
    expect(loadConfig({ NODE_ENV: 'test' }).AUTH_READS).toBe('public');
    expect(loadConfig({ NODE_ENV: 'production' }).AUTH_READS).toBe('private');
    expect(loadConfig({ NODE_ENV: 'development', AUTH_READS: 'private' }).AUTH_READS).toBe('private');
  });

  it('refuses public reads in production, and two JWT key sources', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_READS: 'public' })).toThrow(
      /AUTH_READS: public reads are refused when NODE_ENV=production/,
    );
    expect(() =>
      loadConfig({ AUTH_JWT_SECRET: 'x'.repeat(32), AUTH_JWKS_URL: 'https://idp.example.com/jwks' }),
    ).toThrow(/AUTH_JWKS_URL/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET: must be at least 32 characters/);
  });

  it('maps the environment to the app settings, with documented defaults', () => {
    const s = securitySettings(
      loadConfig({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp.example.com/jwks',
        AUTH_JWT_ROLES_CLAIM: 'realm_access.roles',
        CORS_ORIGINS: 'https://a.example.com, https://b.example.com/',
        TRUST_PROXY: '1',
      }),
    );
    expect(s.auth).toEqual({
      reads: 'private',
      keyCacheMs: 5000,
      jwt: {
        secret: undefined,
        jwksUrl: 'https://idp.example.com/jwks',
        issuer: undefined,
        audience: undefined,
        rolesClaim: 'realm_access.roles',
        maxAgeSeconds: 86_400,
        clockSkewSeconds: 60,
      },
    });
    expect(s.limits).toEqual({
      maxDepth: 12,
      maxCost: 25000,
      maxAliases: 30,
      maxDirectives: 20,
      maxTokens: 2000,
      maxBodyBytes: 1048576,
      rateLimitPerMinute: 600,
    });
    expect(s.corsOrigins).toEqual(['https://a.example.com', 'https://b.example.com']);
    expect(s.trustProxy).toBe(1);
    expect(s.hideSchemaDetails).toBe(true);
    expect(securitySettings(loadConfig({})).auth.jwt).toBeUndefined();
    expect(securitySettings(loadConfig({})).corsOrigins).toBe('*');
  });
});
