import 'reflect-metadata';
import { getSchema } from '../../src/graphql/schema';
import { GraphDatabase } from '../../src/neo4j/driver';
import { RunningApp, startApp } from '../../src/server/app';
import { testDatabase } from './db';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  extensions?: Record<string, any>;
}

export interface TestServer {
  url: string;
  db: GraphDatabase;
  app: RunningApp;
  /** POSTs a GraphQL request over real HTTP. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP server on an ephemeral port, backed by the test run's Neo4j. */
export async function startTestServer(options: { development?: boolean } = {}): Promise<TestServer> {
  const db = testDatabase();
  const app = await startApp({ schema: await getSchema(), db, development: options.development ?? false }, 0, '127.0.0.1');
  return {
    url: app.url,
    db,
    app,
    async gql(query, variables, headers) {
      const res = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphQLResponse;
      return { ...body, status: res.status } as GraphQLResponse<any>;
    },
    async close() {
      await app.stop();
      await db.close();
    },
  };
}
