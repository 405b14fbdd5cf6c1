import { GraphQLError } from 'graphql';
import { classifyNeo4jError } from '../neo4j/errors';

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

/**
 * Maps a driver error (by its `code`, never its message: src/neo4j/errors.ts) to the client-facing
 * error, or undefined. `extensions.retryable` tells clients whether sending the same request again
 * may succeed; `extensions.reason` says why it failed.
 */
export function fromDatabaseError(error: unknown): GraphQLError | undefined {
  const kind = classifyNeo4jError(error);
  if (!kind) return undefined;
  const extensions = { retryable: kind.retryable, reason: kind.reason };
  switch (kind.outcome) {
    case 'DATABASE_UNAVAILABLE':
      return new GraphQLError(
        kind.retryable
          ? 'The graph database is unavailable; retry shortly'
          : 'The graph database failed to run the request',
        { extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, ...extensions } },
      );
    case 'QUERY_TIMEOUT':
      return new GraphQLError(
        kind.reason === 'lock-wait'
          ? 'The write waited too long for another write to finish; retry shortly'
          : 'The query exceeded its time limit',
        { extensions: { code: ErrorCode.QUERY_TIMEOUT, ...extensions } },
      );
    case 'CONFLICT':
      return conflict('An entity with this id already exists', extensions);
  }
}
