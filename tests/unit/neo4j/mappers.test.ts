import { Date as Neo4jDate, int, Point } from 'neo4j-driver';
import { toPlain, toPlainInPlace } from '../../../src/neo4j/mappers';

describe('toPlainInPlace', () => {
  const row = () => ({
    node: {
      id: 'F1',
      startYear: int(1999),
      location: new Point(4326, -71.2, 46.8),
      since: new Neo4jDate(2024, 3, 1),
      missing: undefined,
      r0: [{ id: 'C1', share: 0.5, __rel: { since: new Neo4jDate(2020, 1, 2) } }, null],
    },
    total: int(3),
  });

  it('converts like toPlain', () => {
    expect(toPlainInPlace(row())).toEqual(toPlain(row()));
    expect(toPlainInPlace(row())).toEqual({
      node: {
        id: 'F1',
        startYear: 1999,
        location: { latitude: 46.8, longitude: -71.2 },
        since: '2024-03-01',
        missing: null,
        r0: [{ id: 'C1', share: 0.5, __rel: { since: '2020-01-02' } }, null],
      },
      total: 3,
    });
  });

  it('reuses the maps and lists it was given instead of copying them', () => {
    const value = row();
    const [node, list, first] = [value.node, value.node.r0, value.node.r0[0]];
    const plain = toPlainInPlace(value) as typeof value;
    expect(plain).toBe(value);
    expect(plain.node).toBe(node);
    expect(plain.node.r0).toBe(list);
    expect(plain.node.r0[0]).toBe(first);
  });
});
