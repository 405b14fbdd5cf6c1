import { type AppError, badInput } from '../errors';

/**
 * Bounds on every user value that reaches a database query (docs/security.md, "Limits"). Filters
 * are checked where they are compiled into Cypher, search text where it becomes a Lucene query,
 * so no path to the database skips them. A value over a bound is refused before any query runs.
 */
export const INPUT_BOUNDS = {
  /** Characters of any string in a `where` filter (names, cities, ids, …): names are far shorter. */
  maxFilterTextLength: 200,
  /** Items of any list in a `where` filter (`idIn`, `regionIn`, `kindIn`, …). */
  maxFilterListLength: 1000,
  /** Characters of `search(text:)`. */
  maxSearchTextLength: 200,
} as const;

export type InputBound = keyof typeof INPUT_BOUNDS;

/** A refused input: BAD_USER_INPUT naming the bound (`limit`, `max`) and the path of the value. */
function refuse(limit: InputBound, path: string, actual: number): AppError {
  const max = INPUT_BOUNDS[limit];
  const unit = limit === 'maxFilterListLength' ? 'items' : 'characters';
  return badInput(
    `${path} must be at most ${max} ${unit} (got ${actual}): ${limit}`,
    [{ path, message: `at most ${max} ${unit}` }],
    {
      limit,
      max,
    },
  );
}

/** Throws BAD_USER_INPUT when a string or list in `where` (one level of fields) is over its bound. */
export function checkFilterBounds(where: object | null | undefined, path = 'where'): void {
  for (const [field, value] of Object.entries((where ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') checkText(value, `${path}.${field}`, 'maxFilterTextLength');
    else if (Array.isArray(value)) {
      if (value.length > INPUT_BOUNDS.maxFilterListLength)
        throw refuse('maxFilterListLength', `${path}.${field}`, value.length);
      value.forEach((v, i) => {
        if (typeof v === 'string') checkText(v, `${path}.${field}[${i}]`, 'maxFilterTextLength');
      });
    }
  }
}

export function checkText(value: string, path: string, limit: 'maxFilterTextLength' | 'maxSearchTextLength'): void {
  if (value.length > INPUT_BOUNDS[limit]) throw refuse(limit, path, value.length);
}
