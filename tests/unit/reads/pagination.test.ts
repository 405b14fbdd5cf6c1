import { decodeCursor, encodeCursor, pageWindow, readWindow, toPage } from '../../../src/reads/pagination';
import { reverseOrder, sortColumns } from '../../../src/neo4j/queries/keyset';

describe('pagination', () => {
  const byName = sortColumns(undefined);
  const byYear = sortColumns([{ field: 'START_YEAR', direction: 'DESC' }]);

  it('round-trips keyset cursors and starts after the given row', () => {
    const cursor = encodeCursor(byName, ['Plant 007', 'f007']);
    expect(decodeCursor(cursor, byName)).toEqual(['Plant 007', 'f007']);
    expect(pageWindow({ first: 10, after: cursor })).toEqual({
      limit: 10,
      columns: byName,
      after: ['Plant 007', 'f007'],
      before: undefined,
      backward: false,
    });
    expect(pageWindow({ first: 5 })).toMatchObject({ limit: 5, after: undefined, backward: false });
    expect(pageWindow({})).toMatchObject({ limit: 20, backward: false });
    const nullYear = encodeCursor(byYear, [null, 'f1']);
    expect(pageWindow({ first: 5, after: nullYear }, [{ field: 'START_YEAR', direction: 'DESC' }]).after).toEqual([
      null,
      'f1',
    ]);
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
    expect(() => pageWindow({ first: 501 })).toThrow('first must be at most 500 (got 501)');
    expect(() => pageWindow({ first: -1 })).toThrow('first must be a non-negative integer');
    expect(() => pageWindow({ last: 501 })).toThrow('last must be at most 500 (got 501)');
    expect(() => pageWindow({ last: -1 })).toThrow('last must be a non-negative integer');
    expect(() => pageWindow({ first: 5, last: 5 })).toThrow('Give first or last, not both');
    try {
      pageWindow({ last: 5, before: other });
    } catch (error) {
      expect((error as { problems: unknown }).problems).toEqual([
        { path: 'before', message: 'the cursor belongs to another orderBy' },
      ]);
    }
  });

  it('fills pageInfo from limit + 1 rows: the extra row only means there is a next page', () => {
    const row = (id: string) => ({ item: { node: id }, sort: [id.toUpperCase(), id] });
    const window = { limit: 2, columns: byName, after: ['A', 'a'], backward: false };
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
    expect(toPage([], { limit: 2, columns: byName, backward: false }, 0).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('reads a backward page in the reversed order from its before cursor and returns it in the order asked for', () => {
    const before = encodeCursor(byName, ['E', 'e']);
    const window = pageWindow({ last: 2, before });
    expect(window).toMatchObject({ limit: 2, backward: true, before: ['E', 'e'], after: undefined });
    expect(readWindow(window)).toEqual({
      columns: reverseOrder(byName),
      limit: 2,
      after: ['E', 'e'],
      until: undefined,
    });
    expect(reverseOrder(byName).map((c) => c.direction)).toEqual(['DESC', 'DESC']);
    const row = (id: string) => ({ item: { node: id }, sort: [id.toUpperCase(), id] });
    // Read nearest first: d, c, and b (the extra row: there is a previous page).
    const page = toPage([row('d'), row('c'), row('b')], window);
    expect(page.nodes).toEqual(['c', 'd']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(byName, ['C', 'c']),
      endCursor: encodeCursor(byName, ['D', 'd']),
    });
    // From the end: no next page; the start reached: no previous page.
    const fromEnd = pageWindow({ last: 3 });
    expect(toPage([row('b'), row('a')], fromEnd).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: false,
    });
    // Both cursors bound one page: the reading order starts after before and stops before after.
    const both = pageWindow({ last: 2, before, after: encodeCursor(byName, ['A', 'a']) });
    expect(readWindow(both)).toMatchObject({ after: ['E', 'e'], until: ['A', 'a'] });
  });
});
