import 'reflect-metadata';
import { Role } from '../../src/auth/roles';
import { getSchema } from '../../src/graphql/schema';
import { type GraphDatabase } from '../../src/neo4j/driver';
import { type AppOptions, type RunningApp, startApp } from '../../src/server/app';
import { signTestToken, TEST_JWT_SECRET } from './auth';
import { testDatabase } from './db';
import { type GraphQLResponse, postGraphQL } from './http';

export type { GraphQLErrorBody, GraphQLResponse } from './http';

export interface TestServer {
  url: string;
  db: GraphDatabase;
  app: RunningApp;
  /** POSTs a GraphQL request over real HTTP, as the server's `role` unless `headers` carry a credential. */
  gql<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  development?: boolean;
  app?: Partial<Omit<AppOptions, 'schema' | 'db'>>;
  /** Who `gql()` calls as by default: a JWT with this role, or anonymous when null. Default admin. */
  role?: Role | null;
}

/**
 * The real HTTP server on an ephemeral port, backed by the test run's Neo4j. Defaults: reads
 * public, JWTs signed with TEST_JWT_SECRET accepted, no rate limit, and `gql()` calling as admin,
 * so tests of other features need no auth setup.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const db = testDatabase();
  const auth = {
    reads: 'public' as const,
    keyCacheMs: 5_000,
    jwt: { secret: TEST_JWT_SECRET, rolesClaim: 'roles' },
    ...options.app?.auth,
  };
  const limits = { rateLimitPerMinute: 0, ...options.app?.limits };
  const app = await startApp(
    { schema: await getSchema(), db, development: options.development ?? false, ...options.app, auth, limits },
    0,
    '127.0.0.1',
  );
  const role = options.role === undefined ? Role.admin : options.role;
  let token: Promise<string> | undefined;
  const credential = async (headers: Record<string, string> = {}): Promise<Record<string, string>> => {
    const sent = Object.keys(headers).some((h) => ['authorization', 'x-api-key'].includes(h.toLowerCase()));
    if (sent || role === null || auth.jwt?.secret !== TEST_JWT_SECRET) return {};
    token ??= signTestToken(role);
    return { authorization: `Bearer ${await token}` };
  };
  return {
    url: app.url,
    db,
    app,
    async gql<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      return postGraphQL<T>(app.url, query, variables, { ...(await credential(headers)), ...headers });
    },
    async close() {
      await app.stop();
      await db.close();
    },
  };
}
