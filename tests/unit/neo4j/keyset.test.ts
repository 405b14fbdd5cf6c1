import { int } from 'neo4j-driver';
import {
  keysetPredicate,
  orderByText,
  orderedScanPredicate,
  sortColumns,
  sortValuesText,
} from '../../../src/neo4j/queries/keyset';
import { decodeCursor, encodeCursor } from '../../../src/reads/pagination';

describe('keyset paging on a counted sort key', () => {
  const columns = sortColumns([{ field: 'OPERATED_FACILITIES', direction: 'DESC' }]);
  const count = 'COUNT { (n)-[:OPERATES]->(:Facility) }';

  it('sorts, projects and compares the count computed in the query, the id breaking ties', () => {
    expect(columns.map((c) => [c.field, c.direction, c.kind, c.required])).toEqual([
      ['OPERATED_FACILITIES', 'DESC', 'integer', true],
      ['ID', 'ASC', 'string', true],
    ]);
    expect(orderByText(columns, 'n')).toBe(`ORDER BY ${count} DESC, n.id ASC`);
    expect(sortValuesText(columns, 'n')).toBe(`[${count}, n.id]`);
    const k = keysetPredicate(columns, [3, 'co-1'], 'n', 'c', true);
    expect(k.predicate).toBe(`((${count} < $c_k0) OR (${count} = $c_k0 AND n.id > $c_k1))`);
    expect(k.params.c_k0).toEqual(int(3));
    expect(k.params.c_k1).toBe('co-1');
  });

  it('never takes a count as the seek of an ordered index scan', () => {
    expect(orderedScanPredicate(columns, 'n')).toBeNull();
  });

  it('round-trips a cursor and refuses a count that is negative or not an integer', () => {
    expect(decodeCursor(encodeCursor(columns, [2, 'co-1']), columns)).toEqual([2, 'co-1']);
    for (const bad of [-1, 1.5, '2', null])
      expect(() => decodeCursor(encodeCursor(columns, [bad, 'co-1']), columns)).toThrow('Invalid cursor');
  });

  it('refuses an unknown sort field', () => {
    expect(() => sortColumns([{ field: 'name; DROP', direction: 'ASC' }])).toThrow('Unsupported sort field');
  });
});
