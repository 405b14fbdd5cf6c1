import { NodeKind, RelationshipType } from '../../../../src/domain/enums';
import { upsertLinks, upsertNodes, upsertSupplies } from '../../../../src/seed/write/write.cypher';
import { deleteEntitiesQuery, existingNodesQueryForTest } from './write-cypher.support';

describe('seed write queries', () => {
  const rows = [{ id: 'a', props: { id: 'a', name: 'A' } }];
  const links = [{ from: 'a', to: 'b', props: {} }];

  it('carry every value as a parameter and take labels and types from the fixed enums only', () => {
    const q = upsertNodes(NodeKind.Facility, rows);
    expect(q.params).toEqual({ rows });
    expect(q.cypher).toContain('MERGE (n:Entity {id: row.id})');
    expect(q.cypher).toContain('SET n = row.props, n:Facility');
    expect(() => upsertNodes('Facility) DETACH DELETE (x' as NodeKind, rows)).toThrow('Not a node kind');
    expect(() => upsertLinks('KNOWS]->() DELETE (' as RelationshipType, links)).toThrow('Not a relationship type');
    expect(upsertLinks(RelationshipType.LOCATED_IN, links).cypher).toContain('MERGE (a)-[r:LOCATED_IN]->(b)');
  });

  it('report created / updated / unchanged and skip writing unchanged rows', () => {
    for (const q of [
      upsertNodes(NodeKind.Country, rows),
      upsertLinks(RelationshipType.OWNS, links),
      upsertSupplies(links, 'mineral'),
      upsertSupplies(links, 'none'),
    ]) {
      expect(q.cypher).toMatch(/'created'/);
      expect(q.cypher).toMatch(/'unchanged'/);
      expect(q.cypher).toContain('RETURN outcome, count(*) AS rows');
    }
  });

  it('identify SUPPLIES by endpoints and mineral, never storing a placeholder for a missing mineral', () => {
    expect(() => upsertLinks(RelationshipType.SUPPLIES, links)).toThrow('upsertSupplies');
    expect(upsertSupplies(links, 'mineral').cypher).toContain(
      'MERGE (a)-[r:SUPPLIES {mineral: row.props.mineral}]->(b)',
    );
    // A multi-mineral link is identified by its sorted mineral list.
    expect(upsertSupplies(links, 'minerals').cypher).toContain(
      'MERGE (a)-[r:SUPPLIES {minerals: row.props.minerals}]->(b)',
    );
    const without = upsertSupplies(links, 'none').cypher;
    expect(without).toContain('WHERE r.mineral IS NULL');
    expect(without).not.toMatch(/coalesce|mineral: ''/);
    expect(without).toContain('SET a:Facility'); // the lock that stands in for MERGE's
  });

  it('page deletes with an integer LIMIT and look ids up in one round trip', () => {
    expect(deleteEntitiesQuery(10).params.limit).toMatchObject({ low: 10, high: 0 });
    expect(existingNodesQueryForTest(['a', 'b']).params).toEqual({ ids: ['a', 'b'] });
  });
});
