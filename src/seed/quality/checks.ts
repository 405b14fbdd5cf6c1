import { FacilityStatus } from '../../domain/enums';
import { type SeedIssue } from '../issues';
import { type RowReader } from '../read/cell-reader';
import { comparePartial, partialDate, yearOf } from './dates';
import { BOUNDS_MARGIN_DEG, REGION_BOUNDS } from './region-bounds';

/** What the link checks need of a facility (kept per facility id while validating: a few dozen bytes each). */
interface FacilityFacts {
  status?: string;
  startYear?: number;
  statusAsOf?: string;
  line: number;
}

const NOT_YET = new Set<string>([FacilityStatus.PLANNED, FacilityStatus.CONSTRUCTION, FacilityStatus.CANCELLED]);
const ENDED = new Set<string>([FacilityStatus.CLOSED, FacilityStatus.IDLE]);

/** Agreement date columns in the order they must come (a pair of given dates may not go backwards). */
const AGREEMENT_ORDER: ReadonlyArray<readonly string[]> = [
  ['announced'],
  ['signed', 'signed_approx'],
  ['effective'],
  ['joint_review'],
  ['expires', 'term_end'],
];
const LINK_FILES = new Set(['supply.csv', 'outputs.csv', 'inputs.csv', 'ownership.csv', 'agreement_parties.csv']);

/**
 * Data-quality checks of the validation pass (documented in src/seed/README.md): plausibility rather than syntax.
 * Each finding is a located warning; the loader turns them into errors with `strict`.
 */
export class QualityChecks {
  private readonly facilities = new Map<string, FacilityFacts>();

  constructor(
    private readonly warn: (issue: SeedIssue) => void,
    private readonly regionCountry: (region: string) => string | undefined,
  ) {}

  row(file: string, r: RowReader): void {
    if (file === 'facilities.csv') this.facility(r);
    else if (file === 'agreements.csv') this.agreement(r);
    if (LINK_FILES.has(file)) this.period(r);
    if (file === 'supply.csv') {
      this.operatingAt(r, 'supplier');
      this.operatingAt(r, 'customer');
    } else if (file === 'outputs.csv' || file === 'inputs.csv') this.operatingAt(r, 'facility');
  }

  private say(r: RowReader, column: string, message: string): void {
    this.warn({ file: r.file, line: r.line, column, message });
  }

  private facility(r: RowReader): void {
    const id = r.anyCell('id');
    if (id === undefined) return;
    const start = Number(r.anyCell('startYear'));
    this.facilities.set(id, {
      status: r.anyCell('status')?.toUpperCase(),
      startYear: Number.isInteger(start) ? start : undefined,
      statusAsOf: partialDate(r.anyCell('status_as_of')),
      line: r.line,
    });
    this.coordinates(r);
  }

  /** Coordinates inside the facility's region box, or (no region) inside one of its country's region boxes. */
  private coordinates(r: RowReader): void {
    const lat = Number(r.anyCell('lat'));
    const lon = Number(r.anyCell('lon'));
    if (
      r.anyCell('lat') === undefined ||
      r.anyCell('lon') === undefined ||
      !Number.isFinite(lat) ||
      !Number.isFinite(lon)
    )
      return;
    const region = r.anyCell('region');
    if (region !== undefined) {
      const box = REGION_BOUNDS[region];
      if (box && !inside(box, lat, lon)) {
        const hint = regionsAt(lat, lon);
        this.say(
          r,
          'lat',
          `${lat}, ${lon} lies outside ${region}${hint.length ? ` (it is in ${hint.join(' or ')})` : ''}`,
        );
      }
      return;
    }
    const country = r.anyCell('country');
    if (country === undefined) return;
    const boxes = Object.entries(REGION_BOUNDS).filter(
      ([id]) => id.startsWith(`${country}-`) || this.regionCountry(id) === country,
    );
    if (boxes.length > 0 && !boxes.some(([, box]) => inside(box, lat, lon))) {
      this.say(r, 'lat', `${lat}, ${lon} lies outside every region of ${country}`);
    }
  }

  private agreement(r: RowReader): void {
    let previous: { column: string; date: string } | undefined;
    for (const group of AGREEMENT_ORDER) {
      const column = group.find((c) => partialDate(r.anyCell(c)) !== undefined);
      if (column === undefined) continue;
      const date = partialDate(r.anyCell(column))!;
      if (previous && comparePartial(date, previous.date) < 0) {
        this.say(r, column, `${column} ${date} comes before ${previous.column} ${previous.date}`);
      }
      previous = { column, date };
    }
  }

  /** `until` may not come before `since`. */
  private period(r: RowReader): void {
    const since = partialDate(r.anyCell('since'));
    const until = partialDate(r.anyCell('until'));
    if (since && until && comparePartial(until, since) < 0)
      this.say(r, 'until', `until ${until} comes before since ${since}`);
  }

  /** A link that starts (`since`) when its facility was not operating: not built yet, or already closed. */
  private operatingAt(r: RowReader, column: string): void {
    const since = partialDate(r.anyCell('since'));
    const id = r.anyCell(column);
    if (since === undefined || id === undefined) return;
    const f = this.facilities.get(id);
    if (!f) return;
    if (f.startYear !== undefined && yearOf(since) < f.startYear) {
      this.say(
        r,
        'since',
        `${id} starts operating in ${f.startYear} (facilities.csv:${f.line}), after this link's since ${since}`,
      );
    } else if (
      f.status &&
      NOT_YET.has(f.status) &&
      (f.statusAsOf === undefined || comparePartial(since, f.statusAsOf) <= 0)
    ) {
      const asOf = f.statusAsOf ? `as of ${f.statusAsOf}` : 'with no status_as_of';
      this.say(
        r,
        'since',
        `${id} is ${f.status} ${asOf} (facilities.csv:${f.line}), so not operating at this link's since ${since}`,
      );
    } else if (
      f.status &&
      ENDED.has(f.status) &&
      f.statusAsOf !== undefined &&
      comparePartial(since, f.statusAsOf) > 0
    ) {
      this.say(
        r,
        'since',
        `${id} is ${f.status} as of ${f.statusAsOf} (facilities.csv:${f.line}), before this link's since ${since}`,
      );
    }
  }
}

function inside(box: readonly [number, number, number, number], lat: number, lon: number): boolean {
  const [s, w, n, e] = box;
  const m = BOUNDS_MARGIN_DEG;
  return lat >= s - m && lat <= n + m && lon >= w - m && lon <= e + m;
}

/** The regions whose box holds a point (a hint for the message; boxes overlap, so there may be several). */
function regionsAt(lat: number, lon: number): string[] {
  return Object.entries(REGION_BOUNDS)
    .filter(([, box]) => inside(box, lat, lon))
    .map(([id]) => id)
    .slice(0, 3);
}
