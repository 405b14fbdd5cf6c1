import { NodeKind, RelationshipType } from '../enums';
import type { PropertyType, SeedFileName } from './relationships';

/**
 * Every node kind once: its stored properties, the links its own fields set (on a mutation input
 * and as cells of its seed file), its `where` filters and its seed file. The label lists, the
 * filter templates, the mutation field map and the seed contract's node files are derived from
 * this table: adding a property, a filter or a facility kind is one entry here and its tests.
 */

/** A link set by a field of the node itself: `operator` on a facility is `(Company)-[:OPERATES]->(Facility)`. */
export interface LinkField {
  type: RelationshipType;
  /** OUT: this node is the start node. */
  direction: 'OUT' | 'IN';
  other: NodeKind;
}

/**
 * A `where` field: a comparison on a property (`contains`/`startsWith`/`…AnyCase` ignore case,
 * `listHas`: the list property holds the value, `gte`/`lte` on numbers or, with `value: 'date'`,
 * dates, `within`: a point property inside a bounding box), the entity's label, "linked to the
 * entity with this id (or one of these ids)", or "has a link whose property is at least / at most".
 */
export type FilterSpec =
  | { op: 'eq' | 'in' | 'contains' | 'startsWith' | 'listHas' | 'eqAnyCase' | 'inAnyCase' | 'within'; property: string }
  | { op: 'gte' | 'lte'; property: string; value?: 'date' }
  | { op: 'labelIn' }
  | { op: 'linked' | 'linkedIn'; type: RelationshipType; direction: 'OUT' | 'IN'; other: NodeKind | 'Entity' }
  | {
      op: 'linkedGte' | 'linkedLte';
      type: RelationshipType;
      direction: 'OUT' | 'IN';
      other: NodeKind;
      property: string;
    };

export interface NodeSeedFile {
  file: SeedFileName;
  required: readonly string[];
  optional: readonly string[];
  /** Stored property names that are not columns (an extra column may not shadow them). */
  stored: readonly string[];
}

export interface NodeSchema {
  kind: NodeKind;
  /** Stored properties besides `id` and `name`. */
  properties: Readonly<Record<string, PropertyType>>;
  links: Readonly<Record<string, LinkField>>;
  filters: Readonly<Record<string, FilterSpec>>;
  seed: NodeSeedFile;
}

const K = NodeKind;
const R = RelationshipType;

const eq = (property: string): FilterSpec => ({ op: 'eq', property });
const oneOf = (property: string): FilterSpec => ({ op: 'in', property });
const linked = (type: RelationshipType, direction: 'OUT' | 'IN', other: NodeKind | 'Entity'): FilterSpec => ({
  op: 'linked',
  type,
  direction,
  other,
});
const linkedIn = (type: RelationshipType, direction: 'OUT' | 'IN', other: NodeKind): FilterSpec => ({
  op: 'linkedIn',
  type,
  direction,
  other,
});
/** Confidence as stored (any case) against the enum's names. */
const confidence = {
  confidence: { op: 'eqAnyCase', property: 'confidence' },
  confidenceIn: { op: 'inAnyCase', property: 'confidence' },
} as const satisfies Record<string, FilterSpec>;
const kindAndStatus = { kind: eq('kind'), kindIn: oneOf('kind'), status: eq('status'), statusIn: oneOf('status') };

/** Filters every kind has. */
export const COMMON_FILTERS = {
  id: eq('id'),
  idIn: oneOf('id'),
  name: eq('name'),
  nameContains: { op: 'contains', property: 'name' },
  nameStartsWith: { op: 'startsWith', property: 'name' },
  labelIn: { op: 'labelIn' },
} as const satisfies Record<string, FilterSpec>;

/** In seed order: every node file after the files it references. */
export const NODES = {
  Country: {
    kind: K.Country,
    properties: {},
    links: {},
    filters: {},
    seed: { file: 'countries.csv', required: ['id', 'name'], optional: [], stored: [] },
  },
  Region: {
    kind: K.Region,
    properties: {},
    links: { country: { type: R.PART_OF, direction: 'OUT', other: K.Country } },
    filters: { country: linked(R.PART_OF, 'OUT', K.Country) },
    seed: { file: 'regions.csv', required: ['id', 'name', 'country'], optional: [], stored: [] },
  },
  Sector: {
    kind: K.Sector,
    properties: {},
    links: {},
    filters: {},
    seed: { file: 'sectors.csv', required: ['id', 'name'], optional: [], stored: [] },
  },
  Mineral: {
    kind: K.Mineral,
    properties: { symbol: 'string', critical: 'stringList' },
    links: {},
    filters: { symbol: eq('symbol'), critical: { op: 'listHas', property: 'critical' }, ...confidence },
    seed: { file: 'minerals.csv', required: ['id', 'name'], optional: ['symbol', 'critical'], stored: [] },
  },
  Company: {
    kind: K.Company,
    properties: { ticker: 'string', website: 'string' },
    links: {
      country: { type: R.HEADQUARTERED_IN, direction: 'OUT', other: K.Country },
      parent: { type: R.SUBSIDIARY_OF, direction: 'OUT', other: K.Company },
    },
    filters: {
      country: linked(R.HEADQUARTERED_IN, 'OUT', K.Country),
      countryIn: linkedIn(R.HEADQUARTERED_IN, 'OUT', K.Country),
      parent: linked(R.SUBSIDIARY_OF, 'OUT', K.Company),
      ticker: eq('ticker'),
      operates: linked(R.OPERATES, 'OUT', K.Facility),
      ...confidence,
    },
    seed: {
      file: 'companies.csv',
      required: ['id', 'name'],
      optional: ['country', 'parent', 'ticker', 'website'],
      stored: [],
    },
  },
  Facility: {
    kind: K.Facility,
    properties: {
      kind: 'enum',
      status: 'enum',
      location: 'point',
      city: 'string',
      startYear: 'int',
      source: 'string',
    },
    links: {
      operator: { type: R.OPERATES, direction: 'IN', other: K.Company },
      country: { type: R.LOCATED_IN, direction: 'OUT', other: K.Country },
      region: { type: R.LOCATED_IN, direction: 'OUT', other: K.Region },
      sectors: { type: R.IN_SECTOR, direction: 'OUT', other: K.Sector },
    },
    filters: {
      ...kindAndStatus,
      country: linked(R.LOCATED_IN, 'OUT', K.Country),
      countryIn: linkedIn(R.LOCATED_IN, 'OUT', K.Country),
      region: linked(R.LOCATED_IN, 'OUT', K.Region),
      regionIn: linkedIn(R.LOCATED_IN, 'OUT', K.Region),
      sector: linked(R.IN_SECTOR, 'OUT', K.Sector),
      operator: linked(R.OPERATES, 'IN', K.Company),
      owner: linked(R.OWNS, 'IN', K.Company),
      produces: linked(R.PRODUCES, 'OUT', K.Mineral),
      consumes: linked(R.CONSUMES, 'OUT', K.Mineral),
      city: eq('city'),
      startYearGte: { op: 'gte', property: 'startYear' },
      startYearLte: { op: 'lte', property: 'startYear' },
      capacityGte: { op: 'linkedGte', type: R.PRODUCES, direction: 'OUT', other: K.Mineral, property: 'capacity' },
      capacityLte: { op: 'linkedLte', type: R.PRODUCES, direction: 'OUT', other: K.Mineral, property: 'capacity' },
      within: { op: 'within', property: 'location' },
      ...confidence,
    },
    seed: {
      file: 'facilities.csv',
      required: ['id', 'name', 'kind', 'status'],
      optional: [
        'operator',
        'country',
        'region',
        'city',
        'lat',
        'lon',
        'startYear',
        'sectors',
        'source',
        // The evidence of the row, also that of its OPERATES link.
        'confidence',
        'note',
        'status_as_of',
      ],
      stored: ['location'],
    },
  },
  Agreement: {
    kind: K.Agreement,
    properties: { kind: 'enum', status: 'enum', signed: 'date', effective: 'date', source: 'string' },
    links: {},
    filters: {
      ...kindAndStatus,
      party: linked(R.PARTY_TO, 'IN', 'Entity'),
      covers: linked(R.COVERS, 'OUT', 'Entity'),
      signedGte: { op: 'gte', property: 'signed', value: 'date' },
      signedLte: { op: 'lte', property: 'signed', value: 'date' },
      effectiveGte: { op: 'gte', property: 'effective', value: 'date' },
      effectiveLte: { op: 'lte', property: 'effective', value: 'date' },
      ...confidence,
    },
    seed: {
      file: 'agreements.csv',
      required: ['id', 'name', 'kind', 'status'],
      optional: [
        'signed',
        'effective',
        'source',
        'confidence',
        'note',
        'signed_approx',
        'effective_approx',
        'announced',
        'expires',
        'term_end',
        'joint_review',
      ],
      stored: [],
    },
  },
} as const satisfies Record<NodeKind, NodeSchema>;

/** The filter fields of a kind (besides the common ones), as a type: the `where` inputs are checked against it. */
export type FilterFieldOf<K extends NodeKind> = keyof (typeof NODES)[K]['filters'];
export type CommonFilterField = keyof typeof COMMON_FILTERS;

/** The Neo4j labels of the entity kinds (every entity also carries `Entity`). */
export const KNOWN_LABELS: readonly string[] = Object.keys(NODES);

export function kindFromLabels(labels: readonly string[]): NodeKind | undefined {
  return labels.find((l): l is NodeKind => KNOWN_LABELS.includes(l));
}

/** The input field of a node that sets a link, by `TYPE:OtherKind` (a path in mutation errors). */
export const FIELD_BY_LINK: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(NODES).flatMap((n: NodeSchema) =>
    Object.entries(n.links).map(([field, l]) => [`${l.type}:${l.other}`, field]),
  ),
);

/** Relationship types a node's seed file writes from its own cells, in column order. */
export function linkTypesOf(kind: NodeKind): RelationshipType[] {
  const node: NodeSchema = NODES[kind];
  return [...new Set(Object.values(node.links).map((l) => l.type))];
}
