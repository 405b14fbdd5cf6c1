import { decodeCursor, encodeCursor, pageWindow, toPage } from '../../../src/reads/pagination';
import { sortColumns } from '../../../src/neo4j/queries/keyset';

describe('pagination', () => {
  const byName = sortColumns(undefined);
  const byYear = sortColumns([{ field: 'START_YEAR', direction: 'DESC' }]);

  it('round-trips keyset cursors and starts after the given row', () => {
    const cursor = encodeCursor(byName, ['Plant 007', 'f007']);
    expect(decodeCursor(cursor, byName)).toEqual(['Plant 007', 'f007']);
    expect(pageWindow(10, cursor)).toEqual({ limit: 10, columns: byName, after: ['Plant 007', 'f007'] });
    expect(pageWindow(5)).toEqual({ limit: 5, columns: byName, after: undefined });
    const nullYear = encodeCursor(byYear, [null, 'f1']);
    expect(pageWindow(5, nullYear, [{ field: 'START_YEAR', direction: 'DESC' }]).after).toEqual([null, 'f1']);
  });

  it('rejects foreign, tampered and other-order cursors, and oversized pages, with the bound', () => {
    expect(() => decodeCursor('bm9wZQ', byName)).toThrow("Invalid cursor 'bm9wZQ'");
    expect(() => decodeCursor('o:12', byName)).toThrow('Invalid cursor');
    const other = encodeCursor(byYear, [2020, 'f1']);
    expect(() => decodeCursor(other, byName)).toThrow('Invalid cursor');
    try {
      decodeCursor(other, byName);
    } catch (error) {
      expect((error as { problems: unknown }).problems).toEqual([
        { path: 'after', message: 'the cursor belongs to another orderBy' },
      ]);
    }
    // Right order, wrong value types: a year that is not an integer, an id that is null.
    expect(() => decodeCursor(encodeCursor(byYear, ['2020', 'f1']), byYear)).toThrow('Invalid cursor');
    expect(() => decodeCursor(encodeCursor(byName, ['a', null]), byName)).toThrow('Invalid cursor');
    expect(() => decodeCursor(encodeCursor(byName, ['a']), byName)).toThrow('Invalid cursor');
    expect(() => pageWindow(501)).toThrow('first must be at most 500 (got 501)');
    expect(() => pageWindow(-1)).toThrow('first must be a non-negative integer');
  });

  it('fills pageInfo from limit + 1 rows: the extra row only means there is a next page', () => {
    const row = (id: string) => ({ item: { node: id }, sort: [id.toUpperCase(), id] });
    const window = { limit: 2, columns: byName, after: ['A', 'a'] };
    const page = toPage([row('b'), row('c'), row('d')], window, 5);
    expect(page.nodes).toEqual(['b', 'c']);
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(byName, ['B', 'b']),
      endCursor: encodeCursor(byName, ['C', 'c']),
    });
    const last = toPage([row('e')], window);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.totalCount).toBeUndefined();
    expect(toPage([], { limit: 2, columns: byName }, 0).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
