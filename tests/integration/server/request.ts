/** Raw HTTP against a test server: status, headers and parsed body, for protocol-level assertions. */
export interface RawResponse {
  status: number;
  headers: Headers;
  body: any;
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return read(res);
}

export async function get(
  url: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const res = await fetch(`${url}?${new URLSearchParams(params)}`, { headers });
  return read(res);
}

async function read(res: Response): Promise<RawResponse> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body };
}
