import { type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type GraphContext } from '../../graphql/context';

export { PLAYGROUND_EXAMPLES, PlaygroundExample } from './examples';
export { playgroundRouter, PlaygroundOptions } from './playground.router';

/** Apollo's own landing page loads from a CDN: it stays off, the bundled playground replaces it. */
export function landingPagePlugins(): ApolloServerPlugin<GraphContext>[] {
  return [ApolloServerPluginLandingPageDisabled()];
}
