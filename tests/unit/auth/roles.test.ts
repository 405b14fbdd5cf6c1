import type { AppError } from '../../../src/errors';
import { httpStatusOf } from '../../../src/graphql/errors';
import { requireRole } from '../../../src/auth/require-role';
import { ANONYMOUS } from '../../../src/auth/principal';
import { hasRole, highestRole, parseRole, Role } from '../../../src/auth/roles';

describe('roles', () => {
  it('are ordered reader < editor < admin', () => {
    expect(hasRole(Role.admin, Role.editor)).toBe(true);
    expect(hasRole(Role.editor, Role.editor)).toBe(true);
    expect(hasRole(Role.reader, Role.editor)).toBe(false);
    expect(hasRole(null, Role.reader)).toBe(false);
  });

  it('parse case-insensitively and pick the strongest', () => {
    expect(parseRole('Editor')).toBe(Role.editor);
    expect(parseRole('root')).toBeUndefined();
    expect(highestRole(['reader', 'ADMIN', 'x'])).toBe(Role.admin);
    expect(highestRole(['x', 1])).toBeNull();
  });

  it('refuse anonymous callers with UNAUTHENTICATED (401) and weaker roles with FORBIDDEN (403)', () => {
    const codeOf = (fn: () => void) => {
      try {
        fn();
        return 'ok';
      } catch (e) {
        const error = e as AppError;
        return `${error.code} ${httpStatusOf(error)}`;
      }
    };
    expect(codeOf(() => requireRole(ANONYMOUS, Role.reader))).toBe('UNAUTHENTICATED 401');
    expect(codeOf(() => requireRole({ kind: 'jwt', subject: 's', role: null }, Role.reader))).toBe('FORBIDDEN 403');
    expect(codeOf(() => requireRole({ kind: 'apiKey', subject: 'k', role: Role.reader }, Role.editor))).toBe(
      'FORBIDDEN 403',
    );
    expect(codeOf(() => requireRole({ kind: 'apiKey', subject: 'k', role: Role.admin }, Role.editor))).toBe('ok');
  });
});
