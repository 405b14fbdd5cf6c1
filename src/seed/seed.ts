import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type GraphDatabase } from '../neo4j/driver';
import { type FileSpec, SEED_FILES } from './contract';
import { isGraphEmpty, wipeGraph } from './write/graph.cypher';
import { acquireSeedLease, type LeaseOptions } from './write/lease';
import { writeFiles } from './load-directory';
import { databaseLookup } from './validate/database-lookup';
import { type SeedProgress, silentProgress } from './progress';
import { type SeedReport } from './report';
import { Tallies } from './write/tallies';
import { validateFiles } from './validate/validate-directory';
import { IssueList } from './issues';
import { Coverage } from './quality/coverage';
import { QualityChecks } from './quality/checks';
import { type BatchInfo, type RetryInfo } from './write/batch-writer';

/** A seed batch's transaction timeout unless told otherwise (SEED_TX_TIMEOUT_MS): far above the API's 15 s. */
export const SEED_TX_TIMEOUT_DEFAULT_MS = 120_000;

export interface SeedOptions {
  /** Rows per write transaction (and per database lookup while validating). Default 5000. */
  batchSize?: number;
  /** Validate only. */
  dryRun?: boolean;
  /** Delete every entity before writing (after validation succeeded). No prompt here: the CLI asks. */
  wipe?: boolean;
  /** Problems kept in the report; 0 keeps all. Default 1000 (all are counted). */
  maxIssues?: number;
  /** Write transactions in flight at once. Default 2. */
  concurrency?: number;
  /** Timeout of each batch transaction: the seed's own (SEED_TX_TIMEOUT_MS), not the API's. Default 120 s. */
  timeoutMs?: number;
  /** Extra attempts of a batch failing with a retryable Neo4j error. Default 4. */
  retries?: number;
  /** Delay before the first retry (doubled for each next). Default 500 ms. */
  retryDelayMs?: number;
  /** Told before each retry of a batch. */
  onRetry?: (info: RetryInfo) => void | Promise<void>;
  progress?: SeedProgress;
  /** The write lease (one load writes at a time): timings, and what to tell while waiting for it. */
  lease?: LeaseOptions;
  /** Data-quality findings (coordinates outside the region, dates out of order...) are errors, not warnings. */
  strict?: boolean;
  /** Gather coverage figures (facilities by country/kind/status, links by confidence, minerals without producer). */
  coverage?: boolean;
  /** Test hook: runs after each committed batch; throwing interrupts the load. */
  afterBatch?: (info: BatchInfo) => void | Promise<void>;
}

/**
 * Loads a seed directory (the CSV contract of seed/README.md): validates every file completely,
 * then, only when nothing is wrong, writes nodes and then relationships in batches. Idempotent:
 * nodes MERGE on id and take exactly their row's properties; relationships MERGE on endpoints
 * (and mineral for SUPPLIES). Relationships a file no longer lists are not deleted.
 */
export async function seedFromDirectory(
  db: GraphDatabase,
  dir: string,
  options: SeedOptions = {},
): Promise<SeedReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 5000;
  const progress = options.progress ?? silentProgress;
  const { files, warnings } = await seedFiles(dir);
  const wipe = options.wipe ?? false;
  // With --wipe the database will be empty: nothing in it may satisfy a reference.
  const empty = wipe || (await isGraphEmpty(db));
  const sizes = await Promise.all(files.map((f) => fs.stat(path.join(dir, f.file)).then((st) => st.size)));

  progress.start(
    'validate',
    sizes.reduce((a, b) => a + b, 0),
    'bytes',
  );
  const quality = new IssueList(options.maxIssues ?? 1000);
  let checks: QualityChecks | undefined;
  let coverage: Coverage | undefined;
  const validation = await validateFiles(dir, files, {
    lookup: empty ? undefined : databaseLookup(db),
    dbNote: wipe
      ? 'and --wipe empties the database first'
      : empty
        ? 'and the database is empty'
        : 'nor in the database',
    batchSize,
    maxIssues: options.maxIssues ?? 1000,
    onBytes: (b) => progress.update(b),
    onRow: (file, row, ctx) => {
      checks ??= new QualityChecks((i) => quality.add(i), ctx.regionCountry);
      checks.row(file, row);
      if (options.coverage) {
        coverage ??= new Coverage(ctx.regionCountry);
        coverage.row(file, row);
      }
    },
  }).finally(() => progress.stop());
  const fileOrder = SEED_FILES.map((f) => f.file);
  // Strict: every quality finding is a problem and stops the load like any other.
  if (options.strict) for (const issue of quality.sorted(fileOrder)) validation.issues.add(issue);
  const validateMs = performance.now() - started;

  const report: SeedReport = {
    dir,
    ok: validation.issues.count === 0,
    dryRun: options.dryRun ?? false,
    wiped: 0,
    files: files.map((f) => ({ file: f.file, rows: validation.rows.get(f.file) ?? 0 })),
    issues: validation.issues.sorted(fileOrder),
    issueCount: validation.issues.count,
    warnings,
    quality: options.strict ? [] : quality.sorted(fileOrder),
    qualityCount: options.strict ? 0 : quality.count,
    coverage: coverage?.finish(),
    tallies: [],
    nodes: new Tallies().total('nodes'),
    relationships: new Tallies().total('relationships'),
    changed: false,
    timings: { validateMs, wipeMs: 0, nodesMs: 0, relationshipsMs: 0, totalMs: validateMs },
  };
  if (!report.ok || report.dryRun) return report;

  const lease = await acquireSeedLease(db, `${dir} from ${os.hostname()} pid ${process.pid}`, options.lease);
  let written: Awaited<ReturnType<typeof writeFiles>>;
  try {
    if (wipe) {
      const t = performance.now();
      report.wiped = await wipeGraph(db);
      report.timings.wipeMs = performance.now() - t;
    }
    // Decided under the lease: another load may have filled the graph while this one validated.
    const fresh = wipe || (await isGraphEmpty(db));
    const rows = (pick: (f: FileSpec) => boolean) =>
      files.filter(pick).reduce((sum, f) => sum + (validation.rows.get(f.file) ?? 0), 0);
    progress.start('write', rows((f) => f.kind !== undefined) + rows((f) => f.makes.length > 0), 'rows');
    written = await writeFiles(db, dir, files, validation, {
      batchSize,
      timeoutMs: options.timeoutMs ?? SEED_TX_TIMEOUT_DEFAULT_MS,
      retries: options.retries,
      retryDelayMs: options.retryDelayMs,
      onRetry: options.onRetry,
      concurrency: options.concurrency,
      fresh,
      afterBatch: options.afterBatch,
      onRows: (r) => progress.update(r),
    }).finally(() => progress.stop());
  } finally {
    // Should the database be gone, the load's own error says more; the lease then goes stale.
    await lease.release().catch(() => undefined);
  }

  report.tallies = written.tallies.entries(SEED_FILES.map((f) => f.file));
  report.nodes = written.tallies.total('nodes');
  report.relationships = written.tallies.total('relationships');
  report.changed = report.wiped > 0 || [report.nodes, report.relationships].some((c) => c.created + c.updated > 0);
  report.timings = {
    ...report.timings,
    nodesMs: written.nodesMs,
    relationshipsMs: written.relationshipsMs,
    totalMs: performance.now() - started,
  };
  return report;
}

/** The contract files present in `dir`, in load order; other CSV files are reported, not read. */
export async function seedFiles(dir: string): Promise<{ files: FileSpec[]; warnings: string[] }> {
  const names = await fs.readdir(dir).catch(() => {
    throw new Error(`Seed directory not found or not readable: ${dir}`);
  });
  const files = SEED_FILES.filter((f) => names.includes(f.file));
  if (files.length === 0)
    throw new Error(`No seed files in ${dir} (expected any of ${SEED_FILES.map((f) => f.file).join(', ')})`);
  const known = new Set<string>(SEED_FILES.map((f) => f.file));
  const warnings = names
    .filter((n) => n.toLowerCase().endsWith('.csv') && !known.has(n))
    .map((n) => `${n} is not a seed file and was ignored (file names are case-sensitive)`);
  return { files, warnings };
}
