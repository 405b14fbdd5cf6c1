import { PAGE_SIZE } from '../config';
import { badInput, limitExceeded } from '../errors';
import { type SortKey } from '../neo4j/queries/filters';
import { isSortValue, type SortColumn, sortColumns } from '../neo4j/queries/keyset';

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

export function decodeCursor(cursor: string, columns: readonly SortColumn[]): unknown[] {
  const invalid = (message: string) =>
    badInput(`Invalid cursor '${cursor.slice(0, 64)}'`, [{ path: 'after', message }]);
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

export interface PageWindow {
  /** Rows of the page; one more is fetched to know whether a next page exists. */
  limit: number;
  columns: SortColumn[];
  /** Sort values of the row the page starts after (none: the first page). */
  after?: unknown[];
}

export function pageWindow(first: number, after?: string | null, order?: readonly SortKey[] | null): PageWindow {
  if (!Number.isInteger(first) || first < 0)
    throw badInput('first must be a non-negative integer', [{ path: 'first', message: 'must be >= 0' }]);
  if (first > PAGE_SIZE.max) throw limitExceeded('first', PAGE_SIZE.max, first);
  const columns = sortColumns(order);
  return { limit: first, columns, after: after ? decodeCursor(after, columns) : undefined };
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
 * Builds a connection page from up to `limit + 1` rows fetched after the window's cursor: the
 * extra row only says that a next page exists. With a cursor there is a row before the page.
 * The rows' items become the edges (their cursor is set on them).
 */
export function toPage<TNode, TEdgeExtra extends object>(
  rows: Array<PageRow<{ node: TNode } & TEdgeExtra>>,
  window: PageWindow,
  totalCount?: number,
): Page<TNode, TEdgeExtra> {
  const kept = rows.slice(0, window.limit);
  // Each row's item is this page's own object: it becomes the edge in place (no copy).
  const edges = kept.map((r) => {
    const edge = r.item as { cursor: string; node: TNode } & TEdgeExtra;
    edge.cursor = r.sort ? encodeCursor(window.columns, r.sort) : '';
    return edge;
  });
  return {
    edges,
    nodes: kept.map((r) => r.item.node),
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
