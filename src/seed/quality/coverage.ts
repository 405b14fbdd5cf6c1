import { type RowReader } from '../read/cell-reader';

/** Which country's production a critical-minerals list asks about: the list id's issuer prefix (`CA-2024` -> CA). */
const issuerOf = (list: string) => list.split('-')[0];

export interface CoverageReport {
  facilities: number;
  byCountry: Map<string, number>;
  byKind: Map<string, number>;
  byStatus: Map<string, number>;
  links: number;
  linksByConfidence: Map<string, number>;
  /** Links `confirmed` or `reported` that cite a source URL. */
  linksSourced: number;
  /** Per list id: its minerals that no operating facility of the issuing country produces. */
  withoutProducer: Map<string, string[]>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Coverage of a seed directory, gathered in the validation pass (so `--report` works with `--dry-run`): facilities
 * by country, kind and status; supply links by confidence; critical minerals without a producer in their country.
 */
export class Coverage {
  private readonly facilityPlace = new Map<string, { country?: string; status?: string }>();
  private readonly lists = new Map<string, string[]>();
  private readonly produced = new Set<string>();
  private readonly report: CoverageReport = {
    facilities: 0,
    byCountry: new Map(),
    byKind: new Map(),
    byStatus: new Map(),
    links: 0,
    linksByConfidence: new Map(),
    linksSourced: 0,
    withoutProducer: new Map(),
  };

  constructor(private readonly regionCountry: (region: string) => string | undefined) {}

  row(file: string, r: RowReader): void {
    if (file === 'minerals.csv') {
      for (const list of (r.anyCell('critical') ?? '').split(';').filter((l) => l !== '')) {
        this.lists.set(list, [...(this.lists.get(list) ?? []), r.anyCell('id') ?? '?']);
      }
    } else if (file === 'facilities.csv') {
      const region = r.anyCell('region');
      const country = r.anyCell('country') ?? (region === undefined ? undefined : this.regionCountry(region));
      const status = r.anyCell('status')?.toUpperCase();
      this.facilityPlace.set(r.anyCell('id') ?? '', { country, status });
      this.report.facilities++;
      bump(this.report.byCountry, country ?? '(none)');
      bump(this.report.byKind, r.anyCell('kind')?.toUpperCase() ?? '(none)');
      bump(this.report.byStatus, status ?? '(none)');
    } else if (file === 'outputs.csv') {
      const place = this.facilityPlace.get(r.anyCell('facility') ?? '');
      if (place?.status === 'OPERATING' && place.country) this.produced.add(`${place.country}|${r.anyCell('mineral')}`);
    } else if (file === 'supply.csv') {
      const confidence = r.anyCell('confidence') ?? '(none)';
      this.report.links++;
      bump(this.report.linksByConfidence, confidence);
      if ((confidence === 'confirmed' || confidence === 'reported') && /^https?:\/\//.test(r.anyCell('source') ?? ''))
        this.report.linksSourced++;
    }
  }

  finish(): CoverageReport {
    for (const [list, minerals] of [...this.lists].sort()) {
      const country = issuerOf(list);
      this.report.withoutProducer.set(
        list,
        minerals.filter((m) => !this.produced.has(`${country}|${m}`)),
      );
    }
    return this.report;
  }
}

const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const line = (m: Map<string, number>) =>
  sorted(m)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
const pct = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 1000) / 10}%`);

export function formatCoverage(c: CoverageReport): string[] {
  const lines = [
    `Coverage: ${c.facilities} facilities, ${c.links} supply links.`,
    `  facilities by country: ${line(c.byCountry)}`,
    `  facilities by kind: ${line(c.byKind)}`,
    `  facilities by status: ${line(c.byStatus)}`,
    `  links by confidence: ${line(c.linksByConfidence)}`,
    `  links confirmed or reported with a source URL: ${c.linksSourced} (${pct(c.linksSourced, c.links)})`,
  ];
  for (const [list, minerals] of c.withoutProducer) {
    lines.push(
      `  ${list}: ${minerals.length} mineral(s) without an operating producer in ${issuerOf(list)}${minerals.length ? `: ${minerals.join(', ')}` : ''}`,
    );
  }
  return lines;
}
