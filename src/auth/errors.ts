import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors';
import { Role } from './roles';

/**
 * Auth failures. Messages are fixed strings: they never echo ids, key ids or token contents, so
 * a refused caller learns nothing about what exists. `extensions.http` sets the HTTP status
 * (Apollo strips it from the body).
 */
export function unauthenticated(message = 'Authentication required: send an API key or a bearer token'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(required: Role): GraphQLError {
  return new GraphQLError(`This operation requires the ${required} role`, {
    extensions: { code: ErrorCode.FORBIDDEN, requiredRole: required, http: { status: 403 } },
  });
}
