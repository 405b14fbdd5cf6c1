import { NodeKind, RelationshipType } from '../domain/enums';

/**
 * The CSV contract (documented in seed/README.md): which files a seed directory may hold, their
 * columns, and what each makes. The order of SEED_FILES is the load order: node files before
 * relationship files, and every node file after the files it references (except a company's
 * parent, which may come later in companies.csv).
 */
export type SeedFileName =
  | 'countries.csv'
  | 'regions.csv'
  | 'sectors.csv'
  | 'minerals.csv'
  | 'companies.csv'
  | 'facilities.csv'
  | 'agreements.csv'
  | 'outputs.csv'
  | 'inputs.csv'
  | 'ownership.csv'
  | 'supply.csv'
  | 'agreement_parties.csv'
  | 'agreement_scope.csv';

export interface FileSpec {
  file: SeedFileName;
  /** The node kind the file defines (one file per kind), if it defines nodes. */
  kind?: NodeKind;
  required: readonly string[];
  optional: readonly string[];
  /** Stored property names that are not columns (an extra column may not shadow them). */
  stored: readonly string[];
  /** Relationship types the file writes. */
  makes: readonly RelationshipType[];
}

const K = NodeKind;
const R = RelationshipType;

export const SEED_FILES: readonly FileSpec[] = [
  { file: 'countries.csv', kind: K.Country, required: ['id', 'name'], optional: [], stored: [], makes: [] },
  { file: 'regions.csv', kind: K.Region, required: ['id', 'name', 'country'], optional: [], stored: [], makes: [R.PART_OF] },
  { file: 'sectors.csv', kind: K.Sector, required: ['id', 'name'], optional: [], stored: [], makes: [] },
  { file: 'minerals.csv', kind: K.Mineral, required: ['id', 'name'], optional: ['symbol', 'critical'], stored: [], makes: [] },
  {
    file: 'companies.csv',
    kind: K.Company,
    required: ['id', 'name'],
    optional: ['country', 'parent', 'ticker', 'website'],
    stored: [],
    makes: [R.HEADQUARTERED_IN, R.SUBSIDIARY_OF],
  },
  {
    file: 'facilities.csv',
    kind: K.Facility,
    required: ['id', 'name', 'kind', 'status'],
    optional: ['operator', 'country', 'region', 'city', 'lat', 'lon', 'startYear', 'sectors', 'source', 'confidence', 'note', 'status_as_of'],
    stored: ['location'],
    makes: [R.OPERATES, R.LOCATED_IN, R.IN_SECTOR],
  },
  {
    file: 'agreements.csv',
    kind: K.Agreement,
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
    makes: [],
  },
  { file: 'outputs.csv', required: ['facility', 'mineral'], optional: ['capacity', 'unit', 'confidence', 'source', 'note', 'since', 'until'], stored: [], makes: [R.PRODUCES] },
  { file: 'inputs.csv', required: ['facility', 'mineral'], optional: ['volume', 'unit', 'confidence', 'source', 'note', 'since', 'until'], stored: [], makes: [R.CONSUMES] },
  { file: 'ownership.csv', required: ['company', 'facility'], optional: ['share', 'confidence', 'source', 'note', 'since', 'until'], stored: [], makes: [R.OWNS] },
  {
    file: 'supply.csv',
    required: ['supplier', 'customer'],
    optional: ['mineral', 'minerals', 'product', 'volume', 'unit', 'agreement', 'confidence', 'source', 'note', 'since', 'until'],
    stored: [],
    makes: [R.SUPPLIES],
  },
  { file: 'agreement_parties.csv', required: ['agreement', 'party'], optional: ['role', 'confidence', 'source', 'note', 'since', 'until'], stored: [], makes: [R.PARTY_TO] },
  { file: 'agreement_scope.csv', required: ['agreement', 'target'], optional: [], stored: [], makes: [R.COVERS] },
];

/** Names no extra column may take: read by the API layer (`label`, `__labels`...) on every node. */
export const GLOBALLY_RESERVED: readonly string[] = ['label', 'labels', 'extra', 'elementId'];

/** An extra column becomes a property of this name: a safe, plain identifier. */
export const EXTRA_COLUMN_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function specOf(file: SeedFileName): FileSpec {
  const spec = SEED_FILES.find(s => s.file === file);
  if (!spec) throw new Error(`Unknown seed file ${file}`);
  return spec;
}

export function fileOfKind(kind: NodeKind): SeedFileName {
  const spec = SEED_FILES.find(s => s.kind === kind);
  if (!spec) throw new Error(`No seed file defines ${kind}`);
  return spec.file;
}

/** Why an extra column name is refused, or undefined when it is acceptable. */
export function extraColumnProblem(spec: FileSpec, column: string): string | undefined {
  if (!EXTRA_COLUMN_PATTERN.test(column)) return 'extra column names must match ^[A-Za-z_][A-Za-z0-9_]*$';
  if (column.startsWith('__') || GLOBALLY_RESERVED.includes(column) || spec.stored.includes(column))
    return `'${column}' is a reserved property name`;
  // A miscased contract column would otherwise load silently as a string property.
  const known = [...spec.required, ...spec.optional].find(c => c.toLowerCase() === column.toLowerCase());
  if (known) return `unknown column; did you mean '${known}'? (column names are case-sensitive)`;
  return undefined;
}
