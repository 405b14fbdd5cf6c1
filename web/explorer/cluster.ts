/**
 * Level of detail for the map: up to `maxMarkers` facilities every one is drawn; above that, the
 * ones in view are grouped by a square screen grid of `cellPx`, a cell holding one facility keeps
 * its marker and a fuller cell becomes one cluster (at the mean position, with its count). Pure.
 */
export interface ScreenPoint {
  index: number;
  x: number;
  y: number;
}

export interface Cluster {
  x: number;
  y: number;
  count: number;
  /** Indices of its points. */
  members: number[];
}

export interface LevelOfDetail {
  markers: ScreenPoint[];
  clusters: Cluster[];
  /** Points outside the view (not drawn when clustering). */
  hidden: number;
}

export function levelOfDetail(
  points: ScreenPoint[],
  view: { width: number; height: number },
  maxMarkers = 2500,
  cellPx = 36,
): LevelOfDetail {
  if (points.length <= maxMarkers) return { markers: points, clusters: [], hidden: 0 };
  const cells = new Map<number, ScreenPoint[]>();
  let hidden = 0;
  const columns = Math.ceil(view.width / cellPx) + 1;
  for (const p of points) {
    if (p.x < 0 || p.y < 0 || p.x > view.width || p.y > view.height) {
      hidden++;
      continue;
    }
    const key = Math.floor(p.y / cellPx) * columns + Math.floor(p.x / cellPx);
    const cell = cells.get(key);
    if (cell) cell.push(p);
    else cells.set(key, [p]);
  }
  const markers: ScreenPoint[] = [];
  const clusters: Cluster[] = [];
  for (const cell of cells.values()) {
    if (cell.length === 1) {
      markers.push(cell[0]);
      continue;
    }
    let x = 0;
    let y = 0;
    for (const p of cell) {
      x += p.x;
      y += p.y;
    }
    clusters.push({ x: x / cell.length, y: y / cell.length, count: cell.length, members: cell.map((p) => p.index) });
  }
  return { markers, clusters, hidden };
}
