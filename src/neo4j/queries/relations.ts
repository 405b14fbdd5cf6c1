import { NodeKind, RelationshipType } from '../../domain/enums';

/**
 * A navigable side of a relationship: from an entity along `type` in `direction` to entities of
 * `target` (any entity when undefined). The GraphQL relationship fields are all built from these.
 */
export interface RelationSpec {
  readonly key: string;
  readonly type: RelationshipType;
  readonly direction: 'OUT' | 'IN';
  readonly target?: NodeKind;
  /**
   * Edge fields read from the related node instead of the relationship (edge field -> stored node
   * property): for a relationship that carries no evidence of its own.
   */
  readonly edgeFromNode?: Readonly<Record<string, string>>;
}

const R = RelationshipType;
const K = NodeKind;
function spec(
  key: string,
  type: RelationshipType,
  direction: 'OUT' | 'IN',
  target?: NodeKind,
  edgeFromNode?: Readonly<Record<string, string>>,
): RelationSpec {
  return { key, type, direction, target, ...(edgeFromNode ? { edgeFromNode } : {}) };
}

/**
 * OPERATES takes its evidence from the facility row (seed/README.md, "Evidence"): the operated
 * facility's confidence, source and the date its status applies to.
 */
export const OPERATES_EVIDENCE = { confidence: 'confidence', source: 'source', statusAsOf: 'status_as_of' } as const;

export const REL = {
  facilityOperators: spec('facilityOperators', R.OPERATES, 'IN', K.Company),
  facilityOwners: spec('facilityOwners', R.OWNS, 'IN', K.Company),
  facilityCountry: spec('facilityCountry', R.LOCATED_IN, 'OUT', K.Country),
  facilityRegion: spec('facilityRegion', R.LOCATED_IN, 'OUT', K.Region),
  facilitySectors: spec('facilitySectors', R.IN_SECTOR, 'OUT', K.Sector),
  facilityProduces: spec('facilityProduces', R.PRODUCES, 'OUT', K.Mineral),
  facilityConsumes: spec('facilityConsumes', R.CONSUMES, 'OUT', K.Mineral),
  facilitySuppliers: spec('facilitySuppliers', R.SUPPLIES, 'IN', K.Facility),
  facilityCustomers: spec('facilityCustomers', R.SUPPLIES, 'OUT', K.Facility),
  facilityAgreements: spec('facilityAgreements', R.COVERS, 'IN', K.Agreement),

  companyOperates: spec('companyOperates', R.OPERATES, 'OUT', K.Facility, OPERATES_EVIDENCE),
  companyOwns: spec('companyOwns', R.OWNS, 'OUT', K.Facility),
  companyParent: spec('companyParent', R.SUBSIDIARY_OF, 'OUT', K.Company),
  companySubsidiaries: spec('companySubsidiaries', R.SUBSIDIARY_OF, 'IN', K.Company),
  companyHeadquarters: spec('companyHeadquarters', R.HEADQUARTERED_IN, 'OUT', K.Country),
  companyAgreements: spec('companyAgreements', R.PARTY_TO, 'OUT', K.Agreement),

  mineralProducers: spec('mineralProducers', R.PRODUCES, 'IN', K.Facility),
  mineralConsumers: spec('mineralConsumers', R.CONSUMES, 'IN', K.Facility),
  mineralAgreements: spec('mineralAgreements', R.COVERS, 'IN', K.Agreement),

  countryRegions: spec('countryRegions', R.PART_OF, 'IN', K.Region),
  countryFacilities: spec('countryFacilities', R.LOCATED_IN, 'IN', K.Facility),
  countryCompanies: spec('countryCompanies', R.HEADQUARTERED_IN, 'IN', K.Company),
  countryAgreements: spec('countryAgreements', R.PARTY_TO, 'OUT', K.Agreement),

  regionCountry: spec('regionCountry', R.PART_OF, 'OUT', K.Country),
  regionFacilities: spec('regionFacilities', R.LOCATED_IN, 'IN', K.Facility),

  sectorFacilities: spec('sectorFacilities', R.IN_SECTOR, 'IN', K.Facility),
  sectorAgreements: spec('sectorAgreements', R.COVERS, 'IN', K.Agreement),

  agreementParties: spec('agreementParties', R.PARTY_TO, 'IN'),
  agreementCovers: spec('agreementCovers', R.COVERS, 'OUT'),
} as const satisfies Record<string, RelationSpec>;

/** The relationship pattern text for a spec; type and label come from the fixed enums only. */
export function relationPattern(s: RelationSpec, from = 'p', rel = 'r', to = 'n'): string {
  const label = s.target ? `:${s.target}` : ':Entity';
  return s.direction === 'OUT'
    ? `(${from})-[${rel}:${s.type}]->(${to}${label})`
    : `(${from})<-[${rel}:${s.type}]-(${to}${label})`;
}

/** Property names reach the query text only from the schema's fields; this guards the rule. */
export function safeName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Unsafe property name '${name}'`);
  return name;
}

/**
 * The map of an edge's properties: the relationship's own (`fields`, or all when undefined), or
 * for a spec with `edgeFromNode` those fields read from the related node.
 */
export function edgeProjection(s: RelationSpec, rel: string, node: string, fields?: readonly string[]): string {
  if (s.edgeFromNode) {
    const entries = Object.entries(s.edgeFromNode).filter(([field]) => !fields || fields.includes(field));
    return `{${entries.map(([field, prop]) => `${safeName(field)}: ${node}.${safeName(prop)}`).join(', ')}}`;
  }
  if (!fields) return `properties(${rel})`;
  return `${rel} {${fields.map((f) => `.${safeName(f)}`).join(', ')}}`;
}
