import { NodeKind } from '../../../src/domain/enums';
import { groupStats, listAggregate, relatedAggregates } from '../../../src/neo4j/queries/aggregates.cypher';
import { REL } from '../../../src/neo4j/queries/relations';

const options = { capacity: false, order: 'COUNT' as const, direction: 'DESC' as const, first: 10 };

describe('groupStats', () => {
  it('groups by fixed key expressions, values only as parameters', () => {
    const q = groupStats(NodeKind.Facility, { nameContains: "x' }) //" }, ['COUNTRY', 'KIND'], options);
    expect(q.cypher).toContain('[(n)-[:LOCATED_IN]->(g0:Country) | g0] AS l0');
    expect(q.cypher).toContain('UNWIND CASE WHEN size(l1) = 0 THEN [null] ELSE l1 END AS k1');
    expect(q.cypher).toContain('ORDER BY cnt DESC, k0.id ASC, k1 ASC');
    expect(q.cypher).not.toContain("x' })");
    expect(q.params).toMatchObject({ w_nameContains: "x' }) //" });
    expect(q.cypher).not.toContain('PRODUCES');
  });

  it('sums capacity per mineral and unit only when asked, restricted to the MINERAL key', () => {
    const q = groupStats(NodeKind.Facility, undefined, ['MINERAL'], { ...options, capacity: true });
    expect(q.cypher).toContain('AND (k0 IS NULL OR m = k0)');
    expect(q.cypher).toContain('WITH o.mineral AS mineral, o.unit AS unit, sum(o.capacity) AS total');
  });

  it('orders by the keys on request and refuses a dimension outside the fixed list', () => {
    expect(
      groupStats(NodeKind.Agreement, undefined, ['PARTY'], { ...options, order: 'KEY', direction: 'ASC' }).cypher,
    ).toContain('ORDER BY k0.id ASC, cnt DESC');
    expect(() => groupStats(NodeKind.Company, undefined, ['KIND' as never], options)).toThrow(
      "Unsupported group-by 'KIND'",
    );
  });
});

describe('connection aggregates', () => {
  it('measures a top-level list and a relationship field for many parents in one query', () => {
    expect(listAggregate(NodeKind.Facility, { country: 'CA' }, 'count').cypher).toContain('RETURN count(*) AS value');
    const q = relatedAggregates(REL.companyOperates, ['a', 'b'], undefined, undefined, 'byKind');
    expect(q.cypher).toContain('UNWIND $parentIds AS pid');
    expect(q.cypher).toContain('(p)-[r:OPERATES]->(n:Facility)');
    expect(q.params.parentIds).toEqual(['a', 'b']);
  });
});
