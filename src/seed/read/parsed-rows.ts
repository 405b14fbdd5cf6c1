import { type NodeKind, type RelationshipType } from '../../domain/enums';
import { type RowReader } from './cell-reader';

/** A node a row defines: its kind (label), id and exact property map (SET n = props). */
export interface NodeRow {
  kind: NodeKind;
  id: string;
  props: Record<string, unknown>;
}

/** A relationship a row defines; for SUPPLIES, `props.mineral` is part of its identity. */
export interface LinkRow {
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface RowOutput {
  node?: NodeRow;
  links: LinkRow[];
}

/** What a row parser may ask beyond its own cells. */
export interface RowContext {
  /** The country a region is PART_OF, when known (from the files or the database). */
  regionCountry: (regionId: string) => string | undefined;
}

export type RowParser = (r: RowReader, ctx: RowContext) => RowOutput;

/**
 * Copies the defined values into `into` (an empty cell stores no property). Rows are many: this
 * avoids spreads and entry arrays, which showed up as most of the validation pass's time.
 */
export function compact(values: Record<string, unknown>, into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const k in values) {
    const v = values[k];
    if (v !== undefined) into[k] = v;
  }
  return into;
}

/** Appends a relationship when both ends are known (a missing or invalid cell gives none). */
export function addLink(
  links: LinkRow[],
  type: RelationshipType,
  from: string | undefined,
  to: string | undefined,
  props: Record<string, unknown> = {},
): LinkRow[] {
  if (from !== undefined && to !== undefined) links.push({ type, from, to, props });
  return links;
}

/** A node row (when its id is valid, even if other cells are not: the id still counts for duplicates and references). */
export function node(kind: NodeKind, id: string | undefined, props: Record<string, unknown>): NodeRow | undefined {
  if (id === undefined) return undefined;
  props.id = id;
  return { kind, id, props };
}
