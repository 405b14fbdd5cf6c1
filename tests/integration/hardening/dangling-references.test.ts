import { cypher } from '../../../src/neo4j/cypher';
import { useTestGraph } from '../../support/test-graph';

/**
 * Defect 7: deleting a mineral left `SUPPLIES {mineral: <deleted id>}` behind (and `dependencies`
 * still reported it); the same for `SUPPLIES.agreement`. A delete now removes every reference
 * to the id, in the same transaction, and lists it in `references`.
 */
describe('deletes leave no property pointing at a deleted id', () => {
  const { id, server: s } = useTestGraph(
    `CREATE (:Entity:Mineral {id: $p + 'li', name: 'Lithium', critical: []}),
            (:Entity:Mineral {id: $p + 'ni', name: 'Nickel', critical: []}),
            (:Entity:Agreement {id: $p + 'deal', name: 'Deal', kind: 'BILATERAL', status: 'IN_FORCE'}),
            (:Entity:Facility {id: $p + 'mine', name: 'Mine', kind: 'MINE', status: 'OPERATING'}),
            (:Entity:Facility {id: $p + 'plant', name: 'Plant', kind: 'REFINERY', status: 'OPERATING'})`,
  );
  type References = { references: Array<Record<string, string>> };

  beforeAll(async () => {
    for (const mineral of ['li', 'ni']) {
      const res = await s.gql(`mutation($i: RelationshipInput!) { createRelationship(input: $i) { type } }`, {
        i: { type: 'SUPPLIES', from: id('mine'), to: id('plant'), mineral: id(mineral), agreement: id('deal') },
      });
      expect(res.errors).toBeUndefined();
    }
  });

  const dangling = async () =>
    (
      await s.db.read(
        cypher(
          `MATCH (:Facility {id: $mine})-[r:SUPPLIES]->(:Facility {id: $plant})
           WHERE (r.mineral IS NOT NULL AND NOT EXISTS { MATCH (m:Mineral {id: r.mineral}) })
              OR (r.agreement IS NOT NULL AND NOT EXISTS { MATCH (a:Agreement {id: r.agreement}) })
           RETURN r.mineral AS mineral, r.agreement AS agreement`,
          { mine: id('mine'), plant: id('plant') },
        ),
      )
    ).length;

  it('deleting a mineral removes the SUPPLIES links carrying it, listed in the result', async () => {
    const res = await s.gql<{ deleteMineral: References }>(
      `mutation($id: ID!) { deleteMineral(id: $id) { id references { type from to property action } } }`,
      { id: id('li') },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteMineral.references).toEqual([
      { type: 'SUPPLIES', from: id('mine'), to: id('plant'), property: 'mineral', action: 'REMOVED' },
    ]);
    expect(await dangling()).toBe(0);
    const deps = await s.gql<{ dependencies: { minerals: Array<{ mineral: { id: string } }> } }>(
      `query($f: ID!) { dependencies(facility: $f) { minerals { mineral { id } } } }`,
      {
        f: id('plant'),
      },
    );
    expect(deps.errors).toBeUndefined();
    expect(deps.data!.dependencies.minerals.map((m) => m.mineral.id)).toEqual([id('ni')]);
  });

  it('deleting an agreement clears it from the SUPPLIES links running under it', async () => {
    const res = await s.gql<{ deleteAgreement: References }>(
      `mutation($id: ID!) { deleteAgreement(id: $id) { id references { property action } } }`,
      {
        id: id('deal'),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteAgreement.references).toEqual([{ property: 'agreement', action: 'CLEARED' }]);
    expect(await dangling()).toBe(0);
    const [link] = await s.db.read(
      cypher('MATCH (:Facility {id: $mine})-[r:SUPPLIES]->() RETURN r.mineral AS mineral, r.agreement AS agreement', {
        mine: id('mine'),
      }),
    );
    expect(link).toEqual({ mineral: id('ni'), agreement: null });
  });
});
