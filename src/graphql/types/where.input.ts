import { ClassType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Confidence } from '../../domain/evidence';
import { AgreementKind, AgreementStatus, FacilityKind, FacilityStatus, NodeKind, NodeKindValue } from './enums';
import type { CommonFilterField, FilterFieldOf } from '../../domain/model';

registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How well a fact is established.',
  valuesConfig: {
    CONFIRMED: { description: 'A cited source states the fact.' },
    REPORTED: { description: 'A source reports it, but it is unconfirmed, dated or marked uncertain.' },
    INFERRED: { description: 'No source states it: inferred to make a chain or record plausible.' },
  },
});

@InputType({ description: 'A box of WGS 84 degrees; west greater than east is a box across the antimeridian.' })
export class BoundingBox {
  @Field((_type) => Float, { description: 'Southern latitude, -90..90.' }) south!: number;
  @Field((_type) => Float, { description: 'Western longitude, -180..180.' }) west!: number;
  @Field((_type) => Float, { description: 'Northern latitude, -90..90 (not south of south).' }) north!: number;
  @Field((_type) => Float, { description: 'Eastern longitude, -180..180.' }) east!: number;
}

/**
 * Adds `AND`, `OR` and `NOT` of the class's own type to a filter class: the same on every `where`.
 * (Decorators applied to the finished class, so the field types can refer to the class itself.)
 */
export function logical<T extends ClassType>(type: T): T {
  const name = type.name;
  Field((_type) => [type], { nullable: true, description: `All of these ${name} filters hold.` })(
    type.prototype,
    'AND',
  );
  Field((_type) => [type], {
    nullable: true,
    description: `At least one of these ${name} filters holds (an empty list matches nothing).`,
  })(type.prototype, 'OR');
  Field((_type) => type, { nullable: true, description: `This ${name} filter does not hold.` })(type.prototype, 'NOT');
  return type;
}

/** Filters shared by every entity. All given conditions must hold. */
@InputType({ description: 'Filters shared by every entity; all given conditions must hold.' })
export class EntityFilterBase {
  @Field((_type) => ID, { nullable: true, description: 'Exactly this id.' }) id?: string;
  @Field((_type) => [ID], { nullable: true, description: 'Any of these ids.' }) idIn?: string[];
  @Field((_type) => String, { nullable: true, description: 'Exact name.' }) name?: string;
  @Field((_type) => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  nameContains?: string;
  @Field((_type) => String, { nullable: true, description: 'Name starts with this text (case-insensitive).' })
  nameStartsWith?: string;
}

@InputType({ description: 'Filter over entities of any kind.' })
export class EntityWhere extends EntityFilterBase {
  @Field((_type) => [NodeKindValue], { nullable: true, description: 'Of any of these kinds.' }) labelIn?: NodeKind[];
}

@InputType({ description: 'Filter over countries; all given conditions must hold.' })
export class CountryWhere extends EntityFilterBase {}
@InputType({ description: 'Filter over sectors; all given conditions must hold.' })
export class SectorWhere extends EntityFilterBase {}

@InputType({ description: 'Filter over provinces, states and territories; all given conditions must hold.' })
export class RegionWhere extends EntityFilterBase {
  @Field((_type) => ID, { nullable: true, description: 'Country the region is part of.' }) country?: string;
}

@InputType({ description: 'Filter over minerals; all given conditions must hold.' })
export class MineralWhere extends EntityFilterBase {
  @Field((_type) => String, { nullable: true, description: 'Exactly this chemical symbol, e.g. Li.' }) symbol?: string;
  @Field((_type) => String, { nullable: true, description: 'On this critical-minerals list, e.g. CA-2024 or US-2025.' })
  critical?: string;
  @Field((_type) => Confidence, { nullable: true, description: 'Recorded with this confidence.' })
  confidence?: Confidence;
  @Field((_type) => [Confidence], { nullable: true, description: 'Recorded with any of these confidences.' })
  confidenceIn?: Confidence[];
}

@InputType({ description: 'Filter over companies; all given conditions must hold.' })
export class CompanyWhere extends EntityFilterBase {
  @Field((_type) => ID, { nullable: true, description: 'Headquarters country.' }) country?: string;
  @Field((_type) => [ID], { nullable: true, description: 'Headquarters in any of these countries.' })
  countryIn?: string[];
  @Field((_type) => ID, { nullable: true, description: 'Direct parent company.' }) parent?: string;
  @Field((_type) => String, { nullable: true, description: 'Exactly this stock ticker.' }) ticker?: string;
  @Field((_type) => ID, { nullable: true, description: 'Operates this facility.' }) operates?: string;
  @Field((_type) => Confidence, { nullable: true, description: 'Recorded with this confidence.' })
  confidence?: Confidence;
  @Field((_type) => [Confidence], { nullable: true, description: 'Recorded with any of these confidences.' })
  confidenceIn?: Confidence[];
}

@InputType({ description: 'Filter over facilities; all given conditions must hold.' })
export class FacilityWhere extends EntityFilterBase {
  @Field((_type) => FacilityKind, { nullable: true, description: 'Of this kind.' }) kind?: FacilityKind;
  @Field((_type) => [FacilityKind], { nullable: true, description: 'Of any of these kinds.' }) kindIn?: FacilityKind[];
  @Field((_type) => FacilityStatus, { nullable: true, description: 'With this status.' }) status?: FacilityStatus;
  @Field((_type) => [FacilityStatus], { nullable: true, description: 'With any of these statuses.' })
  statusIn?: FacilityStatus[];
  @Field((_type) => ID, { nullable: true, description: 'Located in this country (ISO 3166-1 alpha-2).' })
  country?: string;
  @Field((_type) => [ID], { nullable: true, description: 'Located in any of these countries.' }) countryIn?: string[];
  @Field((_type) => ID, { nullable: true, description: 'Located in this province or state (ISO 3166-2).' })
  region?: string;
  @Field((_type) => [ID], { nullable: true, description: 'Located in any of these provinces or states.' })
  regionIn?: string[];
  @Field((_type) => ID, { nullable: true, description: 'In this sector.' }) sector?: string;
  @Field((_type) => ID, { nullable: true, description: 'Operating company.' }) operator?: string;
  @Field((_type) => ID, { nullable: true, description: 'Owned (in part) by this company.' }) owner?: string;
  @Field((_type) => ID, { nullable: true, description: 'Produces this mineral.' }) produces?: string;
  @Field((_type) => ID, { nullable: true, description: 'Consumes this mineral.' }) consumes?: string;
  @Field((_type) => String, { nullable: true, description: 'In this city (exact name).' }) city?: string;
  @Field((_type) => Int, { nullable: true, description: 'Started in or after this year.' }) startYearGte?: number;
  @Field((_type) => Int, { nullable: true, description: 'Started in or before this year.' }) startYearLte?: number;
  @Field((_type) => Float, {
    nullable: true,
    description:
      'Has a production capacity of at least this (any unit). With capacityLte, each bound is its own condition: two outputs may meet them.',
  })
  capacityGte?: number;
  @Field((_type) => Float, {
    nullable: true,
    description:
      'Has a production capacity of at most this (any unit). With capacityGte, each bound is its own condition: two outputs may meet them.',
  })
  capacityLte?: number;
  @Field((_type) => BoundingBox, { nullable: true, description: 'Located inside this box.' }) within?: BoundingBox;
  @Field((_type) => Confidence, { nullable: true, description: 'Recorded with this confidence.' })
  confidence?: Confidence;
  @Field((_type) => [Confidence], { nullable: true, description: 'Recorded with any of these confidences.' })
  confidenceIn?: Confidence[];
}

@InputType({ description: 'Filter over agreements; all given conditions must hold.' })
export class AgreementWhere extends EntityFilterBase {
  @Field((_type) => AgreementKind, { nullable: true, description: 'Of this kind.' }) kind?: AgreementKind;
  @Field((_type) => [AgreementKind], { nullable: true, description: 'Of any of these kinds.' })
  kindIn?: AgreementKind[];
  @Field((_type) => AgreementStatus, { nullable: true, description: 'With this status.' }) status?: AgreementStatus;
  @Field((_type) => [AgreementStatus], { nullable: true, description: 'With any of these statuses.' })
  statusIn?: AgreementStatus[];
  @Field((_type) => ID, { nullable: true, description: 'Has this country or company as a party.' }) party?: string;
  @Field((_type) => ID, { nullable: true, description: 'Covers this sector, mineral or facility.' }) covers?: string;
  @Field((_type) => String, { nullable: true, description: 'Signed on or after this date (YYYY-MM-DD).' })
  signedGte?: string;
  @Field((_type) => String, { nullable: true, description: 'Signed on or before this date (YYYY-MM-DD).' })
  signedLte?: string;
  @Field((_type) => String, { nullable: true, description: 'In force on or after this date (YYYY-MM-DD).' })
  effectiveGte?: string;
  @Field((_type) => String, { nullable: true, description: 'In force on or before this date (YYYY-MM-DD).' })
  effectiveLte?: string;
  @Field((_type) => Confidence, { nullable: true, description: 'Recorded with this confidence.' })
  confidence?: Confidence;
  @Field((_type) => [Confidence], { nullable: true, description: 'Recorded with any of these confidences.' })
  confidenceIn?: Confidence[];
}

for (const type of [
  EntityWhere,
  CountryWhere,
  SectorWhere,
  RegionWhere,
  MineralWhere,
  CompanyWhere,
  FacilityWhere,
  AgreementWhere,
])
  logical(type);

/**
 * Compile-time check that every `where` input has exactly the filter fields its kind has in the
 * domain model (src/domain/model/nodes.ts): a field added on one side only fails the type check.
 */
type OwnFields<W> = Exclude<keyof W, keyof EntityFilterBase>;
type SameFields<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const WHERE_MATCHES_MODEL = {
  Entity: true satisfies SameFields<keyof EntityWhere, CommonFilterField>,
  Country: true satisfies SameFields<OwnFields<CountryWhere>, FilterFieldOf<NodeKind.Country>>,
  Sector: true satisfies SameFields<OwnFields<SectorWhere>, FilterFieldOf<NodeKind.Sector>>,
  Region: true satisfies SameFields<OwnFields<RegionWhere>, FilterFieldOf<NodeKind.Region>>,
  Mineral: true satisfies SameFields<OwnFields<MineralWhere>, FilterFieldOf<NodeKind.Mineral>>,
  Company: true satisfies SameFields<OwnFields<CompanyWhere>, FilterFieldOf<NodeKind.Company>>,
  Facility: true satisfies SameFields<OwnFields<FacilityWhere>, FilterFieldOf<NodeKind.Facility>>,
  Agreement: true satisfies SameFields<OwnFields<AgreementWhere>, FilterFieldOf<NodeKind.Agreement>>,
} as const satisfies Record<NodeKind | 'Entity', true>;
