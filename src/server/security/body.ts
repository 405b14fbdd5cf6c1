import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { HttpErrorCode, sendGraphQLError } from './http-errors';

/**
 * JSON bodies up to `maxBytes`. A larger body is refused with 413 naming the limit; malformed JSON
 * and unsupported encodings get their 4xx as a GraphQL error body instead of Express's HTML page.
 */
export function jsonBody(maxBytes: number): [RequestHandler, ErrorRequestHandler] {
  const parse = express.json({ limit: maxBytes });
  const onError: ErrorRequestHandler = (error: { type?: string; status?: number }, req, res, next) => {
    if (error.type === 'entity.too.large') {
      sendGraphQLError(req, res, 413, `Request body exceeds the limit of ${maxBytes} bytes`, {
        code: HttpErrorCode.PAYLOAD_TOO_LARGE,
        limit: 'maxBodyBytes',
        max: maxBytes,
      });
    } else if (typeof error.type === 'string' && error.status && error.status >= 400 && error.status < 500) {
      const message =
        error.type === 'entity.parse.failed' ? 'Request body is not valid JSON' : 'Request body could not be read';
      sendGraphQLError(req, res, error.status, message, { code: HttpErrorCode.BAD_REQUEST });
    } else {
      next(error);
    }
  };
  return [parse, onError];
}
