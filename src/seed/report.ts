import { type SeedFileName } from './contract';
import { formatIssue, type SeedIssue } from './issues';
import { type OutcomeCounts, type TallyEntry } from './write/tallies';
import { type CoverageReport, formatCoverage } from './quality/coverage';

/** What a load did (or, when not `ok`, every problem that stopped it before it wrote anything). */
export interface SeedReport {
  dir: string;
  ok: boolean;
  dryRun: boolean;
  /** Entities deleted first (--wipe); 0 otherwise. */
  wiped: number;
  files: Array<{ file: SeedFileName; rows: number }>;
  /** The problems found (the first `maxIssues` of `issueCount`), ordered by file and line. */
  issues: SeedIssue[];
  issueCount: number;
  warnings: string[];
  /** Data-quality findings that did not stop the load (the first `maxIssues` of `qualityCount`); empty with `strict`. */
  quality: SeedIssue[];
  qualityCount: number;
  /** Coverage figures, when asked for (`--report`). */
  coverage?: CoverageReport;
  /** Per file and label or relationship type. */
  tallies: TallyEntry[];
  nodes: OutcomeCounts;
  relationships: OutcomeCounts;
  /** False when the graph already matched the files: the load wrote nothing. */
  changed: boolean;
  timings: { validateMs: number; wipeMs: number; nodesMs: number; relationshipsMs: number; totalMs: number };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (v: number) => v.toLocaleString('en-US');
const counts = (c: OutcomeCounts) => `created ${n(c.created)}, updated ${n(c.updated)}, unchanged ${n(c.unchanged)}`;

/** The human summary printed by the CLI. */
export function formatReport(report: SeedReport): string[] {
  const lines = report.warnings.map((w) => `warning: ${w}`);
  lines.push(...report.quality.map((i) => `warning: ${formatIssue(i)}`));
  if (report.qualityCount > report.quality.length)
    lines.push(`warning: ... ${n(report.qualityCount - report.quality.length)} more quality warning(s)`);
  if (report.qualityCount > 0)
    lines.push(`${n(report.qualityCount)} data-quality warning(s); --strict makes them errors.`);
  if (report.coverage) lines.push(...formatCoverage(report.coverage));
  const rows = report.files.reduce((sum, f) => sum + f.rows, 0);
  if (!report.ok) {
    lines.push(...report.issues.map(formatIssue));
    const shown = report.issues.length < report.issueCount ? ` (the first ${report.issues.length} are listed)` : '';
    lines.push(`${n(report.issueCount)} problem(s) in ${report.dir}${shown}; nothing was written.`);
    return lines;
  }
  if (report.dryRun) {
    lines.push(
      `Dry run: ${report.dir} is valid (${n(rows)} rows in ${report.files.length} files); nothing was written.`,
    );
    return lines;
  }
  if (report.wiped > 0) lines.push(`Wiped ${n(report.wiped)} entities first.`);
  const width = Math.max(...report.tallies.map((t) => t.file.length), 4);
  for (const t of report.tallies) lines.push(`  ${t.file.padEnd(width)}  ${t.target.padEnd(16)}  ${counts(t.counts)}`);
  lines.push(`Nodes: ${counts(report.nodes)}.`);
  lines.push(`Relationships: ${counts(report.relationships)}.`);
  lines.push(
    report.changed ? `Loaded ${n(rows)} rows from ${report.dir}.` : 'No changes: the graph already matched the files.',
  );
  const t = report.timings;
  lines.push(
    `Took ${s(t.totalMs)} (validate ${s(t.validateMs)}, nodes ${s(t.nodesMs)}, relationships ${s(t.relationshipsMs)}).`,
  );
  return lines;
}
