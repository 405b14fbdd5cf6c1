import { ErrorCode } from '../../../src/errors';
import { classifyNeo4jErrorCode, fromDatabaseError } from '../../../src/neo4j/errors';

const classifyDatabaseErrorCode = (code: string) => classifyNeo4jErrorCode(code)?.outcome;

describe('database error mapping', () => {
  it('classifies driver and server codes, exact codes and whole families', () => {
    expect(classifyDatabaseErrorCode('ServiceUnavailable')).toBe('DATABASE_UNAVAILABLE');
    expect(classifyDatabaseErrorCode('Neo.TransientError.General.OutOfMemoryError')).toBe('DATABASE_UNAVAILABLE');
    expect(classifyDatabaseErrorCode('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')).toBe(
      'QUERY_TIMEOUT',
    );
    expect(classifyDatabaseErrorCode('Neo.ClientError.Schema.ConstraintValidationFailed')).toBe('CONFLICT');
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
