import { FacilityKind } from '../../domain/enums';

/** Float tolerance of the share programmes: a share within it of 1 is 1. */
export const SHARE_EPSILON = 1e-9;

/** Clamps a computed share to [0, 1] and rounds float noise near 1 to 1. */
export function snapShare(x: number): number {
  if (x >= 1 - SHARE_EPSILON) return 1;
  return x <= 0 ? 0 : x;
}

export interface CountryShare {
  country: string | null;
  share: number;
}

/**
 * Snaps a share that may exceed 1 (a step's share counts a route once per facility of the kind it
 * passes): float noise near a whole number is rounded to it, negatives to 0, and nothing is capped.
 */
export function snapStepShare(x: number): number {
  if (x <= 0) return 0;
  const whole = Math.round(x);
  return Math.abs(x - whole) <= SHARE_EPSILON ? whole : x;
}

/** Sums shares per key; sorted by share (descending), then key. `snap` rounds each sum (default: into [0, 1]). */
export function groupShares<T>(
  items: Iterable<T>,
  keyOf: (t: T) => string | null,
  shareOf: (t: T) => number,
  snap: (x: number) => number = snapShare,
): Array<{ key: string | null; share: number }> {
  const sums = new Map<string | null, number>();
  for (const it of items) sums.set(keyOf(it), (sums.get(keyOf(it)) ?? 0) + shareOf(it));
  return [...sums].map(([key, share]) => ({ key, share: snap(share) })).sort(byShareThenKey);
}

export function byShareThenKey(
  a: { key: string | null; share: number },
  b: { key: string | null; share: number },
): number {
  return b.share - a.share || String(a.key ?? '').localeCompare(String(b.key ?? ''));
}

const KIND_ORDER = new Map<string, number>(Object.values(FacilityKind).map((k, i) => [k, i]));

/** Orders facility kinds along the value chain (the FacilityKind declaration order), unknown last. */
export function kindRank(kind: string | null): number {
  return kind === null ? Number.MAX_SAFE_INTEGER : (KIND_ORDER.get(kind) ?? Number.MAX_SAFE_INTEGER - 1);
}
