import { type BundledAnswer, type BundledGraph, readCsv, startBundledGraph } from './bundled-graph';

/**
 * AND / OR / NOT, ranges, the bounding box and confidence on the bundled data, each against the
 * set picked here from the CSV files (independent reader), over real HTTP.
 */
jest.setTimeout(600_000);

const facilities = readCsv('facilities.csv');
const outputs = readCsv('outputs.csv');
const agreements = readCsv('agreements.csv');
const regionCountry = new Map(readCsv('regions.csv').map((r) => [r.id, r.country]));
const countryOf = (f: Record<string, string>) => f.country || regionCountry.get(f.region) || null;
const ids = (rows: Array<Record<string, string>>) => rows.map((r) => r.id).sort();
type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string }> };

describe('filters on the bundled data', () => {
  let graph: BundledGraph;
  beforeAll(async () => {
    graph = await startBundledGraph('totals-filters');
  });
  afterAll(async () => graph?.close());

  /** Every facility matching the filter, page after page. */
  const facilityIds = async (where: unknown) => {
    const found: Array<Record<string, string>> = [];
    let after: string | null = null;
    do {
      const { data }: BundledAnswer<{ facilities: Page }> = await graph.ask(
        `query($w: FacilityWhere, $after: String) {
           facilities(where: $w, first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { w: where, after },
      );
      found.push(...data.facilities.nodes);
      after = data.facilities.pageInfo.hasNextPage ? data.facilities.pageInfo.endCursor : null;
    } while (after);
    return ids(found);
  };

  it('OR: Mexican facilities or semiconductor fabs', async () => {
    const expected = facilities.filter((f) => countryOf(f) === 'MX' || f.kind.toUpperCase() === 'SEMICONDUCTOR_FAB');
    expect(expected.length).toBeGreaterThan(10);
    expect(await facilityIds({ OR: [{ country: 'MX' }, { kind: 'SEMICONDUCTOR_FAB' }] })).toEqual(ids(expected));
  });

  it('NOT beside other fields, and an empty OR matching nothing', async () => {
    const expected = facilities.filter((f) => countryOf(f) === 'CA' && f.status.toUpperCase() !== 'OPERATING');
    expect(expected.length).toBeGreaterThan(0);
    expect(await facilityIds({ country: 'CA', NOT: { status: 'OPERATING' } })).toEqual(ids(expected));
    expect(await facilityIds({ OR: [] })).toEqual([]);
  });

  it('AND of ranges, nested under OR: started 2020-2023, or planned cell plants', async () => {
    const year = (f: Record<string, string>) => (f.startYear ? Number(f.startYear) : null);
    const expected = facilities.filter(
      (f) =>
        (year(f) !== null && year(f)! >= 2020 && year(f)! <= 2023) ||
        (f.status.toUpperCase() === 'PLANNED' && f.kind.toUpperCase() === 'CELL'),
    );
    expect(
      await facilityIds({
        OR: [{ AND: [{ startYearGte: 2020 }, { startYearLte: 2023 }] }, { status: 'PLANNED', kind: 'CELL' }],
      }),
    ).toEqual(ids(expected));
  });

  it('capacity ranges: each bound is met by some production capacity of the facility', async () => {
    // capacityGte and capacityLte are separate conditions ("has a production capacity of at least / at most"), so a
    // facility with 150 t of one mineral and 650,000 t of another (Korea Zinc's Onsan smelter) matches 40,000-100,000.
    const capacities = (test: (c: number) => boolean) =>
      new Set(outputs.filter((o) => o.capacity !== '' && test(Number(o.capacity))).map((o) => o.facility));
    const atLeast = capacities((c) => c >= 40000);
    const atMost = capacities((c) => c <= 100000);
    const inRange = [...atLeast].filter((f) => atMost.has(f));
    expect(inRange.length).toBeGreaterThan(2);
    expect(inRange).toContain('fac:korea-zinc-onsan');
    expect(await facilityIds({ capacityGte: 40000, capacityLte: 100000 })).toEqual(inRange.sort());
  });

  it('within a bounding box (southern Québec and Ontario), and across the antimeridian', async () => {
    const box = { south: 42, west: -84, north: 49, east: -70 };
    const expected = facilities.filter(
      (f) =>
        f.lat !== '' &&
        Number(f.lat) >= box.south &&
        Number(f.lat) <= box.north &&
        Number(f.lon) >= box.west &&
        Number(f.lon) <= box.east,
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(await facilityIds({ within: box })).toEqual(ids(expected));
    // west > east: everything except the box's complement, i.e. east of 100°E or west of 120°W
    const across = facilities.filter(
      (f) => f.lat !== '' && (Number(f.lon) >= 100 || Number(f.lon) <= -120) && Math.abs(Number(f.lat)) <= 80,
    );
    expect(await facilityIds({ within: { south: -80, west: 100, north: 80, east: -120 } })).toEqual(ids(across));
  });

  it('confidence, as an enum over the stored values', async () => {
    const expected = facilities.filter((f) => ['reported', 'inferred'].includes(f.confidence.toLowerCase()));
    expect(expected.length).toBeGreaterThan(0);
    expect(await facilityIds({ confidenceIn: ['REPORTED', 'INFERRED'] })).toEqual(ids(expected));
    expect(await facilityIds({ NOT: { confidence: 'CONFIRMED' } })).toEqual(
      ids(facilities.filter((f) => f.confidence.toLowerCase() !== 'confirmed')),
    );
  });

  it('date ranges on agreements: signed in 2020 or later', async () => {
    const expected = agreements.filter((a) => a.signed !== '' && a.signed >= '2020-01-01');
    expect(expected.length).toBeGreaterThan(0);
    const { data } = await graph.ask<{ agreements: Page }>(
      '{ agreements(where: { signedGte: "2020-01-01" }, first: 500) { nodes { id } } }',
    );
    expect(ids(data.agreements.nodes)).toEqual(ids(expected));
  });

  it('combines in relationship fields and in statistics', async () => {
    const { data } = await graph.ask<{
      country: { facilities: { totalCount: number } };
      facilityStats: { count: number };
    }>(`{
      country(id: "CA") { facilities(where: { OR: [{ kind: MINE }, { kind: REFINERY }] }) { totalCount } }
      facilityStats(where: { NOT: { country: "US" } }, groupBy: [COUNTRY]) { count } }`);
    expect(data.country.facilities.totalCount).toBe(
      facilities.filter((f) => countryOf(f) === 'CA' && ['MINE', 'REFINERY'].includes(f.kind.toUpperCase())).length,
    );
    expect(data.facilityStats.count).toBe(facilities.filter((f) => countryOf(f) !== 'US').length);
  });

  it('refuses a bad box or date with a located error', async () => {
    await expect(facilityIds({ within: { south: 50, west: -80, north: 40, east: -70 } })).rejects.toThrow(
      /"path":"within.south"/,
    );
    await expect(facilityIds({ within: { south: -95, west: -80, north: 40, east: -70 } })).rejects.toThrow(
      /between -90 and 90/,
    );
    await expect(graph.ask('{ agreements(where: { signedGte: "2020-13-01" }) { totalCount } }')).rejects.toThrow(
      /"path":"signedGte"/,
    );
  });

  describe('ranges on relationship properties (edgeWhere)', () => {
    const supply = readCsv('supply.csv');
    const ownership = readCsv('ownership.csv');
    /** The first day of a partial date, written here independently of the product's rule. */
    const first = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
    const pairs = (rows: Array<Record<string, string>>) => rows.map((r) => `${r.supplier}>${r.customer}`).sort();
    const suppliers = [...new Set(supply.map((r) => r.supplier))];
    /** A response as these tests read it (`data` of the declared shape). */
    const ask = <T>(query: string, variables?: Record<string, unknown>) => graph.ask<T>(query, variables);
    interface Customers {
      totalCount: number;
      edges: Array<{ node: { id: string } }>;
      aggregate: { count: number };
    }

    /** Every supplier's customers through links matching `edge`, as supplier>customer pairs. */
    const customerPairs = async (edge: unknown) => {
      const { data, extensions } = await ask<{ facilities: { nodes: Array<{ id: string; customers: Customers }> } }>(
        `query($s: [ID!], $e: SupplyEdgeWhere) { facilities(where: { idIn: $s }, first: 100) { nodes { id
           customers(first: 50, edgeWhere: $e) { totalCount edges { volume since until node { id } } aggregate { count } } } } }`,
        { s: suppliers, e: edge },
      );
      expect(extensions.roundTrips).toBeLessThanOrEqual(2);
      const found: string[] = [];
      for (const f of data.facilities.nodes) {
        expect(f.customers.totalCount).toBe(f.customers.edges.length);
        expect(f.customers.aggregate.count).toBe(f.customers.totalCount);
        for (const e of f.customers.edges) found.push(`${f.id}>${e.node.id}`);
      }
      return found.sort();
    };

    it('supply volume between 10,000 and 100,000', async () => {
      const expected = supply.filter((r) => r.volume !== '' && Number(r.volume) >= 10000 && Number(r.volume) <= 100000);
      expect(expected.length).toBeGreaterThan(2);
      expect(expected.length).toBeLessThan(supply.filter((r) => r.volume !== '').length);
      expect(await customerPairs({ volumeGte: 10000, volumeLte: 100000 })).toEqual(pairs(expected));
    });

    it('since between 2024 and 2025-06, partial dates compared by their first day', async () => {
      const expected = supply.filter(
        (r) => r.since !== '' && first(r.since) >= '2024-01-01' && first(r.since) <= '2025-06-01',
      );
      expect(expected.length).toBeGreaterThan(2);
      expect(await customerPairs({ sinceGte: '2024', sinceLte: '2025-06' })).toEqual(pairs(expected));
    });

    it('OR of an until range and a volume range, and NOT', async () => {
      const matches = (r: Record<string, string>) =>
        (r.until !== '' && first(r.until) <= '2025-12-31') || (r.volume !== '' && Number(r.volume) >= 100000);
      const expected = supply.filter(matches);
      expect(expected.length).toBeGreaterThan(0);
      expect(await customerPairs({ OR: [{ untilLte: '2025-12-31' }, { volumeGte: 100000 }] })).toEqual(pairs(expected));
      // NOT of a range: links with a volume below 10,000 (a link without a volume has no range to fail).
      const below = supply.filter((r) => r.volume !== '' && Number(r.volume) < 10000);
      expect(await customerPairs({ volumeGte: 0, NOT: { volumeGte: 10000 } })).toEqual(pairs(below));
    });

    it('ownership share between 0.5 and 0.99 on companies and on facilities, with the same totals', async () => {
      const companies = [...new Set(ownership.map((r) => r.company))].slice(0, 40);
      const inRange = (r: Record<string, string>) =>
        r.share !== '' && Number(r.share) >= 0.5 && Number(r.share) <= 0.99;
      const expected = ownership.filter((r) => companies.includes(r.company) && inRange(r));
      expect(expected.length).toBeGreaterThan(2);
      const { data } = await ask<{
        companies: { nodes: Array<{ id: string; owns: { edges: Array<{ share: number; node: { id: string } }> } }> };
      }>(
        `query($c: [ID!]) { companies(where: { idIn: $c }, first: 40) { nodes { id
           owns(first: 100, edgeWhere: { shareGte: 0.5, shareLte: 0.99 }) { totalCount edges { share node { id } } } } } }`,
        { c: companies },
      );
      const found: string[] = [];
      for (const c of data.companies.nodes)
        for (const e of c.owns.edges) {
          expect(e.share).toBeGreaterThanOrEqual(0.5);
          found.push(`${c.id}>${e.node.id}`);
        }
      expect(found.sort()).toEqual(expected.map((r) => `${r.company}>${r.facility}`).sort());
      // The same links seen from a facility: its owners holding at least half.
      const facility = expected[0].facility;
      const { data: f } = await ask<{ facility: { owners: { nodes: Array<{ id: string }> } } }>(
        `query($f: ID!) { facility(id: $f) { owners(edgeWhere: { shareGte: 0.5 }) { nodes { id } } } }`,
        { f: facility },
      );
      expect(f.facility.owners.nodes.map((n) => n.id).sort()).toEqual(
        ownership
          .filter((r) => r.facility === facility && r.share !== '' && Number(r.share) >= 0.5)
          .map((r) => r.company)
          .sort(),
      );
    });

    it('refuses a date that is not a partial date, with its location', async () => {
      await expect(
        graph.ask('{ facility(id: "fac:nal-mine") { customers(edgeWhere: { sinceGte: "2024-13" }) { totalCount } } }'),
      ).rejects.toThrow(/PartialDate/);
    });
  });
});
