/** A GraphQL response body and its HTTP status: `T` is the shape of `data` a test asserts on (declare it at the call). */
export interface GraphQLResponse<T = unknown> {
  status: number;
  data?: T;
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

/** POSTs a GraphQL request over real HTTP to `url` and reads its JSON answer, whatever the status. */
export async function postGraphQL<T = unknown>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { ...body, status: res.status };
}
