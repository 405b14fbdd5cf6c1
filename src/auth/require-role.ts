import { forbidden, unauthenticated } from '../errors';
import { type Principal } from './principal';
import { hasRole, type Role } from './roles';

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for a weaker role. */
export function requireRole(principal: Principal, required: Role): void {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (!hasRole(principal.role, required)) throw forbidden(required);
}
