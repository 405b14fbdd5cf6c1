import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type {
  AgreementFields,
  CompanyFields,
  CountryFields,
  FacilityFields,
  MineralFields,
  RegionFields,
  SectorFields,
} from '../../editing/inputs';
import { AgreementKind, AgreementStatus, FacilityKind, FacilityStatus } from '../types/enums';

/**
 * Inputs of the entity mutations. On update, an omitted field is left as it is and an explicit
 * null clears it; relationship fields (operator, country, region, parent, sectors) replace the
 * current links.
 */

@InputType({
  description: 'The fields of a country to create or update (on update: omitted = unchanged, null = cleared).',
})
export class CountryInput implements CountryFields {
  @Field((_type) => ID, { description: 'ISO 3166-1 alpha-2.' }) id!: string;
  @Field((_type) => String, { nullable: true, description: 'Display name (required on create).' })
  name?: string | null;
}

@InputType({
  description: 'The fields of a sector to create or update (on update: omitted = unchanged, null = cleared).',
})
export class SectorInput implements SectorFields {
  @Field((_type) => ID, { description: 'Its id: unique across every kind, case-sensitive.' }) id!: string;
  @Field((_type) => String, { nullable: true, description: 'Display name (required on create).' })
  name?: string | null;
}

@InputType({
  description:
    'The fields of a province, state or territory to create or update (on update: omitted = unchanged, null = cleared).',
})
export class RegionInput implements RegionFields {
  @Field((_type) => ID, { description: 'ISO 3166-2, e.g. CA-QC.' }) id!: string;
  @Field((_type) => String, { nullable: true, description: 'Display name (required on create).' })
  name?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Country the region is part of (required on create).' })
  country?: string | null;
}

@InputType({
  description: 'The fields of a mineral to create or update (on update: omitted = unchanged, null = cleared).',
})
export class MineralInput implements MineralFields {
  @Field((_type) => ID, { description: 'Its id: unique across every kind, case-sensitive.' }) id!: string;
  @Field((_type) => String, { nullable: true, description: 'Display name (required on create).' })
  name?: string | null;
  @Field((_type) => String, { nullable: true, description: 'Chemical symbol, e.g. Li.' }) symbol?: string | null;
  @Field((_type) => [String], { nullable: true, description: 'Critical-minerals list ids, e.g. CA-2024.' }) critical?:
    string[] | null;
}

@InputType({
  description: 'The fields of a company to create or update (on update: omitted = unchanged, null = cleared).',
})
export class CompanyInput implements CompanyFields {
  @Field((_type) => ID, { description: 'Its id: unique across every kind, case-sensitive.' }) id!: string;
  @Field((_type) => String, { nullable: true, description: 'Display name (required on create).' })
  name?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Headquarters country.' }) country?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Parent company.' }) parent?: string | null;
  @Field((_type) => String, { nullable: true, description: 'Stock ticker.' }) ticker?: string | null;
  @Field((_type) => String, { nullable: true, description: 'Website URL.' }) website?: string | null;
}

@InputType({
  description: 'The fields of a facility to create or update (on update: omitted = unchanged, null = cleared).',
})
export class FacilityInput implements FacilityFields {
  @Field((_type) => ID, { description: 'Its id: unique across every kind, case-sensitive.' }) id!: string;
  @Field((_type) => String, { nullable: true, description: 'Display name (required on create).' })
  name?: string | null;
  @Field((_type) => FacilityKind, { nullable: true, description: 'Required on create.' }) kind?: FacilityKind | null;
  @Field((_type) => FacilityStatus, { nullable: true, description: 'Required on create.' })
  status?: FacilityStatus | null;
  @Field((_type) => Float, { nullable: true, description: 'Give latitude and longitude together.' }) latitude?:
    number | null;
  @Field((_type) => Float, { nullable: true, description: 'Longitude, -180..180 (with latitude).' })
  longitude?: number | null;
  @Field((_type) => String, { nullable: true, description: 'Nearest city or municipality.' }) city?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Region; the facility is also linked to its country.' })
  region?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Country, when no region is given.' }) country?: string | null;
  @Field((_type) => Int, { nullable: true, description: 'Year operations started (or are planned to).' })
  startYear?: number | null;
  @Field((_type) => [ID], { nullable: true, description: 'Sector ids (replace the current ones).' })
  sectors?: string[] | null;
  @Field((_type) => ID, { nullable: true, description: 'Operating company.' }) operator?: string | null;
  @Field((_type) => String, { nullable: true, description: 'URL of the document the facts come from.' })
  source?: string | null;
}

@InputType({
  description: 'The fields of an agreement to create or update (on update: omitted = unchanged, null = cleared).',
})
export class AgreementInput implements AgreementFields {
  @Field((_type) => ID, { description: 'Its id: unique across every kind, case-sensitive.' }) id!: string;
  @Field((_type) => String, { nullable: true, description: 'Display name (required on create).' })
  name?: string | null;
  @Field((_type) => AgreementKind, { nullable: true, description: 'Required on create.' }) kind?: AgreementKind | null;
  @Field((_type) => AgreementStatus, { nullable: true, description: 'Required on create.' })
  status?: AgreementStatus | null;
  @Field((_type) => String, { nullable: true, description: 'ISO 8601 date.' }) signed?: string | null;
  @Field((_type) => String, { nullable: true, description: 'ISO 8601 date.' }) effective?: string | null;
  @Field((_type) => String, { nullable: true, description: 'URL of the document the facts come from.' })
  source?: string | null;
}
