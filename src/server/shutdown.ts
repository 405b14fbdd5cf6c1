import { type EventEmitter } from 'node:events';
import { type Logger } from '../logger';

/** What the signal handling needs of a running service (src/server/service.ts). */
export interface StoppableService {
  stop(): Promise<void>;
  abort(): void;
}

export interface ShutdownOptions {
  logger: Logger;
  /** The bound of the whole shutdown: past it the service is aborted and the process exits 1. */
  timeoutMs: number;
  /** Defaults: process.exit, the process itself, SIGINT and SIGTERM (parameters for tests). */
  exit?: (code: number) => void;
  emitter?: EventEmitter;
  signals?: NodeJS.Signals[];
}

/**
 * SIGINT / SIGTERM stop the service within a bound. The first signal starts a graceful stop (exit 0
 * when it completes); if it is not done after `timeoutMs`, or a second signal arrives, the service
 * is aborted (its local Neo4j killed) and the process exits 1 at once. Returns a function that
 * removes the handlers.
 */
export function stopOnSignals(service: StoppableService, options: ShutdownOptions): () => void {
  const { logger, timeoutMs } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const emitter = options.emitter ?? process;
  const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
  let deadline: NodeJS.Timeout | undefined;
  let done = false;

  const finish = (code: number) => {
    if (done) return;
    done = true;
    clearTimeout(deadline);
    exit(code);
  };
  const force = (reason: string, fields: Record<string, unknown>) => {
    if (done) return;
    logger.error(fields, reason);
    service.abort();
    finish(1);
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (deadline) return force('second signal: exiting now', { signal });
    logger.info({ signal, timeoutMs }, 'shutting down (a second signal exits at once)');
    deadline = setTimeout(() => force('shutdown did not finish in time: exiting now', { timeoutMs }), timeoutMs);
    service.stop().then(
      () => finish(0),
      (error: unknown) => force('shutdown failed', { err: error }),
    );
  };

  for (const signal of signals) emitter.on(signal, onSignal);
  return () => {
    for (const signal of signals) emitter.off(signal, onSignal);
  };
}
