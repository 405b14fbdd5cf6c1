import { runKeysCommand, UsageError } from '../../../src/auth/keys-cli';
import { Role } from '../../../src/auth/roles';
import { cypher } from '../../../src/neo4j/cypher';
import { signTestToken, TEST_JWT_SECRET } from '../../support/auth';
import { deleteByPrefix, uniquePrefix } from '../../support/db';
import { startTestServer, type TestServer } from '../../support/server';
import { type GraphQLBody, postJson } from '../../support/http';

interface ApiKeyBody {
  keyId: string;
  role: string;
  name: string;
  revokedAt: string | null;
}

/**
 * Auth over real HTTP: the role matrix with public and private reads, for API keys (created by the
 * CLI) and JWTs; refusals that do not reveal which ids exist; key management by admins; hashed
 * key storage; revocation.
 */
describe('auth', () => {
  const p = uniquePrefix();
  let open: TestServer;
  let closed: TestServer;
  const keys = {} as Record<Role, string>;
  const jwts = {} as Record<Role | 'none', string>;

  beforeAll(async () => {
    open = await startTestServer({ role: null });
    closed = await startTestServer({
      role: null,
      app: { auth: { reads: 'private', keyCacheMs: 0, jwt: { secret: TEST_JWT_SECRET, rolesClaim: 'roles' } } },
    });
    for (const role of Object.values(Role)) {
      keys[role] = (await runKeysCommand(['create', '--role', role, '--name', `${p}${role}`], open.db)).split('\n')[0];
      jwts[role] = await signTestToken(role);
    }
    jwts.none = await signTestToken(null);
    await open.db.write(cypher(`CREATE (:Entity:Country {id: $id, name: 'Canada'})`, { id: `${p}CA` }));
  });
  afterAll(async () => {
    await open.db.write(cypher('MATCH (k:ApiKey) WHERE k.name STARTS WITH $p DETACH DELETE k', { p }));
    await deleteByPrefix(open.db, p);
    await Promise.all([open.close(), closed.close()]);
  });

  const READ = `{ countries(first: 1) { totalCount } }`;
  const WRITE = `mutation { deleteSector(id: "${p}none") { id } }`;
  const ADMIN = `{ apiKeys { keyId } }`;

  type Caller =
    | 'anonymous'
    | 'reader key'
    | 'editor key'
    | 'admin key'
    | 'reader jwt'
    | 'editor jwt'
    | 'admin jwt'
    | 'jwt without role';
  const headersOf = (caller: Caller): Record<string, string> => {
    if (caller === 'anonymous') return {};
    if (caller === 'jwt without role') return { authorization: `Bearer ${jwts.none}` };
    const [role, kind] = caller.split(' ') as [Role, string];
    return kind === 'key' ? { 'x-api-key': keys[role] } : { authorization: `Bearer ${jwts[role]}` };
  };
  /** `<HTTP status> <first error code, or ok>`; an authorized delete of a missing id is NOT_FOUND. */
  const outcome = async (s: TestServer, query: string, caller: Caller) => {
    const res = await postJson(s.url, { query }, headersOf(caller));
    return `${res.status} ${res.body.errors?.[0]?.extensions?.code ?? 'ok'}`;
  };
  const matrix = async (s: TestServer) => {
    const callers: Caller[] = [
      'anonymous',
      'reader key',
      'editor key',
      'admin key',
      'reader jwt',
      'editor jwt',
      'admin jwt',
      'jwt without role',
    ];
    const rows: Record<string, string[]> = {};
    for (const c of callers)
      rows[c] = [await outcome(s, READ, c), await outcome(s, WRITE, c), await outcome(s, ADMIN, c)];
    return rows;
  };

  it('enforces the role matrix with public reads', async () => {
    expect(await matrix(open)).toEqual({
      anonymous: ['200 ok', '401 UNAUTHENTICATED', '401 UNAUTHENTICATED'],
      'reader key': ['200 ok', '403 FORBIDDEN', '403 FORBIDDEN'],
      'editor key': ['200 ok', '200 NOT_FOUND', '403 FORBIDDEN'],
      'admin key': ['200 ok', '200 NOT_FOUND', '200 ok'],
      'reader jwt': ['200 ok', '403 FORBIDDEN', '403 FORBIDDEN'],
      'editor jwt': ['200 ok', '200 NOT_FOUND', '403 FORBIDDEN'],
      'admin jwt': ['200 ok', '200 NOT_FOUND', '200 ok'],
      'jwt without role': ['200 ok', '403 FORBIDDEN', '403 FORBIDDEN'],
    });
  });

  it('enforces the role matrix with private reads (AUTH_READS=private)', async () => {
    expect(await matrix(closed)).toEqual({
      anonymous: ['401 UNAUTHENTICATED', '401 UNAUTHENTICATED', '401 UNAUTHENTICATED'],
      'reader key': ['200 ok', '403 FORBIDDEN', '403 FORBIDDEN'],
      'editor key': ['200 ok', '200 NOT_FOUND', '403 FORBIDDEN'],
      'admin key': ['200 ok', '200 NOT_FOUND', '200 ok'],
      'reader jwt': ['200 ok', '403 FORBIDDEN', '403 FORBIDDEN'],
      'editor jwt': ['200 ok', '200 NOT_FOUND', '403 FORBIDDEN'],
      'admin jwt': ['200 ok', '200 NOT_FOUND', '200 ok'],
      'jwt without role': ['403 FORBIDDEN', '403 FORBIDDEN', '403 FORBIDDEN'],
    });
  });

  it('answers refused requests identically whether the id exists or not', async () => {
    const existing = `${p}CA`;
    const missing = `${p}XX`;
    const same = async (s: TestServer, query: (id: string) => string, headers: Record<string, string>) => {
      const [a, b] = await Promise.all([
        postJson(s.url, { query: query(existing) }, headers),
        postJson(s.url, { query: query(missing) }, headers),
      ]);
      expect(a.status).toBe(b.status);
      expect(a.body).toEqual(b.body);
      expect(JSON.stringify(a.body)).not.toContain(p);
      return a;
    };
    const privateRead = await same(closed, (id) => `{ country(id: "${id}") { id name } }`, {});
    expect(privateRead.status).toBe(401);
    expect(privateRead.headers.get('www-authenticate')).toBe('Bearer');
    expect(privateRead.body).toEqual({
      errors: [
        {
          message: 'Authentication required: send an API key or a bearer token',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    const readerDelete = await same(open, (id) => `mutation { deleteCountry(id: "${id}") { id } }`, {
      'x-api-key': keys.reader,
    });
    expect(readerDelete.status).toBe(403);
    expect(readerDelete.body.errors?.[0]).toMatchObject({
      message: 'This operation requires the editor role',
      extensions: { code: 'FORBIDDEN', requiredRole: 'editor' },
    });
    expect(readerDelete.body.data).toBeNull();
    await same(open, (id) => `mutation { deleteCountry(id: "${id}") { id } }`, {});
    await same(closed, (id) => `{ country(id: "${id}") { id } }`, { authorization: `Bearer ${jwts.none}` });
  });

  it('refuses an invalid credential even where no credential is needed, without echoing it', async () => {
    const forged = keys.admin.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const res = await postJson(open.url, { query: READ }, { 'x-api-key': forged });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]).toEqual({
      message: 'Invalid or revoked API key',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // Expired beyond the tolerated clock skew (AUTH_JWT_CLOCK_SKEW_SECONDS, 60 s).
    const expired = await signTestToken(Role.admin, { exp: Math.floor(Date.now() / 1000) - 120 });
    expect(
      (await postJson(open.url, { query: READ }, { authorization: `Bearer ${expired}` })).body.errors?.[0]?.message,
    ).toBe('Invalid or expired bearer token');
  });

  it('lets admins create, list and revoke keys over the API; a revoked key stops working', async () => {
    const admin = { 'x-api-key': keys.admin };
    const created = await postJson<GraphQLBody<{ createApiKey: { key: string; apiKey: ApiKeyBody } }>>(
      closed.url,
      {
        query: `mutation($n: String!) { createApiKey(role: EDITOR, name: $n) { key apiKey { keyId role name revokedAt } } }`,
        variables: { n: `${p}api` },
      },
      admin,
    );
    const { key, apiKey } = created.body.data!.createApiKey;
    expect(apiKey).toMatchObject({ role: 'EDITOR', name: `${p}api`, revokedAt: null });
    expect(key).toMatch(new RegExp(`^naig_${apiKey.keyId}_`));

    const listed = await postJson<GraphQLBody<{ apiKeys: ApiKeyBody[] }>>(
      closed.url,
      { query: `{ apiKeys { keyId name role revokedAt } }` },
      admin,
    );
    expect(listed.body.data?.apiKeys).toContainEqual({
      keyId: apiKey.keyId,
      name: `${p}api`,
      role: 'EDITOR',
      revokedAt: null,
    });
    expect(JSON.stringify(listed.body)).not.toContain(key.split('_').pop());

    const create = `mutation($i: SectorInput!) { createSector(input: $i) { id } }`;
    expect(
      (
        await postJson(
          closed.url,
          { query: create, variables: { i: { id: `${p}sec`, name: 'Batteries' } } },
          { authorization: `Bearer ${key}` },
        )
      ).body.data,
    ).toEqual({ createSector: { id: `${p}sec` } });

    const revoked = await postJson<GraphQLBody<{ revokeApiKey: Pick<ApiKeyBody, 'revokedAt'> }>>(
      closed.url,
      { query: `mutation($k: ID!) { revokeApiKey(keyId: $k) { revokedAt } }`, variables: { k: apiKey.keyId } },
      admin,
    );
    expect(revoked.body.data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
    const after = await postJson(closed.url, { query: READ }, { 'x-api-key': key });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores keys hashed, outside the graph API', async () => {
    const [secret] = keys.editor.split('_').slice(2);
    const [node] = await open.db.read(
      cypher('MATCH (k:ApiKey {name: $name}) RETURN labels(k) AS labels, properties(k) AS props', {
        name: `${p}editor`,
      }),
    );
    expect(node.labels).toEqual(['ApiKey']);
    expect(Object.keys(node.props as object).sort()).toEqual(['createdAt', 'hash', 'keyId', 'name', 'role']);
    expect(JSON.stringify(node.props)).not.toContain(secret);
  });

  it('has a CLI that creates (showing the key once), lists and revokes keys', async () => {
    const created = await runKeysCommand(['create', '--role', 'reader', '--name', `${p}cli`], open.db);
    const [key] = created.split('\n');
    const keyId = key.split('_')[1];
    expect(created).toContain(`keyId ${keyId}, role reader`);
    const listed = await runKeysCommand(['list'], open.db);
    expect(listed).toMatch(new RegExp(`${keyId}\\s+reader\\s+active`));
    expect(listed).not.toContain(key);
    expect(await runKeysCommand(['revoke', keyId], open.db)).toMatch(new RegExp(`^Revoked ${keyId} \\(${p}cli\\)`));
    expect(await runKeysCommand(['list'], open.db)).toMatch(new RegExp(`${keyId}\\s+reader\\s+revoked`));
    await expect(runKeysCommand(['create', '--role', 'root', '--name', 'x'], open.db)).rejects.toThrow(UsageError);
    await expect(runKeysCommand(['revoke', 'ffffffffffffffff'], open.db)).rejects.toThrow(
      'No API key with id ffffffffffffffff',
    );
    await expect(runKeysCommand(['frobnicate'], open.db)).rejects.toThrow(/Usage:/);
  });

  it('adds no Cypher round trip to requests: key lookups are outside the request count', async () => {
    const anonymous = await postJson(open.url, { query: READ });
    const withKey = await postJson(open.url, { query: READ }, { 'x-api-key': keys.reader });
    expect(withKey.body.extensions?.roundTrips).toBe(anonymous.body.extensions?.roundTrips);
  });
});
