import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startService } from './server/service';
import { stopOnSignals } from './server/shutdown';

/** `npm start`: the whole service from one command. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const service = await startService(config, logger);
  // Ctrl-C / SIGTERM: drain, close, stop the local Neo4j, within SHUTDOWN_TIMEOUT_MS (docs/operations.md).
  stopOnSignals(service, { logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
