import { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden, limitExceeded, notFound, unauthenticated } from '../../../src/errors';
import { extensionsOf, toGraphQLError } from '../../../src/graphql/errors';

describe('the GraphQL error boundary', () => {
  it('sends code, problems and extra facts as extensions', () => {
    expect(extensionsOf(limitExceeded('first', 500, 501))).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'first', message: 'at most 500' }],
      limit: 'first',
      max: 500,
    });
    expect(extensionsOf(badInput('bad'))).toEqual({ code: 'BAD_USER_INPUT', problems: [] });
    expect(extensionsOf(notFound('Facility', 'f1'))).toEqual({ code: 'NOT_FOUND', kind: 'Facility', id: 'f1' });
    expect(extensionsOf(conflict('taken', { id: 'x' }))).toEqual({ code: 'CONFLICT', id: 'x' });
  });

  it('turns an application error into a GraphQLError, with the HTTP status only when asked', () => {
    const error = toGraphQLError(forbidden('editor'), true);
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('This operation requires the editor role');
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', requiredRole: 'editor', http: { status: 403 } });
    expect(toGraphQLError(unauthenticated(), true).extensions.http).toEqual({ status: 401 });
    expect(toGraphQLError(unauthenticated()).extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
