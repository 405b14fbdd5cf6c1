import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphContext } from '../../graphql/context';
import { type Metrics, type Outcome } from './metrics';
import { REQUEST_ID_HEADER } from './request-id';
import { type RequestLedger } from './request-log';

/**
 * Records every GraphQL request in the metrics (count and latency by operation and outcome,
 * errors by code) and hands operation, outcome and round trips to the request's log line.
 */
export function graphqlMetricsPlugin(metrics: Metrics, ledger: RequestLedger): ApolloServerPlugin<GraphContext> {
  return {
    requestDidStart({ request }) {
      const started = performance.now();
      const facts = ledger.get(request.http?.headers.get(REQUEST_ID_HEADER));
      return Promise.resolve({
        willSendResponse({ response, operation, operationName, contextValue }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const { data, errors } = response.body.singleResult;
          const outcome: Outcome = !errors?.length ? 'success' : data ? 'partial' : 'error';
          const errorCodes = (errors ?? []).map((e) => errorCode(e.extensions?.code));
          const label = metrics.operationLabel(operationName, operation !== undefined);
          metrics.recordRequest(label, outcome, (performance.now() - started) / 1000, errorCodes);
          if (facts) {
            facts.operation = label;
            facts.operationType = operation?.operation;
            facts.outcome = outcome;
            if (errorCodes.length) facts.errorCodes = [...new Set(errorCodes)];
            facts.roundTrips = typeof contextValue?.queryCount === 'function' ? contextValue.queryCount() : undefined;
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** The error's `extensions.code` as a metric label (codes are strings; anything else is UNKNOWN). */
function errorCode(code: unknown): string {
  return typeof code === 'string' ? code : 'UNKNOWN';
}
