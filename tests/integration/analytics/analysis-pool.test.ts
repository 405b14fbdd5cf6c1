import { EventEmitter } from 'node:events';
import { AnalysisPool, type AnalysisPoolOptions, type PoolEvent } from '../../../src/analytics/services/analysis-pool';
import { cypher } from '../../../src/neo4j/cypher';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { startTestServer, type TestServer } from '../../support/server';

/**
 * The worker pool behind the real HTTP server: a long analysis (the route sets of a dense recycling
 * loop, where the cycle rule makes every route set a state) does not hold up a concurrent
 * `facility(id)` request, runs past its time limit into QUERY_TIMEOUT, and past its memory bound
 * into a limit error; the pool replaces the worker and answers the next analysis.
 */
interface DependenciesAnswer {
  dependencies: { minerals: Array<{ sources: Array<{ facility: { id: string }; share: number }> }> };
}
interface FacilityAnswer {
  facility: { id: string; name: string };
}

const DEPENDENCIES = `query($id: ID!, $depth: Int!) {
  dependencies(facility: $id, maxDepth: $depth) { minerals { sources { facility { id } share } } }
}`;

describe('analyses in worker threads, over HTTP', () => {
  const prefix = uniquePrefix();
  const id = (local: string) => `${prefix}${local}`;
  const db = testDatabase();
  const opened: Array<{ pool: AnalysisPool; server: TestServer }> = [];

  /** A complete loop of `size` facilities (each supplies every other), fed by one source S. */
  async function denseLoop(name: string, size: number): Promise<string> {
    const members = Array.from({ length: size }, (_, i) => id(`${name}${i}`));
    const source = id(`${name}S`);
    await db.write(
      cypher(
        `UNWIND $ids AS fid CREATE (:Entity:Facility {id: fid, name: fid, kind: 'REFINERY', status: 'OPERATING'})`,
        { ids: [...members, source] },
      ),
    );
    const links = [[source, members[0]], ...members.flatMap((a) => members.filter((b) => b !== a).map((b) => [a, b]))];
    await db.write(
      cypher(
        `UNWIND $links AS l MATCH (a:Entity {id: l[0]}), (b:Entity {id: l[1]})
         CREATE (a)-[:SUPPLIES {minerals: [$mineral]}]->(b)`,
        { links, mineral: id('li') },
      ),
    );
    return members[size >> 1];
  }

  async function serverWithPool(options: Partial<AnalysisPoolOptions>) {
    const events = new EventEmitter();
    const pool = new AnalysisPool({
      size: 1,
      memoryMb: 1024,
      timeoutMs: 60_000,
      bounds: { maxFacilities: 150_000 },
      connection: {
        uri: process.env.NEO4J_URI!,
        user: 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: 'neo4j',
      },
      onEvent: (e) => events.emit('event', e),
      ...options,
    });
    const server = await startTestServer({ app: { analyses: pool } });
    opened.push({ pool, server });
    /** Resolves on the first pool event matching `test` from now on. */
    const next = (test: (e: PoolEvent) => boolean) =>
      new Promise<PoolEvent>((resolve) => {
        const listener = (e: PoolEvent) => {
          if (!test(e)) return;
          events.off('event', listener);
          resolve(e);
        };
        events.on('event', listener);
      });
    return { pool, server, next };
  }

  let small: string;
  let large: string;
  let huge: string;
  beforeAll(async () => {
    await db.write(cypher(`CREATE (:Entity:Mineral {id: $id, name: 'lithium'})`, { id: id('li') }));
    small = await denseLoop('s', 4);
    large = await denseLoop('l', 14);
    huge = await denseLoop('h', 18);
  });

  afterAll(async () => {
    for (const { pool, server } of opened) {
      await server.close();
      await pool.close();
    }
    await deleteByPrefix(db, prefix);
    await db.close();
  });

  it('a long analysis does not hold up facility(id): it is answered while the analysis computes', async () => {
    const { server, next } = await serverWithPool({});
    // The analysis has loaded its network (its last big round trip) and is computing in the worker.
    const loaded = next((e) => e.type === 'roundTrip' && e.cypher.includes(':SUPPLIES*'));
    let analysisAnswered = false;
    const analysis = server.gql<DependenciesAnswer>(DEPENDENCIES, { id: large, depth: 25 }).then((res) => {
      analysisAnswered = true;
      return res;
    });
    await loaded;
    const facility = await server.gql<FacilityAnswer>(`query($id: ID!) { facility(id: $id) { id name } }`, {
      id: id('lS'),
    });
    expect(facility.data?.facility.id).toBe(id('lS'));
    expect(analysisAnswered).toBe(false);
    const res = await analysis;
    expect(res.errors).toBeUndefined();
    const [lithium] = res.data!.dependencies.minerals;
    expect(lithium.sources.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 9);
    // The worker's round trips count for the request (lookup, network, entities).
    expect(res.extensions?.roundTrips).toBeGreaterThanOrEqual(2);
  });

  it('an analysis past QUERY_TIMEOUT_MS fails with QUERY_TIMEOUT, and the replaced worker answers the next one', async () => {
    const { server, next } = await serverWithPool({ timeoutMs: 2_500 });
    const settled = next((e) => e.type === 'settled');
    const res = await server.gql<DependenciesAnswer>(DEPENDENCIES, { id: huge, depth: 25 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limit: 'queryTimeoutMs' });
    expect(await settled).toMatchObject({ type: 'settled', outcome: 'timeout' });
    const after = await server.gql<DependenciesAnswer>(DEPENDENCIES, { id: small, depth: 25 });
    expect(after.errors).toBeUndefined();
    const sources = after.data!.dependencies.minerals[0].sources;
    expect(sources.map((x) => x.facility.id)).toContain(id('sS'));
    expect(sources.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 9);
  });

  it('an analysis past the worker memory bound fails with a limit error, and the next one is answered', async () => {
    const { server } = await serverWithPool({ memoryMb: 96 });
    const res = await server.gql<DependenciesAnswer>(DEPENDENCIES, { id: huge, depth: 25 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'analysisMemoryMb', max: 96 });
    const after = await server.gql<DependenciesAnswer>(DEPENDENCIES, { id: small, depth: 25 });
    expect(after.errors).toBeUndefined();
  });

  it('a request whose network exceeds ANALYTICS_MAX_FACILITIES is refused before any analysis', async () => {
    const { server } = await serverWithPool({ bounds: { maxFacilities: 10 } });
    const res = await server.gql<DependenciesAnswer>(DEPENDENCIES, { id: large, depth: 25 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'networkFacilities', max: 10 });
  });
});
