import { startTestServer, type TestServer, type GraphQLResponse } from './server';

/**
 * Runs an operation over HTTP against one shared test server per test file. Call
 * `closeGraphQL()` in afterAll.
 */
let server: Promise<TestServer> | undefined;

export async function executeOperation<T = unknown>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  server ??= startTestServer();
  return (await server).gql<T>(query, variables);
}

export async function closeGraphQL(): Promise<void> {
  if (server) await (await server).close();
  server = undefined;
}
