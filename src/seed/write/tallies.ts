import { NODE_KINDS, type NodeKind } from '../../domain/enums';
import { type Outcome } from './write.cypher';

export type OutcomeCounts = Record<Outcome, number>;

export interface TallyEntry {
  file: string;
  /** A node label or a relationship type. */
  target: string;
  counts: OutcomeCounts;
}

const zero = (): OutcomeCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** Created / updated / unchanged counts per file and per label or relationship type. */
export class Tallies {
  private readonly byKey = new Map<string, TallyEntry>();

  add(file: string, target: string, outcome: Outcome, n: number): void {
    const key = `${file}|${target}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { file, target, counts: zero() };
      this.byKey.set(key, entry);
    }
    entry.counts[outcome] += n;
  }

  /** In load order: by file (as listed in `fileOrder`), then nodes before relationships. */
  entries(fileOrder: readonly string[] = []): TallyEntry[] {
    const rank = (e: TallyEntry) =>
      [fileOrder.indexOf(e.file), NODE_KINDS.includes(e.target as NodeKind) ? 0 : 1] as const;
    return [...this.byKey.values()].sort((a, b) => {
      const [fa, ka] = rank(a);
      const [fb, kb] = rank(b);
      return fa - fb || ka - kb || a.target.localeCompare(b.target);
    });
  }

  /** Totals over nodes (targets that are labels) or over relationships. */
  total(of: 'nodes' | 'relationships'): OutcomeCounts {
    const sum = zero();
    for (const e of this.byKey.values()) {
      if (NODE_KINDS.includes(e.target as NodeKind) !== (of === 'nodes')) continue;
      sum.created += e.counts.created;
      sum.updated += e.counts.updated;
      sum.unchanged += e.counts.unchanged;
    }
    return sum;
  }
}
