import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Entity, Node } from './entity.type';
import { AgreementKind, AgreementStatus, FacilityKind, FacilityStatus, NodeKind } from './enums';

/**
 * Scalar fields of each entity. Relationship fields (operator, minerals, parties, ...) are added
 * by the field resolvers in ../resolvers, which batch them per request.
 */

@ObjectType({ description: 'A geographic point (WGS 84).' })
export class GeoPoint {
  @Field((_type) => Float, { description: 'Latitude in degrees, -90..90.' }) latitude!: number;
  @Field((_type) => Float, { description: 'Longitude in degrees, -180..180.' }) longitude!: number;
}

@ObjectType({ implements: [Node, Entity], description: 'A country (id = ISO 3166-1 alpha-2, e.g. CA).' })
export class Country extends Entity {
  declare label: NodeKind.Country;
}

@ObjectType({
  implements: [Node, Entity],
  description: 'A province, state or territory (id = ISO 3166-2, e.g. CA-QC, US-NV).',
})
export class Region extends Entity {
  declare label: NodeKind.Region;
}

@ObjectType({
  implements: [Node, Entity],
  description: 'An industrial sector, e.g. semiconductors, electric vehicles, critical minerals.',
})
export class Sector extends Entity {
  declare label: NodeKind.Sector;
}

@ObjectType({ implements: [Node, Entity], description: 'A mineral or material.' })
export class Mineral extends Entity {
  declare label: NodeKind.Mineral;
  @Field((_type) => String, { nullable: true, description: 'Chemical symbol, where one applies.' })
  symbol?: string | null;
  @Field((_type) => [String], {
    description: 'Ids of the critical-minerals lists the mineral is on, e.g. CA-2024, US-2025.',
  })
  critical!: string[];
}

@ObjectType({ implements: [Node, Entity], description: 'A company or other organisation.' })
export class Company extends Entity {
  declare label: NodeKind.Company;
  @Field((_type) => String, { nullable: true, description: 'Stock ticker, e.g. NYSE:ALB.' }) ticker?: string | null;
  @Field((_type) => String, { nullable: true, description: 'Website URL.' }) website?: string | null;
}

@ObjectType({
  implements: [Node, Entity],
  description: 'An industrial asset: mine, refinery, plant, fab, power station.',
})
export class Facility extends Entity {
  declare label: NodeKind.Facility;
  @Field((_type) => FacilityKind, { description: 'The step of the value chain it performs.' }) kind!: FacilityKind;
  @Field((_type) => FacilityStatus, { description: 'Lifecycle status (as of `statusAsOf` where known).' })
  status!: FacilityStatus;
  @Field((_type) => GeoPoint, { nullable: true, description: 'Where it is (WGS 84), when known.' })
  location?: GeoPoint | null;
  @Field((_type) => String, { nullable: true, description: 'Nearest city or municipality.' }) city?: string | null;
  @Field((_type) => Int, { nullable: true, description: 'Year operations started (or are planned to).' })
  startYear?: number | null;
  @Field((_type) => String, { nullable: true, description: 'Where the facts about this facility come from.' })
  source?: string | null;
  @Field((_type) => String, {
    nullable: true,
    description: 'Confirmed, reported or inferred, when the source says (as stored).',
  })
  confidence?: string | null;
}

@ObjectType({
  implements: [Node, Entity],
  description: 'A trade agreement, sectoral deal, action plan, offtake, investment, funding or law.',
})
export class Agreement extends Entity {
  declare label: NodeKind.Agreement;
  @Field((_type) => AgreementKind, { description: 'What kind of instrument it is.' }) kind!: AgreementKind;
  @Field((_type) => AgreementStatus, { description: 'Legal status.' }) status!: AgreementStatus;
  @Field((_type) => String, { nullable: true, description: 'Date signed (ISO 8601).' }) signed?: string | null;
  @Field((_type) => String, { nullable: true, description: 'Date in force (ISO 8601).' }) effective?: string | null;
  @Field((_type) => String, { nullable: true, description: 'URL of the document the facts come from.' })
  source?: string | null;
}

export const ENTITY_TYPES = [Country, Region, Sector, Mineral, Company, Facility, Agreement] as const;
