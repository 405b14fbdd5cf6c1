import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A GraphQL error as the API sends it: `extensions.code` is the part to branch on. */
export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: ApiError[],
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
  /** The first error's code, e.g. NOT_FOUND or DATABASE_UNAVAILABLE. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface ClientOptions {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  /** e.g. { 'x-api-key': '…' } when reads are private. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/**
 * The whole client: POST the typed document, get typed data back. `TResult` and `TVariables` come
 * from the generated document, so a wrong variable or a field that was not selected is a compile
 * error.
 */
export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch;
  return async function request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TResult> {
    const res = await doFetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...options.headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await res.json()) as { data?: TResult | null; errors?: ApiError[] };
    if (body.errors?.length || body.data == null) {
      throw new GraphQLRequestError(body.errors ?? [{ message: `HTTP ${res.status} without data` }], res.status);
    }
    return body.data;
  };
}
export type Request = ReturnType<typeof createClient>;
