import { isValidId } from '../domain/model';
import { badInput, limitExceeded } from '../graphql/errors';

/** Bounds of every analytics argument (defaults are the GraphQL defaults). */
export const LIMITS = {
  maxDepth: { min: 1, max: 25, default: 10 },
  maxHops: { min: 1, max: 15, default: 6 },
  pathLimit: { min: 1, max: 100, default: 10 },
  neighborhoodDepth: { min: 1, max: 3, default: 1 },
  neighborhoodLimit: { min: 1, max: 1000, default: 200 },
  impactLimit: { min: 1, max: 5000, default: 500 },
  avoid: { max: 100 },
  remove: { max: 100 },
} as const;

/** Edges returned with a neighbourhood, at most this many per node allowed in it. */
export const EDGES_PER_NODE = 5;

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
