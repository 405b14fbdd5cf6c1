import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FacilityKind } from '../types/enums';
import { Country, Facility, Mineral } from '../types/nodes.type';
import { RouteEnd } from './enums';
import { Evidenced, Share } from './evidence.type';
import { PartialDateScalar } from '../types/partial-date.scalar';
import { SupplyEdge } from './supply-chain.type';

@ObjectType({
  description:
    'A share of supply attributed to a country (null: facilities without a country, or the UNMODELLED line).',
})
export class CountryShare extends Evidenced {
  @Field((_type) => Country, { nullable: true, description: 'The country (null: facilities with no known country).' })
  country!: Country | null;
  @Field((_type) => Float, { description: 'Share of the supply, 0..1.' }) share!: number;
  @Field((_type) => Boolean, {
    description: 'True for the line of UNMODELLED supply, which belongs to no country.',
  })
  unmodelled!: boolean;
}

@ObjectType({ description: "A facility with the share of the analysed facility's supply that passes through it." })
export class FacilityShare extends Evidenced {
  @Field((_type) => Facility, { description: 'The facility.' }) facility!: Facility;
  @Field((_type) => Country, { nullable: true, description: 'The country it is located in (null when unknown).' })
  country!: Country | null;
  @Field((_type) => Float, {
    description: 'Sum over the routes through this facility of the product of the link weights.',
  })
  share!: number;
  @Field((_type) => Int, { description: 'Fewest links between this facility and the analysed one on its routes.' })
  depth!: number;
}

@ObjectType({ description: 'The routes ending at a facility for one reason, with their share.' })
export class RouteEndShare extends Evidenced {
  @Field((_type) => RouteEnd, { description: 'Why the routes end there.' }) end!: RouteEnd;
  @Field((_type) => Float, { description: 'Share of the supply through routes ending that way, 0..1.' }) share!: number;
}

@ObjectType({
  description: 'A facility where routes of supply end (one entry per facility), and the share coming from there.',
})
export class SourceShare extends FacilityShare {
  @Field((_type) => RouteEnd, {
    description:
      'The route end with the largest share here: SOURCE for a facility without inbound links of the mineral; CYCLE / DEPTH_LIMIT when routes end there for those reasons (see `ends` for all).',
  })
  end!: RouteEnd;
  @Field((_type) => [RouteEndShare], {
    description: 'Every kind of route end at this facility with its share (they add up to the facility share).',
  })
  ends!: RouteEndShare[];
}

@ObjectType({
  description:
    "Supply no link accounts for: where a facility's CONSUMES volume exceeds its modelled inbound volumes (same unit), the remainder is a pseudo-source at that facility.",
})
export class UnmodelledShare extends Share {
  @Field((_type) => [FacilityShare], {
    description: 'The facilities where unmodelled supply enters, each with its share of the analysed supply.',
  })
  at!: FacilityShare[];
}

@ObjectType({
  description: 'A processing step: the facilities of one kind between the sources and the analysed facility.',
})
export class StepShare extends Evidenced {
  @Field((_type) => FacilityKind, {
    nullable: true,
    description: 'The facility kind of the step (null: facilities of no known kind).',
  })
  kind!: FacilityKind | null;
  @Field((_type) => Float, {
    description:
      'Share of supply passing through facilities of this kind (a route through two of them counts twice; below 1 when some routes skip the step).',
  })
  share!: number;
  @Field((_type) => [CountryShare], { description: 'The same share split by the country of those facilities.' })
  byCountry!: CountryShare[];
  @Field((_type) => [FacilityShare], { description: 'The facilities of the step with their shares.' })
  facilities!: FacilityShare[];
}

@ObjectType({ description: 'What a facility depends on for one mineral.' })
export class MineralDependency {
  @Field((_type) => Mineral, { description: 'The mineral.' }) mineral!: Mineral;
  @Field((_type) => [SourceShare], {
    description:
      'Facilities where routes end, one entry each, with their share: the sum over the routes from each to the facility of the product of the link weights. With `unmodelled` they add up to 1.',
  })
  sources!: SourceShare[];
  @Field((_type) => UnmodelledShare, {
    description: 'UNMODELLED supply: `sources` plus this add up to 1.',
  })
  unmodelled!: UnmodelledShare;
  @Field((_type) => [CountryShare], {
    description: 'Shares at the source step, by the country of the sources (UNMODELLED as its own line).',
  })
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
  @Field((_type) => Facility, { description: 'The facility analysed.' }) facility!: Facility;
  @Field((_type) => Int, { description: 'The traversal bound used.' }) maxDepth!: number;
  @Field((_type) => PartialDateScalar, { description: 'The date the links were counted at.' }) asOf!: string;
  @Field((_type) => [MineralDependency], {
    description: 'Empty when the facility has no counted inbound link (e.g. a planned plant without includePlanned).',
  })
  minerals!: MineralDependency[];
  @Field((_type) => [SupplyEdge], {
    description:
      'Links without a mineral upstream: shown, never counted in shares. Empty when a `mineral` is given (only its links are followed).',
  })
  untaggedLinks!: SupplyEdge[];
}
