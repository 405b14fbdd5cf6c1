import { badInput, limitExceeded } from '../errors';
import { PAGE_SIZE } from '../config';

/** Cursors are opaque to clients: base64 of the offset of the edge in the ordered result. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput(`Invalid cursor '${cursor}'`, [{ path: 'after', message: 'not a cursor from this API' }]);
  return Number(m[1]);
}

export interface PageWindow {
  skip: number;
  limit: number;
}

export function pageWindow(first: number, after?: string | null): PageWindow {
  if (!Number.isInteger(first) || first < 0)
    throw badInput('first must be a non-negative integer', [{ path: 'first', message: 'must be >= 0' }]);
  if (first > PAGE_SIZE.max) throw limitExceeded('first', PAGE_SIZE.max, first);
  return { skip: after ? decodeCursor(after) + 1 : 0, limit: first };
}

export interface Page<TNode, TEdgeExtra = object> {
  edges: Array<{ cursor: string; node: TNode } & TEdgeExtra>;
  nodes: TNode[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Builds a connection page from the items of one window and the total count. */
export function toPage<TNode, TEdgeExtra extends object>(
  items: Array<{ node: TNode } & TEdgeExtra>,
  window: PageWindow,
  totalCount: number,
): Page<TNode, TEdgeExtra> {
  const edges = items.map((item, i) => ({ ...item, cursor: encodeCursor(window.skip + i) }));
  return {
    edges,
    nodes: items.map((i) => i.node),
    totalCount,
    pageInfo: {
      hasNextPage: window.skip + items.length < totalCount,
      hasPreviousPage: window.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
