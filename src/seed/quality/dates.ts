/**
 * Dates of reduced precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the evidence columns hold them. Two such dates
 * are compared at their common precision: `2023` is neither before nor after `2023-06`.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/** The leading partial date of a cell (`2024-12`, or `2024-Q4 (...)` read as `2024`), or undefined. */
export function partialDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = PARTIAL_DATE.exec(text.trim());
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((p) => p !== undefined).join('-');
}

/** Negative when a is before b, positive when after, 0 when equal at their common precision. */
export function comparePartial(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

export const yearOf = (d: string) => Number(d.slice(0, 4));
