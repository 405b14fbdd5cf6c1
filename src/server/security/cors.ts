import cors from 'cors';
import { type RequestHandler } from 'express';

/**
 * CORS for /graphql: the configured origins (or any). Together with Apollo's CSRF prevention
 * (which refuses "simple" requests a browser would send cross-origin without a preflight), a
 * page on another origin cannot make a user's browser run operations. Requested headers are
 * reflected (no credentials mode: keys and tokens travel in headers, not cookies).
 */
export function corsMiddleware(origins: string[] | '*'): RequestHandler {
  return cors({
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST'],
    exposedHeaders: ['ratelimit', 'ratelimit-policy', 'retry-after'],
    maxAge: 600,
  });
}
