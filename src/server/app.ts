import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { GraphContext } from '../graphql/context';
import { Loaders } from '../graphql/loaders';
import { GraphDatabase } from '../neo4j/driver';
import { formatError } from './format-error';
import { healthRoutes } from './health';
import { roundTripsPlugin } from './round-trips.plugin';

export interface AppOptions {
  schema: GraphQLSchema;
  db: GraphDatabase;
  /** Development mode: error details and stack traces reach clients. */
  development: boolean;
  corsOrigins?: string[] | '*';
  log?: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

export interface RunningApp {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/** The HTTP service: GraphQL at /graphql, health at /healthz and /readyz. */
export async function startApp(options: AppOptions, port: number, host = '0.0.0.0'): Promise<RunningApp> {
  const log = options.log ?? (() => undefined);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: options.development,
    formatError: formatError(options.development, error => log('error', 'unexpected error', { error: String((error as Error)?.stack ?? error) })),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), roundTripsPlugin()],
  });
  await apollo.start();

  app.use(healthRoutes(options.db));
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins === '*' || !options.corsOrigins ? true : options.corsOrigins }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        let roundTrips = 0;
        const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        const db = options.db.observe(() => void roundTrips++);
        return { requestId, db, loaders: new Loaders(db), queryCount: () => roundTrips };
      },
    }),
  );

  await new Promise<void>(resolve => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as { port: number };
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    port: address.port,
    httpServer,
    stop: () => apollo.stop(),
  };
}
