import { isPartialDate } from './rules';
/**
 * Evidence of a fact: how sure it is and over which dates it holds. Shared by the seed contract,
 * the mutations, the analytics and the GraphQL layer (which registers the enum and the scalar).
 */

/** How well a fact is established, strongest first. */
export enum Confidence {
  /** A cited source states the fact. */
  CONFIRMED = 'CONFIRMED',
  /** A source reports it, but it is unconfirmed, dated or marked uncertain. */
  REPORTED = 'REPORTED',
  /** No source states it: inferred to make a chain or record plausible. */
  INFERRED = 'INFERRED',
}

export const CONFIDENCES: readonly Confidence[] = [Confidence.CONFIRMED, Confidence.REPORTED, Confidence.INFERRED];

/** 0 for CONFIRMED .. 2 for INFERRED: the weakest of several is the largest rank. */
export function confidenceRank(c: Confidence): number {
  return CONFIDENCES.indexOf(c);
}

/** A stored or written confidence (any case); a missing or unknown value counts as INFERRED. */
export function confidenceOf(raw: unknown): Confidence {
  return parseConfidence(raw) ?? Confidence.INFERRED;
}

/** The confidence a text names (any case), or undefined. */
export function parseConfidence(raw: unknown): Confidence | undefined {
  if (typeof raw !== 'string') return undefined;
  return CONFIDENCE_BY_NAME.get(raw.trim().toUpperCase());
}

const CONFIDENCE_BY_NAME = new Map<string, Confidence>(CONFIDENCES.map((c) => [c, c]));

/** The evidence properties every fact-stating relationship may carry (CSV columns of the same names). */
export const EVIDENCE_PROPERTIES = ['confidence', 'source', 'note', 'since', 'until'] as const;

/**
 * A date of reduced precision, ISO 8601 `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. It stands for the first
 * day of its period (`2025` = 2025-01-01, `2021-12` = 2021-12-01) wherever dates are compared.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `v` is a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date that exists (one rule for API and seed). */
export { isPartialDate };

/** The first day of the date's period as `YYYY-MM-DD` (so plain string comparison orders dates). */
export function firstDay(v: PartialDate): string {
  const m = PARTIAL_DATE.exec(v);
  if (!m) throw new Error(`Not a partial date: ${v}`);
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** Orders two partial dates by their first days (negative when a is earlier). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A stored value as a partial date: strings that are one, driver dates by their text; otherwise null. */
export function partialDateOf(raw: unknown): PartialDate | null {
  if (typeof raw !== 'string' && !rendersItself(raw)) return null;
  const text = raw.toString().trim();
  return isPartialDate(text) ? text : null;
}

/** A number, or an object with a `toString` of its own (the driver's temporal values); not a plain object. */
function rendersItself(v: unknown): v is { toString(): string } {
  const candidate = typeof v === 'number' || typeof v === 'bigint' || (typeof v === 'object' && v !== null);
  return candidate && v.toString !== Object.prototype.toString;
}

/** Today (UTC) as `YYYY-MM-DD`: the default `asOf` of the analyses. */
export function today(): PartialDate {
  return new Date().toISOString().slice(0, 10);
}

/** A fact holds at `asOf` when it started on or before it (or when unknown) and ends after it (or never). */
export function holdsAt(since: PartialDate | null, until: PartialDate | null, asOf: PartialDate): boolean {
  if (since !== null && compareDates(since, asOf) > 0) return false;
  if (until !== null && compareDates(until, asOf) <= 0) return false;
  return true;
}

/** The earlier of two optional dates. */
export function earlier(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareDates(a, b) <= 0 ? a : b;
}
