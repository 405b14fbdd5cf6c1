import pino from 'pino';
import { type Config, loadConfig } from '../../src/config';
import { type RunningService, startService } from '../../src/server/service';
import { type GraphQLResponse, postGraphQL } from './http';
import { startOwnNeo4j } from './own-neo4j';

/** The settings of a service under test: those of `npm start` on a free port of 127.0.0.1, `env` on top. */
export function testServiceConfig(env: NodeJS.ProcessEnv): Config {
  return loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...env });
}

/**
 * The service on a Neo4j of the test file's own, loading the bundled `seed/` into the empty graph at
 * start-up as `npm start` does (SEED_ON_EMPTY).
 */
export interface BundledService {
  /** The GraphQL endpoint. */
  url: string;
  /** POSTs a query over HTTP: the answer and its status, errors included. */
  post<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Stops the service, then its Neo4j (removing its data). */
  stop(): Promise<void>;
}

export async function startBundledService(name: string): Promise<BundledService> {
  const neo4j = await startOwnNeo4j(name);
  let service: RunningService;
  try {
    service = await startService(
      testServiceConfig({ NEO4J_URI: neo4j.uri, SEED_ON_EMPTY: 'true', QUERY_TIMEOUT_MS: '60000' }),
      pino({ level: 'silent' }),
    );
  } catch (e) {
    await neo4j.stop();
    throw e;
  }
  return {
    url: service.url,
    post<T>(query: string, variables?: Record<string, unknown>) {
      return postGraphQL<T>(service.url, query, variables);
    },
    async stop() {
      await service.stop();
      await neo4j.stop();
    },
  };
}
