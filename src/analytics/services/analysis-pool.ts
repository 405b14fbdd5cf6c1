import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, badInput, ErrorCode, type FieldProblem } from '../../errors';
import { type GraphDatabase, type QueryEvent } from '../../neo4j/driver';
import { type AnalysisArgs, type AnalysisName, type AnalysisResult, type AnalysisRunner } from './analyses';
import { type AnalysisBounds } from './limits';

/** How a worker reaches Neo4j (its own driver: the main thread's driver cannot cross threads). */
export interface WorkerConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  connectionTimeoutMs?: number;
  maxRetryTimeMs?: number;
}

export interface AnalysisPoolOptions {
  /** Worker threads (ANALYTICS_WORKERS, at least 1 here). */
  size: number;
  /** Old-generation heap of each worker in MB (ANALYTICS_WORKER_MEMORY_MB). */
  memoryMb: number;
  /** Time from a request's arrival to its answer, queueing included (QUERY_TIMEOUT_MS). */
  timeoutMs: number;
  bounds: AnalysisBounds;
  connection: WorkerConnection;
  /** Sees each analysis pass through the pool (logs, metrics, tests waiting on a phase). */
  onEvent?: (event: PoolEvent) => void;
}

export type PoolEvent =
  | { type: 'dispatched'; task: number; name: AnalysisName }
  | { type: 'roundTrip'; task: number; name: AnalysisName; cypher: string; rows: number }
  | { type: 'settled'; task: number; name: AnalysisName; outcome: 'ok' | 'error' | 'timeout' | 'memory' };

/** What a worker is started with (workerData). */
export interface WorkerSettings {
  connection: WorkerConnection;
  timeoutMs: number;
  bounds: AnalysisBounds;
}

export interface TaskMessage {
  id: number;
  name: AnalysisName;
  args: unknown;
}

/** A round trip as the worker saw it (the error itself stays in the worker). */
export type SentEvent = Omit<QueryEvent, 'error'> & { failed: boolean };

/** An error as it crosses the thread boundary: an application error keeps its code, problems and details. */
export interface SentError {
  code?: ErrorCode;
  message: string;
  problems?: FieldProblem[];
  details?: Record<string, unknown>;
}

/** A worker's messages: each round trip as it completes, then the reply. */
export type WorkerMessage =
  | { id: number; event: SentEvent }
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: SentError };

interface Task {
  id: number;
  name: AnalysisName;
  args: unknown;
  db: GraphDatabase;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  task?: Task;
}

export function analysisTimeout(timeoutMs: number): AppError {
  return new AppError(ErrorCode.QUERY_TIMEOUT, `The analysis exceeded its time limit of ${timeoutMs} ms`, undefined, {
    retryable: false,
    reason: 'timeout',
    limit: 'queryTimeoutMs',
    max: timeoutMs,
  });
}

export function analysisMemoryExceeded(memoryMb: number): AppError {
  return badInput(
    `The analysis needed more than its memory bound of ${memoryMb} MB; name a mineral, lower maxDepth or ask about less`,
    [],
    { limit: 'analysisMemoryMb', max: memoryMb },
  );
}

let bundledWorker: string | undefined;

/**
 * The worker's script: the compiled analysis-worker.js beside this file under dist (`npm start`),
 * or, when this module runs from its TypeScript source (tests through ts-jest), the source bundled
 * once per process with esbuild (a dev dependency, present wherever the sources run; packages stay
 * external and load from node_modules). The bundle is named by its content's hash inside the
 * repository's node_modules/.cache (so its packages resolve from there and nothing piles up: one
 * file per version of the sources). Types are checked by `tsc`, not here.
 */
function workerScript(): string {
  if (path.extname(__filename) === '.js') return path.join(__dirname, 'analysis-worker.js');
  if (!bundledWorker) {
    const esbuild = createRequire(__filename)('esbuild') as {
      buildSync(options: Record<string, unknown>): { outputFiles: Array<{ text: string }> };
    };
    const { text } = esbuild.buildSync({
      entryPoints: [path.join(__dirname, 'analysis-worker.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'error',
      write: false,
    }).outputFiles[0];
    const dir = path.resolve(__dirname, '../../../node_modules/.cache/naig-analysis-worker');
    const file = path.join(dir, `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.js`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dir, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(partial, text);
      fs.renameSync(partial, file); // atomic: parallel test processes never see half a file
    }
    bundledWorker = file;
  }
  return bundledWorker;
}

function startWorker(settings: WorkerSettings, memoryMb: number): Worker {
  return new Worker(workerScript(), { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
}

/**
 * A small pool of worker threads for the heavy analyses. A request's analysis runs in a worker with
 * its own Neo4j driver, so the event loop that serves every other request never runs it; requests
 * beyond the pool's size wait in order. Bounds:
 * - time: the answer comes by QUERY_TIMEOUT_MS after the request arrived, waiting included; past
 *   it the request fails with QUERY_TIMEOUT and a worker still computing is terminated (its
 *   transaction with it) and replaced;
 * - memory: each worker's heap is capped (ANALYTICS_WORKER_MEMORY_MB); a request that exhausts it
 *   fails with BAD_USER_INPUT (limit `analysisMemoryMb`) and the worker is replaced. The loads also
 *   stop at ANALYTICS_MAX_FACILITIES facilities (limit `networkFacilities`), before any work.
 * Round trips made in the worker are reported to the request's database view (`extensions.roundTrips`).
 */
export class AnalysisPool implements AnalysisRunner {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: AnalysisPoolOptions) {
    if (options.size < 1) throw new Error('an analysis pool needs at least one worker');
    this.slots = Array.from({ length: options.size }, () => this.attach({} as Slot));
  }

  get size(): number {
    return this.slots.length;
  }

  run<N extends AnalysisName>(name: N, args: AnalysisArgs<N>, db: GraphDatabase): Promise<AnalysisResult<N>> {
    return new Promise<AnalysisResult<N>>((resolve, reject) => {
      if (this.closed) {
        reject(new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The service is stopping; retry shortly'));
        return;
      }
      const task: Task = { id: this.nextId++, name, args, db, resolve: resolve as (r: unknown) => void, reject };
      task.timer = setTimeout(() => this.expire(task), this.options.timeoutMs);
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running analyses fail. */
  async close(): Promise<void> {
    this.closed = true;
    const stopping = new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The service is stopping; retry shortly');
    for (const task of this.queue.splice(0)) this.settle(task, stopping);
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.task) this.settle(slot.task, stopping);
        slot.task = undefined;
        await slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || !this.queue.length) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, name: task.name, args: task.args } satisfies TaskMessage);
      this.options.onEvent?.({ type: 'dispatched', task: task.id, name: task.name });
    }
  }

  private settle(task: Task, outcome: { error: Error } | { result: unknown } | Error): void {
    clearTimeout(task.timer);
    const error = outcome instanceof Error ? outcome : 'error' in outcome ? outcome.error : undefined;
    const code = error && (error as { details?: { limit?: string } }).details?.limit;
    this.options.onEvent?.({
      type: 'settled',
      task: task.id,
      name: task.name,
      outcome: !error ? 'ok' : code === 'queryTimeoutMs' ? 'timeout' : code === 'analysisMemoryMb' ? 'memory' : 'error',
    });
    if (outcome instanceof Error) task.reject(outcome);
    else if ('error' in outcome) task.reject(outcome.error);
    else task.resolve(outcome.result);
  }

  private expire(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = this.slots.find((s) => s.task === task);
    if (slot) this.replace(slot);
    this.settle(task, analysisTimeout(this.options.timeoutMs));
    this.dispatch();
  }

  /** Terminates the slot's worker (whatever it is doing) and starts a fresh one in its place. */
  private replace(slot: Slot): void {
    slot.task = undefined;
    void slot.worker.terminate();
    if (!this.closed) this.attach(slot);
  }

  private attach(slot: Slot): Slot {
    const { connection, timeoutMs, bounds, memoryMb } = this.options;
    const worker = startWorker({ connection, timeoutMs, bounds }, memoryMb);
    slot.worker = worker;
    worker.on('message', (reply: WorkerMessage) => {
      const task = slot.task;
      if (slot.worker !== worker || !task || task.id !== reply.id) return;
      if ('event' in reply) {
        const { failed, ...event } = reply.event;
        task.db.report(failed ? { ...event, error: new Error('failed in the analysis worker') } : event);
        this.options.onEvent?.({
          type: 'roundTrip',
          task: task.id,
          name: task.name,
          cypher: event.cypher,
          rows: event.rows,
        });
        return;
      }
      slot.task = undefined;
      this.settle(task, reply.ok ? { result: reply.result } : { error: revive(reply.error) });
      this.dispatch();
    });
    const fail = (error: Error) => {
      if (slot.worker !== worker) return; // replaced already
      const task = slot.task;
      this.replace(slot);
      if (task) {
        const oom = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        this.settle(task, oom ? analysisMemoryExceeded(memoryMb) : error);
      }
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`analysis worker exited (code ${code})`));
    });
    return slot;
  }
}

function revive(sent: SentError): Error {
  if (!sent.code) return new Error(sent.message);
  return new AppError(sent.code, sent.message, sent.problems, sent.details ?? {});
}
