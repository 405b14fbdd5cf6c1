import { chainColumn, layered } from '../../../web/explorer/layout';

describe('layered supply-graph layout', () => {
  it('puts sources left and the analysed facility right for an upstream chain', () => {
    expect(chainColumn('upstream', 0, 3)).toBe(3);
    expect(chainColumn('upstream', 3, 3)).toBe(0);
    expect(chainColumn('downstream', 2, 3)).toBe(2);
  });

  it('orders a column by its neighbours in the column before it, centred on row 0', () => {
    const placed = layered(
      [
        { id: 'mine-b', column: 0 },
        { id: 'mine-a', column: 0 },
        { id: 'refinery-of-b', column: 1 },
        { id: 'refinery-of-a', column: 1 },
        { id: 'plant', column: 2 },
      ],
      [
        { from: 'mine-a', to: 'refinery-of-a' },
        { from: 'mine-b', to: 'refinery-of-b' },
        { from: 'refinery-of-a', to: 'plant' },
        { from: 'refinery-of-b', to: 'plant' },
      ],
    );
    // Column 0 by id (no placed neighbours yet); column 1 follows it, so the links do not cross.
    expect(placed.get('mine-a')!.row).toBe(-0.5);
    expect(placed.get('mine-b')!.row).toBe(0.5);
    expect(placed.get('refinery-of-a')!.row).toBe(-0.5);
    expect(placed.get('refinery-of-b')!.row).toBe(0.5);
    expect(placed.get('plant')).toEqual({ id: 'plant', column: 2, row: 0 });
  });
});
