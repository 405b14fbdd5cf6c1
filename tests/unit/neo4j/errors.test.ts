import { ErrorCode } from '../../../src/errors';
import { classifyDatabaseErrorCode, fromDatabaseError } from '../../../src/neo4j/errors';

describe('database error mapping', () => {
  it('classifies driver and server codes, exact codes and whole families', () => {
    expect(classifyDatabaseErrorCode('ServiceUnavailable')).toBe('unavailable');
    expect(classifyDatabaseErrorCode('Neo.TransientError.General.OutOfMemoryError')).toBe('unavailable');
    expect(classifyDatabaseErrorCode('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')).toBe(
      'timeout',
    );
    expect(classifyDatabaseErrorCode('Neo.ClientError.Schema.ConstraintValidationFailed')).toBe('conflict');
    expect(classifyDatabaseErrorCode('Neo.ClientError.Statement.SyntaxError')).toBeUndefined();
  });

  it('maps by code, never by message, to the application error clients see', () => {
    expect(fromDatabaseError({ code: 'SessionExpired', message: 'x' })).toMatchObject({
      code: ErrorCode.DATABASE_UNAVAILABLE,
      message: 'The graph database is unavailable; retry shortly',
    });
    expect(fromDatabaseError({ code: 'Neo.ClientError.Transaction.TransactionTimedOut' })?.code).toBe(
      ErrorCode.QUERY_TIMEOUT,
    );
    expect(fromDatabaseError({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' })).toMatchObject({
      code: ErrorCode.CONFLICT,
      message: 'An entity with this id already exists',
    });
    expect(fromDatabaseError(new Error('ServiceUnavailable'))).toBeUndefined();
    expect(fromDatabaseError(null)).toBeUndefined();
  });
});
