import { Kind, parse } from 'graphql';
import { createApiKey } from '../../../src/auth/api-keys';
import { Role } from '../../../src/auth/roles';
import { fromDatabaseError } from '../../../src/neo4j/errors';
import { getSchema } from '../../../src/graphql/schema';
import { cypher } from '../../../src/neo4j/cypher';
import { GraphDatabase } from '../../../src/neo4j/driver';
import { formatError } from '../../../src/server/format-error';
import { memoizedOperationCost, operationCost } from '../../../src/server/security/cost';
import { signTestToken } from '../../support/auth';
import { uniquePrefix } from '../../support/db';
import { startTestServer, type TestServer } from '../../support/server';
import { postJson, type RawResponse } from '../../support/http';
import { matching } from '../../support/matchers';

/**
 * Each limit against hostile or careless requests refuses over real HTTP, before execution, and
 * names itself and its value: depth, cost, aliases, directives, tokens, page size, maxHops, body
 * size, rate limit per key; and the per-transaction time limit of Neo4j.
 */
describe('limits', () => {
  const p = uniquePrefix();
  let strict: TestServer;
  let defaults: TestServer;

  beforeAll(async () => {
    strict = await startTestServer({
      app: {
        limits: {
          maxDepth: 5,
          maxCost: 1000,
          maxAliases: 3,
          maxDirectives: 2,
          maxTokens: 100,
          maxBodyBytes: 2048,
          rateLimitPerMinute: 3,
        },
      },
    });
    defaults = await startTestServer();
  });
  afterAll(async () => {
    await strict.db.write(cypher('MATCH (k:ApiKey) WHERE k.name STARTS WITH $p DETACH DELETE k', { p }));
    await Promise.all([strict.close(), defaults.close()]);
  });

  /** Each request to `strict` gets its own JWT subject, so the rate limit (3/min) is not in the way. */
  let caller = 0;
  const strictly = async (body: unknown) => {
    const token = await signTestToken(Role.admin, { sub: `limits-${caller++}` });
    return postJson(strict.url, body, { authorization: `Bearer ${token}` });
  };
  const refusal = (res: RawResponse) => ({
    status: res.status,
    data: res.body.data,
    ...res.body.errors?.[0],
  });

  it('refuses queries nested deeper than maxDepth', async () => {
    expect((await strictly({ query: '{ facilities { nodes { operator { headquarters { id } } } } }' })).status).toBe(
      200,
    );
    const res = await strictly({
      query: '{ facilities { nodes { operator { headquarters { regions { totalCount } } } } } }',
    });
    expect(refusal(res)).toMatchObject({
      status: 400,
      data: undefined,
      message: 'Query depth limit of 5 exceeded, found 6.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth', max: 5 },
    });
  });

  it('refuses queries whose cost (each list counted by its first) is above maxCost', async () => {
    const query = 'query($n: Int!) { facilities(first: $n) { nodes { id name operator { id } country { id } } } }';
    const ok = await strictly({ query, variables: { n: 100 } });
    expect(ok.status).toBe(200);
    const big = await strictly({ query, variables: { n: 500 } });
    expect(refusal(big)).toMatchObject({
      status: 400,
      message: matching.stringContaining('Query cost limit of 1000 exceeded, found 1500.'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxCost', max: 1000, cost: 1500 },
    });
    // Default page sizes (20) multiply too: 20 × (1 + 20 + 20 + 20).
    const nested = await strictly({
      query:
        '{ facilities { nodes { produces { nodes { id } } sectors { nodes { id } } customers { nodes { id } } } } }',
    });
    expect(refusal(nested).extensions).toMatchObject({ limit: 'maxCost', cost: 1220 });
  });

  it('refuses more aliases than maxAliases and more directives than maxDirectives', async () => {
    const aliases = await strictly({
      query:
        '{ a: countries { totalCount } b: countries { totalCount } c: countries { totalCount } d: countries { totalCount } }',
    });
    expect(refusal(aliases)).toMatchObject({
      status: 400,
      message: 'Aliases limit of 3 exceeded, found 4.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases', max: 3 },
    });
    const directives = await strictly({
      query: '{ countries @include(if: true) { totalCount @include(if: true) nodes @skip(if: false) { id } } }',
    });
    expect(refusal(directives)).toMatchObject({
      status: 400,
      message: 'Directives limit of 2 exceeded, found 3.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDirectives', max: 2 },
    });
  });

  it('stops parsing documents longer than maxTokens', async () => {
    const res = await strictly({
      query: `{ ${Array.from({ length: 120 }, () => '__typename').join(' ')} countries { totalCount } }`,
    });
    expect(refusal(res)).toMatchObject({
      status: 400,
      message: matching.stringContaining('100 tokens'),
      extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'maxTokens', max: 100 },
    });
    const syntax = await strictly({ query: '{ countries {' });
    expect(refusal(syntax).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('refuses request bodies above maxBodyBytes with 413', async () => {
    const res = await strictly({ query: '{ countries { totalCount } }', variables: { padding: 'x'.repeat(3000) } });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(res.body).toEqual({
      errors: [
        {
          message: 'Request body exceeds the limit of 2048 bytes',
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'maxBodyBytes', max: 2048 },
        },
      ],
    });
  });

  it('rate-limits each API key (then each JWT subject or IP) to rateLimitPerMinute', async () => {
    const a = (await createApiKey(strict.db, Role.reader, `${p}a`)).key;
    const b = (await createApiKey(strict.db, Role.reader, `${p}b`)).key;
    const query = { query: '{ __typename }' };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await postJson(strict.url, query, { 'x-api-key': a })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await postJson(strict.url, query, { 'x-api-key': a });
    expect(limited.body).toEqual({
      errors: [
        {
          message: 'Rate limit of 3 requests per minute exceeded; retry after the Retry-After delay',
          extensions: { code: 'RATE_LIMITED', limit: 'rateLimitPerMinute', max: 3 },
        },
      ],
    });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await postJson(strict.url, query, { 'x-api-key': b })).status).toBe(200);
    const anonymous = [];
    for (let i = 0; i < 4; i++) anonymous.push((await postJson(strict.url, query)).status);
    expect(anonymous).toEqual([200, 200, 200, 429]);
  });

  it('keeps the page-size and maxHops bounds, naming them', async () => {
    const page = await defaults.gql('{ countries(first: 501) { totalCount } }');
    expect(page).toMatchObject({ status: 200, data: null });
    expect(page.errors![0]).toMatchObject({
      message: 'first must be at most 500 (got 501)',
      extensions: { code: 'BAD_USER_INPUT', limit: 'first', max: 500 },
    });
    const hops = await defaults.gql(`{ shortestPath(from: "${p}a", to: "${p}b", maxHops: 16) { length } }`);
    expect(hops.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', limit: 'maxHops', max: 15 } });
  });

  it('applies the documented defaults when nothing is configured', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: country(id: "x") { id }`).join(' ');
    expect((await defaults.gql(`{ ${aliases} }`)).errors![0].extensions).toMatchObject({
      limit: 'maxAliases',
      max: 30,
    });
    const deep =
      '{ facilities { nodes { operator { headquarters { regions { nodes { facilities { nodes { operator { headquarters { regions { nodes { id } } } } } } } } } } } } }';
    expect((await defaults.gql(deep)).errors![0].extensions).toMatchObject({ limit: 'maxDepth', max: 12 });
    const costly = await defaults.gql('{ facilities(first: 500) { nodes { produces(first: 100) { nodes { id } } } } }');
    expect(costly.errors![0].extensions).toMatchObject({ limit: 'maxCost', max: 25000, cost: 50500 });
    const chain = await defaults.gql(
      '{ facilities(first: 500) { nodes { customers { nodes { customers { nodes { id } } } } } } }',
    );
    expect(chain.errors![0].extensions).toMatchObject({ limit: 'maxCost', max: 25000 });
  });

  it("passes the analyst's full scan at the defaults: every facility with operator, outputs and customers", async () => {
    const scan = await defaults.gql(`{ facilities(first: 500) { totalCount nodes { id name kind status
      operator { id name } produces { edges { capacity unit node { id name } } }
      customers { edges { mineral product volume unit node { id name } } } } } }`);
    expect(scan.errors).toBeUndefined();
    expect(scan.status).toBe(200);
  });

  it('hides field suggestions from errors in production (no schema probing by typo)', async () => {
    const query = '{ countrie { totalCount } }';
    expect((await defaults.gql(query)).errors![0].message).toContain('Did you mean');
    const production = await startTestServer({ app: { hideSchemaDetails: true } });
    try {
      const hidden = await production.gql(query);
      expect(hidden.errors![0]).toMatchObject({
        message: 'Cannot query field "countrie" on type "Query".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    } finally {
      await production.close();
    }
  });

  it('ends a transaction at the Neo4j time limit and reports QUERY_TIMEOUT naming it', async () => {
    const db = new GraphDatabase(strict.db.driver, { database: strict.db.options.database, timeoutMs: 200 });
    const error = await db
      .read(cypher('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n'))
      .catch((e: unknown) => e);
    const mapped = fromDatabaseError(error);
    expect(mapped?.code).toBe('QUERY_TIMEOUT');
    const shown = formatError(false, () => undefined, { queryTimeoutMs: 200 })(
      { message: error instanceof Error ? error.message : String(error) },
      error,
    );
    expect(shown).toMatchObject({
      message: 'The query exceeded its time limit of 200 ms',
      extensions: { code: 'QUERY_TIMEOUT', limit: 'queryTimeoutMs', max: 200 },
    });
  });
});

describe('operationCost', () => {
  const cost = async (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    return operationCost(await getSchema(), document, operation, variables, 500, 1000);
  };

  it('multiplies what a list selects by its first; scalars are free, an edge is its node', async () => {
    expect(await cost('{ countries(first: 10) { totalCount nodes { id name } } }')).toBe(10 * 1);
    expect(await cost('{ countries(first: 10) { nodes { id regions { nodes { id } } } } }')).toBe(10 * (1 + 20 * 1));
    expect(await cost('query($n: Int!) { countries(first: $n) { nodes { id } } }', { n: 7 })).toBe(7);
    expect(await cost('query($n: Int! = 3) { countries(first: $n) { nodes { id } } }')).toBe(3);
    expect(await cost('{ countries { edges { node { id } } } }')).toBe(20);
    expect(await cost('{ facilities(first: 10) { nodes { operator { id headquarters { id } } } } }')).toBe(10 * 3);
  });

  it('prices fragments where they are spread, and caps first at the page-size bound', async () => {
    const viaFragment = await cost(
      '{ countries(first: 10) { ...F } } fragment F on CountryConnection { nodes { id regions { nodes { id } } } }',
    );
    expect(viaFragment).toBe(await cost('{ countries(first: 10) { nodes { id regions { nodes { id } } } } }'));
    expect(await cost('{ countries(first: 100000) { nodes { id } } }')).toBe(500);
    expect(await cost('query($n: Int!) { countries(first: $n) { totalCount } }', { n: 'x' })).toBeUndefined();
  });

  it('costs aggregations by their groups and measures, not by the rows they read', async () => {
    expect(
      await cost('{ facilityStats(groupBy: [COUNTRY, KIND]) { count groups { kind count country { id } } } }'),
    ).toBe(100 * (1 + 1));
    expect(await cost('{ facilities(first: 500) { aggregate { count byKind { kind count } } } }')).toBe(1 + 1);
    expect(
      await cost('{ companies(first: 500) { nodes { id operates { aggregate { count byKind { kind count } } } } } }'),
    ).toBe(500 * (1 + (1 + 1)));
  });

  it("is remembered per document and cost variables, and still checks every request's variables", async () => {
    const schema = await getSchema();
    const memo = memoizedOperationCost();
    const document = parse(
      `query($id: ID!, $n: Int!, $more: Boolean!) { facility(id: $id) { id
        suppliers(first: $n) { nodes { id } } customers(first: 5) @include(if: $more) { nodes { id } } } }`,
    );
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const both = (variables: Record<string, unknown>) => [
      memo(schema, document, operation, variables, 500, 1000),
      operationCost(schema, document, operation, variables, 500, 1000),
    ];
    // The same answers as the estimate itself, whatever the order of the requests.
    for (const variables of [
      { id: 'a', n: 10, more: true },
      { id: 'b', n: 10, more: true },
      { id: 'a', n: 3, more: true },
      { id: 'a', n: 3, more: false },
      { id: 'c', n: 10, more: true },
    ]) {
      const [remembered, estimated] = both(variables);
      expect(remembered).toBe(estimated);
    }
    expect(both({ id: 'a', n: 10, more: true })[0]).toBe(1 + 10 + 5);
    expect(both({ id: 'a', n: 3, more: false })[0]).toBe(1 + 3);
    // Backward pages and refetches by ids are priced by their variables too.
    const paged = parse(
      'query($k: Int, $ids: [ID!]!) { countries(last: $k) { nodes { id } } nodes(ids: $ids) { id } }',
    );
    const pagedOperation = paged.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    for (const variables of [
      { k: 4, ids: ['a'] },
      { k: 9, ids: ['a'] },
      { k: 9, ids: ['a', 'b', 'c'] },
    ])
      expect(memo(schema, paged, pagedOperation, variables, 500, 1000)).toBe(
        operationCost(schema, paged, pagedOperation, variables, 500, 1000),
      );
    expect(memo(schema, paged, pagedOperation, { k: 9, ids: ['a', 'b', 'c'] }, 500, 1000)).toBe(9 + 3);
    // Variables that do not coerce have no cost, even after the same document was priced.
    expect(both({ id: 'a', n: 'ten', more: true })).toEqual([undefined, undefined]);
    expect(both({ id: 'a', n: 10 })).toEqual([undefined, undefined]);
  });
});
