import { GraphQLError } from 'graphql';

/** Error codes clients can rely on (in `extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One invalid argument: where it is (`argument path`) and what is wrong. */
export interface FieldProblem {
  path: string;
  message: string;
}

export function badInput(
  message: string,
  problems: FieldProblem[] = [],
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, problems, ...extra } });
}

export function notFound(kind: string, id: string): GraphQLError {
  return new GraphQLError(`${kind} '${id}' was not found`, { extensions: { code: ErrorCode.NOT_FOUND, kind, id } });
}

export function notFoundIds(ids: string[]): GraphQLError {
  return new GraphQLError(`No entity with id ${ids.map((i) => `'${i}'`).join(', ')}`, {
    extensions: { code: ErrorCode.NOT_FOUND, ids },
  });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extra } });
}

/** A bound on an argument: names the limit and its value, as every limit rejection does. */
export function limitExceeded(argument: string, max: number, actual: number): GraphQLError {
  return badInput(
    `${argument} must be at most ${max} (got ${actual})`,
    [{ path: argument, message: `at most ${max}` }],
    {
      limit: argument,
      max,
    },
  );
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Maps a driver error (by its `code`, never its message) to the client-facing error, or undefined. */
export function fromDatabaseError(error: unknown): GraphQLError | undefined {
  const code = (error as { code?: string } | null)?.code;
  if (!code) return undefined;
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.General')) {
    return new GraphQLError('The graph database is unavailable; retry shortly', {
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    });
  }
  if (TIMEOUT_CODES.has(code)) {
    return new GraphQLError('The query exceeded its time limit', { extensions: { code: ErrorCode.QUERY_TIMEOUT } });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return conflict('An entity with this id already exists');
  }
  return undefined;
}
