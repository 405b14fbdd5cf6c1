/**
 * The domain rules every way into the graph enforces: the seed validator (src/seed/read) and the
 * mutation planner (src/editing) both call these, each naming the offending field in its own
 * terms (`lat`/`lon` cells, `input.latitude`). Each rule is tested once here and from both entry
 * points.
 */

/** A facility's start year, inclusive. */
export const START_YEAR = { min: 1800, max: 2100 } as const;

export function isStartYear(year: number): boolean {
  return Number.isInteger(year) && year >= START_YEAR.min && year <= START_YEAR.max;
}

/** Latitude and longitude go together: both given or neither. */
export function coordinatesPaired(hasLatitude: boolean, hasLongitude: boolean): boolean {
  return hasLatitude === hasLongitude;
}

/** A company cannot be its own parent. */
export function isOwnParent(id: string | undefined, parent: string | null | undefined): boolean {
  return parent != null && parent === id;
}

/** A facility in a region is also in that region's country: the country it is located in. */
export function impliedCountry<T extends string>(regionCountry: T | null | undefined, country: T | null | undefined) {
  return country ?? regionCountry ?? undefined;
}

/** A facility's region must lie in the country given with it. */
export function regionOutsideCountry(regionCountry: string | null | undefined, country: string | null | undefined) {
  return !!regionCountry && !!country && regionCountry !== country;
}

/**
 * Value rules every way into the graph enforces: the seed validator and the mutation planners
 * both call these, each naming the offending field in its own terms (`source` cell,
 * `input.source`). Pure; tested from both entry points (tests/integration/hardening/validation-rules.test.ts).
 */

/**
 * A link a frontend may render as `<a href>`: an absolute `http:` or `https:` URL with a host, no
 * whitespace or control characters, at most 2048 characters. Refuses `javascript:`, `data:`,
 * relative and protocol-relative URLs (stored XSS).
 */
export const MAX_URL_LENGTH = 2048;

export function isHttpUrl(value: string): boolean {
  if (
    value.length > MAX_URL_LENGTH ||
    /\s/.test(value) ||
    [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
  )
    return false;
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An ISO 8601 calendar date (YYYY-MM-DD) that exists: 2023-02-29 and 2023-13-45 do not. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Years a date or year may name (as a facility's start year). */
export const YEAR_RANGE = { min: 1800, max: 2100 } as const;

/**
 * A date at the precision it is known: a year (`2023`), a month (`2023-06`) or a day
 * (`2023-06-30`), each real and within YEAR_RANGE: `since`, `until` and the dates of the evidence.
 */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return false;
  if (m[3] !== undefined) return isCalendarDate(value);
  if (m[2] !== undefined) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return true;
}

/**
 * The minerals of a link as part of its identity: one is stored as `mineral`, several as the
 * sorted list `minerals` (so a link is the same whatever order its minerals were given in). Both
 * may be given (older readers see `mineral`): then `mineral` must be one of `minerals`.
 */
export function mineralIdentity(
  single: string | undefined,
  listed: readonly string[],
): { mineral?: string; minerals?: string[]; problem?: string } {
  const problem =
    single !== undefined && listed.length && !listed.includes(single)
      ? `'${single}' is not one of minerals (${listed.join(';')})`
      : undefined;
  const all = [...new Set([...(single === undefined ? [] : [single]), ...listed])].sort();
  return {
    ...(all.length === 1 ? { mineral: all[0] } : all.length > 1 ? { minerals: all } : {}),
    ...(problem ? { problem } : {}),
  };
}

/** The problem with a number against a property's range (`min`/`max` of the model), if any. */
export function rangeProblem(value: number, range: { min?: number; max?: number }): string | undefined {
  const { min, max } = range;
  const inside = Number.isFinite(value) && (min === undefined || value >= min) && (max === undefined || value <= max);
  if (inside || (min === undefined && max === undefined)) return undefined;
  if (min !== undefined && max !== undefined) return `must be between ${min} and ${max}`;
  return min !== undefined ? `must be >= ${min}` : `must be <= ${max}`;
}

/** A facility cannot supply itself. */
export function isSelfSupply(from: string | undefined, to: string | undefined): boolean {
  return from !== undefined && from === to;
}

/**
 * Ownership shares of one facility add up to at most 1, with a tolerance for rounded published
 * figures (three owners of 33.4 % each): a total up to 1.001 is accepted.
 */
export const OWNERSHIP_TOLERANCE = 0.001;

export function ownershipExceeds(total: number): boolean {
  return total > 1 + OWNERSHIP_TOLERANCE;
}
