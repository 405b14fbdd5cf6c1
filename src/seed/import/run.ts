import fs from 'node:fs';
import path from 'node:path';
import { type ImportBatch } from './batch';
import { importCim } from './cim';
import { DEFAULT_MIN_MW, importGppd } from './gppd';
import { type MergeReport, mergeBatch, readSeedTables, type SeedTables, writeSeedTables } from './merge';
import { importMinmod, importUsgsLithium, lithiumStateOf } from './mineral-sites';
import { CompanyMatcher } from './names';
import { readTable } from './table';

export const DATASETS = ['cim', 'gppd', 'usgs-lithium', 'minmod'] as const;
export type DatasetName = (typeof DATASETS)[number];

export interface ImportOptions {
  dataset: DatasetName;
  /** The downloaded file (for `usgs-lithium`: the release folder, or its Site.csv). */
  input: string;
  /** The seed directory merged into and written back. */
  out: string;
  dryRun?: boolean;
  minMw?: number;
}

/** Reads the dataset file and the seed directory, merges, and (unless a dry run) writes the seed files. */
export function runImport(options: ImportOptions): MergeReport {
  if (!fs.existsSync(options.input)) throw new ImportError(`${options.input}: no such file or directory`);
  if (!fs.existsSync(options.out)) throw new ImportError(`${options.out}: no such seed directory`);
  const tables = readSeedTables(options.out);
  const batch = buildBatch(options, tables);
  const report = mergeBatch(tables, batch);
  if (!options.dryRun) writeSeedTables(options.out, tables);
  return report;
}

export class ImportError extends Error {}

function buildBatch(options: ImportOptions, tables: SeedTables): ImportBatch {
  const matcher = new CompanyMatcher(tables.companies.rows.map((r) => ({ id: r.id, name: r.name })));
  switch (options.dataset) {
    case 'cim':
      return importCim(
        readExpecting(options.input, ['unique_id', 'Segment', 'Technology', 'Subcategory', 'Current_Facility_Status']),
        matcher,
      );
    case 'gppd':
      return importGppd(
        readExpecting(options.input, ['gppd_idnr', 'capacity_mw', 'latitude', 'longitude', 'country']),
        matcher,
        {
          minMw: options.minMw ?? DEFAULT_MIN_MW,
        },
      );
    case 'usgs-lithium': {
      const dir = fs.statSync(options.input).isDirectory() ? options.input : path.dirname(options.input);
      const sites = readExpecting(path.join(dir, 'Site.csv'), ['Site_ID *', 'Site_Name', 'Approx_Lat', 'Approx_Lon']);
      const history = readExpecting(path.join(dir, 'History.csv'), ['Site_ID *', 'Status', 'Year_From', 'Year_To']);
      const points = readExpecting(path.join(dir, 'Loc_Pt.csv'), ['Site_ID *', 'State']);
      return importUsgsLithium(sites, history, lithiumStateOf(points));
    }
    case 'minmod': {
      const cited = new Set(
        tables.facilities.rows.flatMap((r) => (r.dataset_ref ?? '').split(';')).filter((t) => t.startsWith('minmod:')),
      );
      return importMinmod(
        readExpecting(options.input, ['source_id', 'record_id', 'country', 'location', 'site_name']),
        cited,
      );
    }
  }
}

/** Reads a dataset file and checks it has the columns the importer needs (a clear error otherwise). */
function readExpecting(file: string, columns: string[]) {
  if (!fs.existsSync(file)) throw new ImportError(`${file}: no such file`);
  const table = readTable(file);
  const missing = columns.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    throw new ImportError(
      `${file}:1: missing column(s) ${missing.map((c) => `'${c}'`).join(', ')}: is this the right dataset file?`,
    );
  }
  return table;
}
