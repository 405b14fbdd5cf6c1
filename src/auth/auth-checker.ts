import { AuthCheckerFn } from 'type-graphql';
import type { GraphContext } from '../graphql/context';
import { requireRole } from './require-role';
import { Role } from './roles';

/**
 * type-graphql's check behind `@Authorized(Role.editor)`: it throws our own coded errors (with
 * 401/403) rather than returning false, so clients see UNAUTHENTICATED / FORBIDDEN.
 */
export const authChecker: AuthCheckerFn<GraphContext, Role> = ({ context }, roles) => {
  requireRole(context.principal, roles[0] ?? Role.reader);
  return true;
};
