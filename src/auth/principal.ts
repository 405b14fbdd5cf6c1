import { type Role } from './roles';

/**
 * Who is calling. `role` is null for anonymous callers and for valid tokens that carry no known
 * role; `subject` (key id or JWT `sub`) keys the rate limit and never reaches clients.
 */
export interface Principal {
  kind: 'anonymous' | 'apiKey' | 'jwt';
  subject: string | null;
  role: Role | null;
}

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous', subject: null, role: null });
