import { PAGE_SIZE } from '../config';
import { badInput, limitExceeded } from '../errors';
import { type SortKey } from '../neo4j/queries/filters';
import { isSortValue, reverseOrder, type SortColumn, sortColumns } from '../neo4j/queries/keyset';

/**
 * Cursors are opaque to clients: base64url of the order they belong to and the sort values of
 * their row (ending with its id), so the next page starts after that row whatever was inserted
 * meanwhile (keyset paging, src/neo4j/queries/keyset.ts). A cursor is validated like any input:
 * shape, order and value types; one from another order is refused, not misread.
 */
const orderSignature = (columns: readonly SortColumn[]) => columns.map((c) => `${c.field}:${c.direction}`).join(',');

export function encodeCursor(columns: readonly SortColumn[], values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify({ o: orderSignature(columns), k: values }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, columns: readonly SortColumn[], argument = 'after'): unknown[] {
  const invalid = (message: string) =>
    badInput(`Invalid cursor '${cursor.slice(0, 64)}'`, [{ path: argument, message }]);
  let decoded: { o?: unknown; k?: unknown };
  try {
    if (cursor.length > 4096 || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw new Error();
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof decoded;
  } catch {
    throw invalid('not a cursor from this API');
  }
  if (!decoded || typeof decoded !== 'object' || !Array.isArray(decoded.k) || typeof decoded.o !== 'string')
    throw invalid('not a cursor from this API');
  if (decoded.o !== orderSignature(columns)) throw invalid('the cursor belongs to another orderBy');
  const values = decoded.k;
  if (values.length !== columns.length || !columns.every((c, i) => isSortValue(c, values[i])))
    throw invalid('not a cursor from this API');
  return values;
}

/** The paging arguments of a connection (Relay: `first`/`after` forward, `last`/`before` backward). */
export interface PagingArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface PageWindow {
  /** Rows of the page; one more is fetched to know whether there are more in the reading direction. */
  limit: number;
  /** The order asked for (cursors are written and read in it). */
  columns: SortColumn[];
  /** Sort values of the row the page starts after (none: from the start). */
  after?: unknown[];
  /** Sort values of the row the page ends before (none: up to the end). */
  before?: unknown[];
  /**
   * `last`: the page is the `limit` rows nearest the end (or `before`). It is read in the reversed
   * order, from `before` backwards, so it stays a keyset read that stops after the page.
   */
  backward: boolean;
}

function pageSize(name: 'first' | 'last', value: number): number {
  if (!Number.isInteger(value) || value < 0)
    throw badInput(`${name} must be a non-negative integer`, [{ path: name, message: 'must be >= 0' }]);
  if (value > PAGE_SIZE.max) throw limitExceeded(name, PAGE_SIZE.max, value);
  return value;
}

/**
 * The window of a page: `first` (PAGE_SIZE.default when neither is given) rows after
 * `after`, or the `last` rows before `before` (or before the end). `first` and `last` together are
 * refused: their combination in the Relay specification (slice from both ends) is rarely what a
 * client means and costs a second window. `after` and `before` may bound the same page.
 */
export function pageWindow(args: PagingArgs, order?: readonly SortKey[] | null): PageWindow {
  const given = (v: number | null | undefined): v is number => v !== undefined && v !== null;
  if (given(args.first) && given(args.last))
    throw badInput('Give first or last, not both', [
      {
        path: 'last',
        message: 'first and last cannot be combined: page forward with first/after, backward with last/before',
      },
    ]);
  const backward = given(args.last);
  const limit = backward
    ? pageSize('last', args.last!)
    : pageSize('first', given(args.first) ? args.first : PAGE_SIZE.default);
  const columns = sortColumns(order);
  return {
    limit,
    columns,
    after: args.after ? decodeCursor(args.after, columns, 'after') : undefined,
    before: args.before ? decodeCursor(args.before, columns, 'before') : undefined,
    backward,
  };
}

/**
 * What the database reads for a window: the order to read in (reversed for a backward page), the
 * row to start after and the row to stop before, both in that reading order.
 */
export interface ReadWindow {
  columns: SortColumn[];
  limit: number;
  after?: unknown[];
  until?: unknown[];
}

export function readWindow(window: PageWindow): ReadWindow {
  if (!window.backward)
    return { columns: window.columns, limit: window.limit, after: window.after, until: window.before };
  return { columns: reverseOrder(window.columns), limit: window.limit, after: window.before, until: window.after };
}

export interface Page<TNode, TEdgeExtra = object> {
  edges: Array<{ cursor: string; node: TNode } & TEdgeExtra>;
  nodes: TNode[];
  /** Computed only when the request selects it (a count can cost more than the page). */
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** One fetched row: the item, and its sort values (for its cursor; absent when no cursor is selected). */
export interface PageRow<TItem> {
  item: TItem;
  sort?: readonly unknown[];
}

/**
 * Builds a connection page from up to `limit + 1` rows read in the window's reading order: the
 * extra row only says that there are more rows that way (after the page forward, before it
 * backward). A backward page is read nearest-first and put back in the order asked for. The other
 * side says whether the page was bounded by a cursor (there is a row beyond it), as the Relay
 * specification allows when telling more would cost another read. The rows' items become the
 * edges (their cursor is set on them).
 */
export function toPage<TNode, TEdgeExtra extends object>(
  rows: Array<PageRow<{ node: TNode } & TEdgeExtra>>,
  window: PageWindow,
  totalCount?: number,
): Page<TNode, TEdgeExtra> {
  const kept = rows.slice(0, window.limit);
  if (window.backward) kept.reverse();
  // Each row's item is this page's own object: it becomes the edge in place (no copy).
  const edges = kept.map((r) => {
    const edge = r.item as { cursor: string; node: TNode } & TEdgeExtra;
    edge.cursor = r.sort ? encodeCursor(window.columns, r.sort) : '';
    return edge;
  });
  const more = rows.length > window.limit;
  return {
    edges,
    nodes: kept.map((r) => r.item.node),
    totalCount,
    pageInfo: {
      hasNextPage: window.backward ? window.before !== undefined : more,
      hasPreviousPage: window.backward ? more : window.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
