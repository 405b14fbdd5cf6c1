import { type RequestHandler, type Response } from 'express';
import { type Authenticate } from '../../auth/authenticate';
import { ANONYMOUS, type Principal } from '../../auth/principal';
import { requireRole } from '../../auth/require-role';
import { Role } from '../../auth/roles';
import { type AppError, isAppError } from '../../errors';
import { extensionsOf, httpStatusOf } from '../../graphql/errors';
import { fromDatabaseError } from '../../neo4j/errors';
import { sendGraphQLError } from './http-errors';

type AuthState = { principal: Principal; error?: AppError };
const STATE = 'naigAuth';

/** The caller of this request (anonymous until `identify` ran). */
export function principalOf(res: Response): Principal {
  return (res.locals[STATE] as AuthState | undefined)?.principal ?? ANONYMOUS;
}

/**
 * Resolves the caller and records the outcome without answering, so the rate limit that runs next
 * can count refused credentials (by IP) as well.
 */
export function identify(authenticate: Authenticate): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals[STATE] = { principal: await authenticate(req.headers) } satisfies AuthState;
    } catch (error) {
      if (isAppError(error)) {
        res.locals[STATE] = { principal: ANONYMOUS, error } satisfies AuthState;
      } else {
        // The key lookup could not reach Neo4j: answer as every request does while Neo4j is down
        // (HTTP 200, DATABASE_UNAVAILABLE, retryable; docs/operations.md), never guess who is calling.
        const unavailable = fromDatabaseError(error);
        if (!unavailable) return next(error);
        return sendGraphQLError(req, res, 200, unavailable.message, extensionsOf(unavailable));
      }
    }
    next();
  };
}

/**
 * Refuses, before any GraphQL work, a request whose credential was invalid (401) and, when reads
 * are private, any request without at least the reader role (401 anonymous, 403 no role). The
 * response is the same whatever the query asks for, so nothing about the data leaks.
 */
export function authGate(reads: 'public' | 'private'): RequestHandler {
  return (req, res, next) => {
    const state = res.locals[STATE] as AuthState | undefined;
    let refusal = state?.error;
    if (!refusal && reads === 'private') {
      try {
        requireRole(state?.principal ?? ANONYMOUS, Role.reader);
      } catch (error) {
        if (!isAppError(error)) return next(error);
        refusal = error;
      }
    }
    if (!refusal) return next();
    const status = httpStatusOf(refusal) ?? 401;
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    sendGraphQLError(req, res, status, refusal.message, extensionsOf(refusal));
  };
}
