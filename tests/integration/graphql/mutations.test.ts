import { cypher } from '../../../src/neo4j/cypher';
import { deleteByPrefix, uniquePrefix } from '../../support/db';
import { startTestServer, type TestServer } from '../../support/server';
import { matching } from '../../support/matchers';

/** Entity and relationship mutations over real HTTP against the real Neo4j, good input and bad. */
describe('mutations', () => {
  let s: TestServer;
  const p = uniquePrefix();
  const id = (x: string) => `${p}${x}`;

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await deleteByPrefix(s.db, p);
    await s.close();
  });

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) => {
    const res = await s.gql<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const codeOf = async (query: string, variables: Record<string, unknown>) => {
    const res = await s.gql(query, variables);
    expect(res.errors).toBeDefined();
    return res.errors![0];
  };

  const CREATE_FACILITY = `mutation($i: FacilityInput!) { createFacility(input: $i) {
    id name kind status startYear city location { latitude longitude }
    region { id } country { id } operator { id } sectors { nodes { id } } } }`;

  it('builds a small Quebec chain: analyst nested query answers with operator and minerals', async () => {
    await ok(
      `mutation($c: CountryInput!, $r: RegionInput!, $s: SectorInput!, $m: MineralInput!) {
      createCountry(input: $c) { id } createRegion(input: $r) { id } createSector(input: $s) { id } createMineral(input: $m) { id critical } }`,
      {
        c: { id: id('CA'), name: 'Canada' },
        r: { id: id('CA-QC'), name: 'Québec', country: id('CA') },
        s: { id: id('sec-cm'), name: 'Critical minerals' },
        m: { id: id('lithium'), name: 'Lithium', symbol: 'Li', critical: ['CA-2024', 'US-2025'] },
      },
    );
    const company = await ok<{ createCompany: { headquarters: unknown } }>(
      `mutation($i: CompanyInput!) { createCompany(input: $i) { id headquarters { id } } }`,
      {
        i: { id: id('co-sayona'), name: 'Sayona Québec', country: id('CA'), ticker: 'SYA' },
      },
    );
    expect(company.createCompany.headquarters).toEqual({ id: id('CA') });

    const created = await ok(CREATE_FACILITY, {
      i: {
        id: id('nal'),
        name: 'North American Lithium',
        kind: 'MINE',
        status: 'OPERATING',
        latitude: 48.3,
        longitude: -77.9,
        city: 'La Corne',
        region: id('CA-QC'),
        operator: id('co-sayona'),
        sectors: [id('sec-cm')],
        startYear: 2012,
      },
    });
    // The region implies the country: every located facility links its country directly.
    expect(created.createFacility).toEqual({
      id: id('nal'),
      name: 'North American Lithium',
      kind: 'MINE',
      status: 'OPERATING',
      startYear: 2012,
      city: 'La Corne',
      location: { latitude: 48.3, longitude: -77.9 },
      region: { id: id('CA-QC') },
      country: { id: id('CA') },
      operator: { id: id('co-sayona') },
      sectors: { nodes: [{ id: id('sec-cm') }] },
    });
    await ok(
      `mutation($i: RelationshipInput!) { createRelationship(input: $i) { type from { id } to { id } properties { capacity unit } } }`,
      {
        i: {
          type: 'PRODUCES',
          from: id('nal'),
          to: id('lithium'),
          capacity: 226000,
          unit: 't/y spodumene concentrate',
        },
      },
    );

    const answer = await ok(
      `query($r: ID!) { facilities(where: { region: $r }) { totalCount nodes { name operator { name } produces { edges { capacity unit node { name } } } } } }`,
      { r: id('CA-QC') },
    );
    expect(answer.facilities).toEqual({
      totalCount: 1,
      nodes: [
        {
          name: 'North American Lithium',
          operator: { name: 'Sayona Québec' },
          produces: { edges: [{ capacity: 226000, unit: 't/y spodumene concentrate', node: { name: 'Lithium' } }] },
        },
      ],
    });
  });

  it('updates: omitted fields stay, null clears, links are replaced', async () => {
    await ok(`mutation($i: CompanyInput!) { createCompany(input: $i) { id } }`, {
      i: { id: id('co-other'), name: 'Other Co' },
    });
    const updated = await ok(
      `mutation($i: FacilityInput!) { updateFacility(input: $i) { name status city startYear operator { id } country { id } } }`,
      {
        i: { id: id('nal'), status: 'IDLE', city: null, operator: id('co-other') },
      },
    );
    expect(updated.updateFacility).toEqual({
      name: 'North American Lithium',
      status: 'IDLE',
      city: null,
      startYear: 2012,
      operator: { id: id('co-other') },
      country: { id: id('CA') },
    });
    const ops = await s.db.read(
      cypher('MATCH (c:Company)-[:OPERATES]->(:Facility {id: $id}) RETURN collect(c.id) AS ids', { id: id('nal') }),
    );
    expect(ops[0].ids).toEqual([id('co-other')]);
  });

  it('rejects invalid entity input with every problem located, writing nothing', async () => {
    const err = await codeOf(CREATE_FACILITY, {
      i: { id: '-bad id', name: '', kind: 'MINE', status: 'OPERATING', latitude: 95, longitude: -200, startYear: 1200 },
    });
    expect(err.extensions!.code).toBe('BAD_USER_INPUT');
    expect(err.extensions!.problems).toEqual(
      expect.arrayContaining([
        { path: 'input.id', message: matching.stringContaining('must match') },
        { path: 'input.name', message: 'is required' },
        { path: 'input.latitude', message: 'must be between -90 and 90' },
        { path: 'input.longitude', message: 'must be between -180 and 180' },
        { path: 'input.startYear', message: 'must be between 1800 and 2100' },
      ]),
    );
    const bad = await s.gql(CREATE_FACILITY, { i: { id: id('x'), name: 'X', kind: 'VOLCANO', status: 'OPERATING' } });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('VOLCANO');
  });

  it('keeps referential integrity: no link to a missing or wrong-kind node, nothing half-written', async () => {
    const err = await codeOf(CREATE_FACILITY, {
      i: { id: id('ghost'), name: 'Ghost', kind: 'MINE', status: 'PLANNED', operator: id('nobody'), region: id('CA') },
    });
    expect(err.extensions!.code).toBe('BAD_USER_INPUT');
    expect(err.extensions!.problems).toEqual([
      { path: 'input.operator', message: `no Company with id '${id('nobody')}'` },
      { path: 'input.region', message: `no Region with id '${id('CA')}'` },
    ]);
    const rows = await s.db.read(cypher('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: id('ghost') }));
    expect(rows[0].n).toBe(0);
  });

  it('reports CONFLICT for a duplicate id and NOT_FOUND for updates of missing entities', async () => {
    expect(
      (await codeOf(`mutation { createCountry(input: {id: "${id('CA')}", name: "Again"}) { id } }`, {})).extensions!
        .code,
    ).toBe('CONFLICT');
    // The same id under another label is still a conflict: ids are global.
    expect(
      (await codeOf(`mutation { createSector(input: {id: "${id('CA')}", name: "S"}) { id } }`, {})).extensions!.code,
    ).toBe('CONFLICT');
    const nf = await codeOf(`mutation { updateCompany(input: {id: "${id('nope')}", name: "N"}) { id } }`, {});
    expect(nf.extensions!.code).toBe('NOT_FOUND');
    expect((await codeOf(`mutation { deleteMineral(id: "${id('co-other')}") { id } }`, {})).extensions!.code).toBe(
      'NOT_FOUND',
    );
  });

  it('rejects a region in another country than the one given', async () => {
    await ok(`mutation { createCountry(input: {id: "${id('US')}", name: "United States"}) { id } }`, {});
    const err = await codeOf(CREATE_FACILITY, {
      i: { id: id('f2'), name: 'F2', kind: 'CELL', status: 'PLANNED', region: id('CA-QC'), country: id('US') },
    });
    expect(err.extensions!.problems).toEqual([
      { path: 'input.region', message: `${id('CA-QC')} is in ${id('CA')}, not ${id('US')}` },
    ]);
  });

  it('creates, updates and deletes relationships with validated properties', async () => {
    await ok(CREATE_FACILITY, {
      i: { id: id('hydroxide'), name: 'Hydroxide plant', kind: 'REFINERY', status: 'CONSTRUCTION', country: id('CA') },
    });
    await ok(
      `mutation { createAgreement(input: {id: "${id('offtake')}", name: "Offtake", kind: OFFTAKE, status: SIGNED, signed: "2023-05-01"}) { signed } }`,
      {},
    );
    const supply = { type: 'SUPPLIES', from: id('nal'), to: id('hydroxide'), mineral: id('lithium') };
    const created = await ok<{ createRelationship: { properties: unknown } }>(
      `mutation($i: RelationshipInput!) { createRelationship(input: $i) { properties { mineral volume unit agreement } } }`,
      {
        i: { ...supply, volume: 100, unit: 't', agreement: id('offtake') },
      },
    );
    expect(created.createRelationship.properties).toEqual({
      mineral: id('lithium'),
      volume: 100,
      unit: 't',
      agreement: id('offtake'),
    });
    expect(
      (await codeOf(`mutation($i: RelationshipInput!) { createRelationship(input: $i) { type } }`, { i: supply }))
        .extensions!.code,
    ).toBe('CONFLICT');

    const updated = await ok<{ updateRelationship: { properties: unknown } }>(
      `mutation($i: RelationshipInput!) { updateRelationship(input: $i) { properties { volume unit } } }`,
      { i: { ...supply, volume: 150 } },
    );
    expect(updated.updateRelationship.properties).toEqual({ volume: 150, unit: 't' });

    const badShare = await codeOf(`mutation($i: RelationshipInput!) { createRelationship(input: $i) { type } }`, {
      i: { type: 'OWNS', from: id('co-other'), to: id('nal'), share: 1.5, role: 'x' },
    });
    expect(badShare.extensions!.problems).toEqual([
      { path: 'input.role', message: "OWNS has no property 'role'" },
      { path: 'input.share', message: 'must be between 0 and 1' },
    ]);
    const wrongKind = await codeOf(`mutation($i: RelationshipInput!) { createRelationship(input: $i) { type } }`, {
      i: { type: 'OPERATES', from: id('nal'), to: id('co-other') },
    });
    expect(wrongKind.extensions!.problems).toEqual([
      { path: 'input.from', message: `'${id('nal')}' is a Facility; OPERATES needs Company` },
      { path: 'input.to', message: `'${id('co-other')}' is a Company; OPERATES needs Facility` },
    ]);

    const deleted = await ok(
      `mutation($i: RelationshipInput!) { deleteRelationship(input: $i) { type properties { volume } } }`,
      { i: supply },
    );
    expect(deleted.deleteRelationship).toEqual({ type: 'SUPPLIES', properties: { volume: 150 } });
    expect(
      (await codeOf(`mutation($i: RelationshipInput!) { deleteRelationship(input: $i) { type } }`, { i: supply }))
        .extensions!.code,
    ).toBe('NOT_FOUND');
  });

  it('deleting an entity says what it detached', async () => {
    const res = await ok<{ deleteFacility: { id: string; label: string; detached: unknown[] } }>(
      `mutation { deleteFacility(id: "${id('nal')}") { id label detached { type direction otherId otherLabel } } }`,
      {},
    );
    expect(res.deleteFacility.id).toBe(id('nal'));
    expect(res.deleteFacility.label).toBe('FACILITY');
    expect(res.deleteFacility.detached).toEqual(
      expect.arrayContaining([
        { type: 'OPERATES', direction: 'IN', otherId: id('co-other'), otherLabel: 'COMPANY' },
        { type: 'LOCATED_IN', direction: 'OUT', otherId: id('CA-QC'), otherLabel: 'REGION' },
        { type: 'LOCATED_IN', direction: 'OUT', otherId: id('CA'), otherLabel: 'COUNTRY' },
        { type: 'PRODUCES', direction: 'OUT', otherId: id('lithium'), otherLabel: 'MINERAL' },
        { type: 'IN_SECTOR', direction: 'OUT', otherId: id('sec-cm'), otherLabel: 'SECTOR' },
      ]),
    );
    expect(res.deleteFacility.detached).toHaveLength(5);
  });
});
