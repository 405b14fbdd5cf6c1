import { cypher } from '../../../src/neo4j/cypher';
import { deleteByPrefix, uniquePrefix } from '../../support/db';
import { startTestServer, type TestServer } from '../../support/server';

/**
 * Keyset cursors over real HTTP: walking pages of every size and order gives exactly the rows of
 * one big page (ties on the sort key and null years included), a row inserted before the cursor
 * does not shift the next page, nested connections page the same way, and a cursor of another
 * order is refused.
 */
/** The pages these tests walk. */
interface Page {
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
}
interface NestedPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ id: string }>;
}

describe('keyset cursors', () => {
  let s: TestServer;
  const p = uniquePrefix();
  const id = (x: string) => `${p}${x}`;

  beforeAll(async () => {
    s = await startTestServer();
    // 13 facilities: names repeat (ties broken by id), some have no start year.
    await s.db.write(
      cypher(
        `CREATE (r:Entity:Region {id: $p + 'R', name: 'Region'})
         CREATE (co:Entity:Company {id: $p + 'co', name: 'Operator'})
         WITH r, co
         UNWIND range(1, 13) AS i
         CREATE (f:Entity:Facility {id: $p + 'f' + right('0' + i, 2), name: 'Plant ' + (i % 4),
                 kind: 'MINE', status: 'OPERATING',
                 startYear: CASE WHEN i % 3 = 0 THEN null ELSE 2000 + (i % 5) END})
         CREATE (f)-[:LOCATED_IN]->(r), (co)-[:OPERATES]->(f)`,
        { p },
      ),
    );
  });
  afterAll(async () => {
    await deleteByPrefix(s.db, p);
    await s.close();
  });

  const page = async (orderBy: unknown, first: number, after: string | null) => {
    const res = await s.gql<{ facilities: Page }>(
      `query($r: ID!, $o: [OrderBy!], $n: Int!, $after: String) {
        facilities(where: { region: $r }, orderBy: $o, first: $n, after: $after) {
          pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`,
      { r: id('R'), o: orderBy, n: first, after },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.facilities;
  };

  const walk = async (orderBy: unknown, size: number) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const pg = await page(orderBy, size, after);
      ids.push(...pg.edges.map((e) => e.node.id));
      expect(pg.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!pg.pageInfo.hasNextPage) return ids;
      after = pg.pageInfo.endCursor;
    }
    throw new Error('pages never ended');
  };

  it.each([
    [[{ field: 'NAME', direction: 'ASC' }]],
    [[{ field: 'NAME', direction: 'DESC' }]],
    [[{ field: 'START_YEAR', direction: 'ASC' }]],
    [[{ field: 'START_YEAR', direction: 'DESC' }]],
    [
      [
        { field: 'START_YEAR', direction: 'DESC' },
        { field: 'NAME', direction: 'ASC' },
      ],
    ],
    [[{ field: 'ID', direction: 'DESC' }]],
  ])('pages in order %j give exactly the rows of one big page', async (orderBy) => {
    const all = (await page(orderBy, 100, null)).edges.map((e) => e.node.id);
    expect(all).toHaveLength(13);
    for (const size of [1, 2, 5]) expect(await walk(orderBy, size)).toEqual(all);
  });

  it('a row inserted before the cursor does not shift the next page', async () => {
    const first = await page(null, 4, null);
    const expected = (await page(null, 4, first.pageInfo.endCursor)).edges.map((e) => e.node.id);
    await s.db.write(
      cypher(
        `MATCH (r:Region {id: $p + 'R'}) CREATE (:Entity:Facility {id: $p + 'a-new', name: 'A new plant', kind: 'MINE', status: 'OPERATING'})-[:LOCATED_IN]->(r)`,
        { p },
      ),
    );
    try {
      const next = await page(null, 4, first.pageInfo.endCursor);
      expect(next.edges.map((e) => e.node.id)).toEqual(expected);
    } finally {
      await s.db.write(cypher(`MATCH (f:Facility {id: $id}) DETACH DELETE f`, { id: id('a-new') }));
    }
  });

  it('nested connections page with their own cursors', async () => {
    const nested = async (after: string | null) => {
      const res = await s.gql<{ company: { operates: NestedPage } }>(
        `query($c: ID!, $after: String) { company(id: $c) { operates(first: 5, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`,
        { c: id('co'), after },
      );
      expect(res.errors).toBeUndefined();
      expect(res.extensions!.roundTrips).toBe(1);
      return res.data!.company.operates;
    };
    const ids: string[] = [];
    let after: string | null = null;
    let pg: NestedPage;
    do {
      pg = await nested(after);
      expect(pg.totalCount).toBe(13);
      ids.push(...pg.nodes.map((n) => n.id));
      after = pg.pageInfo.endCursor;
    } while (pg.pageInfo.hasNextPage);
    const all = (await page(null, 100, null)).edges.map((e) => e.node.id);
    expect(ids).toEqual(all);
  });

  it.each([
    [[{ field: 'OPERATED_FACILITIES', direction: 'DESC' }]],
    [[{ field: 'OPERATED_FACILITIES', direction: 'ASC' }]],
    [
      [
        { field: 'OPERATED_FACILITIES', direction: 'DESC' },
        { field: 'NAME', direction: 'DESC' },
      ],
    ],
  ])('pages sorted by a counted aggregate %j give exactly the rows of one big page', async (orderBy) => {
    // Seven companies operating 3, 0, 2, 2, 1, 3, 0 of the facilities: ties on the count.
    const counts = [3, 0, 2, 2, 1, 3, 0];
    const ids = counts.map((_, i) => id(`cnt${i}`));
    await s.db.write(
      cypher(
        `UNWIND range(0, size($counts) - 1) AS i
         CREATE (c:Entity:Company {id: $ids[i], name: 'Counted ' + (i % 3)})
         WITH c, $counts[i] AS n
         MATCH (f:Facility) WHERE f.id STARTS WITH $p + 'f'
         WITH c, n, f ORDER BY f.id
         WITH c, n, collect(f) AS plants
         UNWIND plants[0..n] AS f
         CREATE (c)-[:OPERATES]->(f)`,
        { counts, ids, p },
      ),
    );
    try {
      type CompanyPage = {
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
        edges: Array<{ cursor: string; node: { id: string; operates: { totalCount: number } } }>;
      };
      const companies = async (first: number, after: string | null) => {
        const res = await s.gql<{ companies: CompanyPage }>(
          `query($ids: [ID!], $o: [OrderBy!], $n: Int!, $after: String) {
            companies(where: { idIn: $ids }, orderBy: $o, first: $n, after: $after) {
              pageInfo { hasNextPage hasPreviousPage endCursor }
              edges { cursor node { id operates { totalCount } } } } }`,
          { ids, o: orderBy, n: first, after },
        );
        expect(res.errors).toBeUndefined();
        return res.data!.companies;
      };
      const big = (await companies(100, null)).edges.map((e) => e.node);
      expect(big).toHaveLength(7);
      // The big page is itself in count order, ties broken by the later keys.
      const byCount = big.map((n) => n.operates.totalCount);
      const sorted = [...byCount].sort((a, b) => (orderBy[0].direction === 'DESC' ? b - a : a - b));
      expect(byCount).toEqual(sorted);
      const all = big.map((n) => n.id);
      for (const size of [1, 2, 3]) {
        const walked: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 20; i++) {
          const pg: CompanyPage = await companies(size, after);
          walked.push(...pg.edges.map((e) => e.node.id));
          expect(pg.pageInfo.hasPreviousPage).toBe(after !== null);
          if (!pg.pageInfo.hasNextPage) break;
          after = pg.pageInfo.endCursor;
        }
        expect(walked).toEqual(all);
      }
      // A count cursor is validated like any: a negative count is not one this API makes.
      const forged = Buffer.from(
        JSON.stringify({
          o: orderBy
            .map((k) => `${k.field}:${k.direction}`)
            .concat('ID:ASC')
            .join(','),
          k: [-1, 'x'],
        }),
      ).toString('base64url');
      const bad = await s.gql(
        `query($ids: [ID!], $o: [OrderBy!], $after: String) { companies(where: { idIn: $ids }, orderBy: $o, after: $after) { totalCount } }`,
        { ids, o: orderBy, after: forged },
      );
      expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    } finally {
      await s.db.write(cypher(`MATCH (c:Company) WHERE c.id IN $ids DETACH DELETE c`, { ids }));
    }
  });

  it('refuses a cursor of another order, or a tampered one, with BAD_USER_INPUT', async () => {
    const byName = await page(null, 2, null);
    const res = await s.gql(
      `query($r: ID!, $after: String) { facilities(where: { region: $r }, orderBy: [{ field: START_YEAR }], after: $after) { totalCount } }`,
      { r: id('R'), after: byName.pageInfo.endCursor },
    );
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'after', message: 'the cursor belongs to another orderBy' }],
    });
    const tampered = Buffer.from(JSON.stringify({ o: 'NAME:ASC,ID:ASC', k: [{ $gt: 1 }, 'x'] })).toString('base64url');
    const bad = await s.gql(`query($after: String) { facilities(after: $after) { totalCount } }`, { after: tampered });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const nestedBad = await s.gql(
      `query($c: ID!) { company(id: $c) { id operates(after: "garbage") { totalCount } } }`,
      { c: id('co') },
    );
    expect(nestedBad.errors![0].path).toEqual(['company', 'operates']);
    expect(nestedBad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
