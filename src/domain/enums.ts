/** Closed vocabularies of the domain. Plain TypeScript enums: the GraphQL layer registers them, the seed validates against them. */

export enum FacilityKind {
  MINE = 'MINE',
  CONCENTRATOR = 'CONCENTRATOR',
  SMELTER = 'SMELTER',
  ALUMINIUM_SMELTER = 'ALUMINIUM_SMELTER',
  REFINERY = 'REFINERY',
  PRECURSOR_CATHODE = 'PRECURSOR_CATHODE',
  CATHODE = 'CATHODE',
  ANODE = 'ANODE',
  BATTERY_COMPONENT = 'BATTERY_COMPONENT',
  CELL = 'CELL',
  PACK = 'PACK',
  EV_ASSEMBLY = 'EV_ASSEMBLY',
  MAGNET = 'MAGNET',
  POLYSILICON = 'POLYSILICON',
  WAFER = 'WAFER',
  SEMICONDUCTOR_FAB = 'SEMICONDUCTOR_FAB',
  SEMICONDUCTOR_PACKAGING = 'SEMICONDUCTOR_PACKAGING',
  RECYCLING = 'RECYCLING',
  POWER_PLANT = 'POWER_PLANT',
  OTHER = 'OTHER',
}

export enum FacilityStatus {
  OPERATING = 'OPERATING',
  CONSTRUCTION = 'CONSTRUCTION',
  PLANNED = 'PLANNED',
  IDLE = 'IDLE',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum AgreementKind {
  TRADE_AGREEMENT = 'TRADE_AGREEMENT',
  SECTORAL_AGREEMENT = 'SECTORAL_AGREEMENT',
  JOINT_ACTION_PLAN = 'JOINT_ACTION_PLAN',
  OFFTAKE = 'OFFTAKE',
  INVESTMENT = 'INVESTMENT',
  FUNDING = 'FUNDING',
  LEGISLATION = 'LEGISLATION',
}

export enum AgreementStatus {
  IN_FORCE = 'IN_FORCE',
  SIGNED = 'SIGNED',
  NEGOTIATING = 'NEGOTIATING',
  PROPOSED = 'PROPOSED',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

/** The kind of a node; equal to its Neo4j label (besides `Entity`). */
export enum NodeKind {
  Country = 'Country',
  Region = 'Region',
  Sector = 'Sector',
  Mineral = 'Mineral',
  Company = 'Company',
  Facility = 'Facility',
  Agreement = 'Agreement',
}

export enum RelationshipType {
  OPERATES = 'OPERATES',
  OWNS = 'OWNS',
  SUBSIDIARY_OF = 'SUBSIDIARY_OF',
  HEADQUARTERED_IN = 'HEADQUARTERED_IN',
  LOCATED_IN = 'LOCATED_IN',
  PART_OF = 'PART_OF',
  IN_SECTOR = 'IN_SECTOR',
  PRODUCES = 'PRODUCES',
  CONSUMES = 'CONSUMES',
  SUPPLIES = 'SUPPLIES',
  PARTY_TO = 'PARTY_TO',
  COVERS = 'COVERS',
}

export const NODE_KINDS: readonly NodeKind[] = Object.values(NodeKind);
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = Object.values(RelationshipType);

/** Parses an enum value case-insensitively (CSV and other loose inputs); undefined when it is not a member. */
export function parseEnum<E extends Record<string, string>>(enumObject: E, raw: string): E[keyof E] | undefined {
  const wanted = raw.trim().toUpperCase();
  return Object.values<string>(enumObject).find((v) => v.toUpperCase() === wanted) as E[keyof E] | undefined;
}
