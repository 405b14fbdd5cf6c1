import { createHash } from 'node:crypto';
import { serverAudits } from 'graphql-http';
import { startTestServer, type TestServer } from '../../support/server';
import { get, type GraphQLBody, postJson } from '../../support/http';

interface CountryCount {
  countries: { totalCount: number };
}

/**
 * GraphQL over HTTP on the running server: the graphql-http audit suite (every MUST passes), GET
 * and POST with application/graphql-response+json, CSRF prevention, configured CORS origins and
 * automatic persisted queries.
 */
describe('protocol', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer({ app: { corsOrigins: ['https://app.example.com'] } });
  });
  afterAll(() => s.close());

  describe('graphql-http server audits', () => {
    const results: Array<{ id: string; name: string; status: string; reason?: string }> = [];

    beforeAll(async () => {
      for (const audit of serverAudits({ url: () => s.url })) {
        const result = await audit.fn();
        results.push({
          id: result.id,
          name: result.name,
          status: result.status,
          reason: result.status === 'ok' ? undefined : result.reason,
        });
      }
    });

    it('passes every MUST', () => {
      const musts = results.filter((r) => r.name.startsWith('MUST'));
      expect(musts.length).toBeGreaterThan(10);
      expect(musts.filter((r) => r.status !== 'ok')).toEqual([]);
    });

    it('passes every SHOULD but the legacy 200-for-request-errors of application/json', () => {
      // Apollo answers parse, validation and variable errors with 400 whatever the media type
      // (which also makes limit refusals visible to monitoring); the spec suggests 200 for
      // application/json clients. These three are the only SHOULDs not met.
      const unmet = results.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok').map((r) => r.id);
      expect(unmet.sort()).toEqual(['572B', '7B9B', 'FDE2']);
    });
  });

  it('answers POST and GET in application/graphql-response+json, or application/json when asked', async () => {
    const post = await postJson(s.url, { query: '{ __typename }' }, { accept: 'application/graphql-response+json' });
    expect(post.status).toBe(200);
    expect(post.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(post.body.data).toEqual({ __typename: 'Query' });

    const viaGet = await get<GraphQLBody<CountryCount>>(
      s.url,
      { query: 'query($n: Int!) { countries(first: $n) { totalCount } }', variables: '{"n":1}' },
      {
        accept: 'application/graphql-response+json',
        'apollo-require-preflight': 'true',
      },
    );
    expect(viaGet.status).toBe(200);
    expect(viaGet.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(viaGet.body.data?.countries.totalCount).toEqual(expect.any(Number));

    const json = await postJson(s.url, { query: '{ __typename }' }, { accept: 'application/json' });
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // Answers are computed per request: never cached (answers and errors alike).
    for (const r of [post, viaGet, json]) expect(r.headers.get('cache-control')).toBe('no-store');
    const failed = await postJson(s.url, { query: '{ facility(id: 1.5) { id } }' });
    expect(failed.headers.get('cache-control')).toBe('no-store');

    const mutationViaGet = await get(
      s.url,
      { query: 'mutation { deleteSector(id: "x") { id } }' },
      { 'apollo-require-preflight': 'true' },
    );
    expect(mutationViaGet.status).toBe(405);
  });

  it('prevents CSRF: a GET a browser could send cross-site without a preflight is refused', async () => {
    const simple = await get(s.url, { query: '{ __typename }' });
    expect(simple.status).toBe(400);
    expect(JSON.stringify(simple.body)).toContain('CSRF');
    const textPlain = await postJson(s.url, JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'text/plain',
    });
    expect(textPlain.status).toBe(400);
    const preflighted = await get(s.url, { query: '{ __typename }' }, { 'apollo-require-preflight': 'true' });
    expect(preflighted.status).toBe(200);
  });

  it('allows only the configured CORS origins', async () => {
    const preflight = (origin: string) =>
      fetch(s.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight('https://app.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const open = await startTestServer({ app: { corsOrigins: '*' } });
    try {
      expect(
        (
          await fetch(open.url, {
            method: 'OPTIONS',
            headers: { origin: 'https://any.example.com', 'access-control-request-method': 'POST' },
          })
        ).headers.get('access-control-allow-origin'),
      ).toBe('*');
    } finally {
      await open.close();
    }
  });

  it('supports automatic persisted queries over POST and GET', async () => {
    const query = `{ countries(first: 1) { totalCount } } # apq ${Date.now()}`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const miss = await postJson(s.url, { extensions: { persistedQuery } });
    expect(miss.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await postJson<GraphQLBody<CountryCount>>(s.url, { query, extensions: { persistedQuery } });
    expect(registered.body.data?.countries.totalCount).toEqual(expect.any(Number));
    const hit = await postJson(s.url, { extensions: { persistedQuery } });
    expect(hit.body.data).toEqual(registered.body.data);
    const viaGet = await get(
      s.url,
      { extensions: JSON.stringify({ persistedQuery }) },
      { 'apollo-require-preflight': 'true' },
    );
    expect(viaGet.body.data).toEqual(registered.body.data);
    const wrongHash = await postJson(s.url, { query: '{ __typename }', extensions: { persistedQuery } });
    expect(wrongHash.status).toBe(400);
  });
});
