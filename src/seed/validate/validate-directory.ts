import path from 'node:path';
import { NodeKind, RelationshipType } from '../../domain/enums';
import { OWNERSHIP_TOLERANCE, ownershipExceeds } from '../../domain/rules';
import { fileOfKind, type FileSpec, type SeedFileName } from '../contract';
import { IdIndex } from './id-index';
import { IssueList, type SeedIssue } from '../issues';
import { type NodeLookup } from './database-lookup';
import { ReferenceChecker } from './references';
import { parserOf } from '../read/row-parsers';
import { type NodeRow, type RowContext } from '../read/parsed-rows';
import { readTable } from '../read/table';
import { type RowReader } from '../read/cell-reader';

export interface ValidationOptions {
  /** Looks ids up in the database; absent when the graph is (or will be) empty. */
  lookup?: NodeLookup;
  /** Said of an id found nowhere, e.g. 'nor in the database'. */
  dbNote: string;
  batchSize: number;
  maxIssues: number;
  onBytes?: (bytesRead: number) => void;
  /** Sees every parsed row (quality checks, coverage), after the row's own validation. */
  onRow?: (file: SeedFileName, row: RowReader, ctx: RowContext) => void;
}

export interface ValidationResult {
  issues: IssueList;
  rows: Map<SeedFileName, number>;
  /** Region id to country id, for regions in the files and regions referenced in the database. */
  regionCountries: Map<string, string>;
  nodes: number;
  links: number;
}

/**
 * The validation pass: streams every file once, keeping only ids (with kind and line), region
 * countries and unresolved references; finds every problem, located, and writes nothing.
 */
export async function validateFiles(
  dir: string,
  files: readonly FileSpec[],
  options: ValidationOptions,
): Promise<ValidationResult> {
  const issues = new IssueList(options.maxIssues);
  const report = (i: SeedIssue) => issues.add(i);
  const index = new IdIndex();
  const regionCountries = new Map<string, string>();
  const refs = new ReferenceChecker(index, regionCountries, options.lookup, report, options.batchSize, options.dbNote);
  const ctx: RowContext = { regionCountry: (id) => regionCountries.get(id) };
  const ownership = new OwnershipTotals(report);
  const result: ValidationResult = { issues, rows: new Map(), regionCountries, nodes: 0, links: 0 };
  let bytesBefore = 0;

  for (const spec of files) {
    const parse = parserOf(spec.file);
    const conflicts = new ConflictCheck(spec.file, options.lookup, report, options.batchSize);
    let rows = 0;
    let bytes = 0;
    for await (const batch of readTable(path.join(dir, spec.file), spec, report)) {
      for (const r of batch.rows) {
        rows++;
        const out = parse(r, ctx);
        if (out.node) {
          registerNode(out.node, r.line, spec.file, index, report);
          if (out.node.kind === NodeKind.Region) {
            const country = out.links.find((l) => l.type === RelationshipType.PART_OF)?.to;
            if (country !== undefined) regionCountries.set(out.node.id, country);
          }
          conflicts.add(out.node, r.line);
          result.nodes++;
        }
        result.links += out.links.length;
        for (const link of out.links) if (link.type === RelationshipType.OWNS) ownership.add(spec.file, r.line, link);
        for (const ref of r.refs) refs.check(ref);
        options.onRow?.(spec.file, r, ctx);
      }
      if (conflicts.size >= options.batchSize) await conflicts.flush();
      if (refs.pendingCount >= options.batchSize) await refs.settle(spec.kind);
      bytes = batch.bytesRead;
      options.onBytes?.(bytesBefore + bytes);
    }
    bytesBefore += bytes;
    await conflicts.finish();
    await refs.settle();
    result.rows.set(spec.file, rows);
  }
  return result;
}

function registerNode(node: NodeRow, line: number, file: string, index: IdIndex, report: (i: SeedIssue) => void): void {
  const earlier = index.add(node.id, node.kind, line);
  if (earlier) {
    const where = `${fileOfKind(earlier.kind)}:${earlier.line}`;
    report({ file, line, column: 'id', message: `duplicate id '${node.id}' (first defined at ${where})` });
  }
}

/**
 * Ids the files define that exist in the database with another label: looked up in batches, one
 * lookup in flight while the caller parses the next rows.
 */
class ConflictCheck {
  private batch: Array<{ id: string; kind: NodeKind; line: number }> = [];
  private inflight: Promise<void> = Promise.resolve();
  /** A failed lookup, rethrown at the next await (a rejection nobody awaits yet would crash Node). */
  private failure: Error | undefined;

  constructor(
    private readonly file: string,
    private readonly lookup: NodeLookup | undefined,
    private readonly report: (i: SeedIssue) => void,
    private readonly batchSize: number,
  ) {}

  get size(): number {
    return this.batch.length;
  }

  add(node: NodeRow, line: number): void {
    if (this.lookup) this.batch.push({ id: node.id, kind: node.kind, line });
  }

  /** Starts lookups for what is buffered (waiting for the previous lookup first). */
  async flush(): Promise<void> {
    const lookup = this.lookup;
    if (!lookup) return;
    while (this.batch.length > 0) {
      const batch = this.batch.splice(0, this.batchSize);
      await this.settled();
      this.inflight = lookup(batch.map((b) => b.id)).then(
        (found) => {
          for (const b of batch) {
            const existing = found.get(b.id);
            if (existing && existing.kind !== b.kind) {
              const what = existing.kind ? `a ${existing.kind}` : 'a node without a kind label';
              this.report({
                file: this.file,
                line: b.line,
                column: 'id',
                message: `'${b.id}' already exists in the database as ${what}, not a ${b.kind}`,
              });
            }
          }
        },
        (error: unknown) => {
          this.failure ??= error instanceof Error ? error : new Error(String(error));
        },
      );
    }
  }

  /** Flushes and waits for every lookup. */
  async finish(): Promise<void> {
    await this.flush();
    await this.settled();
  }

  private async settled(): Promise<void> {
    await this.inflight;
    if (this.failure !== undefined) throw this.failure;
  }
}

/**
 * Domain rule: the ownership shares of one facility in the files add up to at most 1 (with
 * OWNERSHIP_TOLERANCE). Reported once per facility, at the row that goes over. The API checks
 * the same rule against the shares stored in the graph.
 */
class OwnershipTotals {
  /** Per facility, the share of each owner: a repeated row replaces the earlier one (last row wins, as in the load). */
  private readonly shares = new Map<string, Map<string, number>>();
  private readonly reported = new Set<string>();

  constructor(private readonly report: (i: SeedIssue) => void) {}

  add(file: string, line: number, link: { from: string; to: string; props: Record<string, unknown> }): void {
    const share = link.props.share;
    if (typeof share !== 'number') return;
    let owners = this.shares.get(link.to);
    if (!owners) this.shares.set(link.to, (owners = new Map<string, number>()));
    owners.set(link.from, share);
    const total = [...owners.values()].reduce((a, b) => a + b, 0);
    if (ownershipExceeds(total) && !this.reported.has(link.to)) {
      this.reported.add(link.to);
      this.report({
        file,
        line,
        column: 'share',
        message: `the ownership shares of '${link.to}' add up to ${Math.round(total * 10_000) / 10_000}, more than 1 (tolerance ${OWNERSHIP_TOLERANCE})`,
      });
    }
  }
}
