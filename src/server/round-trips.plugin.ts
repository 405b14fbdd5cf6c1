import { ApolloServerPlugin } from '@apollo/server';
import { GraphContext } from '../graphql/context';

/** Reports the request's Cypher round trips in `extensions.roundTrips` (no N+1 is visible to anyone). */
export function roundTripsPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              roundTrips: contextValue.queryCount(),
            };
          }
        },
      };
    },
  };
}
