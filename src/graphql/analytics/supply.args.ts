import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LIMITS } from '../../analytics/services/limits';
import { ChainDirection } from './enums';
import { EvidenceArgs } from './evidence.type';

const MAX_DEPTH = `Most links on a route, ${LIMITS.maxDepth.min}..${LIMITS.maxDepth.max}.`;

@ArgsType()
export class SupplyChainArgs extends EvidenceArgs {
  @Field((_type) => ID, { description: 'Id of the facility the chain starts from.' }) facility!: string;
  @Field((_type) => ChainDirection, {
    defaultValue: ChainDirection.UPSTREAM,
    description: 'UPSTREAM: its suppliers, their suppliers, …; DOWNSTREAM: its customers, ….',
  })
  direction!: ChainDirection;
  @Field((_type) => ID, {
    nullable: true,
    description: 'Only links of this mineral; all links (with or without a mineral) otherwise.',
  })
  mineral?: string | null;
  @Field((_type) => Int, { defaultValue: LIMITS.maxDepth.default, description: MAX_DEPTH }) maxDepth!: number;
}

@ArgsType()
export class FacilityAnalysisArgs extends EvidenceArgs {
  @Field((_type) => ID, { description: 'Id of the facility to analyse.' }) facility!: string;
  @Field((_type) => ID, {
    nullable: true,
    description: 'Only this mineral; otherwise each mineral the facility receives, over the links tagged with it.',
  })
  mineral?: string | null;
  @Field((_type) => Int, { defaultValue: LIMITS.maxDepth.default, description: MAX_DEPTH }) maxDepth!: number;
}
