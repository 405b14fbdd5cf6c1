import { type ApolloServerPlugin } from '@apollo/server';

/**
 * `cache-control: no-store` on every GraphQL response, as Apollo's cache-control plugin sets it
 * for a schema without `@cacheControl` hints (ours has none: every answer is computed per request).
 * That plugin is turned off (src/server/app.ts) because it hooks every field of every response
 * (`willResolveField`), which makes Apollo wrap every resolver of the schema: measured on 100
 * companies with their facilities (about 3,000 fields), 12% of the API process's CPU.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      });
    },
  };
}
