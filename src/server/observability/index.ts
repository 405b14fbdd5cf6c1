import { type ApolloServerPlugin } from '@apollo/server';
import { Router } from 'express';
import { type Driver } from 'neo4j-driver';
import { type GraphContext } from '../../graphql/context';
import { type Logger } from '../../logger';
import { type GraphDatabase } from '../../neo4j/driver';
import { graphqlMetricsPlugin } from './graphql-metrics.plugin';
import { Metrics, type MetricsOptions } from './metrics';
import { requestIdMiddleware } from './request-id';
import { RequestLedger, requestLogMiddleware } from './request-log';

export { Metrics } from './metrics';
export { REQUEST_ID_HEADER } from './request-id';

export interface ObservabilityOptions extends MetricsOptions {
  logger: Logger;
  /** Serve Prometheus metrics at GET /metrics (default true). */
  metricsEndpoint?: boolean;
}

/**
 * Request ids, one JSON log line per request, and Prometheus metrics for one app. Wire it with
 * `router()` (first of the app's extra routers), `plugins()` (Apollo), `instrumentDriver()` and
 * `observe()` (the app's database).
 */
export class Observability {
  readonly metrics: Metrics;
  private readonly ledger = new RequestLedger();

  constructor(private readonly options: ObservabilityOptions) {
    this.metrics = new Metrics(options);
  }

  /** Request id and request log for every request that reaches it, then GET /metrics. */
  router(): Router {
    const router = Router();
    router.use(requestIdMiddleware(), requestLogMiddleware(this.options.logger, this.ledger, this.metrics));
    if (this.options.metricsEndpoint ?? true) router.use(this.metrics.router());
    return router;
  }

  plugins(): ApolloServerPlugin<GraphContext>[] {
    return [graphqlMetricsPlugin(this.metrics, this.ledger)];
  }

  /** Counts the driver's open sessions (`neo4j_pool_sessions_active`). */
  instrumentDriver(driver: Driver): Driver {
    return this.metrics.instrumentDriver(driver);
  }

  /** The database view whose Cypher round trips are timed (`neo4j_query_duration_seconds`). */
  observe(db: GraphDatabase): GraphDatabase {
    return db.observe(this.metrics.queryObserver);
  }
}
