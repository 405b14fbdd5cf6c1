import { type NextFunction, type Request, type Response } from 'express';
import { type Logger } from '../../logger';
import { type Metrics, type Outcome } from './metrics';

/** What the GraphQL layer learnt about a request, for its log line. */
export interface GraphQLRequestFacts {
  operation?: string;
  operationType?: string;
  outcome?: Outcome;
  errorCodes?: string[];
  roundTrips?: number;
}

/**
 * In-flight requests by request id, so the GraphQL plugin (which sees no Express request) can add
 * the operation and outcome to the request's one log line.
 */
export class RequestLedger {
  private readonly open = new Map<string, GraphQLRequestFacts>();
  start(id: string): GraphQLRequestFacts {
    const facts: GraphQLRequestFacts = {};
    this.open.set(id, facts);
    return facts;
  }
  get(id: string | undefined): GraphQLRequestFacts | undefined {
    return id === undefined ? undefined : this.open.get(id);
  }
  end(id: string, facts: GraphQLRequestFacts): void {
    if (this.open.get(id) === facts) this.open.delete(id);
  }
  get size(): number {
    return this.open.size;
  }
}

/** Paths polled by probes and scrapers: logged at debug level so they do not drown the rest. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One structured JSON line per HTTP request when it ends: request id, method, path, status,
 * duration and, for GraphQL, operation, outcome, error codes and Cypher round trips; counted in
 * `http_requests_total` (status 0: the client went away first). Runs after `requestIdMiddleware`.
 */
export function requestLogMiddleware(logger: Logger, ledger: RequestLedger, metrics?: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    const requestId = res.locals.requestId as string;
    const facts = ledger.start(requestId);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      ledger.end(requestId, facts);
      const path = req.originalUrl.split('?')[0];
      const fields = {
        requestId,
        method: req.method,
        path,
        status: res.headersSent ? res.statusCode : undefined,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        aborted: !res.writableFinished || undefined,
        ...facts,
      };
      metrics?.recordHttp(path, res.headersSent ? res.statusCode : 0);
      if (res.statusCode >= 500 && !QUIET_PATHS.has(path)) logger.warn(fields, 'request');
      else if (QUIET_PATHS.has(path)) logger.debug(fields, 'request');
      else logger.info(fields, 'request');
    };
    res.on('finish', finish);
    res.on('close', finish);
    next();
  };
}
