import path from 'node:path';
import { type GraphDatabase } from '../neo4j/driver';
import { type FileSpec } from './contract';
import { formatIssue, type SeedIssue } from './issues';
import { parserOf } from './read/row-parsers';
import { type RowContext, type RowOutput } from './read/parsed-rows';
import { readTable } from './read/table';
import { Tallies } from './write/tallies';
import { type ValidationResult } from './validate/validate-directory';
import { BatchWriter, type WriterOptions } from './write/batch-writer';

export interface WriteResult {
  tallies: Tallies;
  nodesMs: number;
  relationshipsMs: number;
}

/**
 * The write pass, after a clean validation: streams the files again, all nodes first (so every
 * relationship finds its endpoints), then every relationship, in batches.
 */
export async function writeFiles(
  db: GraphDatabase,
  dir: string,
  files: readonly FileSpec[],
  validation: ValidationResult,
  options: WriterOptions & { onRows?: (rows: number) => void },
): Promise<WriteResult> {
  const writer = new BatchWriter(db, options, new Tallies());
  const ctx: RowContext = { regionCountry: (id) => validation.regionCountries.get(id) };
  let done = 0;
  const stream = async (specs: readonly FileSpec[], take: (spec: FileSpec, out: RowOutput) => void) => {
    for (const spec of specs) {
      const parse = parserOf(spec.file);
      for await (const batch of readTable(path.join(dir, spec.file), spec, changedSinceValidation)) {
        for (const r of batch.rows) take(spec, parse(r, ctx));
        done += batch.rows.length;
        options.onRows?.(done);
        await writer.flushFull();
      }
    }
    await writer.flushAll();
  };

  const started = performance.now();
  await stream(
    files.filter((f) => f.kind !== undefined),
    (spec, out) => out.node && writer.addNode(spec.file, out.node),
  );
  const nodesDone = performance.now();
  await stream(
    files.filter((f) => f.makes.length > 0),
    // Links from a node file come one set per node row: the file cannot repeat them.
    (spec, out) => out.links.forEach((l) => writer.addLink(spec.file, l, spec.kind !== undefined)),
  );
  return { tallies: writer.tallies, nodesMs: nodesDone - started, relationshipsMs: performance.now() - nodesDone };
}

/** The files were valid a moment ago: a problem now means one was edited during the load. */
function changedSinceValidation(issue: SeedIssue): never {
  throw new Error(`${issue.file} changed after it was validated: ${formatIssue(issue)}`);
}
