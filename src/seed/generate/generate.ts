import fs from 'node:fs/promises';
import path from 'node:path';
import { SEED_FILES, type SeedFileName } from '../contract';
import { CLUSTER_SIZE } from './chain';
import { type Cluster, buildCluster } from './cluster';
import { type GenContext, HEADERS } from './context';
import { CsvWriter } from './csv-writer';
import { Random } from './prng';
import { writeAgreements } from './agreements';
import { writeCompanies, writeWorld } from './static';
import { writeSupply } from './supply';

export interface GenerateOptions {
  /** Number of facilities (the dataset scales with it: ~N/8 companies, ~N/100 deals, ~1.4 N supply links). */
  facilities: number;
  outDir: string;
  /** PRNG seed: the same seed gives byte-identical files. Default 1. */
  seed?: number;
  /** Prepended to every node id (tests use it to keep datasets apart). Default ''. */
  idPrefix?: string;
}

export interface GenerateSummary {
  outDir: string;
  seed: number;
  rows: Record<SeedFileName, number>;
  totalRows: number;
}

/**
 * Writes a synthetic but plausible supply-chain dataset in the seed CSV contract. Facilities come
 * in clusters of 200 (regional chains); only the current and the previous cluster are in memory,
 * and every file is written as a stream.
 */
export async function generateDataset(options: GenerateOptions): Promise<GenerateSummary> {
  const n = options.facilities;
  if (!Number.isInteger(n) || n < 1) throw new Error(`facilities must be a positive integer, got ${n}`);
  const seed = options.seed ?? 1;
  await fs.mkdir(options.outDir, { recursive: true });
  const out = Object.fromEntries(
    SEED_FILES.map((f) => [f.file, CsvWriter.open(path.join(options.outDir, f.file), HEADERS[f.file] ?? f.required)]),
  ) as Record<SeedFileName, CsvWriter>;
  const ctx: GenContext = {
    rnd: new Random(seed),
    seed,
    prefix: options.idPrefix ?? '',
    facilities: n,
    companies: Math.max(12, Math.ceil(n / 8)),
    offtakes: Math.max(4, Math.ceil(n / 100)),
    out,
  };
  try {
    writeWorld(ctx);
    await writeCompanies(ctx);
    let previous: Cluster | undefined;
    for (let first = 0, c = 0; first < n; first += CLUSTER_SIZE, c++) {
      const cluster = buildCluster(ctx, c, first, Math.min(CLUSTER_SIZE, n - first));
      writeSupply(ctx, cluster, previous);
      previous = cluster;
      await Promise.all(Object.values(out).map((w) => w.flush()));
    }
    await writeAgreements(ctx);
  } finally {
    await Promise.all(Object.values(out).map((w) => w.close()));
  }
  const rows = Object.fromEntries(SEED_FILES.map((f) => [f.file, out[f.file].rows])) as Record<SeedFileName, number>;
  return { outDir: options.outDir, seed, rows, totalRows: Object.values(rows).reduce((a, b) => a + b, 0) };
}
