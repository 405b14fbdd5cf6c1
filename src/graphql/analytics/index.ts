import { DisruptionResolver } from './disruption.resolver';
import { PathResolver } from './paths.resolver';
import { SupplyResolver } from './supply.resolver';
import { SupplyEdgeResolver } from './supply-edge.resolver';

/** Resolvers of the path and dependency analytics (see src/analytics/README.md for the semantics). */
export const analyticsResolvers: Function[] = [PathResolver, SupplyResolver, DisruptionResolver, SupplyEdgeResolver];
