import { type JWTPayload, SignJWT } from 'jose';
import { type Role } from '../../src/auth/roles';

/** The HS256 secret every test server accepts (unless a test configures its own JWT settings). */
export const TEST_JWT_SECRET = 'test-only-hs256-secret-0123456789abcdef';

/** A signed HS256 token: `roles: [role]` plus the given claims, subject `test-<role>` and an hour of validity unless `sub` / `exp` are given. */
export async function signTestToken(
  role: Role | null,
  claims: JWTPayload = {},
  secret = TEST_JWT_SECRET,
): Promise<string> {
  const token = new SignJWT({ roles: role ? [role] : [], ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt();
  if (claims.sub === undefined) token.setSubject(`test-${role ?? 'none'}`);
  if (claims.exp === undefined) token.setExpirationTime('1h');
  return token.sign(new TextEncoder().encode(secret));
}
