import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LIMITS } from '../../analytics/services/limits';
import { FacilityAnalysisArgs } from './supply.args';

@ArgsType()
export class ImpactArgs {
  @Field((_type) => [ID], {
    description: `Entities that stop (1..${LIMITS.remove.max}): facilities, companies (the facilities they operate), regions and countries (the facilities located there), minerals (every link carrying them).`,
  })
  remove!: string[];
  @Field((_type) => ID, {
    nullable: true,
    description: 'Only this mineral; otherwise each mineral over the links tagged with it.',
  })
  mineral?: string | null;
  @Field((_type) => Int, {
    defaultValue: LIMITS.maxDepth.default,
    description: `Most links on a route, ${LIMITS.maxDepth.min}..${LIMITS.maxDepth.max}.`,
  })
  maxDepth!: number;
  @Field((_type) => Int, {
    defaultValue: LIMITS.impactLimit.default,
    description: `Most facilities in each list, ${LIMITS.impactLimit.min}..${LIMITS.impactLimit.max} (the counts are exact).`,
  })
  limit!: number;
}

@ArgsType()
export class CoverageArgs extends FacilityAnalysisArgs {
  @Field((_type) => ID, {
    description: 'The agreement whose country parties form the bloc (e.g. USMCA/CUSMA, or a proposed bilateral deal).',
  })
  agreement!: string;
}
