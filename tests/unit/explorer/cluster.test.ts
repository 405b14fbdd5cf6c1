import { levelOfDetail, type ScreenPoint } from '../../../web/explorer/cluster';

const view = { width: 100, height: 100 };

describe('map level of detail', () => {
  it('draws every facility up to the marker limit', () => {
    const points: ScreenPoint[] = [
      { index: 0, x: 1, y: 1 },
      { index: 1, x: 2, y: 2 },
      { index: 2, x: 500, y: 500 },
    ];
    expect(levelOfDetail(points, view, 3)).toEqual({ markers: points, clusters: [], hidden: 0 });
  });

  it('above it, groups the facilities in view by screen cell and counts the rest as hidden', () => {
    const points: ScreenPoint[] = [
      { index: 0, x: 1, y: 1 },
      { index: 1, x: 3, y: 5 },
      { index: 2, x: 60, y: 60 },
      { index: 3, x: 500, y: 5 },
    ];
    const lod = levelOfDetail(points, view, 2, 10);
    expect(lod.markers).toEqual([{ index: 2, x: 60, y: 60 }]);
    expect(lod.clusters).toEqual([{ x: 2, y: 3, count: 2, members: [0, 1] }]);
    expect(lod.hidden).toBe(1);
    // Nothing is lost: markers + cluster members + hidden = all.
    expect(lod.markers.length + lod.clusters.reduce((s, c) => s + c.count, 0) + lod.hidden).toBe(points.length);
  });
});
