import { NODE_KINDS, type NodeKind, type RelationshipType } from '../domain/enums';
import { linkTypesOf, NODES, propertyNames, RELATIONSHIPS, type SeedFileName } from '../domain/model';

export type { SeedFileName } from '../domain/model';

/**
 * The CSV contract (documented in seed/README.md, derived from the domain model): which files a seed directory may hold, their
 * columns, and what each makes. The order of SEED_FILES is the load order: node files before
 * relationship files, and every node file after the files it references (except a company's
 * parent, which may come later in companies.csv).
 */
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

/**
 * Derived from the model (src/domain/model): one file per node kind, in kind order, then one file
 * per relationship type that has its own, with its endpoint columns and its properties.
 */
export const SEED_FILES: readonly FileSpec[] = [
  ...NODE_KINDS.map((kind): FileSpec => ({
    file: NODES[kind].seed.file,
    kind,
    required: NODES[kind].seed.required,
    optional: NODES[kind].seed.optional,
    stored: NODES[kind].seed.stored,
    makes: linkTypesOf(kind),
  })),
  ...Object.values(RELATIONSHIPS).flatMap((r): FileSpec[] =>
    r.seed
      ? [
          {
            file: r.seed.file,
            required: r.seed.columns,
            optional: propertyNames(r.type),
            stored: [],
            makes: [r.type],
          },
        ]
      : [],
  ),
];

/** Names no extra column may take: read by the API layer (`label`, `__labels`...) on every node. */
export const GLOBALLY_RESERVED: readonly string[] = ['label', 'labels', 'extra', 'elementId'];

/** An extra column becomes a property of this name: a safe, plain identifier. */
export const EXTRA_COLUMN_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function specOf(file: SeedFileName): FileSpec {
  const spec = SEED_FILES.find((s) => s.file === file);
  if (!spec) throw new Error(`Unknown seed file ${file}`);
  return spec;
}

export function fileOfKind(kind: NodeKind): SeedFileName {
  const spec = SEED_FILES.find((s) => s.kind === kind);
  if (!spec) throw new Error(`No seed file defines ${kind}`);
  return spec.file;
}

/** Why an extra column name is refused, or undefined when it is acceptable. */
export function extraColumnProblem(spec: FileSpec, column: string): string | undefined {
  if (!EXTRA_COLUMN_PATTERN.test(column)) return 'extra column names must match ^[A-Za-z_][A-Za-z0-9_]*$';
  if (column.startsWith('__') || GLOBALLY_RESERVED.includes(column) || spec.stored.includes(column))
    return `'${column}' is a reserved property name`;
  // A miscased contract column would otherwise load silently as a string property.
  const known = [...spec.required, ...spec.optional].find((c) => c.toLowerCase() === column.toLowerCase());
  if (known) return `unknown column; did you mean '${known}'? (column names are case-sensitive)`;
  return undefined;
}
