import { AppError, conflict, ErrorCode } from '../errors';

/**
 * How a Neo4j driver or server error code reads to a client. Classified by `error.code`, never by
 * message text. Exact codes first; a prefix entry (ending in `*`) covers a whole family. Adding a
 * Neo4j code is one line here.
 */
export type DatabaseErrorClass = 'unavailable' | 'timeout' | 'conflict';

export const DATABASE_ERROR_CLASSES: Readonly<Record<string, DatabaseErrorClass>> = {
  ServiceUnavailable: 'unavailable',
  SessionExpired: 'unavailable',
  'Neo.TransientError.General.DatabaseUnavailable': 'unavailable',
  'Neo.TransientError.General.*': 'unavailable',
  'Neo.ClientError.Transaction.TransactionTimedOut': 'timeout',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': 'timeout',
  'Neo.TransientError.Transaction.LockClientStopped': 'timeout',
  'Neo.ClientError.Schema.ConstraintValidationFailed': 'conflict',
};

/** The class of a database error code, or undefined when it is not one clients are told about. */
export function classifyDatabaseErrorCode(code: string): DatabaseErrorClass | undefined {
  const exact = DATABASE_ERROR_CLASSES[code];
  if (exact) return exact;
  for (const [pattern, kind] of Object.entries(DATABASE_ERROR_CLASSES)) {
    if (pattern.endsWith('*') && code.startsWith(pattern.slice(0, -1))) return kind;
  }
  return undefined;
}

/** Maps a driver error (by its `code`) to the application error clients see, or undefined. */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code) return undefined;
  switch (classifyDatabaseErrorCode(code)) {
    case 'unavailable':
      return new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database is unavailable; retry shortly');
    case 'timeout':
      return new AppError(ErrorCode.QUERY_TIMEOUT, 'The query exceeded its time limit');
    case 'conflict':
      return conflict('An entity with this id already exists');
    default:
      return undefined;
  }
}
