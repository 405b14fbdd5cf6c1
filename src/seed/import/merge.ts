import path from 'node:path';
import { type ImportBatch, importedFrom } from './batch';
import { readSeedTable, type Row, type Table, widenHeader, writeTable } from './table';

/** The seed files an import touches. */
export interface SeedTables {
  facilities: Table;
  companies: Table;
  ownership: Table;
  outputs: Table;
}

const FILES: Record<keyof SeedTables, { file: string; header: string[] }> = {
  facilities: { file: 'facilities.csv', header: ['id', 'name', 'kind', 'status'] },
  companies: { file: 'companies.csv', header: ['id', 'name'] },
  ownership: { file: 'ownership.csv', header: ['company', 'facility'] },
  outputs: { file: 'outputs.csv', header: ['facility', 'mineral'] },
};

export function readSeedTables(dir: string): SeedTables {
  const read = (k: keyof SeedTables) => readSeedTable(path.join(dir, FILES[k].file), FILES[k].header);
  return {
    facilities: read('facilities'),
    companies: read('companies'),
    ownership: read('ownership'),
    outputs: read('outputs'),
  };
}

export function writeSeedTables(dir: string, tables: SeedTables): void {
  for (const k of Object.keys(FILES) as Array<keyof SeedTables>) writeTable(path.join(dir, FILES[k].file), tables[k]);
}

/** A curated value that the dataset gives differently: the curated value is kept. */
export interface Conflict {
  id: string;
  column: string;
  curated: string;
  dataset: string;
}

export interface MergeReport {
  dataset: string;
  read: number;
  skipped: Map<string, number>;
  candidates: string[];
  /** Facility ids added by this run. */
  added: string[];
  /** Rows of earlier runs of this importer whose values changed (id, columns). */
  updated: Array<{ id: string; columns: string[] }>;
  /** Rows of earlier runs that the dataset gives unchanged. */
  unchanged: number;
  /** Curated rows matched by `dataset_ref`: kept, empty cells filled from the dataset. */
  kept: string[];
  filled: Array<{ id: string; column: string; value: string }>;
  conflicts: Conflict[];
  /** Rows of earlier runs that the dataset no longer has: kept, for a curator to decide. */
  missing: string[];
  companiesAdded: number;
  ownershipAdded: number;
  outputsAdded: number;
}

/** Columns that describe the row rather than the facility: filled when empty, never compared. */
const META = new Set([
  'note',
  'confidence',
  'source',
  'source_kind',
  'imported_from',
  'dataset_version',
  'dataset_ref',
]);

/**
 * Merges an import into the seed tables (in place). Facilities match on their `dataset_ref` token.
 * Curated rows (no `imported_from` of this dataset) win: an empty cell is filled from the dataset, a
 * differing value is kept and reported as a conflict. Rows this importer added earlier are refreshed
 * from the dataset. Nothing is deleted: rows of earlier runs absent from the file are reported.
 */
export function mergeBatch(tables: SeedTables, batch: ImportBatch): MergeReport {
  const from = importedFrom(batch.dataset);
  const prefix = `${batch.dataset.key} `;
  const report: MergeReport = {
    dataset: from,
    read: batch.read,
    skipped: batch.skipped,
    candidates: batch.candidates,
    added: [],
    updated: [],
    unchanged: 0,
    kept: [],
    filled: [],
    conflicts: [],
    missing: [],
    companiesAdded: 0,
    ownershipAdded: 0,
    outputsAdded: 0,
  };
  const facilities = tables.facilities;
  widenHeader(facilities, [...batch.facilities.flatMap((r) => Object.keys(r)), 'imported_from']);
  const byRef = new Map<string, Row>();
  for (const row of facilities.rows) for (const token of refsOf(row)) if (!byRef.has(token)) byRef.set(token, row);
  const ids = new Set(facilities.rows.map((r) => r.id));
  const finalId = new Map<string, string>();
  const seen = new Set<string>();

  for (const incoming of batch.facilities) {
    const token = incoming.dataset_ref;
    seen.add(token);
    const existing = byRef.get(token);
    if (!existing) {
      const id = uniqueId(incoming.id, ids);
      const row = { ...incoming, id, imported_from: from };
      facilities.rows.push(row);
      byRef.set(token, row);
      ids.add(id);
      finalId.set(incoming.id, id);
      report.added.push(id);
      continue;
    }
    finalId.set(incoming.id, existing.id);
    if ((existing.imported_from ?? '').startsWith(prefix)) {
      const changed = Object.keys(incoming).filter((c) => c !== 'id' && (existing[c] ?? '') !== (incoming[c] ?? ''));
      for (const c of changed) existing[c] = incoming[c];
      existing.imported_from = from;
      if (changed.length > 0) report.updated.push({ id: existing.id, columns: changed });
      else report.unchanged++;
      continue;
    }
    report.kept.push(existing.id);
    for (const [column, value] of Object.entries(incoming)) {
      if (column === 'id' || column === 'imported_from' || value === '') continue;
      const curated = existing[column] ?? '';
      if (curated === '') {
        existing[column] = value;
        report.filled.push({ id: existing.id, column, value });
      } else if (!sameValue(curated, value) && !META.has(column) && batch.factColumns.includes(column)) {
        report.conflicts.push({ id: existing.id, column, curated, dataset: value });
      }
    }
  }
  for (const row of facilities.rows) {
    if (!(row.imported_from ?? '').startsWith(prefix)) continue;
    const mine = refsOf(row).filter((t) => t.startsWith(`${batch.dataset.key}:`) && (batch.covers?.(t) ?? true));
    if (mine.length > 0 && !mine.some((t) => seen.has(t))) report.missing.push(row.id);
  }

  const mapFacility = (r: Row): Row => ({ ...r, facility: finalId.get(r.facility) ?? r.facility });
  const ownership = batch.ownership.map(mapFacility);
  // Only the companies a written row names: a company resolved for a curated row that kept its own operator is not added.
  const named = new Set([
    ...facilities.rows.filter((r) => (r.imported_from ?? '').startsWith(prefix)).map((r) => r.operator),
    ...ownership.map((r) => r.company),
  ]);
  report.companiesAdded = addMissing(
    tables.companies,
    batch.companies.filter((c) => named.has(c.id)),
    (r) => r.id,
  );
  report.ownershipAdded = addMissing(tables.ownership, ownership, (r) => `${r.company}|${r.facility}`);
  report.outputsAdded = addMissing(tables.outputs, batch.outputs.map(mapFacility), (r) => `${r.facility}|${r.mineral}`);
  return report;
}

/** Equal as text, or as numbers ('35.606000' is '35.606'). */
function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Number(a);
  const y = Number(b);
  return a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) < 1e-9;
}

function refsOf(row: Row): string[] {
  return (row.dataset_ref ?? '').split(';').filter((t) => t !== '');
}

function uniqueId(wanted: string, ids: Set<string>): string {
  if (!ids.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!ids.has(`${wanted}-${i}`)) return `${wanted}-${i}`;
}

/** Appends the rows whose key the table does not have yet (an existing row, curated or not, is kept). */
function addMissing(table: Table, rows: Row[], key: (r: Row) => string): number {
  widenHeader(
    table,
    rows.flatMap((r) => Object.keys(r)),
  );
  const keys = new Set(table.rows.map(key));
  let added = 0;
  for (const row of rows) {
    const k = key(row);
    if (keys.has(k)) continue;
    keys.add(k);
    table.rows.push(row);
    added++;
  }
  return added;
}
