import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { GraphContext } from '../context';
import { analysesOf } from './runner';
import { ChokePoints } from './choke-points.type';
import { AgreementCoverage } from './coverage.type';
import { CoverageArgs, ImpactArgs } from './disruption.args';
import { Impact } from './impact.type';
import { FacilityAnalysisArgs } from './supply.args';

@Resolver()
export class DisruptionResolver {
  @Query((_returns) => Impact, {
    description:
      'If these entities stop: the facilities downstream (within maxDepth) that are cut off (retained share 0 of some mineral they receive) or degraded (between 0 and 1), each with its retained share per mineral and the removed entities it depended on.',
  })
  impact(@Args() args: ImpactArgs, @Ctx() ctx: GraphContext) {
    return analysesOf(ctx).run('impact', args, ctx.db);
  }

  @Query((_returns) => ChokePoints, {
    description:
      'The upstream facilities, companies and countries whose removal alone cuts the facility off from the mineral (or from any mineral it receives, without the argument).',
  })
  chokePoints(@Args() args: FacilityAnalysisArgs, @Ctx() ctx: GraphContext) {
    return analysesOf(ctx).run('chokePoints', args, ctx.db);
  }

  @Query((_returns) => AgreementCoverage, {
    description:
      "The share of the facility's supply, per mineral, whose whole route lies in countries party to the agreement, and the out-of-bloc steps of the other routes.",
  })
  agreementCoverage(@Args() args: CoverageArgs, @Ctx() ctx: GraphContext) {
    return analysesOf(ctx).run('agreementCoverage', args, ctx.db);
  }
}
