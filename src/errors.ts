/**
 * The application error: a code clients can rely on, a message, the located problems and any
 * extra facts (`limit`, `max`, `kind`, `id`, …). A leaf module: every layer may throw it, and
 * only the GraphQL boundary (`src/graphql/errors.ts`) turns it into a `GraphQLError`, so the
 * domain, the database layer and the services stay free of any transport.
 */

/** Error codes clients can rely on (sent as `extensions.code`). */
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

/** One invalid argument or field: where it is (`path`) and what is wrong. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Located problems; set (possibly empty) on every BAD_USER_INPUT. */
    readonly problems: FieldProblem[] | undefined = undefined,
    /** Extra facts clients may read (`limit`, `max`, `kind`, `id`, `requiredRole`, …). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function badInput(message: string, problems: FieldProblem[] = [], details: Record<string, unknown> = {}) {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, problems, details);
}

export function notFound(kind: string, id: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${kind} '${id}' was not found`, undefined, { kind, id });
}

export function notFoundIds(ids: string[]): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `No entity with id ${ids.map((i) => `'${i}'`).join(', ')}`, undefined, {
    ids,
  });
}

export function conflict(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.CONFLICT, message, undefined, details);
}

/** A bound on an argument: names the limit and its value, as every limit rejection does. */
export function limitExceeded(argument: string, max: number, actual: number): AppError {
  return badInput(
    `${argument} must be at most ${max} (got ${actual})`,
    [{ path: argument, message: `at most ${max}` }],
    {
      limit: argument,
      max,
    },
  );
}

/** No usable credential. The message is a fixed string: it never echoes ids, keys or tokens. */
export function unauthenticated(message = 'Authentication required: send an API key or a bearer token'): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message);
}

/** A credential whose role is too weak for the operation. */
export function forbidden(requiredRole: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, `This operation requires the ${requiredRole} role`, undefined, {
    requiredRole,
  });
}
