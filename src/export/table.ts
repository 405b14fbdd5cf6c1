import { NodeKind } from '../domain/enums';
import { LINK_COLUMNS } from '../neo4j/queries/export.cypher';
import { SEED_FILES } from '../seed/contract';

/**
 * The CSV shape of an export: the seed contract's columns for the kind (seed/README.md), then
 * every other property the exported entities carry (the contract's "extra columns"), so an
 * exported file loads back with `npm run seed` into the same nodes and relationships.
 */

/** Export names (`/export/<name>.csv`) of the entity kinds, with their seed file. */
export const EXPORT_KINDS = {
  facilities: { label: NodeKind.Facility, file: 'facilities.csv' },
  companies: { label: NodeKind.Company, file: 'companies.csv' },
  minerals: { label: NodeKind.Mineral, file: 'minerals.csv' },
  agreements: { label: NodeKind.Agreement, file: 'agreements.csv' },
  countries: { label: NodeKind.Country, file: 'countries.csv' },
  regions: { label: NodeKind.Region, file: 'regions.csv' },
  sectors: { label: NodeKind.Sector, file: 'sectors.csv' },
} as const;
export type ExportKind = keyof typeof EXPORT_KINDS;

/** Columns whose cell holds several values separated by `;` (contract "multi-values"). */
const MULTI = new Set(['sectors', 'critical']);
/** Stored properties that are not a column of their own (a facility's location is lat/lon). */
const NOT_COLUMNS = new Set(['id', 'location']);

export type Cell = string | number | boolean | null | undefined | unknown[];

export function contractColumns(file: string): string[] {
  const spec = SEED_FILES.find((f) => f.file === file);
  if (!spec) throw new Error(`No seed contract for ${file}`);
  return [...spec.required, ...spec.optional];
}

/** Contract columns, then the other property names (sorted) as extra columns. */
export function tableColumns(file: string, propertyKeys: readonly string[]): string[] {
  const columns = contractColumns(file);
  const known = new Set([...columns, ...NOT_COLUMNS]);
  return [...columns, ...propertyKeys.filter((k) => !known.has(k)).sort()];
}

/** The cells of one exported entity, by column. */
export function entityCells(
  label: NodeKind,
  props: Record<string, unknown>,
  links: Record<string, string[]>,
): Record<string, Cell> {
  const cells = { ...props } as Record<string, Cell>;
  for (const column of Object.keys(LINK_COLUMNS[label] ?? {})) {
    const ids = [...(links[column] ?? [])].sort();
    cells[column] = MULTI.has(column) ? ids : ids[0];
  }
  const location = props.location as { latitude: number; longitude: number } | null | undefined;
  if (location) {
    cells.lat = location.latitude;
    cells.lon = location.longitude;
  }
  delete cells.location;
  return cells;
}

/** RFC 4180: quoted only when needed; lists joined with `;`; empty for null. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(columns: readonly string[], cells: Record<string, Cell>): string {
  return `${columns.map((c) => csvCell(cells[c])).join(',')}\r\n`;
}

export function csvHeader(columns: readonly string[]): string {
  return `${columns.map((c) => csvCell(c)).join(',')}\r\n`;
}
