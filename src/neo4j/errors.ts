import { AppError, conflict, ErrorCode } from '../errors';

/**
 * How a Neo4j error reads to a client, decided by its `code` alone (never its message text).
 * Neo4j codes are `Neo.<Classification>.<Category>.<Title>`; the classification is the family:
 * `ClientError` (the request is at fault; some are timeouts and terminations), `TransientError`
 * (retrying the same request may succeed) and `DatabaseError` (the server failed). Driver-side
 * connection codes (`ServiceUnavailable`, `SessionExpired`) mean the server could not be reached.
 * Pure: no driver, no GraphQL. The codes below are those Neo4j 5.26 sends (each produced by the
 * real engine in tests/integration/hardening/error-codes.test.ts).
 */
export type DatabaseErrorOutcome = 'QUERY_TIMEOUT' | 'DATABASE_UNAVAILABLE' | 'CONFLICT';

export interface DatabaseErrorClass {
  outcome: DatabaseErrorOutcome;
  /** The same request, sent again later, may succeed (clients may retry; see docs/security.md). */
  retryable: boolean;
  /** Why, in a few words (the `reason` extension). */
  reason: 'timeout' | 'lock-wait' | 'terminated' | 'transient' | 'unreachable' | 'database-error' | 'constraint';
}

const EXACT: Readonly<Record<string, DatabaseErrorClass>> = {
  // The transaction ran past its timeout: the same request would time out again.
  'Neo.ClientError.Transaction.TransactionTimedOut': { outcome: 'QUERY_TIMEOUT', retryable: false, reason: 'timeout' },
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': {
    outcome: 'QUERY_TIMEOUT',
    retryable: false,
    reason: 'timeout',
  },
  // Stopped while waiting for a lock another write held (its timeout, or a shutdown): retry.
  'Neo.ClientError.Transaction.LockClientStopped': { outcome: 'QUERY_TIMEOUT', retryable: true, reason: 'lock-wait' },
  'Neo.TransientError.Transaction.LockClientStopped': {
    outcome: 'QUERY_TIMEOUT',
    retryable: true,
    reason: 'lock-wait',
  },
  'Neo.TransientError.Transaction.LockAcquisitionTimeout': {
    outcome: 'QUERY_TIMEOUT',
    retryable: true,
    reason: 'lock-wait',
  },
  // Terminated by an operator (`TERMINATE TRANSACTION`) or a database shutdown: nothing was committed.
  'Neo.ClientError.Transaction.Terminated': { outcome: 'DATABASE_UNAVAILABLE', retryable: true, reason: 'terminated' },
  'Neo.TransientError.Transaction.Terminated': {
    outcome: 'DATABASE_UNAVAILABLE',
    retryable: true,
    reason: 'terminated',
  },
  'Neo.ClientError.Cluster.NotALeader': { outcome: 'DATABASE_UNAVAILABLE', retryable: true, reason: 'transient' },
  'Neo.ClientError.Database.DatabaseNotFound': {
    outcome: 'DATABASE_UNAVAILABLE',
    retryable: false,
    reason: 'database-error',
  },
  'Neo.ClientError.Schema.ConstraintValidationFailed': { outcome: 'CONFLICT', retryable: false, reason: 'constraint' },
  ServiceUnavailable: { outcome: 'DATABASE_UNAVAILABLE', retryable: true, reason: 'unreachable' },
  SessionExpired: { outcome: 'DATABASE_UNAVAILABLE', retryable: true, reason: 'unreachable' },
};

/** The class of a Neo4j error code, or undefined for client errors clients are not told about (masked). */
export function classifyNeo4jErrorCode(code: string): DatabaseErrorClass | undefined {
  const exact = EXACT[code];
  if (exact) return exact;
  // Deadlocks, out-of-memory guards, a database starting or stopping, …: all transient.
  if (code.startsWith('Neo.TransientError.'))
    return { outcome: 'DATABASE_UNAVAILABLE', retryable: true, reason: 'transient' };
  if (code.startsWith('Neo.DatabaseError.'))
    return { outcome: 'DATABASE_UNAVAILABLE', retryable: false, reason: 'database-error' };
  return undefined;
}

/** The code of a driver error, when it has one. */
export function neo4jErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : undefined;
}

/** Classifies any thrown value; undefined when it is not a classified Neo4j error. */
export function classifyNeo4jError(error: unknown): DatabaseErrorClass | undefined {
  const code = neo4jErrorCode(error);
  return code === undefined ? undefined : classifyNeo4jErrorCode(code);
}

/**
 * Maps a driver error (by its `code`, never its message) to the application error clients see, or
 * undefined. `details.retryable` tells clients whether the same request, sent again later, may
 * succeed; `details.reason` says why it failed.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const kind = classifyNeo4jError(error);
  if (!kind) return undefined;
  const details = { retryable: kind.retryable, reason: kind.reason };
  switch (kind.outcome) {
    case 'DATABASE_UNAVAILABLE':
      return new AppError(
        ErrorCode.DATABASE_UNAVAILABLE,
        kind.retryable
          ? 'The graph database is unavailable; retry shortly'
          : 'The graph database failed to run the request',
        undefined,
        details,
      );
    case 'QUERY_TIMEOUT':
      return new AppError(
        ErrorCode.QUERY_TIMEOUT,
        kind.reason === 'lock-wait'
          ? 'The write waited too long for another write to finish; retry shortly'
          : 'The query exceeded its time limit',
        undefined,
        details,
      );
    case 'CONFLICT':
      return conflict('An entity with this id already exists', details);
  }
}
