import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { DEFAULT_CONTROL_SHARE } from '../../analytics/services/coverage.service';
import { EvidenceArgs } from './evidence.type';
import { LIMITS } from '../../analytics/services/limits';
import { FacilityAnalysisArgs } from './supply.args';

@ArgsType()
export class ImpactArgs extends EvidenceArgs {
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

@InputType({ description: 'Facilities controlled from these countries count as outside the bloc.' })
export class ControlExclusionInput {
  @Field((_type) => [ID], { description: 'Country ids (e.g. the foreign entities of concern of a rule).' })
  countries!: string[];
  @Field((_type) => Float, {
    defaultValue: DEFAULT_CONTROL_SHARE,
    description:
      'A facility is controlled when a company headquartered in those countries (directly or through SUBSIDIARY_OF, any number of steps) operates it, or when such companies own at least this share of it in total (a missing share counts as 0).',
  })
  minShare!: number;
}

@ArgsType()
export class CoverageArgs extends FacilityAnalysisArgs {
  @Field((_type) => ID, {
    nullable: true,
    description:
      'The agreement whose country parties form the bloc (e.g. USMCA/CUSMA, or a proposed bilateral deal). Give this or `agreements` (at least one).',
  })
  agreement?: string | null;
  @Field((_type) => [ID], {
    nullable: true,
    description:
      'Agreements whose country parties together form the bloc (the union), e.g. every US free-trade agreement.',
  })
  agreements?: string[] | null;
  @Field((_type) => ControlExclusionInput, {
    nullable: true,
    description: 'Facilities controlled from these countries are outside the bloc, the analysed facility included.',
  })
  excludeControlledBy?: ControlExclusionInput | null;
}
