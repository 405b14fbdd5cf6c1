import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FacilityKind } from '../types/enums';
import { Country, Facility, Mineral } from '../types/nodes.type';
import { RouteEnd } from './enums';
import { SupplyEdge } from './supply-chain.type';

@ObjectType({ description: 'A share of supply attributed to a country (null: facilities without a country).' })
export class CountryShare {
  @Field((_type) => Country, { nullable: true }) country!: Country | null;
  @Field((_type) => Float) share!: number;
}

@ObjectType({ description: "A facility with the share of the analysed facility's supply that passes through it." })
export class FacilityShare {
  @Field((_type) => Facility) facility!: Facility;
  @Field((_type) => Country, { nullable: true }) country!: Country | null;
  @Field((_type) => Float, {
    description: 'Sum over the routes through this facility of the product of the link weights.',
  })
  share!: number;
  @Field((_type) => Int, { description: 'Fewest links between this facility and the analysed one on its routes.' })
  depth!: number;
}

@ObjectType({ description: 'Where a route of supply ends, and the share of supply coming from there.' })
export class SourceShare extends FacilityShare {
  @Field((_type) => RouteEnd, {
    description:
      'SOURCE for a facility without inbound links of the mineral; CYCLE / DEPTH_LIMIT when the route ends there for those reasons.',
  })
  end!: RouteEnd;
}

@ObjectType({
  description: 'A processing step: the facilities of one kind between the sources and the analysed facility.',
})
export class StepShare {
  @Field((_type) => FacilityKind, { nullable: true }) kind!: FacilityKind | null;
  @Field((_type) => Float, {
    description:
      'Share of supply passing through facilities of this kind (a route through two of them counts twice; below 1 when some routes skip the step).',
  })
  share!: number;
  @Field((_type) => [CountryShare], { description: 'The same share split by the country of those facilities.' })
  byCountry!: CountryShare[];
  @Field((_type) => [FacilityShare]) facilities!: FacilityShare[];
}

@ObjectType({ description: 'What a facility depends on for one mineral.' })
export class MineralDependency {
  @Field((_type) => Mineral) mineral!: Mineral;
  @Field((_type) => [SourceShare], {
    description:
      'Route ends with their share: the sum over the routes from each to the facility of the product of the link weights. They add up to 1.',
  })
  sources!: SourceShare[];
  @Field((_type) => [CountryShare], { description: 'Shares at the source step, by the country of the sources.' })
  sourcesByCountry!: CountryShare[];
  @Field((_type) => [StepShare], {
    description:
      'Processing steps (intermediate facilities by kind, along the value chain), each with its shares by country.',
  })
  steps!: StepShare[];
  @Field((_type) => [SupplyEdge], {
    description: 'The links of the routes (the evidence), each with the share of supply it carries.',
  })
  links!: SupplyEdge[];
}

@ObjectType({
  description:
    "What a facility depends on, per mineral received, all the way up to the sources. Routes run upstream over the links of the mineral; a link whose supplier is already on the route would close a cycle and is ignored for that route (the customer's weights are taken over its other links); maxDepth bounds every route.",
})
export class Dependencies {
  @Field((_type) => Facility) facility!: Facility;
  @Field((_type) => Int) maxDepth!: number;
  @Field((_type) => [MineralDependency]) minerals!: MineralDependency[];
  @Field((_type) => [SupplyEdge], {
    description: 'Links without a mineral within maxDepth upstream: shown, never counted in shares.',
  })
  untaggedLinks!: SupplyEdge[];
}
