import { type MergeReport } from './merge';

const MAX_LISTED = 50;

function listed<T>(items: T[], show: (t: T) => string): string[] {
  const lines = items.slice(0, MAX_LISTED).map((t) => `    ${show(t)}`);
  if (items.length > MAX_LISTED) lines.push(`    ... and ${items.length - MAX_LISTED} more`);
  return lines;
}

/** The report an import prints: what was added, refreshed, kept, filled, and every curated value the dataset disputes. */
export function formatMergeReport(r: MergeReport): string[] {
  const lines = [`Import of ${r.dataset}: ${r.read} records read.`];
  for (const [reason, count] of [...r.skipped].sort((a, b) => b[1] - a[1]))
    lines.push(`  left out ${count}: ${reason}`);
  lines.push(`  facilities added: ${r.added.length}`);
  lines.push(`  facilities of earlier imports refreshed: ${r.updated.length} changed, ${r.unchanged} unchanged`);
  lines.push(...listed(r.updated, (u) => `${u.id}: ${u.columns.join(', ')}`));
  lines.push(`  curated facilities matched (kept): ${r.kept.length}; empty cells filled: ${r.filled.length}`);
  lines.push(...listed(r.filled, (f) => `${f.id}.${f.column} := ${f.value}`));
  lines.push(`  curated values that differ from the dataset (curated kept): ${r.conflicts.length}`);
  lines.push(...listed(r.conflicts, (c) => `${c.id}.${c.column}: curated '${c.curated}', dataset '${c.dataset}'`));
  lines.push(`  rows of earlier imports no longer in the dataset (kept): ${r.missing.length}`);
  lines.push(...listed(r.missing, (id) => id));
  lines.push(
    `  companies added: ${r.companiesAdded}; ownership rows added: ${r.ownershipAdded}; output rows added: ${r.outputsAdded}`,
  );
  if (r.candidates.length > 0) {
    lines.push(`  candidates not added (${r.candidates.length}):`);
    lines.push(...listed(r.candidates, (c) => c));
  }
  return lines;
}
