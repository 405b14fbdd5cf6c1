import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from './entity.type';
import { AgreementKind, AgreementStatus, FacilityKind, FacilityStatus } from './enums';
import { Company, Country, Mineral, Region, Sector } from './nodes.type';
import { SortDirection } from './paging.args';
import { AgreementWhere, CompanyWhere, FacilityWhere } from './where.input';

/** Grouped statistics (`facilityStats`, `companyStats`, `agreementStats`): counts and capacity per group. */

export enum FacilityGroupBy {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  KIND = 'KIND',
  STATUS = 'STATUS',
  SECTOR = 'SECTOR',
  OPERATOR = 'OPERATOR',
  MINERAL = 'MINERAL',
  START_YEAR = 'START_YEAR',
}
registerEnumType(FacilityGroupBy, {
  name: 'FacilityGroupBy',
  description:
    'A facility attribute to group by. SECTOR, OPERATOR and MINERAL (minerals produced) can have several values: a facility counts once in each of its groups, and one without a value in the group whose key is null.',
  valuesConfig: {
    COUNTRY: { description: 'Country the facility is located in.' },
    REGION: { description: 'Province or state the facility is located in.' },
    KIND: { description: 'Facility kind (mine, refinery, cell plant, …).' },
    STATUS: { description: 'Lifecycle status.' },
    SECTOR: { description: 'Industrial sector (several per facility possible).' },
    OPERATOR: { description: 'Operating company (several per facility possible).' },
    MINERAL: { description: 'Mineral produced (several per facility possible); capacity counts only this mineral.' },
    START_YEAR: { description: 'Year operations started.' },
  },
});

export enum CompanyGroupBy {
  COUNTRY = 'COUNTRY',
  PARENT = 'PARENT',
}
registerEnumType(CompanyGroupBy, {
  name: 'CompanyGroupBy',
  description: 'A company attribute to group by.',
  valuesConfig: {
    COUNTRY: { description: 'Country of the headquarters.' },
    PARENT: { description: 'Direct parent company.' },
  },
});

export enum AgreementGroupBy {
  KIND = 'KIND',
  STATUS = 'STATUS',
  PARTY = 'PARTY',
  SIGNED_YEAR = 'SIGNED_YEAR',
}
registerEnumType(AgreementGroupBy, {
  name: 'AgreementGroupBy',
  description: 'An agreement attribute to group by.',
  valuesConfig: {
    KIND: { description: 'Kind of instrument.' },
    STATUS: { description: 'Legal status.' },
    PARTY: { description: 'Country or company party to the agreement (several per agreement).' },
    SIGNED_YEAR: { description: 'Year the agreement was signed.' },
  },
});

export enum StatsSortField {
  COUNT = 'COUNT',
  KEY = 'KEY',
}
registerEnumType(StatsSortField, {
  name: 'StatsSortField',
  description: 'How groups are ordered.',
  valuesConfig: {
    COUNT: { description: 'By the number of entities in the group (ties by key).' },
    KEY: { description: 'By the group keys (ids for entities), in the order of `groupBy`.' },
  },
});

@InputType({ description: 'Order of the groups of a statistics query.' })
export class StatsOrderBy {
  @Field((_type) => StatsSortField, { description: 'What to sort by.' }) field!: StatsSortField;
  @Field((_type) => SortDirection, { defaultValue: SortDirection.DESC, description: 'Sort direction.' })
  direction!: SortDirection;
}

export const DEFAULT_GROUPS = 100;
export const MAX_GROUPS = 1000;

@ArgsType()
class StatsArgsBase {
  @Field((_type) => StatsOrderBy, {
    nullable: true,
    description: 'Defaults to the largest groups first (COUNT, DESC).',
  })
  orderBy?: StatsOrderBy | null;
  @Field((_type) => Int, {
    defaultValue: DEFAULT_GROUPS,
    description: `At most this many groups (at most ${MAX_GROUPS}); groupCount counts them all.`,
  })
  first!: number;
}

@ArgsType()
export class FacilityStatsArgs extends StatsArgsBase {
  @Field((_type) => FacilityWhere, { nullable: true, description: 'Only facilities matching this filter.' })
  where?: FacilityWhere | null;
  @Field((_type) => [FacilityGroupBy], { description: 'One or more attributes; groups are their combinations.' })
  groupBy!: FacilityGroupBy[];
}

@ArgsType()
export class CompanyStatsArgs extends StatsArgsBase {
  @Field((_type) => CompanyWhere, { nullable: true, description: 'Only companies matching this filter.' })
  where?: CompanyWhere | null;
  @Field((_type) => [CompanyGroupBy], { description: 'One or more attributes; groups are their combinations.' })
  groupBy!: CompanyGroupBy[];
}

@ArgsType()
export class AgreementStatsArgs extends StatsArgsBase {
  @Field((_type) => AgreementWhere, { nullable: true, description: 'Only agreements matching this filter.' })
  where?: AgreementWhere | null;
  @Field((_type) => [AgreementGroupBy], { description: 'One or more attributes; groups are their combinations.' })
  groupBy!: AgreementGroupBy[];
}

@ObjectType({
  description:
    'Production capacity summed over facilities for one mineral and one unit. Capacities in different units are never added: each unit is its own total.',
})
export class CapacityTotal {
  @Field((_type) => Mineral, { description: 'The mineral produced.' }) mineral!: Mineral;
  @Field((_type) => String, {
    nullable: true,
    description: 'Unit of the capacity as reported, e.g. t/y LCE; null when none was given.',
  })
  unit!: string | null;
  @Field((_type) => Float, { description: 'Sum of the capacities in this unit.' }) total!: number;
  @Field((_type) => Int, { description: 'Number of facilities whose capacity is in the total.' }) facilities!: number;
}

@ObjectType({ description: 'One group of facilities: its keys (null where a facility has no value) and totals.' })
export class FacilityGroup {
  @Field((_type) => Country, { nullable: true, description: 'Key when grouped by COUNTRY.' }) country?: Country | null;
  @Field((_type) => Region, { nullable: true, description: 'Key when grouped by REGION.' }) region?: Region | null;
  @Field((_type) => FacilityKind, { nullable: true, description: 'Key when grouped by KIND.' })
  kind?: FacilityKind | null;
  @Field((_type) => FacilityStatus, { nullable: true, description: 'Key when grouped by STATUS.' })
  status?: FacilityStatus | null;
  @Field((_type) => Sector, { nullable: true, description: 'Key when grouped by SECTOR.' }) sector?: Sector | null;
  @Field((_type) => Company, { nullable: true, description: 'Key when grouped by OPERATOR.' })
  operator?: Company | null;
  @Field((_type) => Mineral, { nullable: true, description: 'Key when grouped by MINERAL.' }) mineral?: Mineral | null;
  @Field((_type) => Int, { nullable: true, description: 'Key when grouped by START_YEAR.' }) startYear?: number | null;
  @Field((_type) => Int, { description: 'Number of facilities in the group.' }) count!: number;
  @Field((_type) => [CapacityTotal], {
    description: 'Capacity of the group, one total per mineral and unit (in a MINERAL group, that mineral only).',
  })
  capacity!: CapacityTotal[];
}

@ObjectType({ description: 'Facilities matching a filter, grouped.' })
export class FacilityStats {
  @Field((_type) => Int, { description: 'Number of facilities matching the filter (each counted once).' })
  count!: number;
  @Field((_type) => Int, { description: 'Number of groups, over all of them (`groups` is cut at `first`).' })
  groupCount!: number;
  @Field((_type) => [FacilityGroup], { description: 'The groups, in the requested order.' }) groups!: FacilityGroup[];
}

@ObjectType({ description: 'One group of companies.' })
export class CompanyGroup {
  @Field((_type) => Country, { nullable: true, description: 'Key when grouped by COUNTRY (headquarters).' })
  country?: Country | null;
  @Field((_type) => Company, { nullable: true, description: 'Key when grouped by PARENT.' }) parent?: Company | null;
  @Field((_type) => Int, { description: 'Number of companies in the group.' }) count!: number;
  @Field((_type) => Int, { description: 'Facilities operated by the companies of the group.' })
  operatedFacilities!: number;
}

@ObjectType({ description: 'Companies matching a filter, grouped.' })
export class CompanyStats {
  @Field((_type) => Int, { description: 'Number of companies matching the filter.' }) count!: number;
  @Field((_type) => Int, { description: 'Number of groups, over all of them.' }) groupCount!: number;
  @Field((_type) => [CompanyGroup], { description: 'The groups, in the requested order.' }) groups!: CompanyGroup[];
}

@ObjectType({ description: 'One group of agreements.' })
export class AgreementGroup {
  @Field((_type) => AgreementKind, { nullable: true, description: 'Key when grouped by KIND.' })
  kind?: AgreementKind | null;
  @Field((_type) => AgreementStatus, { nullable: true, description: 'Key when grouped by STATUS.' })
  status?: AgreementStatus | null;
  @Field((_type) => Entity, { nullable: true, description: 'Key when grouped by PARTY (a country or company).' })
  party?: Entity | null;
  @Field((_type) => Int, { nullable: true, description: 'Key when grouped by SIGNED_YEAR.' }) signedYear?:
    number | null;
  @Field((_type) => Int, { description: 'Number of agreements in the group.' }) count!: number;
}

@ObjectType({ description: 'Agreements matching a filter, grouped.' })
export class AgreementStats {
  @Field((_type) => Int, { description: 'Number of agreements matching the filter.' }) count!: number;
  @Field((_type) => Int, { description: 'Number of groups, over all of them.' }) groupCount!: number;
  @Field((_type) => [AgreementGroup], { description: 'The groups, in the requested order.' }) groups!: AgreementGroup[];
}

/** The GraphQL field of each group-by key, per kind. */
export const GROUP_FIELDS = {
  Facility: {
    COUNTRY: 'country',
    REGION: 'region',
    KIND: 'kind',
    STATUS: 'status',
    SECTOR: 'sector',
    OPERATOR: 'operator',
    MINERAL: 'mineral',
    START_YEAR: 'startYear',
  } satisfies Record<FacilityGroupBy, keyof FacilityGroup>,
  Company: { COUNTRY: 'country', PARENT: 'parent' } satisfies Record<CompanyGroupBy, keyof CompanyGroup>,
  Agreement: {
    KIND: 'kind',
    STATUS: 'status',
    PARTY: 'party',
    SIGNED_YEAR: 'signedYear',
  } satisfies Record<AgreementGroupBy, keyof AgreementGroup>,
};

// ---------------------------------------------------------------------------------------------
// Connection aggregates

@ObjectType({ description: 'Number of items with one facility kind.' })
export class KindCount {
  @Field((_type) => FacilityKind, { nullable: true, description: 'The kind.' }) kind!: FacilityKind | null;
  @Field((_type) => Int, { description: 'How many.' }) count!: number;
}
@ObjectType({ description: 'Number of items with one facility status.' })
export class StatusCount {
  @Field((_type) => FacilityStatus, { nullable: true, description: 'The status.' }) status!: FacilityStatus | null;
  @Field((_type) => Int, { description: 'How many.' }) count!: number;
}
@ObjectType({ description: 'Number of items with one agreement kind.' })
export class AgreementKindCount {
  @Field((_type) => AgreementKind, { nullable: true, description: 'The kind.' }) kind!: AgreementKind | null;
  @Field((_type) => Int, { description: 'How many.' }) count!: number;
}
@ObjectType({ description: 'Number of items with one agreement status.' })
export class AgreementStatusCount {
  @Field((_type) => AgreementStatus, { nullable: true, description: 'The status.' }) status!: AgreementStatus | null;
  @Field((_type) => Int, { description: 'How many.' }) count!: number;
}
@ObjectType({ description: 'Number of items in one country (null: none recorded).' })
export class CountryCount {
  @Field((_type) => Country, { nullable: true, description: 'The country.' }) country!: Country | null;
  @Field((_type) => Int, { description: 'How many.' }) count!: number;
}
@ObjectType({ description: 'Number of entities of one kind.' })
export class LabelCount {
  @Field((_type) => String, { description: 'The kind (label), e.g. Country or Company.' }) label!: string;
  @Field((_type) => Int, { description: 'How many.' }) count!: number;
}
