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
