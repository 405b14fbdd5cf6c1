import { decodeCursor, encodeCursor, pageWindow, toPage } from '../../../src/reads/pagination';

describe('pagination', () => {
  it('round-trips cursors and starts after the given one', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(pageWindow(10, encodeCursor(9))).toEqual({ skip: 10, limit: 10 });
    expect(pageWindow(5)).toEqual({ skip: 0, limit: 5 });
  });

  it('rejects foreign cursors and oversized pages with the bound', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow("Invalid cursor 'bm9wZQ'");
    expect(() => pageWindow(501)).toThrow('first must be at most 500 (got 501)');
    expect(() => pageWindow(-1)).toThrow('first must be a non-negative integer');
  });

  it('fills pageInfo from the window and the total', () => {
    const page = toPage([{ node: 'a' }, { node: 'b' }], { skip: 2, limit: 2 }, 5);
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    const last = toPage([{ node: 'e' }], { skip: 4, limit: 2 }, 5);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(toPage([], { skip: 0, limit: 2 }, 0).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
