import { NodeKind, RelationshipType } from '../enums';

/**
 * Every relationship type once: its endpoints, the properties it may carry, the properties that
 * (with the endpoints) identify one relationship, its evidence fields and, for the types loaded
 * from a file of their own, the seed file and its two endpoint columns. The Cypher type lists, the
 * mutation property list and the seed contract's relationship files are derived from this table:
 * adding a relationship type is one entry here (plus the enum member) and its tests.
 */
export type PropertyType = 'string' | 'int' | 'float' | 'date' | 'id' | 'point' | 'stringList' | 'enum';

/** Where a fact comes from and how sure it is (see seed/README.md "Evidence"). */
export const EVIDENCE_FIELDS = ['confidence', 'source', 'note', 'since', 'until'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** A seed file's name: the contract's files are `*.csv`. */
export type SeedFileName = `${string}.csv`;

export interface RelationshipSeedFile {
  file: SeedFileName;
  /** Its two endpoint columns, in file order. */
  columns: readonly [string, string];
  /** The column of the start node, when it is not the first (a party comes after its agreement). */
  fromColumn?: string;
}

/**
 * What a relationship property's value must be, beyond its type: a number's range, the kinds an
 * id (or a list of ids) refers to, and another property it needs (a volume means nothing
 * without its unit). The seed row parser and the mutation planner both check these.
 */
export interface PropertyRule {
  min?: number;
  max?: number;
  refs?: readonly NodeKind[];
  requires?: string;
}

export interface RelationshipSchema {
  type: RelationshipType;
  from: readonly NodeKind[];
  to: readonly NodeKind[];
  /** Properties the relationship may carry, with their types (the order is the column order). */
  properties: Readonly<Record<string, PropertyType>>;
  /** Properties that, with the endpoints, identify one relationship (MERGE key). */
  key: readonly string[];
  /** Checks on property values (see PropertyRule). */
  rules: Readonly<Record<string, PropertyRule>>;
  /** Evidence fields the relationship carries besides its properties. */
  evidence: readonly EvidenceField[];
  /** The refusal when both ends are the same node, for types where that makes no sense. */
  distinctEnds?: string;
  /** The seed file of its own, when the type is not implied by a node file's cells. */
  seed?: RelationshipSeedFile;
}

const K = NodeKind;
const R = RelationshipType;

/** A relationship with defaults: no properties, rules, key or evidence, no seed file of its own. */
function rel(
  type: RelationshipType,
  from: readonly NodeKind[],
  to: readonly NodeKind[],
  more: Partial<Omit<RelationshipSchema, 'type' | 'from' | 'to'>> = {},
): RelationshipSchema {
  return { type, from, to, properties: {}, rules: {}, key: [], evidence: [], ...more };
}

/** Ordered as the seed loads them: the types implied by node files first, then one file per type. */
export const RELATIONSHIPS: Readonly<Record<RelationshipType, RelationshipSchema>> = {
  OPERATES: rel(R.OPERATES, [K.Company], [K.Facility]),
  SUBSIDIARY_OF: rel(R.SUBSIDIARY_OF, [K.Company], [K.Company]),
  HEADQUARTERED_IN: rel(R.HEADQUARTERED_IN, [K.Company], [K.Country]),
  LOCATED_IN: rel(R.LOCATED_IN, [K.Facility], [K.Region, K.Country]),
  PART_OF: rel(R.PART_OF, [K.Region], [K.Country]),
  IN_SECTOR: rel(R.IN_SECTOR, [K.Facility], [K.Sector]),
  PRODUCES: rel(R.PRODUCES, [K.Facility], [K.Mineral], {
    properties: { capacity: 'float', unit: 'string' },
    rules: { capacity: { min: 0 } },
    evidence: EVIDENCE_FIELDS,
    seed: { file: 'outputs.csv', columns: ['facility', 'mineral'] },
  }),
  CONSUMES: rel(R.CONSUMES, [K.Facility], [K.Mineral], {
    properties: { volume: 'float', unit: 'string' },
    rules: { volume: { min: 0, requires: 'unit' } },
    evidence: EVIDENCE_FIELDS,
    seed: { file: 'inputs.csv', columns: ['facility', 'mineral'] },
  }),
  OWNS: rel(R.OWNS, [K.Company], [K.Facility], {
    properties: { share: 'float' },
    rules: { share: { min: 0, max: 1 } },
    evidence: EVIDENCE_FIELDS,
    seed: { file: 'ownership.csv', columns: ['company', 'facility'] },
  }),
  SUPPLIES: rel(R.SUPPLIES, [K.Facility], [K.Facility], {
    properties: {
      mineral: 'id',
      minerals: 'stringList',
      product: 'string',
      volume: 'float',
      unit: 'string',
      agreement: 'id',
    },
    rules: {
      mineral: { refs: [K.Mineral] },
      minerals: { refs: [K.Mineral] },
      volume: { min: 0 },
      agreement: { refs: [K.Agreement] },
    },
    // One mineral: `mineral`; several: the sorted list `minerals` (see seed/README.md).
    key: ['mineral'],
    evidence: EVIDENCE_FIELDS,
    distinctEnds: 'a facility cannot supply itself',
    seed: { file: 'supply.csv', columns: ['supplier', 'customer'] },
  }),
  PARTY_TO: rel(R.PARTY_TO, [K.Country, K.Company], [K.Agreement], {
    properties: { role: 'string' },
    evidence: EVIDENCE_FIELDS,
    seed: { file: 'agreement_parties.csv', columns: ['agreement', 'party'], fromColumn: 'party' },
  }),
  COVERS: rel(R.COVERS, [K.Agreement], [K.Sector, K.Mineral, K.Facility], {
    seed: { file: 'agreement_scope.csv', columns: ['agreement', 'target'] },
  }),
};

/**
 * What each relationship property means, whichever types carry it (a name means one thing across
 * types). The API's relationship input and output fields take their descriptions from here,
 * prefixed with the types that carry the property.
 */
export const PROPERTY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  mineral: 'the mineral of a single-mineral link; with the endpoints it identifies the link',
  minerals:
    'the minerals of a link carrying several (any order on input, stored sorted; e.g. a nickel-copper-cobalt matte); with the endpoints they identify the link, and `mineral`, when also given, must be one of them',
  product: 'the product shipped',
  volume: 'annual volume (>= 0; on CONSUMES it needs its unit)',
  unit: 'unit of the capacity or volume, e.g. t/y LCE',
  agreement: 'id of the agreement the link runs under',
  capacity: 'nameplate capacity (>= 0)',
  share: 'equity share, 0..1',
  role: 'role of the party',
  confidence: 'how well the fact is established (the analyses count a missing one as INFERRED)',
  source: 'absolute http(s) URL of the document stating the fact',
  note: 'what the source says, what is uncertain',
  since: 'since when the fact holds (a partial date: YYYY, YYYY-MM or YYYY-MM-DD); not after until',
  until: 'when it stopped holding (a partial date)',
};

/** The types that carry a property (as a property or an evidence field), in model order. */
export function typesCarrying(property: string): RelationshipType[] {
  return Object.values(RELATIONSHIPS)
    .filter((r) => property in r.properties || (r.evidence as readonly string[]).includes(property))
    .map((r) => r.type);
}

/** The property names of a relationship type, in column order, then its evidence fields. */
export function propertyNames(type: RelationshipType): string[] {
  return [...Object.keys(RELATIONSHIPS[type].properties), ...RELATIONSHIPS[type].evidence];
}

/** Every property any relationship may carry (what a relationship input may name). */
export const RELATIONSHIP_PROPERTIES: readonly string[] = [
  ...new Set(Object.values(RELATIONSHIPS).flatMap((r) => [...Object.keys(r.properties), ...r.evidence])),
];

/**
 * A filter on the relationship behind an edge (the `edgeWhere` of a relationship field): a range
 * on a number property (`shareGte`, `volumeLte`, …), on an evidence date (`sinceGte`, `untilLte`:
 * partial dates compared by their first day, src/domain/evidence.ts), or the evidence confidence.
 */
export type EdgeFilterSpec =
  | { op: 'gte' | 'lte'; property: string; value: 'number' | 'partialDate' }
  | { op: 'eqAnyCase' | 'inAnyCase'; property: 'confidence' };

/**
 * The edge filters of a relationship type, derived from its description: `<p>Gte`/`<p>Lte` for
 * each number property, `sinceGte`/`sinceLte`/`untilGte`/`untilLte` and `confidence`/`confidenceIn`
 * where it carries that evidence. Empty for a type with neither.
 */
export function edgeFilters(type: RelationshipType): Readonly<Record<string, EdgeFilterSpec>> {
  const r = RELATIONSHIPS[type];
  const filters: Record<string, EdgeFilterSpec> = {};
  for (const [property, kind] of Object.entries(r.properties))
    if (kind === 'float' || kind === 'int') {
      filters[`${property}Gte`] = { op: 'gte', property, value: 'number' };
      filters[`${property}Lte`] = { op: 'lte', property, value: 'number' };
    }
  for (const property of ['since', 'until'] as const)
    if (r.evidence.includes(property)) {
      filters[`${property}Gte`] = { op: 'gte', property, value: 'partialDate' };
      filters[`${property}Lte`] = { op: 'lte', property, value: 'partialDate' };
    }
  if (r.evidence.includes('confidence')) {
    filters.confidence = { op: 'eqAnyCase', property: 'confidence' };
    filters.confidenceIn = { op: 'inAnyCase', property: 'confidence' };
  }
  return filters;
}
