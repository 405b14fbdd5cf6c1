import { NodeKind, RelationshipType } from './enums';

/** Every node id: globally unique, case-sensitive. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * The allowed endpoints of each relationship type. This is the single fixed list that Cypher
 * labels and relationship types are taken from: nothing from user input reaches a query text.
 */
export interface RelationshipSchema {
  type: RelationshipType;
  from: readonly NodeKind[];
  to: readonly NodeKind[];
  /** Property names the relationship may carry. */
  properties: readonly string[];
  /** Properties that, with the endpoints, identify one relationship (MERGE key). */
  key: readonly string[];
}

const K = NodeKind;
export const RELATIONSHIPS: Record<RelationshipType, RelationshipSchema> = {
  OPERATES: { type: RelationshipType.OPERATES, from: [K.Company], to: [K.Facility], properties: [], key: [] },
  OWNS: { type: RelationshipType.OWNS, from: [K.Company], to: [K.Facility], properties: ['share'], key: [] },
  SUBSIDIARY_OF: { type: RelationshipType.SUBSIDIARY_OF, from: [K.Company], to: [K.Company], properties: [], key: [] },
  HEADQUARTERED_IN: {
    type: RelationshipType.HEADQUARTERED_IN,
    from: [K.Company],
    to: [K.Country],
    properties: [],
    key: [],
  },
  LOCATED_IN: {
    type: RelationshipType.LOCATED_IN,
    from: [K.Facility],
    to: [K.Region, K.Country],
    properties: [],
    key: [],
  },
  PART_OF: { type: RelationshipType.PART_OF, from: [K.Region], to: [K.Country], properties: [], key: [] },
  IN_SECTOR: { type: RelationshipType.IN_SECTOR, from: [K.Facility], to: [K.Sector], properties: [], key: [] },
  PRODUCES: {
    type: RelationshipType.PRODUCES,
    from: [K.Facility],
    to: [K.Mineral],
    properties: ['capacity', 'unit'],
    key: [],
  },
  CONSUMES: { type: RelationshipType.CONSUMES, from: [K.Facility], to: [K.Mineral], properties: [], key: [] },
  SUPPLIES: {
    type: RelationshipType.SUPPLIES,
    from: [K.Facility],
    to: [K.Facility],
    properties: ['mineral', 'product', 'volume', 'unit', 'since', 'agreement'],
    key: ['mineral'],
  },
  PARTY_TO: {
    type: RelationshipType.PARTY_TO,
    from: [K.Country, K.Company],
    to: [K.Agreement],
    properties: ['role'],
    key: [],
  },
  COVERS: {
    type: RelationshipType.COVERS,
    from: [K.Agreement],
    to: [K.Sector, K.Mineral, K.Facility],
    properties: [],
    key: [],
  },
};

export function kindFromLabels(labels: readonly string[]): NodeKind | undefined {
  return labels.find((l): l is NodeKind => (Object.values(NodeKind) as string[]).includes(l));
}

export function isLatitude(v: number): boolean {
  return Number.isFinite(v) && v >= -90 && v <= 90;
}
export function isLongitude(v: number): boolean {
  return Number.isFinite(v) && v >= -180 && v <= 180;
}
export function isShare(v: number): boolean {
  return Number.isFinite(v) && v >= 0 && v <= 1;
}
/** ISO 8601 calendar date (YYYY-MM-DD) that exists. */
export function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
