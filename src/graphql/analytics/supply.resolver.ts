import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { GraphContext } from '../context';
import { analysesOf } from './runner';
import { Dependencies } from './dependencies.type';
import { FacilityAnalysisArgs, SupplyChainArgs } from './supply.args';
import { SupplyChain } from './supply-chain.type';

@Resolver()
export class SupplyResolver {
  @Query((_returns) => SupplyChain, {
    description:
      'The facilities within maxDepth SUPPLIES links upstream (suppliers) or downstream (customers) of a facility, with their depth, and the links between them.',
  })
  supplyChain(@Args() args: SupplyChainArgs, @Ctx() ctx: GraphContext) {
    return analysesOf(ctx).run('supplyChain', args, ctx.db);
  }

  @Query((_returns) => Dependencies, {
    description:
      'Per mineral received: the sources with their shares of supply (inbound links weighted volume / sum of volumes when all have one, equally otherwise; shares multiply along routes and add up over routes), and the shares by country at the source step and at each processing step.',
  })
  dependencies(@Args() args: FacilityAnalysisArgs, @Ctx() ctx: GraphContext) {
    return analysesOf(ctx).run('dependencies', args, ctx.db);
  }
}
