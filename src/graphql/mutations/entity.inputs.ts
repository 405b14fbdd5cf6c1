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

@InputType()
export class CountryInput implements CountryFields {
  @Field((_type) => ID, { description: 'ISO 3166-1 alpha-2.' }) id!: string;
  @Field((_type) => String, { nullable: true }) name?: string | null;
}

@InputType()
export class SectorInput implements SectorFields {
  @Field((_type) => ID) id!: string;
  @Field((_type) => String, { nullable: true }) name?: string | null;
}

@InputType()
export class RegionInput implements RegionFields {
  @Field((_type) => ID, { description: 'ISO 3166-2, e.g. CA-QC.' }) id!: string;
  @Field((_type) => String, { nullable: true }) name?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Country the region is part of (required on create).' })
  country?: string | null;
}

@InputType()
export class MineralInput implements MineralFields {
  @Field((_type) => ID) id!: string;
  @Field((_type) => String, { nullable: true }) name?: string | null;
  @Field((_type) => String, { nullable: true }) symbol?: string | null;
  @Field((_type) => [String], { nullable: true, description: 'Critical-minerals list ids, e.g. CA-2024.' }) critical?:
    string[] | null;
}

@InputType()
export class CompanyInput implements CompanyFields {
  @Field((_type) => ID) id!: string;
  @Field((_type) => String, { nullable: true }) name?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Headquarters country.' }) country?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Parent company.' }) parent?: string | null;
  @Field((_type) => String, { nullable: true }) ticker?: string | null;
  @Field((_type) => String, { nullable: true }) website?: string | null;
}

@InputType()
export class FacilityInput implements FacilityFields {
  @Field((_type) => ID) id!: string;
  @Field((_type) => String, { nullable: true }) name?: string | null;
  @Field((_type) => FacilityKind, { nullable: true, description: 'Required on create.' }) kind?: FacilityKind | null;
  @Field((_type) => FacilityStatus, { nullable: true, description: 'Required on create.' })
  status?: FacilityStatus | null;
  @Field((_type) => Float, { nullable: true, description: 'Give latitude and longitude together.' }) latitude?:
    number | null;
  @Field((_type) => Float, { nullable: true }) longitude?: number | null;
  @Field((_type) => String, { nullable: true }) city?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Region; the facility is also linked to its country.' })
  region?: string | null;
  @Field((_type) => ID, { nullable: true }) country?: string | null;
  @Field((_type) => Int, { nullable: true }) startYear?: number | null;
  @Field((_type) => [ID], { nullable: true }) sectors?: string[] | null;
  @Field((_type) => ID, { nullable: true, description: 'Operating company.' }) operator?: string | null;
  @Field((_type) => String, { nullable: true }) source?: string | null;
}

@InputType()
export class AgreementInput implements AgreementFields {
  @Field((_type) => ID) id!: string;
  @Field((_type) => String, { nullable: true }) name?: string | null;
  @Field((_type) => AgreementKind, { nullable: true, description: 'Required on create.' }) kind?: AgreementKind | null;
  @Field((_type) => AgreementStatus, { nullable: true, description: 'Required on create.' })
  status?: AgreementStatus | null;
  @Field((_type) => String, { nullable: true, description: 'ISO 8601 date.' }) signed?: string | null;
  @Field((_type) => String, { nullable: true, description: 'ISO 8601 date.' }) effective?: string | null;
  @Field((_type) => String, { nullable: true }) source?: string | null;
}
