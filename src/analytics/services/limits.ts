import { isValidId } from '../../domain/model';
import { ANALYSIS_DEFAULTS, ANALYTICS_LIMITS, EDGES_PER_NODE } from '../../config';
import { badInput, limitExceeded } from '../../errors';

/** Bounds of every analytics argument (defaults are the GraphQL defaults); set in config.ts. */
export const LIMITS = ANALYTICS_LIMITS;
export { EDGES_PER_NODE };

export function checkRange(argument: string, value: number, bound: { min: number; max: number }): number {
  if (!Number.isInteger(value))
    throw badInput(`${argument} must be an integer`, [{ path: argument, message: 'not an integer' }]);
  if (value > bound.max) throw limitExceeded(argument, bound.max, value);
  if (value < bound.min) {
    throw badInput(
      `${argument} must be at least ${bound.min} (got ${value})`,
      [{ path: argument, message: `at least ${bound.min}` }],
      {
        limit: argument,
        min: bound.min,
      },
    );
  }
  return value;
}

export function checkCount(argument: string, values: readonly unknown[], max: number): void {
  if (values.length > max) throw limitExceeded(argument, max, values.length);
}

/** Ids must look like ids before they reach a lookup. */
export function checkIds(argument: string, ids: readonly string[]): void {
  const bad = ids.filter((id) => !isValidId(id));
  if (bad.length)
    throw badInput(`${argument}: malformed id ${bad.map((b) => `'${b}'`).join(', ')}`, [
      { path: argument, message: 'malformed id' },
    ]);
}

/** What one analysis request may load (ANALYTICS_MAX_FACILITIES; the pool passes the configured value). */
export interface AnalysisBounds {
  maxFacilities: number;
  /**
   * An impact whose removal takes out at least this many facilities analyses the whole-network
   * snapshot (supply-snapshot.ts) instead of loading its subnetwork; 0: never
   * (ANALYTICS_SNAPSHOT_MIN_REMOVED). Unset: the default.
   */
  snapshotMinRemoved?: number;
}

export const DEFAULT_BOUNDS: AnalysisBounds = {
  maxFacilities: ANALYSIS_DEFAULTS.maxFacilities,
  snapshotMinRemoved: ANALYSIS_DEFAULTS.snapshotMinRemoved,
};

/** Whether an impact taking out `removed` facilities uses the whole-network snapshot. */
export function usesSnapshot(removed: number, bounds: AnalysisBounds): boolean {
  const min = bounds.snapshotMinRemoved ?? ANALYSIS_DEFAULTS.snapshotMinRemoved;
  return min > 0 && removed >= min;
}

/**
 * A load returns at most maxFacilities + 1 rows: one more than the bound means the request's
 * subnetwork is too large to analyse within the memory bound (BAD_USER_INPUT, limit
 * `networkFacilities`), said before any analysis starts.
 */
export function checkNetworkSize(argument: string, rows: readonly unknown[], bounds: AnalysisBounds): void {
  if (rows.length <= bounds.maxFacilities) return;
  throw badInput(
    `The supply network this request needs has more than ${bounds.maxFacilities} facilities within the largest maxDepth; name a mineral or ask about less`,
    [{ path: argument, message: `more than ${bounds.maxFacilities} facilities to load` }],
    { limit: 'networkFacilities', max: bounds.maxFacilities },
  );
}
