/**
 * Layered layout for supply graphs: one column per supply step, sources on the left and the
 * analysed facility on the right (upstream), or the facility on the left and its customers to the
 * right (downstream). Within a column, nodes are ordered by the mean row of their neighbours in the
 * columns already placed (one barycentre sweep, left to right), which removes most crossings of a
 * supply tree. Pure: positions in abstract units (column, row).
 */
export interface LayoutNode {
  id: string;
  /** Column: 0 is leftmost. */
  column: number;
}

export interface LayoutEdge {
  from: string;
  to: string;
}

export interface Placed {
  id: string;
  column: number;
  row: number;
}

export function layered(nodes: LayoutNode[], edges: LayoutEdge[]): Map<string, Placed> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of edges) {
    link(e.from, e.to);
    link(e.to, e.from);
  }
  const columns = new Map<number, LayoutNode[]>();
  for (const n of nodes) {
    const column = columns.get(n.column);
    if (column) column.push(n);
    else columns.set(n.column, [n]);
  }
  const placed = new Map<string, Placed>();
  for (const c of [...columns.keys()].sort((a, b) => a - b)) {
    const column = columns.get(c)!;
    const key = (n: LayoutNode) => {
      const rows = (neighbours.get(n.id) ?? []).map((id) => placed.get(id)?.row).filter((r) => r !== undefined);
      return rows.length ? rows.reduce((s, r) => s + r, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    const ordered = column
      .map((n) => ({ n, k: key(n) }))
      .sort((a, b) => a.k - b.k || (a.n.id < b.n.id ? -1 : a.n.id > b.n.id ? 1 : 0));
    // Rows are centred on 0 so that columns of different sizes line up around the middle.
    ordered.forEach(({ n }, i) => placed.set(n.id, { id: n.id, column: c, row: i - (ordered.length - 1) / 2 }));
  }
  return placed;
}

/** The column of a facility at `depth` links from the root, for a chain walked in `direction`. */
export function chainColumn(direction: 'upstream' | 'downstream', depth: number, maxDepth: number): number {
  return direction === 'upstream' ? maxDepth - depth : depth;
}
