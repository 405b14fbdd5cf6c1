import { cypher } from '../../../src/neo4j/cypher';
import { useTestGraph } from '../../support/test-graph';

/**
 * Defect 3: concurrent createFacility calls in one region queued on the region's lock (a
 * relationship MERGE locks both ends exclusively until commit). A created node's links are now
 * CREATEd, which takes no exclusive lock on the shared region, country, operator or sector: 32
 * concurrent creates in a region complete while another transaction that linked a facility to
 * that region (as a create in flight does) is still open.
 */
describe('creates do not serialise on shared nodes', () => {
  const { id, server: s } = useTestGraph(
    `CREATE (c:Entity:Country {id: $p + 'CA', name: 'Canada'})
     CREATE (r:Entity:Region {id: $p + 'QC', name: 'Québec'})-[:PART_OF]->(c)
     CREATE (:Entity:Company {id: $p + 'op', name: 'Operator'})
     CREATE (:Entity:Sector {id: $p + 'bat', name: 'Batteries'})
     CREATE (:Entity:Facility {id: $p + 'held', name: 'Held', kind: 'MINE', status: 'OPERATING'})`,
  );

  it('32 concurrent createFacility in one region finish while another write to the region is open', async () => {
    // Another write in flight: it has linked a facility to the region, its region, country, operator and sector and not committed.
    const session = s.db.driver.session();
    const tx = session.beginTransaction({ timeout: 60_000 });
    await tx.run(
      `MATCH (f:Facility {id: $f}), (r:Region {id: $r}), (c:Country {id: $c}), (o:Company {id: $o}), (b:Sector {id: $b})
       CREATE (f)-[:LOCATED_IN]->(r), (f)-[:LOCATED_IN]->(c), (o)-[:OPERATES]->(f), (f)-[:IN_SECTOR]->(b)`,
      { f: id('held'), r: id('QC'), c: id('CA'), o: id('op'), b: id('bat') },
    );
    let held = true;
    const creates = Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        s.gql<{ createFacility: { id: string; region: unknown; country: unknown } }>(
          'mutation($i: FacilityInput!) { createFacility(input: $i) { id region { id } country { id } } }',
          {
            i: {
              id: id(`new${i}`),
              name: `New ${i}`,
              kind: 'REFINERY',
              status: 'PLANNED',
              region: id('QC'),
              operator: id('op'),
              sectors: [id('bat')],
            },
          },
        ),
      ),
    ).then((responses) => ({ responses, finishedWhileHeld: held }));
    // Guard only: a create that queued on the held locks would wait for the release below.
    const guard = new Promise<void>((resolve) => setTimeout(resolve, 20_000).unref());
    await Promise.race([creates, guard]);
    held = false;
    await tx.rollback();
    await session.close();
    const { responses, finishedWhileHeld } = await creates;
    expect(responses.map((r) => r.errors)).toEqual(responses.map(() => undefined));
    expect(finishedWhileHeld).toBe(true);
    expect(responses.map((r) => r.data!.createFacility.country)).toEqual(responses.map(() => ({ id: id('CA') })));
    const [{ linked }] = await s.db.read(
      cypher('MATCH (:Region {id: $r})<-[:LOCATED_IN]-(f:Facility) RETURN count(f) AS linked', { r: id('QC') }),
    );
    expect(linked).toBe(32);
  });
});
