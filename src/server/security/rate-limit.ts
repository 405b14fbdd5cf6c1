import { type RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { principalOf } from './auth.middleware';
import { HttpErrorCode, sendGraphQLError } from './http-errors';

/**
 * At most `perMinute` requests per API key, JWT subject or (anonymous callers) client IP; 0 turns
 * the limit off. Counters live in this process: with N replicas behind a balancer a client gets up
 * to N times the limit unless a shared express-rate-limit store is configured.
 */
export function rateLimiter(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const principal = principalOf(res);
      return principal.subject ? `${principal.kind}:${principal.subject}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (req, res) =>
      sendGraphQLError(
        req,
        res,
        429,
        `Rate limit of ${perMinute} requests per minute exceeded; retry after the Retry-After delay`,
        {
          code: HttpErrorCode.RATE_LIMITED,
          limit: 'rateLimitPerMinute',
          max: perMinute,
        },
      ),
  });
}
