import { impact, type ImpactArgs } from '../../../src/analytics/services/impact.service';
import { type AnalysisBounds } from '../../../src/analytics/services/limits';
import { SupplySnapshotCache } from '../../../src/analytics/services/supply-snapshot';
import { Confidence } from '../../../src/domain/evidence';
import { cypher } from '../../../src/neo4j/cypher';
import { type GraphDatabase } from '../../../src/neo4j/driver';
import { type GeneratedGraph, startGeneratedGraph } from '../../support/own-neo4j';

const SNAPSHOT: AnalysisBounds = { maxFacilities: 150_000, snapshotMinRemoved: 1 };
const SUBNETWORK: AnalysisBounds = { maxFacilities: 150_000, snapshotMinRemoved: 0 };
/** Text of the per-request subnetwork load (impactNetwork), to tell which path a request took. */
const SUBNETWORK_LOAD = /UNWIND \$removedFacilities AS removedId/;
/** Text of the whole-network read (wholeNetwork). */
const SNAPSHOT_READ = /MATCH \(u:Facility\) WHERE EXISTS \{ \(u\)-\[:SUPPLIES\]-\(:Facility\) \}/;

/**
 * The whole-network snapshot of impact: the same answers as the per-request subnetwork load, read
 * once per database state, dropped when anything is committed. Its own Neo4j: the cache's reads
 * depend on every write to the database, which other test files would make at any time.
 */
describe('impact over the whole-network snapshot', () => {
  let db: GraphDatabase;
  let graph: GeneratedGraph;
  let cache: SupplySnapshotCache;
  const ids = { country: '', region: '', company: '', facility: '', mineral: '' };
  const one = async (q: string, params: Record<string, unknown> = {}) =>
    (await db.read(cypher(q, params)))[0].id as string;

  beforeAll(async () => {
    graph = await startGeneratedGraph('supply-snapshot', { facilities: 400, seed: 5 });
    db = graph.db;
    const busiest = (match: string) =>
      one(`${match} WITH x, count(*) AS n ORDER BY n DESC, x.id LIMIT 1 RETURN x.id AS id`);
    ids.country = await busiest('MATCH (x:Country)<-[:LOCATED_IN]-(:Facility)-[:SUPPLIES]->()');
    ids.region = await busiest('MATCH (x:Region)<-[:LOCATED_IN]-(:Facility)-[:SUPPLIES]->()');
    ids.company = await busiest('MATCH (x:Company)-[:OPERATES]->(:Facility)-[:SUPPLIES]->()');
    ids.facility = await busiest('MATCH (x:Facility)-[:SUPPLIES*1..3]->()');
    ids.mineral = await one(
      `MATCH (:Facility {id: $facility})-[r:SUPPLIES]->() UNWIND coalesce(r.minerals, [r.mineral]) AS m
       WITH m, count(*) AS n ORDER BY n DESC, m LIMIT 1 RETURN m AS id`,
      { facility: ids.facility },
    );
  }, 180_000);
  beforeEach(() => {
    cache = new SupplySnapshotCache();
  });
  afterAll(async () => {
    await graph?.close();
  });

  /** The request's Cypher texts, and the answer. */
  async function observed(args: ImpactArgs, bounds: AnalysisBounds) {
    const texts: string[] = [];
    const result = await impact(
      db.observe((e) => texts.push(e.cypher)),
      args,
      bounds,
      cache,
    );
    return { texts, result };
  }

  const base = { maxDepth: 10, limit: 5000 };
  const cases: Array<[string, () => ImpactArgs]> = [
    ['a country', () => ({ ...base, remove: [ids.country] })],
    ['a region and a company', () => ({ ...base, remove: [ids.region, ids.company] })],
    ['a facility, one mineral', () => ({ ...base, remove: [ids.facility], mineral: ids.mineral })],
    ['a mineral and a country', () => ({ ...base, remove: [ids.mineral, ids.country] })],
    [
      'a country as of 2022, planned plants included',
      () => ({
        ...base,
        remove: [ids.country],
        asOf: '2022',
        minConfidence: Confidence.INFERRED,
        includePlanned: true,
      }),
    ],
    ['a company within 2 links', () => ({ ...base, remove: [ids.company], maxDepth: 2, limit: 3 })],
  ];

  it.each(cases)('removing %s: the same answer as the subnetwork load', async (_, args) => {
    const viaSnapshot = await observed(args(), SNAPSHOT);
    const viaLoad = await observed(args(), SUBNETWORK);
    expect(viaSnapshot.result.cutOffCount + viaSnapshot.result.degradedCount).toBeGreaterThan(0);
    expect(viaSnapshot.result).toEqual(viaLoad.result);
    expect(viaSnapshot.texts.some((t) => SUBNETWORK_LOAD.test(t))).toBe(false);
    expect(viaLoad.texts.some((t) => SUBNETWORK_LOAD.test(t))).toBe(true);
  });

  it('is read once per database state: later requests reuse it and its index without a load', async () => {
    const first = await observed({ ...base, remove: [ids.country] }, SNAPSHOT);
    const second = await observed({ ...base, remove: [ids.region] }, SNAPSHOT);
    expect(cache.reads).toBe(1);
    expect(first.texts.filter((t) => SNAPSHOT_READ.test(t))).toHaveLength(1);
    expect(second.texts.some((t) => SNAPSHOT_READ.test(t) || SUBNETWORK_LOAD.test(t))).toBe(false);
    expect(second.result.removedFacilityCount).toBeGreaterThan(0);
    // The second request reused the first one's index (same filter): still the subnetwork's answer.
    expect(second.result).toEqual((await observed({ ...base, remove: [ids.region] }, SUBNETWORK)).result);
    const third = await observed({ ...base, remove: [ids.company] }, SNAPSHOT);
    expect(third.result).toEqual((await observed({ ...base, remove: [ids.company] }, SUBNETWORK)).result);
  });

  it('a write since the snapshot is seen: it is read again and the answer follows the new link', async () => {
    const args = { ...base, remove: [ids.country] };
    const before = await observed(args, SNAPSHOT);
    // A new supplier outside the country to a cut-off facility: the facility is no longer cut off.
    const cut = before.result.cutOff[0];
    expect(cut).toBeDefined();
    const mineral = cut.minerals.find((m) => m.retained === 0)!.mineral.id;
    await db.write(
      cypher(
        `MATCH (f:Facility {id: $facility})
         CREATE (s:Entity:Facility {id: $supplier, name: 'Snapshot test supplier', kind: 'MINE', status: 'OPERATING'})
         CREATE (s)-[:SUPPLIES {mineral: $mineral, confidence: 'confirmed'}]->(f)`,
        { facility: cut.facility.id, supplier: 'snapshot-test-supplier', mineral },
      ),
    );
    try {
      const after = await observed(args, SNAPSHOT);
      expect(cache.reads).toBe(2);
      const now = [...after.result.cutOff, ...after.result.degraded].find((f) => f.facility.id === cut.facility.id);
      expect(now?.minerals.find((m) => m.mineral.id === mineral)?.retained).toBeGreaterThan(0);
      expect(after.result).toEqual((await observed(args, SUBNETWORK)).result);
    } finally {
      await db.write(cypher(`MATCH (s:Facility {id: 'snapshot-test-supplier'}) DETACH DELETE s`));
    }
  });

  it('a snapshot asked for an older state than the database holds is not kept', async () => {
    const { bookmark: old } = await db.readTransactionAt((run) => run(cypher('RETURN 1 AS one')));
    await db.write(cypher(`MERGE (x:Entity:Sector {id: 'snapshot-test-sector'}) SET x.name = 'changed'`));
    try {
      expect(await cache.at(db, old, SNAPSHOT)).toBeNull();
      const { bookmark: now } = await db.readTransactionAt((run) => run(cypher('RETURN 1 AS one')));
      expect(now).not.toBe(old);
      expect(await cache.at(db, now, SNAPSHOT)).not.toBeNull();
      expect(await cache.at(db, now, SNAPSHOT)).not.toBeNull();
      expect(cache.reads).toBe(2);
    } finally {
      await db.write(cypher(`MATCH (x:Sector {id: 'snapshot-test-sector'}) DETACH DELETE x`));
    }
  });

  it('without a bookmark (a server that gives none) there is no snapshot: nothing is read or held', async () => {
    expect(await cache.at(db, '', SNAPSHOT)).toBeNull();
    expect(cache.reads).toBe(0);
  });

  it('a network larger than the facility bound is not held, and the request keeps its own limit', async () => {
    const small = { maxFacilities: 20, snapshotMinRemoved: 1 };
    await expect(impact(db, { ...base, remove: [ids.country] }, small, cache)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { limit: 'networkFacilities', max: 20 },
    });
    const { bookmark } = await db.readTransactionAt((run) => run(cypher('RETURN 1 AS one')));
    expect(await cache.at(db, bookmark, small)).toBeNull();
    expect(cache.reads).toBe(1);
  });
});
