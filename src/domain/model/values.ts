/** Every node id: globally unique, case-sensitive. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export function isLatitude(v: number): boolean {
  return Number.isFinite(v) && v >= -90 && v <= 90;
}
export function isLongitude(v: number): boolean {
  return Number.isFinite(v) && v >= -180 && v <= 180;
}
export function isShare(v: number): boolean {
  return Number.isFinite(v) && v >= 0 && v <= 1;
}
/** ISO 8601 calendar date (YYYY-MM-DD) that exists. */
export function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
