import { Field, Float, ID, ObjectType } from 'type-graphql';
import { AgreementAggregate, CompanyAggregate, EntityAggregate, FacilityAggregate } from './aggregate.type';
import { Connection } from './connection.type';
import { Confidence } from './enums';
import { PartialDateScalar } from './partial-date.scalar';
import { Entity } from './entity.type';
import { Agreement, Company, Country, Facility, Mineral, Region, Sector } from './nodes.type';

/** The evidence of the fact a relationship states (every fact-stating relationship carries it). */
@ObjectType({ description: 'The evidence behind a relationship.' })
export class EdgeEvidence {
  @Field((_type) => Confidence, {
    nullable: true,
    description: 'How well the fact is established (the analyses count a missing one as INFERRED).',
  })
  confidence?: Confidence | null;
  @Field((_type) => String, { nullable: true, description: 'URL of the document stating the fact.' })
  source?: string | null;
  @Field((_type) => String, { nullable: true, description: 'What the source says, what is uncertain.' })
  note?: string | null;
  @Field((_type) => PartialDateScalar, { nullable: true, description: 'Since when the fact holds.' })
  since?: string | null;
  @Field((_type) => PartialDateScalar, { nullable: true, description: 'When it stopped holding.' })
  until?: string | null;
}

/** Properties of the relationship behind an edge, flattened onto the edge. */
@ObjectType({ description: 'Properties of an OWNS relationship.' })
export class OwnershipProperties extends EdgeEvidence {
  @Field((_type) => Float, { nullable: true, description: 'Equity share, 0..1.' }) share?: number | null;
}

@ObjectType({ description: 'Properties of a PRODUCES relationship.' })
export class ProductionProperties extends EdgeEvidence {
  @Field((_type) => Float, { nullable: true, description: 'Nameplate capacity.' }) capacity?: number | null;
  @Field((_type) => String, { nullable: true, description: 'Unit of capacity, e.g. t/y LCE.' }) unit?: string | null;
}

@ObjectType({ description: 'Properties of a SUPPLIES relationship.' })
export class SupplyProperties extends EdgeEvidence {
  @Field((_type) => ID, { nullable: true, description: 'Id of the mineral carried by this link.' }) mineral?:
    string | null;
  @Field((_type) => String, { nullable: true, description: 'Product shipped, e.g. spodumene concentrate.' }) product?:
    string | null;
  @Field((_type) => Float, { nullable: true, description: 'Volume shipped per year, in `unit`.' }) volume?:
    number | null;
  @Field((_type) => String, { nullable: true, description: 'Unit of volume, e.g. t/y.' }) unit?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Id of the agreement the link runs under.' }) agreement?:
    string | null;
}

@ObjectType({ description: 'Properties of a CONSUMES relationship.' })
export class ConsumptionProperties extends EdgeEvidence {
  @Field((_type) => Float, { nullable: true, description: 'Annual volume consumed.' }) volume?: number | null;
  @Field((_type) => String, { nullable: true, description: 'Unit of volume, e.g. t/y LCE.' }) unit?: string | null;
}

@ObjectType({ description: 'Properties of a PARTY_TO relationship.' })
export class PartyProperties extends EdgeEvidence {
  @Field((_type) => String, { nullable: true, description: 'Role of the party, e.g. signatory, buyer, seller.' })
  role?: string | null;
}

/**
 * The evidence of an OPERATES link: the operated facility row's (a relationship without evidence of
 * its own; seed/README.md, "Evidence").
 */
@ObjectType({ description: "Evidence of an OPERATES link: the operated facility row's." })
export class OperationProperties {
  @Field((_type) => Confidence, {
    nullable: true,
    description: "The facility row's confidence (the analyses count a missing one as INFERRED).",
  })
  confidence?: Confidence | null;
  @Field((_type) => String, { nullable: true, description: "URL of the facility row's source." })
  source?: string | null;
  @Field((_type) => PartialDateScalar, {
    nullable: true,
    description: 'The date the facility row (its status and operator) applies to: its statusAsOf.',
  })
  statusAsOf?: string | null;
}

export const FacilityConnection = Connection(
  'Facility',
  () => Facility,
  undefined,
  () => FacilityAggregate,
);
export const CompanyConnection = Connection(
  'Company',
  () => Company,
  undefined,
  () => CompanyAggregate,
);
export const MineralConnection = Connection('Mineral', () => Mineral);
export const AgreementConnection = Connection(
  'Agreement',
  () => Agreement,
  undefined,
  () => AgreementAggregate,
);
export const CountryConnection = Connection('Country', () => Country);
export const RegionConnection = Connection('Region', () => Region);
export const SectorConnection = Connection('Sector', () => Sector);
export const EntityConnection = Connection(
  'Entity',
  () => Entity,
  undefined,
  () => EntityAggregate,
);

export const OperatedFacilityConnection = Connection(
  'OperatedFacility',
  () => Facility,
  OperationProperties,
  () => FacilityAggregate,
);
export const OwnedFacilityConnection = Connection(
  'OwnedFacility',
  () => Facility,
  OwnershipProperties,
  () => FacilityAggregate,
);
export const FacilityOwnerConnection = Connection(
  'FacilityOwner',
  () => Company,
  OwnershipProperties,
  () => CompanyAggregate,
);
export const ProducedMineralConnection = Connection('ProducedMineral', () => Mineral, ProductionProperties);
export const MineralProducerConnection = Connection(
  'MineralProducer',
  () => Facility,
  ProductionProperties,
  () => FacilityAggregate,
);
export const SupplyLinkConnection = Connection(
  'SupplyLink',
  () => Facility,
  SupplyProperties,
  () => FacilityAggregate,
);
export const PartyAgreementConnection = Connection(
  'PartyAgreement',
  () => Agreement,
  PartyProperties,
  () => AgreementAggregate,
);
export const AgreementPartyConnection = Connection(
  'AgreementParty',
  () => Entity,
  PartyProperties,
  () => EntityAggregate,
);
export const ConsumedMineralConnection = Connection('ConsumedMineral', () => Mineral, ConsumptionProperties);
