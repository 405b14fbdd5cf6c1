/**
 * Guards every integer interpolated into a query text (variable-length bounds cannot be
 * parameters): callers validate user input first; this is the last line of defence.
 */
export function assertDepth(n: number, max = 25): void {
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`Invalid traversal bound ${n}`);
}
