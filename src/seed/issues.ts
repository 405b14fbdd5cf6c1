/** A problem found in a seed directory, located as `file:line: column: message`. */
export interface SeedIssue {
  file: string;
  /** Physical line in the file, the header being line 1. */
  line: number;
  /** The column concerned, or '-' for a whole row or file. */
  column: string;
  message: string;
}

export function formatIssue(issue: SeedIssue): string {
  return `${issue.file}:${issue.line}: ${issue.column}: ${issue.message}`;
}

/**
 * Every problem is counted; the first `limit` are kept (0 = all), so a file whose every row is
 * wrong cannot exhaust memory.
 */
export class IssueList {
  private readonly kept: SeedIssue[] = [];
  private total = 0;

  constructor(private readonly limit = 0) {}

  add(issue: SeedIssue): void {
    this.total++;
    if (this.limit === 0 || this.kept.length < this.limit) this.kept.push(issue);
  }

  get count(): number {
    return this.total;
  }

  /** The kept issues in load order of files, then by line. */
  sorted(fileOrder: readonly string[]): SeedIssue[] {
    const rank = (f: string) => {
      const i = fileOrder.indexOf(f);
      return i < 0 ? fileOrder.length : i;
    };
    return [...this.kept].sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line);
  }
}
