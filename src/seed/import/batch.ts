import { type Row } from './table';

/** Which dataset (and which release of it) an importer reads; recorded in every row it adds. */
export interface DatasetInfo {
  /** Short name, also the prefix of its `dataset_ref` tokens: `cim`, `gppd`, `usgs-li`, `minmod`. */
  key: string;
  title: string;
  /** The release the importer was built and tested against. */
  version: string;
  licence: string;
  /** The dataset's landing page (cited as `source` when a record has no URL of its own). */
  url: string;
}

/**
 * What one importer made of a dataset file: rows of the seed contract, before merging with the
 * curated rows. Each facility row carries exactly one `dataset_ref` token, its merge key.
 */
export interface ImportBatch {
  dataset: DatasetInfo;
  facilities: Row[];
  companies: Row[];
  ownership: Row[];
  outputs: Row[];
  /** Facility columns holding facts: a curated value that differs from the dataset's is reported. */
  factColumns: readonly string[];
  /** Records left out, by reason (the filter). */
  skipped: Map<string, number>;
  /** Records worth a look that the importer does not add (e.g. a site without a status), one line each. */
  candidates: string[];
  /** Records read from the file. */
  read: number;
  /**
   * Which `dataset_ref` tokens the file speaks for: a row of an earlier import outside it (e.g. a GPPD plant of
   * another country's file) is not reported as gone from the dataset. Absent: every token of the dataset.
   */
  covers?: (token: string) => boolean;
}

export function emptyBatch(dataset: DatasetInfo, factColumns: readonly string[]): ImportBatch {
  return {
    dataset,
    facilities: [],
    companies: [],
    ownership: [],
    outputs: [],
    factColumns,
    skipped: new Map(),
    candidates: [],
    read: 0,
  };
}

export function skip(batch: ImportBatch, reason: string): void {
  batch.skipped.set(reason, (batch.skipped.get(reason) ?? 0) + 1);
}

/** The value written in `imported_from`: dataset key and release, so a later run knows its own rows. */
export function importedFrom(dataset: DatasetInfo): string {
  return `${dataset.key} ${dataset.version}`;
}
