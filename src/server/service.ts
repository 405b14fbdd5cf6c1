import { Config } from '../config';
import { getSchema } from '../graphql/schema';
import { Logger } from '../logger';
import { createDriver, GraphDatabase } from '../neo4j/driver';
import { LocalNeo4j, startLocalNeo4j } from '../neo4j/local';
import { applyMigrations } from '../neo4j/migrations';
import { startApp } from './app';
import { seedIfEmpty } from './seed-on-start';

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

/**
 * Start-up order: the database (the local one when NEO4J_URI is unset), connectivity, schema
 * migrations, the bundled data on an empty graph, then the HTTP API. Stop reverses it.
 */
export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    logger.info({ port: config.NEO4J_LOCAL_PORT, data: config.NEO4J_LOCAL_DATA }, 'NEO4J_URI is unset: starting the local Neo4j (the first run downloads its jars)');
    local = await startLocalNeo4j({
      port: config.NEO4J_LOCAL_PORT,
      dataDir: config.NEO4J_LOCAL_DATA,
      onLog: line => logger.debug({ neo4j: line }),
    });
    uri = local.uri;
    logger.info({ uri }, 'local Neo4j ready');
  }
  const db = new GraphDatabase(createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD, config.NEO4J_MAX_POOL_SIZE), {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.QUERY_TIMEOUT_MS,
  });
  try {
    await waitForDatabase(db, logger);
    const applied = await applyMigrations(db);
    logger.info({ applied }, 'schema migrations applied');
    if (config.SEED_ON_EMPTY) await seedIfEmpty(db, config.SEED_DIR, logger);
    const app = await startApp(
      {
        schema: await getSchema(),
        db,
        development: config.NODE_ENV === 'development',
        log: (level, message, fields) => logger[level](fields ?? {}, message),
      },
      config.PORT,
      config.HOST,
    );
    logger.info({ url: app.url }, 'GraphQL API ready');
    return {
      url: app.url,
      async stop() {
        await app.stop();
        await db.close();
        await local?.stop();
      },
    };
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
}

async function waitForDatabase(db: GraphDatabase, logger: Logger, attempts = 30): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await db.verifyConnectivity();
      return;
    } catch (error) {
      if (i >= attempts) throw error;
      logger.warn({ attempt: i, code: (error as { code?: string }).code }, 'Neo4j not reachable yet; retrying');
      await new Promise(r => setTimeout(r, 2000));
    }
  }
}
