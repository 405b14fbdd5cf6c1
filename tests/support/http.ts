/** A GraphQL response body as sent over HTTP; `D` is the shape of `data` the test asserts on. */
export interface GraphQLBody<D = Record<string, unknown>> {
  data?: D;
  errors?: GraphQLErrorBody[];
  /** `roundTrips`: the Cypher round trips the request took (on every response). */
  extensions?: Record<string, unknown> & { roundTrips?: number };
}

export interface GraphQLErrorBody {
  message: string;
  path?: string[];
  /** `code` on every error; `problems` (located) on BAD_USER_INPUT. */
  extensions?: Record<string, unknown> & { code?: string; problems?: Array<{ path: string; message: string }> };
}

/** A GraphQL body and its HTTP status: `T` is the shape of `data` a test asserts on (declare it at the call). */
export interface GraphQLResponse<T = unknown> extends GraphQLBody<T> {
  status: number;
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

/** POSTs a GraphQL request over real HTTP to `url`: its JSON answer and status, whatever the status. */
export async function postGraphQL<T = unknown>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await postJson<GraphQLBody<T> | string>(url, { query, variables }, headers);
  if (typeof res.body === 'string') throw new Error(`HTTP ${res.status} answered no JSON: ${res.body.slice(0, 200)}`);
  return { ...res.body, status: res.status };
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
