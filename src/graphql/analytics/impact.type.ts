import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Entity } from '../types/entity.type';
import { Facility, Mineral } from '../types/nodes.type';
import { ImpactStatus } from './enums';
import { Evidenced } from './evidence.type';

@ObjectType({ description: "What is left of a facility's supply of one mineral after the removal." })
export class RetainedMineral extends Evidenced {
  @Field((_type) => Mineral, { description: 'The mineral.' }) mineral!: Mineral;
  @Field((_type) => Float, {
    description:
      'Retained share: removed facilities pass on 0, route ends pass on 1, every other facility passes on the weighted sum of what reaches it with the original weights (no renormalisation).',
  })
  retained!: number;
  @Field((_type) => Float, {
    description: 'The part of `retained` from UNMODELLED supply (kept: an unknown origin is not a removed one).',
  })
  unmodelled!: number;
  @Field((_type) => [Entity], {
    description:
      'The removed entities (from `remove`) behind the first removed facility on some route of positive weight, or the removed mineral.',
  })
  dependsOn!: Entity[];
}

@ObjectType({ description: 'A facility downstream of the removal that loses supply.' })
export class ImpactedFacility {
  @Field((_type) => Facility, { description: 'The affected facility.' }) facility!: Facility;
  @Field((_type) => ImpactStatus, { description: 'Cut off (nothing retained for some mineral) or degraded.' })
  status!: ImpactStatus;
  @Field((_type) => [RetainedMineral], {
    description: 'Every analysed mineral the facility receives (retained 1 when unaffected).',
  })
  minerals!: RetainedMineral[];
}

@ObjectType({ description: 'The facilities cut off or degraded when entities stop.' })
export class Impact {
  @Field((_type) => [Entity], {
    description:
      'The removed entities: a facility; a company (the facilities it operates); a region or country (the facilities located there); a mineral (every link carrying it).',
  })
  removed!: Entity[];
  @Field((_type) => Int, { description: 'Facilities taken out by the removal.' }) removedFacilityCount!: number;
  @Field((_type) => Mineral, { nullable: true, description: 'The mineral analysed, when one was given.' })
  mineral!: Mineral | null;
  @Field((_type) => Int, { description: 'The traversal bound used.' }) maxDepth!: number;
  @Field((_type) => Int, { description: 'Number of facilities cut off (before `limit`).' }) cutOffCount!: number;
  @Field((_type) => Int, { description: 'Number of facilities degraded (before `limit`).' }) degradedCount!: number;
  @Field((_type) => [ImpactedFacility], {
    description: 'Cut off facilities (some retained share 0), lowest share first, at most `limit`.',
  })
  cutOff!: ImpactedFacility[];
  @Field((_type) => [ImpactedFacility], {
    description: 'Degraded facilities (retained shares between 0 and 1), lowest share first, at most `limit`.',
  })
  degraded!: ImpactedFacility[];
}
