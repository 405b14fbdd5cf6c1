import { type AuthCheckerFn } from 'type-graphql';
import { requireRole } from '../auth/require-role';
import { Role } from '../auth/roles';
import { isAppError } from '../errors';
import type { GraphContext } from './context';
import { toGraphQLError } from './errors';

/**
 * type-graphql's check behind `@Authorized(Role.editor)`: it throws our own coded errors (with
 * 401/403) rather than returning false, so clients see UNAUTHENTICATED / FORBIDDEN.
 */
export const authChecker: AuthCheckerFn<GraphContext, Role> = ({ context }, roles) => {
  try {
    requireRole(context.principal, roles[0] ?? Role.reader);
  } catch (error) {
    // Raised before the resolver runs: Apollo sets the HTTP status (401/403) from `extensions.http`.
    throw isAppError(error) ? toGraphQLError(error, true) : error;
  }
  return true;
};
