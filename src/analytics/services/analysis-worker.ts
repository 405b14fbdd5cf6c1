import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../errors';
import { createDriver, GraphDatabase } from '../../neo4j/driver';
import { fromDatabaseError } from '../../neo4j/errors';
import { runAnalysis } from './analyses';
import { type SentError, type TaskMessage, type WorkerMessage, type WorkerSettings } from './analysis-pool';

/**
 * A worker thread of the analysis pool: its own Neo4j driver (a few connections), one analysis at a
 * time as the pool sends them: each round trip is reported as it completes, then the result or error.
 */
const settings = workerData as WorkerSettings;
const { connection } = settings;
const db = new GraphDatabase(
  createDriver(connection.uri, connection.user, connection.password, 2, {
    connectionTimeoutMs: connection.connectionTimeoutMs,
    maxRetryTimeMs: connection.maxRetryTimeMs,
  }),
  { database: connection.database, timeoutMs: settings.timeoutMs, app: 'analysis-worker' },
);

function describe(error: unknown): SentError {
  const known = isAppError(error) ? error : fromDatabaseError(error);
  if (known)
    return { code: known.code, message: known.message, problems: known.problems, details: { ...known.details } };
  return { message: error instanceof Error ? error.message : String(error) };
}

async function handle(task: TaskMessage): Promise<void> {
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  const view = db.observe(({ error, ...event }) =>
    post({ id: task.id, event: { ...event, failed: error !== undefined } }),
  );
  try {
    const result = await runAnalysis(task.name, view, task.args as never, settings.bounds);
    post({ id: task.id, ok: true, result });
  } catch (error) {
    post({ id: task.id, ok: false, error: describe(error) });
  }
}

parentPort!.on('message', (task: TaskMessage) => void handle(task));
