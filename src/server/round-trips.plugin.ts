import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphContext } from '../graphql/context';

/**
 * Reports the request's Cypher round trips in `extensions.roundTrips` (no N+1 is visible to anyone).
 * The hooks do no asynchronous work; Apollo's plugin API wants promises, hence `Promise.resolve`.
 */
export function roundTripsPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              roundTrips: contextValue.queryCount(),
            };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
