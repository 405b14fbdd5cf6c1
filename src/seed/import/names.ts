/** Turning dataset names into ids of the seed contract, and matching company names to curated companies. */

/** Lowercase slug of letters and digits joined by '-'. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** Legal-form words that do not tell companies apart ("Tesla Inc" is "Tesla, Inc."). */
const LEGAL_WORDS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'lp',
  'llp',
  'ltd',
  'limited',
  'plc',
  'sa',
  'de',
  'cv',
  'sab',
  'ag',
  'se',
  'nv',
  'the',
  'usa',
  'us',
  'america',
  'americas',
  'north',
  'holdings',
  'group',
]);

/** A company name reduced to the words that identify it, e.g. 'Mitsubishi Chemical America' -> 'mitsubishichemical'. */
export function companyKey(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !LEGAL_WORDS.has(w));
  return words.join('');
}

/**
 * Splits a dataset's company text into company names: "Tesla Inc, Panasonic Corp" -> two names;
 * "EnPower, Inc." stays one (a part that is only a legal form belongs to the name before it);
 * a parenthesised remark ("BlueOvalSK (JV of Ford and SK On)") is dropped.
 */
export function splitCompanies(text: string): string[] {
  const names: string[] = [];
  for (const part of text.replace(/\(.*?\)/g, ' ').split(/[,;/]/)) {
    const trimmed = part.trim().replace(/\s+/g, ' ');
    if (trimmed === '') continue;
    if (companyKey(trimmed) === '' && names.length > 0) names[names.length - 1] += `, ${trimmed}`;
    else names.push(trimmed);
  }
  return names;
}

/** Finds curated companies by name: the key of every curated name (and id slug) points at its id. */
export class CompanyMatcher {
  private readonly byKey = new Map<string, string>();

  constructor(companies: ReadonlyArray<{ id: string; name: string }>) {
    for (const c of companies) {
      for (const key of [companyKey(c.name), companyKey(c.id.replace(/^co:/, '').replace(/-/g, ' '))]) {
        if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, c.id);
      }
    }
  }

  /** The curated id of a company name, if one matches. */
  find(name: string): string | undefined {
    return this.byKey.get(companyKey(name));
  }

  /** Remembers a company added by an import, so later rows reuse it. */
  remember(name: string, id: string): void {
    const key = companyKey(name);
    if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, id);
  }
}
