import { Role } from '../../../src/auth/roles';
import { getSchema } from '../../../src/graphql/schema';
import { cypher } from '../../../src/neo4j/cypher';
import { type GraphDatabase, type QueryEvent } from '../../../src/neo4j/driver';
import { type RunningApp, startApp } from '../../../src/server/app';
import { signTestToken, TEST_JWT_SECRET } from '../../support/auth';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { postJson } from '../../support/http';

/**
 * Stateless replicas can send reads to any cluster member only if every read runs in a read
 * transaction: a query through the API runs only READ transactions, a mutation writes in WRITE
 * ones, and Neo4j itself refuses a write attempted in our read transactions.
 */
describe('transaction modes', () => {
  const p = uniquePrefix();
  const events: QueryEvent[] = [];
  let db: GraphDatabase;
  let app: RunningApp;
  let editor: Record<string, string>;

  beforeAll(async () => {
    db = testDatabase();
    const auth = { reads: 'public' as const, keyCacheMs: 0, jwt: { secret: TEST_JWT_SECRET, rolesClaim: 'roles' } };
    app = await startApp(
      { schema: await getSchema(), db: db.observe((e) => events.push(e)), development: false, auth },
      0,
      '127.0.0.1',
    );
    editor = { authorization: `Bearer ${await signTestToken(Role.editor)}` };
  });
  afterAll(async () => {
    await deleteByPrefix(db, p);
    await app.stop();
    await db.close();
  });

  const modesOf = async (query: string, variables: Record<string, unknown> = {}) => {
    events.length = 0;
    const res = await postJson(app.url, { query, variables }, editor);
    expect(res.body.errors).toBeUndefined();
    return [...new Set(events.map((e) => e.mode))];
  };

  it('runs queries in read transactions and mutations in write transactions', async () => {
    const i = { id: `${p}CA`, name: 'Canada' };
    expect(await modesOf(`mutation($i: CountryInput!) { createCountry(input: $i) { id } }`, { i })).toEqual(['WRITE']);
    expect(
      await modesOf(
        `query($id: ID!) { country(id: $id) { id regions { totalCount } } countries(first: 5) { totalCount } search(text: "Canada") { score } }`,
        { id: i.id },
      ),
    ).toEqual(['READ']);
  });

  it('has Neo4j refuse a write inside a read transaction', async () => {
    const error = await db
      .read(cypher('CREATE (n:Entity {id: $id}) RETURN n.id AS id', { id: `${p}x` }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    expect(await db.read(cypher('MATCH (n:Entity {id: $id}) RETURN n', { id: `${p}x` }))).toEqual([]);
  });
});
