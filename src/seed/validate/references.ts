import { NodeKind } from '../../domain/enums';
import { type IdIndex } from './id-index';
import { type SeedIssue } from '../issues';
import { type ExistingNode, type NodeLookup } from './database-lookup';
import { type Reference } from '../read/cell-reader';

/**
 * Checks that referenced ids exist with an allowed kind. A reference to an id already read from
 * the files is checked at once; the rest wait (forward references, e.g. a company's parent further
 * down companies.csv) and are then looked up in the database in batches.
 */
export class ReferenceChecker {
  private pending: Reference[] = [];
  private readonly fromDb = new Map<string, { kind?: NodeKind } | null>();

  constructor(
    private readonly index: IdIndex,
    private readonly regionCountries: Map<string, string>,
    private readonly lookup: NodeLookup | undefined,
    private readonly report: (issue: SeedIssue) => void,
    private readonly batchSize: number,
    /** Why an id can be absent from the database, for messages (e.g. the graph is empty). */
    private readonly dbNote: string,
  ) {}

  get pendingCount(): number {
    return this.pending.length;
  }

  check(ref: Reference): void {
    const kind = this.index.kindOf(ref.id);
    if (kind !== undefined) this.verify(ref, kind, false);
    else this.pending.push(ref);
  }

  /** Resolves what is pending, except references to `deferKind` not yet seen (its file is still being read). */
  async settle(deferKind?: NodeKind): Promise<void> {
    const unresolved: Reference[] = [];
    const keep: Reference[] = [];
    for (const p of this.pending) {
      const kind = this.index.kindOf(p.id);
      if (kind !== undefined) this.verify(p, kind, false);
      else if (deferKind !== undefined && p.kinds.includes(deferKind)) keep.push(p);
      else unresolved.push(p);
    }
    this.pending = keep;
    await this.lookUp([...new Set(unresolved.map((p) => p.id))].filter((id) => !this.fromDb.has(id)));
    for (const p of unresolved) {
      const found = this.fromDb.get(p.id);
      if (found) this.verify(p, found.kind, true);
      else this.error(p, `unknown ${p.kinds.join(' or ')} '${p.id}': not in the files ${this.dbNote}`);
    }
  }

  private async lookUp(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += this.batchSize) {
      const chunk = ids.slice(i, i + this.batchSize);
      const found = this.lookup ? await this.lookup(chunk) : new Map<string, ExistingNode>();
      for (const id of chunk) {
        const node = found.get(id);
        this.fromDb.set(id, node ? { kind: node.kind } : null);
        if (node?.kind === NodeKind.Region && node.country !== undefined) this.regionCountries.set(id, node.country);
      }
    }
  }

  private verify(p: Reference, kind: NodeKind | undefined, inDb: boolean): void {
    const where = inDb ? ' in the database' : '';
    if (kind === undefined || !p.kinds.includes(kind)) {
      this.error(
        p,
        `'${p.id}' is ${kind ? `a ${kind}` : 'a node without a kind label'}${where}, expected a ${p.kinds.join(' or ')}`,
      );
      return;
    }
    if (p.expectCountry === undefined) return;
    const country = this.regionCountries.get(p.id);
    if (country !== undefined && country !== p.expectCountry)
      this.error(p, `region '${p.id}' is in country '${country}', not '${p.expectCountry}'`);
  }

  private error(p: Reference, message: string): void {
    this.report({ file: p.file, line: p.line, column: p.column, message });
  }
}
