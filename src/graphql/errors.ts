import { GraphQLError } from 'graphql';
import { type AppError, ErrorCode } from '../errors';

/** HTTP status of the codes that decide one (Apollo reads `extensions.http` and strips it from the body). */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

export function httpStatusOf(error: AppError): number | undefined {
  return HTTP_STATUS[error.code];
}

/** What clients read in `extensions`: the code, the located problems (if any) and the extra facts. */
export function extensionsOf(error: AppError): Record<string, unknown> {
  return {
    code: error.code,
    ...(error.problems ? { problems: error.problems } : {}),
    ...error.details,
  };
}

/**
 * The GraphQL boundary: an application error as a `GraphQLError`. `withHttp` adds the HTTP status
 * for errors raised where Apollo sets the response status from it (the auth check).
 */
export function toGraphQLError(error: AppError, withHttp = false): GraphQLError {
  const status = withHttp ? httpStatusOf(error) : undefined;
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...extensionsOf(error), ...(status ? { http: { status } } : {}) },
  });
}
