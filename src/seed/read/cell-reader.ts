import neo4j, { type Date as Neo4jDate } from 'neo4j-driver';
import { type NodeKind } from '../../domain/enums';
import { ID_PATTERN, isIsoDate } from '../../domain/model';
import { isHttpUrl } from '../../domain/rules';
import { compareDates, isPartialDate, parseConfidence } from '../../domain/evidence';
import { type SeedIssue } from '../issues';

/** A reference from a cell to a node that must exist (in the files or in the database). */
export interface Reference {
  file: string;
  line: number;
  column: string;
  id: string;
  kinds: readonly NodeKind[];
  /** For a facility's region: the country the row also names (the region must be in it). */
  expectCountry?: string;
}

/** The header of a file: contract columns by name, and the extra columns kept as properties. */
export interface Header {
  columns: ReadonlyMap<string, number>;
  extras: ReadonlyArray<readonly [string, number]>;
  width: number;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

/**
 * Typed access to the cells of one row. Every accessor validates; problems are reported located
 * (file, line, column) and the accessor returns undefined, so a reader goes on and finds the
 * row's other problems too. Cells are trimmed; an empty cell is no value.
 */
export class RowReader {
  readonly refs: Reference[] = [];
  failed = false;

  constructor(
    readonly file: string,
    readonly line: number,
    private readonly cells: readonly string[],
    private readonly header: Header,
    private readonly report: (issue: SeedIssue) => void,
  ) {}

  error(column: string, message: string): void {
    this.failed = true;
    this.report({ file: this.file, line: this.line, column, message });
  }

  cell(column: string): string | undefined {
    const i = this.header.columns.get(column);
    if (i === undefined) return undefined;
    const v = this.cells[i].trim();
    return v === '' ? undefined : v;
  }

  /** A cell that must hold a value (a missing column is reported once, in the header). */
  required(column: string): string | undefined {
    const v = this.cell(column);
    if (v === undefined && this.header.columns.has(column)) this.error(column, 'a value is required');
    return v;
  }

  text(column: string, required = false): string | undefined {
    return required ? this.required(column) : this.cell(column);
  }

  id(column: string): string | undefined {
    const v = this.required(column);
    if (v !== undefined && !ID_PATTERN.test(v)) return this.badId(column, v);
    return v;
  }

  ref(column: string, kinds: readonly NodeKind[], required = false, expectCountry?: string): string | undefined {
    const v = required ? this.required(column) : this.cell(column);
    if (v === undefined) return undefined;
    if (!ID_PATTERN.test(v)) return this.badId(column, v);
    this.refs.push({ file: this.file, line: this.line, column, id: v, kinds, expectCountry });
    return v;
  }

  /** A `;`-separated list; blanks and repeats dropped. */
  list(column: string): string[] {
    const v = this.cell(column);
    if (v === undefined) return [];
    return [
      ...new Set(
        v
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      ),
    ];
  }

  refList(column: string, kinds: readonly NodeKind[]): string[] {
    const ids = this.list(column);
    for (const id of ids) {
      if (!ID_PATTERN.test(id)) this.badId(column, id);
      else this.refs.push({ file: this.file, line: this.line, column, id, kinds });
    }
    return ids.filter((id) => ID_PATTERN.test(id));
  }

  enumValue<E extends Record<string, string>>(column: string, values: E, required = false): E[keyof E] | undefined {
    const v = required ? this.required(column) : this.cell(column);
    if (v === undefined) return undefined;
    const allowed = Object.values(values);
    const found = allowed.find((a) => a === v.toUpperCase());
    if (found === undefined) this.error(column, `'${v}' is not one of ${allowed.join(', ')}`);
    return found as E[keyof E] | undefined;
  }

  number(column: string, range: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
    const v = this.cell(column);
    if (v === undefined) return undefined;
    const integer = range.integer ?? false;
    if (!(integer ? INTEGER : NUMBER).test(v)) {
      this.error(column, `'${v}' is not ${integer ? 'an integer' : 'a number (use . as the decimal point)'}`);
      return undefined;
    }
    const n = Number(v);
    if (
      !Number.isFinite(n) ||
      (range.min !== undefined && n < range.min) ||
      (range.max !== undefined && n > range.max)
    ) {
      this.error(column, `${v} is out of range (${range.min ?? '-inf'} to ${range.max ?? 'inf'})`);
      return undefined;
    }
    return n;
  }

  date(column: string): Neo4jDate<number> | undefined {
    const v = this.cell(column);
    if (v === undefined) return undefined;
    if (!isIsoDate(v)) {
      this.error(column, `'${v}' is not an ISO 8601 date (YYYY-MM-DD)`);
      return undefined;
    }
    const [y, m, d] = v.split('-').map(Number);
    return new neo4j.types.Date(y, m, d);
  }

  /** A date of reduced precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) that exists, stored as that text (domain rule). */
  partialDate(column: string): string | undefined {
    const v = this.cell(column);
    if (v === undefined) return undefined;
    if (!isPartialDate(v)) {
      this.error(column, `'${v}' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD, years 1800-2100)`);
      return undefined;
    }
    return v;
  }

  /** A confidence (`confirmed`, `reported`, `inferred`, any case), stored lower-case. */
  confidence(column = 'confidence'): string | undefined {
    const v = this.cell(column);
    if (v === undefined) return undefined;
    const c = parseConfidence(v);
    if (c === undefined) this.error(column, `'${v}' is not one of confirmed, reported, inferred`);
    return c?.toLowerCase();
  }

  /** An absolute http(s) URL (domain rule: sources are links a frontend may render). */
  url(column = 'source'): string | undefined {
    const v = this.cell(column);
    if (v !== undefined && !isHttpUrl(v)) {
      this.error(column, `'${v.slice(0, 80)}' is not an absolute http:// or https:// URL`);
      return undefined;
    }
    return v;
  }

  /**
   * The evidence columns of a fact (`confidence`, `source`, `note`, `since`, `until`), validated;
   * `since` must not be after `until`.
   */
  evidence(dated = true): Record<string, string | undefined> {
    const since = dated ? this.partialDate('since') : undefined;
    const until = dated ? this.partialDate('until') : undefined;
    if (since !== undefined && until !== undefined && compareDates(since, until) > 0)
      this.error('until', `until ${until} is before since ${since}`);
    return { confidence: this.confidence(), source: this.url(), note: this.cell('note'), since, until };
  }

  /** A cell by name, contract or extra column alike (for checks that read conventional extra columns). */
  anyCell(column: string): string | undefined {
    const i = this.header.columns.get(column) ?? this.header.extras.find(([name]) => name === column)?.[1];
    if (i === undefined) return undefined;
    const v = this.cells[i].trim();
    return v === '' ? undefined : v;
  }

  /** The extra (non-contract) columns that hold a value, as string properties. */
  extras(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, i] of this.header.extras) {
      const v = this.cells[i].trim();
      if (v !== '') out[name] = v;
    }
    return out;
  }

  private badId(column: string, v: string): undefined {
    this.error(column, `'${v}' is not a valid id (expected ${ID_PATTERN.source})`);
    return undefined;
  }
}
