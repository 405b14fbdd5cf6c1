import {
  type BundledAnswer,
  type BundledGraph,
  readCsv,
  readmeBlocks,
  startBundledGraph,
  tally,
} from './bundled-graph';

/**
 * Aggregations on the bundled seed/ data, each checked against a count made here from the CSV
 * files with an independent reader: facilityStats for every group-by (and a combination), the
 * capacity sums per mineral and unit, connection aggregates (top level and on relationship
 * fields, batched) and sorting by aggregates.
 */
jest.setTimeout(600_000);

type Key = string | number | null;
type Ref = { id: string };
type KindCount = { kind: string; count: number };
/** A group of facilityStats: its count and the grouped field, named as the group-by selects it. */
type FacilityGroup = { count: number } & Record<string, unknown>;
type Capacity = { mineral: Ref; unit: string | null; total: number; facilities: number };

const facilities = readCsv('facilities.csv');
const regionCountry = new Map(readCsv('regions.csv').map((r) => [r.id, r.country]));
const outputs = readCsv('outputs.csv');
const mineralsOf = (id: string) => outputs.filter((o) => o.facility === id).map((o) => o.mineral);
const countryOf = (f: Record<string, string>) => f.country || regionCountry.get(f.region) || null;
const list = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

const EXPECTED_KEYS: Record<string, (f: Record<string, string>) => Key[]> = {
  COUNTRY: (f) => [countryOf(f)],
  REGION: (f) => [f.region || null],
  KIND: (f) => [f.kind.toUpperCase()],
  STATUS: (f) => [f.status.toUpperCase()],
  SECTOR: (f) => list(f.sectors),
  OPERATOR: (f) => (f.operator ? [f.operator] : []),
  MINERAL: (f) => mineralsOf(f.id),
  START_YEAR: (f) => (f.startYear ? [Number(f.startYear)] : []),
};
const FIELD: Record<string, string> = {
  COUNTRY: 'country { id }',
  REGION: 'region { id }',
  KIND: 'kind',
  STATUS: 'status',
  SECTOR: 'sector { id }',
  OPERATOR: 'operator { id }',
  MINERAL: 'mineral { id }',
  START_YEAR: 'startYear',
};
const keyOf = (value: unknown): Key =>
  value === null || value === undefined
    ? null
    : typeof value === 'object'
      ? (value as { id: string }).id
      : (value as Key);
const fieldName = (groupBy: string) => FIELD[groupBy].split(' ')[0];

describe('aggregations on the bundled data', () => {
  let graph: BundledGraph;
  beforeAll(async () => {
    graph = await startBundledGraph('totals-aggregations');
  });
  afterAll(async () => graph?.close());

  it.each(Object.keys(EXPECTED_KEYS))('facilityStats(groupBy: [%s]) equals the count from the CSVs', async (by) => {
    const { data, extensions } = await graph.ask<{
      facilityStats: { count: number; groupCount: number; groups: FacilityGroup[] };
    }>(`{ facilityStats(groupBy: [${by}], first: 1000) { count groupCount groups { count ${FIELD[by]} } } }`);
    const expected = tally(facilities, EXPECTED_KEYS[by]);
    const actual = new Map<Key, number>(data.facilityStats.groups.map((g) => [keyOf(g[fieldName(by)]), g.count]));
    expect(actual).toEqual(expected);
    expect(data.facilityStats.count).toBe(facilities.length);
    expect(data.facilityStats.groupCount).toBe(expected.size);
    expect(extensions.roundTrips).toBe(1);
  });

  it('groups by two attributes at once (country and kind), largest first, cut at first', async () => {
    const { data } = await graph.ask<{
      facilityStats: { groupCount: number; groups: Array<KindCount & { country: Ref & { name: string } }> };
    }>(
      '{ facilityStats(groupBy: [COUNTRY, KIND], first: 5) { groupCount groups { country { id name } kind count } } }',
    );
    const expected = tally(facilities, (f) => [`${countryOf(f)}|${f.kind.toUpperCase()}`]);
    const top = [...expected.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
    expect(data.facilityStats.groupCount).toBe(expected.size);
    expect(data.facilityStats.groups.map((g) => [`${g.country.id}|${g.kind}`, g.count])).toEqual(top.slice(0, 5));
    expect(data.facilityStats.groups[0].country.name).toEqual(expect.any(String));
  });

  it('filters before grouping and sums capacity per mineral and unit, never across units', async () => {
    const { data } = await graph.ask<{
      facilityStats: { count: number; groups: Array<{ mineral: Ref | null; count: number; capacity: Capacity[] }> };
    }>(`{
      facilityStats(where: { produces: "lithium" }, groupBy: [MINERAL], first: 1000) {
        count groups { mineral { id } count capacity { mineral { id } unit total facilities } }
      } }`);
    const producers = new Set(outputs.filter((o) => o.mineral === 'lithium').map((o) => o.facility));
    expect(data.facilityStats.count).toBe(producers.size);
    const lithium = data.facilityStats.groups.find((g) => g.mineral?.id === 'lithium')!;
    expect(lithium.count).toBe(producers.size);
    const sums = new Map<string, { total: number; facilities: number }>();
    for (const o of outputs.filter((o) => o.mineral === 'lithium' && o.capacity !== '')) {
      const s = sums.get(o.unit) ?? { total: 0, facilities: 0 };
      sums.set(o.unit, { total: s.total + Number(o.capacity), facilities: s.facilities + 1 });
    }
    expect(sums.size).toBeGreaterThan(1); // the bundled lithium capacities come in several units
    expect(new Map(lithium.capacity.map((c) => [c.unit ?? '', { total: c.total, facilities: c.facilities }]))).toEqual(
      sums,
    );
    expect(lithium.capacity.every((c) => c.mineral.id === 'lithium')).toBe(true);
  });

  it('groups companies by headquarters country with the facilities they operate', async () => {
    const companies = readCsv('companies.csv');
    const { data } = await graph.ask<{
      companyStats: {
        count: number;
        groups: Array<{ country: Ref | null; count: number; operatedFacilities: number }>;
      };
    }>(
      '{ companyStats(groupBy: [COUNTRY], first: 1000) { count groups { country { id } count operatedFacilities } } }',
    );
    expect(data.companyStats.count).toBe(companies.length);
    const expected = tally(companies, (c) => (c.country ? [c.country] : []));
    expect(new Map(data.companyStats.groups.map((g) => [keyOf(g.country), g.count]))).toEqual(expected);
    const hq = new Map(companies.map((c) => [c.id, c.country || null]));
    const operated = tally(
      facilities.filter((f) => f.operator),
      (f) => [hq.get(f.operator) ?? null],
    );
    for (const g of data.companyStats.groups) expect(g.operatedFacilities).toBe(operated.get(keyOf(g.country)) ?? 0);
  });

  it('groups agreements by kind and by party', async () => {
    const agreements = readCsv('agreements.csv');
    const parties = readCsv('agreement_parties.csv');
    const { data } = await graph.ask<{
      byKind: { count: number; groups: KindCount[] };
      byParty: { groups: Array<{ party: Ref | null; count: number }> };
    }>(`{
      byKind: agreementStats(groupBy: [KIND], first: 1000) { count groups { kind count } }
      byParty: agreementStats(groupBy: [PARTY], first: 1000) { groups { party { id } count } } }`);
    expect(new Map(data.byKind.groups.map((g) => [g.kind, g.count]))).toEqual(
      tally(agreements, (a) => [a.kind.toUpperCase()]),
    );
    expect(new Map(data.byParty.groups.map((g) => [keyOf(g.party), g.count]))).toEqual(
      tally(agreements, (a) => parties.filter((p) => p.agreement === a.id).map((p) => p.party)),
    );
  });

  it('answers aggregate on a top-level connection with its filter', async () => {
    const { data } = await graph.ask<{
      facilities: {
        totalCount: number;
        aggregate: {
          count: number;
          byKind: KindCount[];
          byStatus: Array<{ status: string; count: number }>;
          byCountry: Array<{ country: Ref | null; count: number }>;
        };
      };
    }>(`{
      facilities(where: { country: "CA" }, first: 1) {
        totalCount aggregate { count byKind { kind count } byStatus { status count } byCountry { country { id } count } }
      } }`);
    const canadian = facilities.filter((f) => countryOf(f) === 'CA');
    const aggregate = data.facilities.aggregate;
    expect(aggregate.count).toBe(canadian.length);
    expect(data.facilities.totalCount).toBe(canadian.length);
    expect(new Map(aggregate.byKind.map((k) => [k.kind, k.count]))).toEqual(
      tally(canadian, (f) => [f.kind.toUpperCase()]),
    );
    expect(new Map(aggregate.byStatus.map((k) => [k.status, k.count]))).toEqual(
      tally(canadian, (f) => [f.status.toUpperCase()]),
    );
    expect(aggregate.byCountry).toEqual([{ country: { id: 'CA' }, count: canadian.length }]);
  });

  it('answers aggregate on relationship connections for every parent in one round trip per measure', async () => {
    type CompanyOperates = Ref & { operates: { aggregate: { count: number; byKind: KindCount[] } } };
    const companies: CompanyOperates[] = [];
    let after: string | null = null;
    let firstPageRoundTrips: number | undefined;
    do {
      const {
        data,
        extensions,
      }: BundledAnswer<{
        companies: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: CompanyOperates[] };
      }> = await graph.ask(
        `query($after: String) { companies(first: 500, after: $after) {
           pageInfo { hasNextPage endCursor } nodes { id operates { aggregate { count byKind { kind count } } } } } }`,
        { after },
      );
      firstPageRoundTrips ??= extensions.roundTrips;
      companies.push(...data.companies.nodes);
      after = data.companies.pageInfo.hasNextPage ? data.companies.pageInfo.endCursor : null;
    } while (after);
    expect(companies.length).toBe(readCsv('companies.csv').length);
    for (const c of companies) {
      const operated = facilities.filter((f) => f.operator === c.id);
      expect(c.operates.aggregate.count).toBe(operated.length);
      expect(new Map(c.operates.aggregate.byKind.map((k) => [k.kind, k.count]))).toEqual(
        tally(operated, (f) => [f.kind.toUpperCase()]),
      );
    }
    // the page of companies with the operates pages of all of them (one selection-aware read), then
    // one round trip per measure for all 500 companies of the page: not one per company
    expect(firstPageRoundTrips).toBe(3);
  });

  it('sorts companies by facilities operated and minerals by producing facilities', async () => {
    const { data } = await graph.ask<{
      companies: { nodes: Array<Ref & { operates: { totalCount: number } }> };
      minerals: { nodes: Array<Ref & { producers: { aggregate: { count: number } } }> };
    }>(`{
      companies(first: 3, orderBy: [{ field: OPERATED_FACILITIES, direction: DESC }]) {
        nodes { id operates { totalCount } } }
      minerals(first: 3, orderBy: [{ field: PRODUCING_FACILITIES, direction: DESC }]) {
        nodes { id producers { aggregate { count } } } } }`);
    const operated = [
      ...tally(
        facilities.filter((f) => f.operator),
        (f) => [f.operator],
      ).entries(),
    ].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
    expect(data.companies.nodes.map((c) => [c.id, c.operates.totalCount])).toEqual(operated.slice(0, 3));
    const producing = [...tally(outputs, (o) => [o.mineral]).entries()].sort(
      (a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])),
    );
    expect(data.minerals.nodes.map((m) => [m.id, m.producers.aggregate.count])).toEqual(producing.slice(0, 3));
  });

  it('answers every query of the README "Totals and maps" section with groups or nodes', async () => {
    const queries = readmeBlocks('graphql');
    expect(queries.length).toBeGreaterThanOrEqual(5);
    for (const query of queries) {
      const { data } = await graph.ask<Record<string, { groups?: unknown[]; nodes?: unknown[] }>>(query);
      for (const [field, value] of Object.entries(data))
        expect([field, (value.groups ?? value.nodes ?? []).length > 0]).toEqual([field, true]);
    }
  });

  it('refuses an empty or repeated groupBy and too many groups, naming the argument', async () => {
    await expect(graph.ask('{ facilityStats(groupBy: []) { count } }')).rejects.toThrow(/groupBy/);
    await expect(graph.ask('{ facilityStats(groupBy: [KIND, KIND]) { count } }')).rejects.toThrow(/once/);
    await expect(graph.ask('{ facilityStats(groupBy: [KIND], first: 1001) { count } }')).rejects.toThrow(
      /"limit":"first","max":1000/,
    );
  });
});
