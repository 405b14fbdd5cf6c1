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

/**
 * A refused input: a plain error carrying the client-facing code and the limit, so the database
 * layer need not know GraphQL (graphql-js keeps `extensions` of an original error).
 */
export class InputBoundError extends Error {
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly limit: InputBound,
    readonly path: string,
    readonly actual: number,
  ) {
    const max = INPUT_BOUNDS[limit];
    const unit = limit === 'maxFilterListLength' ? 'items' : 'characters';
    super(`${path} must be at most ${max} ${unit} (got ${actual}): ${limit}`);
    this.extensions = {
      code: 'BAD_USER_INPUT',
      limit,
      max,
      problems: [{ path, message: `at most ${max} ${unit}` }],
    };
  }
}

/** Throws InputBoundError when a string or list in `where` (one level of fields) is over its bound. */
export function checkFilterBounds(where: object | null | undefined, path = 'where'): void {
  for (const [field, value] of Object.entries((where ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') checkText(value, `${path}.${field}`, 'maxFilterTextLength');
    else if (Array.isArray(value)) {
      if (value.length > INPUT_BOUNDS.maxFilterListLength)
        throw new InputBoundError('maxFilterListLength', `${path}.${field}`, value.length);
      value.forEach((v, i) => {
        if (typeof v === 'string') checkText(v, `${path}.${field}[${i}]`, 'maxFilterTextLength');
      });
    }
  }
}

export function checkText(value: string, path: string, limit: 'maxFilterTextLength' | 'maxSearchTextLength'): void {
  if (value.length > INPUT_BOUNDS[limit]) throw new InputBoundError(limit, path, value.length);
}
