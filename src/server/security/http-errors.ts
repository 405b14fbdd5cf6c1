import { type Request, type Response } from 'express';

/** Codes of rejections made before GraphQL runs (HTTP layer); the others are in src/graphql/errors.ts. */
export const HttpErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

/**
 * A GraphQL-over-HTTP error response written by the HTTP layer (auth gate, body limit, rate
 * limit): `{ errors: [...] }` in the media type the client asked for, so clients parse one shape.
 */
export function sendGraphQLError(
  req: Request,
  res: Response,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  const type = req.accepts([JSON_TYPE, GRAPHQL_RESPONSE]) === GRAPHQL_RESPONSE ? GRAPHQL_RESPONSE : JSON_TYPE;
  res
    .status(status)
    .type(`${type}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}
