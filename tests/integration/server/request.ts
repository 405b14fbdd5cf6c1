import type { GraphQLErrorBody } from '../../support/server';

/** A GraphQL response body as sent over HTTP; `D` is the shape of `data` the test asserts on. */
export interface GraphQLBody<D = Record<string, unknown>> {
  data?: D;
  errors?: GraphQLErrorBody[];
  extensions?: Record<string, unknown>;
}

/**
 * Raw HTTP against a test server: status, headers and parsed body, for protocol-level assertions.
 * `body` is the parsed JSON in the shape the caller declares (a GraphQL body unless told otherwise),
 * or the text when the response is not JSON.
 */
export interface RawResponse<B = GraphQLBody> {
  status: number;
  headers: Headers;
  body: B;
}

export async function postJson<B = GraphQLBody>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse<B>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return read<B>(res);
}

export async function get<B = GraphQLBody>(
  url: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<RawResponse<B>> {
  const res = await fetch(`${url}?${new URLSearchParams(params).toString()}`, { headers });
  return read<B>(res);
}

async function read<B>(res: Response): Promise<RawResponse<B>> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: body as B };
}
