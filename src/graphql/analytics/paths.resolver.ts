import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { neighborhood } from '../../analytics/services/neighborhood.service';
import { allShortestPaths, shortestPath } from '../../analytics/services/paths.service';
import { GraphContext } from '../context';
import { NeighborhoodArgs, PathArgs, PathsArgs } from './paths.args';
import { Neighborhood, Path } from './path.type';

@Resolver()
export class PathResolver {
  @Query((_returns) => Path, {
    nullable: true,
    description:
      'A shortest path between two entities over the given relationship types (undirected unless `directed`), avoiding the `avoid` entities; null when none exists within maxHops. A SUPPLIES link is traversable only when it counts under `asOf`, `minConfidence` and `includePlanned` (as in the supply analyses); other types are not filtered. Unknown ids: NOT_FOUND; bounds: BAD_USER_INPUT.',
  })
  shortestPath(@Args() args: PathArgs, @Ctx() ctx: GraphContext) {
    return shortestPath(ctx.db, args);
  }

  @Query((_returns) => [Path], {
    description:
      'All shortest paths (same length) between two entities, at most `limit`; [] when none exists within maxHops. SUPPLIES links are filtered as in shortestPath.',
  })
  shortestPaths(@Args() args: PathsArgs, @Ctx() ctx: GraphContext) {
    return allShortestPaths(ctx.db, args);
  }

  @Query((_returns) => Neighborhood, {
    description:
      'The entities within `depth` relationships of an entity and the relationships among them, for graph views.',
  })
  neighborhood(@Args() args: NeighborhoodArgs, @Ctx() ctx: GraphContext) {
    return neighborhood(ctx.db, args);
  }
}
