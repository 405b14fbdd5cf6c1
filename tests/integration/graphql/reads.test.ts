import { cypher } from '../../../src/neo4j/cypher';
import { deleteByPrefix, uniquePrefix } from '../../support/db';
import { startTestServer, type TestServer } from '../../support/server';

/** A connection as these tests read it; `N` is the node shape asserted on. */
interface Page<N = unknown> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  nodes: N[];
}

/**
 * Reads over real HTTP: lists with filters, order and cursors, every relationship from both ends,
 * search, distance, and the round-trip bound (no N+1) on 60 facilities.
 */
describe('reads', () => {
  let s: TestServer;
  const p = uniquePrefix();
  const id = (x: string) => `${p}${x}`;
  const N = 60;

  beforeAll(async () => {
    s = await startTestServer();
    await s.db.write(
      cypher(
        `CREATE (ca:Entity:Country {id: $p + 'CA', name: 'Canada'}), (us:Entity:Country {id: $p + 'US', name: 'United States'})
       CREATE (qc:Entity:Region {id: $p + 'CA-QC', name: 'Québec'})-[:PART_OF]->(ca)
       CREATE (ev:Entity:Sector {id: $p + 'sec-ev', name: 'Electric vehicles'})
       CREATE (li:Entity:Mineral {id: $p + 'lithium', name: 'Lithium', symbol: 'Li', critical: ['CA-2024', 'US-2025']})
       CREATE (ni:Entity:Mineral {id: $p + 'nickel', name: 'Nickel', symbol: 'Ni', critical: ['CA-2024']})
       CREATE (parent:Entity:Company {id: $p + 'co-parent', name: 'Parent Holdings'})-[:HEADQUARTERED_IN]->(us)
       CREATE (op:Entity:Company {id: $p + 'co-op', name: 'Operator Inc', ticker: 'OPI'})-[:HEADQUARTERED_IN]->(ca)
       CREATE (op)-[:SUBSIDIARY_OF]->(parent)
       CREATE (agr:Entity:Agreement {id: $p + 'agr', name: 'Joint Action Plan', kind: 'JOINT_ACTION_PLAN', status: 'IN_FORCE', signed: date('2020-01-09')})
       CREATE (ca)-[:PARTY_TO {role: 'signatory'}]->(agr), (us)-[:PARTY_TO {role: 'signatory'}]->(agr), (agr)-[:COVERS]->(li)
       WITH ca, qc, ev, li, ni, op, parent, agr
       UNWIND range(1, $n) AS i
       CREATE (f:Entity:Facility {id: $p + 'f' + right('00' + i, 3), name: 'Plant ' + right('00' + i, 3),
               kind: CASE WHEN i % 2 = 0 THEN 'CELL' ELSE 'MINE' END, status: 'OPERATING', startYear: 2000 + i,
               location: point({latitude: 45.0 + i / 100.0, longitude: -73.0})})
       CREATE (op)-[:OPERATES]->(f), (f)-[:LOCATED_IN]->(qc), (f)-[:LOCATED_IN]->(ca), (f)-[:IN_SECTOR]->(ev)
       CREATE (f)-[:PRODUCES {capacity: toFloat(i), unit: 't/y'}]->(li)
       FOREACH (_ IN CASE WHEN i % 3 = 0 THEN [1] ELSE [] END | CREATE (f)-[:PRODUCES {capacity: 1.0, unit: 't/y'}]->(ni))
       FOREACH (_ IN CASE WHEN i = 1 THEN [1] ELSE [] END | CREATE (parent)-[:OWNS {share: 0.4}]->(f), (agr)-[:COVERS]->(f))`,
        { p, n: N },
      ),
    );
    await s.db.write(
      cypher(
        `MATCH (a:Facility {id: $p + 'f001'}), (b:Facility {id: $p + 'f002'})
       CREATE (a)-[:SUPPLIES {mineral: $p + 'lithium', volume: 10.0, unit: 't', product: 'concentrate'}]->(b)`,
        { p },
      ),
    );
  });
  afterAll(async () => {
    await deleteByPrefix(s.db, p);
    await s.close();
  });

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await s.gql<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return { data: res.data!, roundTrips: res.extensions!.roundTrips as number };
  };

  it('lists with filters, order, totalCount and cursor pages', async () => {
    const q = `query($w: FacilityWhere, $after: String) { facilities(where: $w, first: 4, after: $after, orderBy: [{field: START_YEAR, direction: DESC}]) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id startYear } } }`;
    const first = await ok<{ facilities: Page<{ startYear: number }> }>(q, {
      w: { region: id('CA-QC'), kind: 'CELL' },
    });
    expect(first.data.facilities.totalCount).toBe(30);
    expect(first.data.facilities.nodes.map((n) => n.startYear)).toEqual([2060, 2058, 2056, 2054]);
    expect(first.data.facilities.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await ok<{ facilities: Page<{ startYear: number }> }>(q, {
      w: { region: id('CA-QC'), kind: 'CELL' },
      after: first.data.facilities.pageInfo.endCursor,
    });
    expect(second.data.facilities.nodes.map((n) => n.startYear)).toEqual([2052, 2050, 2048, 2046]);
    expect(second.data.facilities.pageInfo.hasPreviousPage).toBe(true);

    const filtered = await ok<{ facilities: Page }>(
      `query($w: FacilityWhere) { facilities(where: $w) { totalCount } }`,
      {
        w: {
          idIn: [id('f003'), id('f006'), id('f007')],
          produces: id('nickel'),
          operator: id('co-op'),
          sector: id('sec-ev'),
          country: id('CA'),
          startYearGte: 2004,
        },
      },
    );
    expect(filtered.data.facilities.totalCount).toBe(1);
    const byName = await ok<{ companies: Page }>(`query($w: CompanyWhere) { companies(where: $w) { nodes { id } } }`, {
      w: { nameContains: 'operator', country: id('CA'), parent: id('co-parent') },
    });
    expect(byName.data.companies.nodes).toEqual([{ id: id('co-op') }]);
    const minerals = await ok<{ minerals: Page }>(
      `query($w: MineralWhere) { minerals(where: $w) { nodes { id symbol critical } } }`,
      {
        w: { critical: 'US-2025', idIn: [id('lithium'), id('nickel')] },
      },
    );
    expect(minerals.data.minerals.nodes).toEqual([
      { id: id('lithium'), symbol: 'Li', critical: ['CA-2024', 'US-2025'] },
    ]);
    const agreements = await ok<{ agreements: Page }>(
      `query($w: AgreementWhere) { agreements(where: $w) { nodes { id kind status signed } } }`,
      { w: { party: id('US'), covers: id('lithium') } },
    );
    expect(agreements.data.agreements.nodes).toEqual([
      { id: id('agr'), kind: 'JOINT_ACTION_PLAN', status: 'IN_FORCE', signed: '2020-01-09' },
    ]);
  });

  it('navigates every relationship from both ends', async () => {
    const { data } = await ok<{ agreement: { parties: { edges: unknown[] }; covers: Page } } & Record<string, unknown>>(
      `query($f: ID!, $c: ID!, $m: ID!, $a: ID!, $country: ID!, $r: ID!, $s: ID!) {
      facility(id: $f) { operator { id } owners { edges { share node { id } } } country { id } region { id } sectors { nodes { id } }
        produces(orderBy: [{field: NAME}]) { edges { capacity node { id } } } customers { edges { mineral volume product node { id } } } agreements { nodes { id } } }
      company(id: $c) { headquarters { id } parent { id } operates(first: 2) { totalCount } owns { totalCount } agreements { totalCount } }
      parent: company(id: "${id('co-parent')}") { subsidiaries { nodes { id } } owns { edges { share node { id } } } }
      mineral(id: $m) { producers(first: 1, orderBy: [{field: ID, direction: DESC}]) { totalCount edges { capacity node { id } } } agreements { nodes { id } } }
      agreement(id: $a) { parties { edges { role node { id label } } } covers { nodes { id label } } }
      country(id: $country) { regions { nodes { id } } facilities { totalCount } companies { nodes { id } } agreements { edges { role node { id } } } }
      region(id: $r) { country { id } facilities { totalCount } }
      sector(id: $s) { facilities { totalCount } }
      supplied: facility(id: "${id('f002')}") { suppliers { edges { volume node { id } } } }
    }`,
      {
        f: id('f001'),
        c: id('co-op'),
        m: id('lithium'),
        a: id('agr'),
        country: id('CA'),
        r: id('CA-QC'),
        s: id('sec-ev'),
      },
    );
    expect(data.facility).toEqual({
      operator: { id: id('co-op') },
      owners: { edges: [{ share: 0.4, node: { id: id('co-parent') } }] },
      country: { id: id('CA') },
      region: { id: id('CA-QC') },
      sectors: { nodes: [{ id: id('sec-ev') }] },
      produces: { edges: [{ capacity: 1, node: { id: id('lithium') } }] },
      customers: { edges: [{ mineral: id('lithium'), volume: 10, product: 'concentrate', node: { id: id('f002') } }] },
      agreements: { nodes: [{ id: id('agr') }] },
    });
    expect(data.company).toEqual({
      headquarters: { id: id('CA') },
      parent: { id: id('co-parent') },
      operates: { totalCount: N },
      owns: { totalCount: 0 },
      agreements: { totalCount: 0 },
    });
    expect(data.parent).toEqual({
      subsidiaries: { nodes: [{ id: id('co-op') }] },
      owns: { edges: [{ share: 0.4, node: { id: id('f001') } }] },
    });
    expect(data.mineral).toEqual({
      producers: { totalCount: N, edges: [{ capacity: 60, node: { id: id('f060') } }] },
      agreements: { nodes: [{ id: id('agr') }] },
    });
    expect(data.agreement.parties.edges).toEqual([
      { role: 'signatory', node: { id: id('CA'), label: 'COUNTRY' } },
      { role: 'signatory', node: { id: id('US'), label: 'COUNTRY' } },
    ]);
    expect(data.agreement.covers.nodes).toEqual([
      { id: id('lithium'), label: 'MINERAL' },
      { id: id('f001'), label: 'FACILITY' },
    ]);
    expect(data.country).toEqual({
      regions: { nodes: [{ id: id('CA-QC') }] },
      facilities: { totalCount: N },
      companies: { nodes: [{ id: id('co-op') }] },
      agreements: { edges: [{ role: 'signatory', node: { id: id('agr') } }] },
    });
    expect(data.region).toEqual({ country: { id: id('CA') }, facilities: { totalCount: N } });
    expect(data.sector).toEqual({ facilities: { totalCount: N } });
    expect(data.supplied).toEqual({ suppliers: { edges: [{ volume: 10, node: { id: id('f001') } }] } });
  });

  it('node() resolves any kind; a kind-specific lookup of another kind is null', async () => {
    const { data } = await ok(
      `{ a: node(id: "${id('lithium')}") { id ... on Entity { label } ... on Mineral { symbol } } b: facility(id: "${id('lithium')}") { id } c: node(id: "${id('none')}") { id } }`,
    );
    expect(data).toEqual({ a: { id: id('lithium'), label: 'MINERAL', symbol: 'Li' }, b: null, c: null });
  });

  it('searches names through the full-text index', async () => {
    const { data } = await ok<{ search: Array<{ entity: { id: string; label: string } }> }>(
      `query($t: String!) { search(text: $t, kinds: [COMPANY], first: 5) { score entity { id label } } }`,
      { t: 'Operat' },
    );
    expect(data.search.map((h) => h.entity.id)).toContain(id('co-op'));
    expect(data.search.every((h) => h.entity.label === 'COMPANY')).toBe(true);
    const none = await s.gql(`{ search(text: "**") { score } }`);
    expect(none.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const big = await s.gql(`{ search(text: "x", first: 1000) { score } }`);
    expect(big.errors![0].message).toBe('first must be at most 100 (got 1000)');
  });

  it('finds facilities near a point, nearest first', async () => {
    const { data } = await ok<{ facilitiesNear: Array<{ distanceKm: number; facility: { id: string } }> }>(
      `query($w: FacilityWhere) { facilitiesNear(latitude: 45.0, longitude: -73.0, radiusKm: 3.5, where: $w) { distanceKm facility { id } } }`,
      { w: { operator: id('co-op') } },
    );
    // Facility i sits at latitude 45 + i/100: about 1.11 km per step north.
    expect(data.facilitiesNear.map((d) => d.facility.id)).toEqual([id('f001'), id('f002'), id('f003')]);
    expect(data.facilitiesNear[0].distanceKm).toBeCloseTo(1.112, 2);
    const bad = await s.gql(`{ facilitiesNear(latitude: 91, longitude: 0, radiusKm: -1) { distanceKm } }`);
    expect(bad.errors![0].extensions!.problems).toEqual([
      { path: 'latitude', message: 'must be between -90 and 90' },
      { path: 'radiusKm', message: 'must be positive' },
    ]);
  });

  it('bounds round trips by nesting depth, not rows (no N+1)', async () => {
    const { data, roundTrips } = await ok<{ facilities: Page<{ operator: unknown }> }>(
      `query($r: ID!) { facilities(where: { region: $r }, first: 100) {
      nodes { id operator { id headquarters { id } parent { id } } country { id } region { id }
              produces { edges { capacity node { id } } } sectors { nodes { id } } } } }`,
      { r: id('CA-QC') },
    );
    expect(data.facilities.nodes).toHaveLength(N);
    expect(data.facilities.nodes[59].operator).toEqual({
      id: id('co-op'),
      headquarters: { id: id('CA') },
      parent: { id: id('co-parent') },
    });
    // The list and every relationship field below it (operator, country, region, produces, sectors
    // at depth 2, headquarters and parent at depth 3) are read by one query.
    expect(roundTrips).toBe(1);
  });

  it('stays bounded by depth where relationship fields are resolved by the batched loaders', async () => {
    // Below an interface (agreement parties are any Entity) relationship fields are batched per
    // level: one query for the lookup with its parties, one for the regions of all parties.
    const { data, roundTrips } = await ok<{ agreement: { parties: { edges: unknown[] } } }>(
      `query($a: ID!) { agreement(id: $a) { parties { edges { role node { id ... on Country { regions { nodes { id } } } } } } } }`,
      { a: id('agr') },
    );
    expect(data.agreement.parties.edges).toEqual([
      { role: 'signatory', node: { id: id('CA'), regions: { nodes: [{ id: id('CA-QC') }] } } },
      { role: 'signatory', node: { id: id('US'), regions: { nodes: [] } } },
    ]);
    expect(roundTrips).toBe(2);
  });

  it('rejects oversized pages and foreign cursors with BAD_USER_INPUT', async () => {
    const big = await s.gql(`{ facilities(first: 501) { totalCount } }`);
    expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'first', max: 500 });
    const cursor = await s.gql(`{ facilities(after: "garbage") { totalCount } }`);
    expect(cursor.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
