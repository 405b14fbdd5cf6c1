import { type BundledGraph, readCsv, startBundledGraph } from '../totals/bundled-graph';

/**
 * The Relay conventions over real HTTP on the bundled data: backward paging (`last`/`before`) gives
 * the same rows as forward paging, in the same order, with the pageInfo of the cursor connection
 * specification, for property and counted sorts and for nested connections; and `node`/`nodes`
 * refetch any entity by its global id with fragments on its type.
 */
jest.setTimeout(600_000);

interface Edge {
  cursor: string;
  node: { id: string };
}
interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page {
  pageInfo: PageInfo;
  edges: Edge[];
}
interface Paging {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}
type Order = Array<{ field: string; direction: 'ASC' | 'DESC' }> | null;

describe('Relay conventions on the bundled data', () => {
  let graph: BundledGraph;
  const ask = <T>(query: string, variables?: Record<string, unknown>) => graph.ask<T>(query, variables);
  beforeAll(async () => {
    graph = await startBundledGraph('relay');
  });
  afterAll(async () => graph?.close());

  /** GraphQL errors as data, for the tests that expect them. */
  const post = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(graph.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as {
      data?: Record<string, unknown>;
      errors?: Array<{ message: string; extensions: { code: string; problems?: Array<{ path: string }> } }>;
    };
  };

  const page = async (list: string, orderBy: Order, paging: Paging): Promise<Page> => {
    const { data } = await ask<Record<string, Page>>(
      `query($o: [OrderBy!], $first: Int, $after: String, $last: Int, $before: String) {
         ${list}(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
           pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
      { o: orderBy, ...paging },
    );
    return data[list];
  };

  const forward = async (list: string, orderBy: Order, size: number) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const pg = await page(list, orderBy, { first: size, after });
      ids.push(...pg.edges.map((e) => e.node.id));
      if (!pg.pageInfo.hasNextPage) return ids;
      after = pg.pageInfo.endCursor;
    }
  };

  /** From the end to the start with `last`/`before`, checking each page's pageInfo on the way. */
  const backward = async (list: string, orderBy: Order, size: number) => {
    const pages: string[][] = [];
    let before: string | null = null;
    for (;;) {
      const pg = await page(list, orderBy, { last: size, before });
      const ids = pg.edges.map((e) => e.node.id);
      pages.unshift(ids);
      expect(pg.pageInfo.hasNextPage).toBe(before !== null);
      expect(pg.pageInfo.startCursor).toBe(pg.edges[0]?.cursor ?? null);
      expect(pg.pageInfo.endCursor).toBe(pg.edges[pg.edges.length - 1]?.cursor ?? null);
      if (!pg.pageInfo.hasPreviousPage) return pages.flat();
      expect(ids).toHaveLength(size);
      before = pg.pageInfo.startCursor;
    }
  };

  const facilityCount = readCsv('facilities.csv').length;
  const companyCount = readCsv('companies.csv').length;

  it.each<[string, Order, number, number]>([
    ['facilities', null, 97, facilityCount],
    ['facilities', [{ field: 'NAME', direction: 'DESC' }], 150, facilityCount],
    ['facilities', [{ field: 'START_YEAR', direction: 'DESC' }], 211, facilityCount],
    [
      'facilities',
      [
        { field: 'STATUS', direction: 'ASC' },
        { field: 'START_YEAR', direction: 'ASC' },
      ],
      120,
      facilityCount,
    ],
    ['companies', [{ field: 'OPERATED_FACILITIES', direction: 'DESC' }], 77, companyCount],
    ['minerals', [{ field: 'PRODUCING_FACILITIES', direction: 'ASC' }], 9, readCsv('minerals.csv').length],
  ])('%s in order %j: walked backward by %i, the same rows as walked forward', async (list, orderBy, size, count) => {
    const all = await forward(list, orderBy, 500);
    expect(all).toHaveLength(count);
    expect(await forward(list, orderBy, size)).toEqual(all);
    expect(await backward(list, orderBy, size)).toEqual(all);
  });

  it('a backward page from a forward cursor is exactly the rows before it, and pages back and forth agree', async () => {
    const order: Order = [{ field: 'START_YEAR', direction: 'ASC' }];
    const all = await forward('facilities', order, 500);
    const p1 = await page('facilities', order, { first: 40 });
    const p2 = await page('facilities', order, { first: 40, after: p1.pageInfo.endCursor });
    const p3 = await page('facilities', order, { first: 40, after: p2.pageInfo.endCursor });
    expect(p3.edges.map((e) => e.node.id)).toEqual(all.slice(80, 120));
    const back = await page('facilities', order, { last: 40, before: p3.pageInfo.startCursor });
    expect(back.edges).toEqual(p2.edges); // same rows, same cursors
    expect(back.pageInfo).toEqual({ ...p2.pageInfo, hasNextPage: true, hasPreviousPage: true });
    const backToStart = await page('facilities', order, { last: 60, before: p2.pageInfo.startCursor });
    expect(backToStart.edges.map((e) => e.node.id)).toEqual(all.slice(0, 40));
    expect(backToStart.pageInfo.hasPreviousPage).toBe(false);
    // Both cursors: the rows strictly between them.
    const between = await page('facilities', order, {
      last: 500,
      after: p1.pageInfo.endCursor,
      before: p3.pageInfo.startCursor,
    });
    expect(between.edges.map((e) => e.node.id)).toEqual(all.slice(40, 80));
    // The last page from the end is the tail of the list, and says there is no next page.
    const tail = await page('facilities', order, { last: 3 });
    expect(tail.edges.map((e) => e.node.id)).toEqual(all.slice(-3));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('nested connections page backward too, in the one round trip of the read', async () => {
    const { data: top } = await ask<{ companies: { nodes: Array<{ id: string }> } }>(
      `{ companies(orderBy: [{ field: OPERATED_FACILITIES, direction: DESC }], first: 1) { nodes { id } } }`,
    );
    const company = top.companies.nodes[0].id;
    const nested = async (paging: Paging) => {
      const { data, extensions } = await ask<{ company: { operates: Page & { totalCount: number } } }>(
        `query($c: ID!, $first: Int, $after: String, $last: Int, $before: String) { company(id: $c) {
           operates(first: $first, after: $after, last: $last, before: $before) {
             totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } }`,
        { c: company, ...paging },
      );
      expect(extensions.roundTrips).toBe(1);
      return data.company.operates;
    };
    const all = (await nested({ first: 500 })).edges.map((e) => e.node.id);
    expect(all.length).toBeGreaterThan(4);
    const ids: string[] = [];
    let before: string | null = null;
    let pg: Page;
    do {
      pg = await nested({ last: 2, before });
      ids.unshift(...pg.edges.map((e) => e.node.id));
      before = pg.pageInfo.startCursor;
    } while (pg.pageInfo.hasPreviousPage);
    expect(ids).toEqual(all);
    // The same field below a list (the batched fallback is not needed: one round trip for the list).
    const { data, extensions } = await ask<{ companies: { nodes: Array<{ operates: unknown }> } }>(
      `query($c: [ID!]) { companies(where: { idIn: $c }) { nodes { operates(last: 2) { nodes { id } pageInfo { hasPreviousPage hasNextPage } } } } }`,
      { c: [company] },
    );
    expect(extensions.roundTrips).toBe(1);
    expect(data.companies.nodes[0].operates).toEqual({
      nodes: all.slice(-2).map((id) => ({ id })),
      pageInfo: { hasPreviousPage: true, hasNextPage: false },
    });
  });

  it('refuses first with last, and a before cursor of another order, as located BAD_USER_INPUT', async () => {
    const both = await post(`{ facilities(first: 5, last: 5) { nodes { id } } }`, {});
    expect(both.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0].message).toBe('Give first or last, not both');
    expect(both.errors?.[0].extensions.problems?.[0].path).toBe('last');
    const byName = await page('facilities', null, { first: 1 });
    const other = await post(
      `query($b: String) { facilities(orderBy: [{ field: START_YEAR }], last: 5, before: $b) { nodes { id } } }`,
      { b: byName.pageInfo.endCursor },
    );
    expect(other.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0].extensions.problems?.[0].path).toBe('before');
    const tooMany = await post(`{ facilities(last: 501) { nodes { id } } }`, {});
    expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('node(id) refetches any entity with fragments on its type', async () => {
    const query = `query($id: ID!) { node(id: $id) { __typename id
        ... on Entity { name label }
        ... on Facility { kind status operator { id } }
        ... on Company { headquarters { id } }
        ... on Mineral { symbol }
        ... on Agreement { agreementKind: kind signed } } }`;
    const facility = readCsv('facilities.csv').find((f) => f.operator)!;
    const { data: f } = await ask<{ node: unknown }>(query, { id: facility.id });
    expect(f.node).toEqual({
      __typename: 'Facility',
      id: facility.id,
      name: facility.name,
      label: 'FACILITY',
      kind: facility.kind.toUpperCase(),
      status: facility.status.toUpperCase(),
      operator: { id: facility.operator },
    });
    const company = readCsv('companies.csv').find((c) => c.country)!;
    const { data: c } = await ask<{ node: unknown }>(query, { id: company.id });
    expect(c.node).toEqual({
      __typename: 'Company',
      id: company.id,
      name: company.name,
      label: 'COMPANY',
      headquarters: { id: company.country },
    });
    const { data: m } = await ask<{ node: unknown }>(query, { id: 'lithium' });
    expect(m.node).toMatchObject({ __typename: 'Mineral', id: 'lithium', symbol: 'Li' });
    const { data: none } = await ask<{ node: unknown }>(query, { id: 'no-such-entity' });
    expect(none.node).toBeNull();
  });

  it('nodes(ids) refetches several kinds in one round trip, in order, null where nothing matches', async () => {
    const ids = ['CA', 'lithium', 'no-such-entity', 'agr:usmca', 'CA-QC'];
    const { data, extensions } = await ask<{ nodes: unknown[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Entity { label } ... on Region { country { id } } } }`,
      { ids },
    );
    expect(data.nodes).toEqual([
      { __typename: 'Country', id: 'CA', label: 'COUNTRY' },
      { __typename: 'Mineral', id: 'lithium', label: 'MINERAL' },
      null,
      { __typename: 'Agreement', id: 'agr:usmca', label: 'AGREEMENT' },
      { __typename: 'Region', id: 'CA-QC', label: 'REGION', country: { id: 'CA' } },
    ]);
    // The refetch is one read; the region's country one batched read below it.
    expect(extensions.roundTrips).toBe(2);
    const tooMany = await post(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: 501 }, (_, i) => `x${i}`),
    });
    expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
