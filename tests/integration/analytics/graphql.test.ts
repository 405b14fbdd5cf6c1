import { closeGraphQL, executeOperation } from '../../support/graphql';
import { useFixtureGraph } from './fixture';

/** The parts of the answers these tests assert on; leaves are compared whole. */
interface PathAnswer {
  shortestPath: { length: number; entities: unknown[]; relationships: unknown[] };
}
interface AnalyticsAnswers {
  dependencies: { minerals: Array<{ sources: unknown[]; steps: unknown[] }> };
  impact: { degraded: unknown[] };
  chokePoints: { facilities: unknown[]; countries: unknown[] };
  agreementCoverage: { minerals: unknown[] };
}

describe('analytics over GraphQL (hand-built graph)', () => {
  const { id } = useFixtureGraph();

  afterAll(closeGraphQL);

  it('shortestPath returns entities through the Entity interface and oriented relationships', async () => {
    const res = await executeOperation<PathAnswer>(
      `query($from: ID!, $to: ID!) {
        shortestPath(from: $from, to: $to, relationshipTypes: [SUPPLIES, LOCATED_IN, PARTY_TO], maxHops: 4) {
          length
          entities { id label ... on Facility { kind status } ... on Agreement { agreementKind: kind } }
          relationships { type from to direction properties }
        }
      }`,
      { from: id('M3'), to: id('usmca') },
    );
    expect(res.errors).toBeUndefined();
    const path = res.data!.shortestPath;
    expect(path.length).toBe(3);
    expect(path.entities[0]).toEqual({ id: id('M3'), label: 'FACILITY', kind: 'MINE', status: 'OPERATING' });
    expect(path.entities[3]).toEqual({ id: id('usmca'), label: 'AGREEMENT', agreementKind: 'TRADE_AGREEMENT' });
    expect(path.relationships[0]).toEqual({
      type: 'SUPPLIES',
      from: id('M3'),
      to: id('R2'),
      direction: 'FORWARD',
      properties: { mineral: id('li'), product: 'x' },
    });
  });

  it('dependencies, impact, chokePoints and agreementCoverage answer with their evidence', async () => {
    const res = await executeOperation<AnalyticsAnswers>(
      `query($e: ID!, $r1: ID!, $usmca: ID!) {
        dependencies(facility: $e) {
          minerals { mineral { id symbol } sources { facility { id kind } share end country { id } } steps { kind byCountry { country { id } share } } }
        }
        impact(remove: [$r1]) { cutOffCount degradedCount degraded { facility { id } status minerals { mineral { id } retained dependsOn { id label } } } }
        chokePoints(facility: $e) { facilities { entity { id ... on Facility { kind } } minerals { id } } countries { entity { id label } } }
        agreementCoverage(facility: $e, agreement: $usmca) { bloc { id } minerals { coveredShare outOfBlocSteps { facility { id } share } } }
      }`,
      { e: id('E'), r1: id('R1'), usmca: id('usmca') },
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.dependencies.minerals[0].sources).toEqual([
      { facility: { id: id('M1'), kind: 'MINE' }, share: 0.5, end: 'SOURCE', country: { id: id('CA') } },
      { facility: { id: id('M2'), kind: 'MINE' }, share: 0.25, end: 'SOURCE', country: { id: id('CA') } },
      { facility: { id: id('M3'), kind: 'MINE' }, share: 0.25, end: 'SOURCE', country: { id: id('CN') } },
    ]);
    expect(d.dependencies.minerals[0].steps[0]).toEqual({
      kind: 'REFINERY',
      byCountry: [
        { country: { id: id('MX') }, share: 0.5 },
        { country: { id: id('US') }, share: 0.5 },
      ],
    });
    expect(d.impact).toMatchObject({ cutOffCount: 0, degradedCount: 2 });
    expect(d.impact.degraded[0]).toEqual({
      facility: { id: id('E') },
      status: 'DEGRADED',
      minerals: [{ mineral: { id: id('li') }, retained: 0.5, dependsOn: [{ id: id('R1'), label: 'FACILITY' }] }],
    });
    expect(d.chokePoints.facilities).toEqual([{ entity: { id: id('P'), kind: 'CELL' }, minerals: [{ id: id('li') }] }]);
    expect(d.chokePoints.countries).toEqual([{ entity: { id: id('US'), label: 'COUNTRY' } }]);
    expect(d.agreementCoverage.minerals).toEqual([
      { coveredShare: 0.75, outOfBlocSteps: [{ facility: { id: id('M3') }, share: 0.25 }] },
    ]);
  });

  it('supplyChain and neighborhood for graph views', async () => {
    const res = await executeOperation<{ supplyChain: unknown; neighborhood: unknown }>(
      `query($e: ID!, $r2: ID!) {
        supplyChain(facility: $e, direction: UPSTREAM, maxDepth: 1) { facilities { facility { id } depth country { id } } links { from to mineral share } }
        neighborhood(id: $r2, relationshipTypes: [OPERATES]) { nodes { entity { id label } depth } edges { type from to } truncated }
      }`,
      { e: id('E'), r2: id('R2') },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.supplyChain).toEqual({
      facilities: [
        { facility: { id: id('E') }, depth: 0, country: { id: id('US') } },
        { facility: { id: id('P') }, depth: 1, country: { id: id('US') } },
      ],
      links: [{ from: id('P'), to: id('E'), mineral: id('li'), share: null }],
    });
    expect(res.data!.neighborhood).toEqual({
      nodes: [
        { entity: { id: id('R2'), label: 'FACILITY' }, depth: 0 },
        { entity: { id: id('coZ'), label: 'COMPANY' }, depth: 1 },
      ],
      edges: [{ type: 'OPERATES', from: id('coZ'), to: id('R2') }],
      truncated: false,
    });
  });

  it('unknown ids are NOT_FOUND, limits BAD_USER_INPUT with the bound', async () => {
    const missing = await executeOperation(`query($id: ID!) { dependencies(facility: $id) { maxDepth } }`, {
      id: id('missing'),
    });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', ids: [id('missing')] });
    const deep = await executeOperation(`query($id: ID!) { supplyChain(facility: $id, maxDepth: 30) { maxDepth } }`, {
      id: id('E'),
    });
    expect(deep.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxDepth', max: 25 });
    const hops = await executeOperation(`query($a: ID!) { shortestPaths(from: $a, to: $a, maxHops: 99) { length } }`, {
      a: id('E'),
    });
    expect(hops.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxHops', max: 15 });
    const kind = await executeOperation(
      `query($e: ID!) { agreementCoverage(facility: $e, agreement: $e) { maxDepth } }`,
      { e: id('E') },
    );
    expect(kind.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(kind.errors![0].extensions).not.toHaveProperty('stacktrace');
  });
});
