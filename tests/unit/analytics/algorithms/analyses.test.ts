import { findChokePoints } from '../../../../src/analytics/algorithms/choke-points';
import { analyseCoverage } from '../../../../src/analytics/algorithms/coverage';
import { analyseDependencies } from '../../../../src/analytics/algorithms/dependencies';
import { analyseImpact, ImpactStatus } from '../../../../src/analytics/algorithms/impact';
import { ChainDirection, supplyChainView } from '../../../../src/analytics/algorithms/supply-chain';
import { net, rounded } from './fixtures';

/**
 * One small network for every analysis (lithium li, nickel ni):
 *   M1 (CA, op X) --li--> R1 (US, op Y) --li 30--> P (US) --li--> E (US)
 *   M2 (CA, op X) --li--> R2 (CN, op Z) --li 10--> P
 *   M3 (AU)       --li--> R2
 *   N1 (CA, op X) --ni--> P ;  N2 (CA) --ni--> P ;  M1 --(no mineral)--> P
 * P takes li 0.75 from R1 and 0.25 from R2; R2 takes li equally from M2 and M3; P takes ni equally.
 */
const facilities = [
  'M1@CA/X:MINE',
  'M2@CA/X:MINE',
  'M3@AU:MINE',
  'N1@CA/X:MINE',
  'N2@CA:MINE',
  'R1@US/Y:REFINERY',
  'R2@CN/Z:REFINERY',
  'P@US:CELL',
  'E@US:EV_ASSEMBLY',
];
const links = ['M1>R1:li', 'M2>R2:li', 'M3>R2:li', 'R1>P:li=30', 'R2>P:li=10', 'P>E:li', 'N1>P:ni', 'N2>P:ni', 'M1>P'];
const n = net(facilities, links);

describe('dependencies', () => {
  const [li, ni] = analyseDependencies(n, 'E', { maxDepth: 10 }).concat(
    analyseDependencies(n, 'P', { maxDepth: 10, mineral: 'ni' }),
  );

  it('gives the sources and their shares', () => {
    expect(li.mineral).toBe('li');
    expect(rounded(li.sources, (s) => s.facility)).toEqual({ M1: 0.75, M2: 0.125, M3: 0.125 });
    expect(li.sources.map((s) => s.depth)).toEqual([3, 3, 3]);
    expect(rounded(ni.sources, (s) => s.facility)).toEqual({ N1: 0.5, N2: 0.5 });
  });

  it('gives the shares by country at the source step and at each processing step', () => {
    expect(
      rounded(
        li.sourcesByCountry.map((c) => ({ ...c, country: c.country! })),
        (c) => c.country,
      ),
    ).toEqual({ CA: 0.875, AU: 0.125 });
    expect(li.steps.map((s) => s.kind)).toEqual(['REFINERY', 'CELL']);
    expect(
      rounded(
        li.steps[0].byCountry.map((c) => ({ ...c, country: c.country! })),
        (c) => c.country,
      ),
    ).toEqual({ US: 0.75, CN: 0.25 });
    expect(li.steps[1]).toMatchObject({ kind: 'CELL', share: 1, byCountry: [{ country: 'US', share: 1 }] });
  });

  it('gives the links with the share of supply they carry', () => {
    expect(rounded(li.links, (l) => `${l.link.from}>${l.link.to}`)).toEqual({
      'P>E': 1,
      'R1>P': 0.75,
      'R2>P': 0.25,
      'M1>R1': 0.75,
      'M2>R2': 0.125,
      'M3>R2': 0.125,
    });
  });

  it('runs per mineral received when no mineral is given', () => {
    expect(analyseDependencies(n, 'P', { maxDepth: 10 }).map((d) => d.mineral)).toEqual(['li', 'ni']);
  });
});

describe('impact', () => {
  const impact = (removed: Record<string, number>, minerals: Record<string, number> = {}, mineral?: string) =>
    analyseImpact(
      n,
      {
        facilities: new Map(Object.entries(removed).map(([id, bit]) => [id, 1n << BigInt(bit)])),
        minerals: new Map(Object.entries(minerals).map(([id, bit]) => [id, 1n << BigInt(bit)])),
      },
      { maxDepth: 10, mineral },
    ).map((f) => ({
      facility: f.facility,
      status: f.status,
      minerals: f.minerals.map((m) => `${m.mineral}=${m.retained}/${m.dependsOn}`),
    }));

  it('a removed refinery degrades the plants downstream (original weights)', () => {
    expect(impact({ R1: 0 })).toEqual([
      { facility: 'E', status: ImpactStatus.DEGRADED, minerals: ['li=0.25/1'] },
      { facility: 'P', status: ImpactStatus.DEGRADED, minerals: ['li=0.25/1', 'ni=1/0'] },
    ]);
  });

  it('a removed company removes the facilities it operates (here all CA mines of X)', () => {
    // X operates M1, M2 and N1: li keeps only M3's 0.125; ni keeps N2's 0.5. R1 is cut off.
    expect(impact({ M1: 0, M2: 0, N1: 0 })).toEqual([
      { facility: 'R1', status: ImpactStatus.CUT_OFF, minerals: ['li=0/1'] },
      { facility: 'E', status: ImpactStatus.DEGRADED, minerals: ['li=0.125/1'] },
      { facility: 'P', status: ImpactStatus.DEGRADED, minerals: ['li=0.125/1', 'ni=0.5/1'] },
      { facility: 'R2', status: ImpactStatus.DEGRADED, minerals: ['li=0.5/1'] },
    ]);
  });

  it('a removed country cuts off everything that only it supplied', () => {
    // Removing the US removes R1, P and E: nothing downstream is left to report.
    expect(impact({ R1: 0, P: 0, E: 0 })).toEqual([]);
    // Removing CA and AU (bits 0 and 1) cuts everyone off from li and P from ni.
    expect(impact({ M1: 0, M2: 0, N1: 0, N2: 0, M3: 1 })).toEqual([
      { facility: 'E', status: ImpactStatus.CUT_OFF, minerals: ['li=0/3'] },
      { facility: 'P', status: ImpactStatus.CUT_OFF, minerals: ['li=0/3', 'ni=0/1'] },
      { facility: 'R1', status: ImpactStatus.CUT_OFF, minerals: ['li=0/1'] },
      { facility: 'R2', status: ImpactStatus.CUT_OFF, minerals: ['li=0/3'] },
    ]);
  });

  it('a removed mineral cuts off every facility receiving it', () => {
    expect(impact({}, { ni: 0 })).toEqual([
      { facility: 'P', status: ImpactStatus.CUT_OFF, minerals: ['li=1/0', 'ni=0/1'] },
    ]);
  });

  it('with a mineral, only its links count', () => {
    expect(impact({ M1: 0 }, {}, 'ni')).toEqual([]);
  });
});

describe('choke points', () => {
  it('finds the facilities, companies and countries whose removal alone cuts the plant off', () => {
    const li = findChokePoints(n, 'E', { maxDepth: 10, mineral: 'li' });
    expect([...li.facilities.keys()]).toEqual(['P']);
    expect([...li.companies.keys()]).toEqual([]);
    expect([...li.countries.keys()]).toEqual(['US']);
  });

  it('per mineral, without a mineral', () => {
    const all = findChokePoints(n, 'P', { maxDepth: 10 });
    expect(Object.fromEntries(all.facilities)).toEqual({});
    // X operates N1 (ni) and M1, M2 (li): removing X leaves N2 for ni and M3 for li.
    expect(Object.fromEntries(all.companies)).toEqual({});
    expect(Object.fromEntries(all.countries)).toEqual({ CA: ['ni'] });
    const r = findChokePoints(net(['M@CA/X', 'R@US/X', 'T@US'], ['M>R:li', 'R>T:li']), 'T', { maxDepth: 10 });
    expect(Object.fromEntries(r.facilities)).toEqual({ M: ['li'], R: ['li'] });
    expect(Object.fromEntries(r.companies)).toEqual({ X: ['li'] });
    expect(Object.fromEntries(r.countries)).toEqual({ CA: ['li'], US: ['li'] });
  });

  it('a facility on one branch of a diamond is not a choke point; the join is', () => {
    const d = net([], ['M>A:li', 'M>B:li', 'A>J:li', 'B>J:li', 'J>T:li']);
    expect([...findChokePoints(d, 'T', { maxDepth: 10 }).facilities.keys()]).toEqual(['J', 'M']);
  });
});

describe('agreement coverage', () => {
  it('counts the routes lying wholly in the bloc', () => {
    // CA+US bloc: R2 is in CN, so the 0.25 through R2 leaves the bloc; M3 (AU) is out too.
    const [li] = analyseCoverage(n, 'E', new Set(['CA', 'US']), { maxDepth: 10, mineral: 'li' });
    expect(li.covered.share).toBeCloseTo(0.75, 12);
    expect(li.uncovered).toBeCloseTo(0.25, 12);
    expect(rounded(li.outOfBloc, (s) => s.facility)).toEqual({ R2: 0.25, M3: 0.125 });
    expect(li.outOfBloc.map((s) => [s.country, s.depth])).toEqual([
      ['CN', 2],
      ['AU', 3],
    ]);
  });

  it('a target outside the bloc is not covered at all', () => {
    const [li] = analyseCoverage(n, 'R2', new Set(['CA', 'US']), { maxDepth: 10 });
    expect(li).toMatchObject({ covered: { share: 0, basis: null }, uncovered: 1 });
    expect(rounded(li.outOfBloc, (s) => s.facility)).toEqual({ R2: 1, M3: 0.5 });
  });

  it('covers everything when every step is in the bloc', () => {
    const [ni] = analyseCoverage(n, 'P', new Set(['CA', 'US']), { maxDepth: 10, mineral: 'ni' });
    expect(ni).toMatchObject({ covered: { share: 1 }, uncovered: 0, outOfBloc: [] });
  });
});

describe('supply chain view', () => {
  it('upstream: facilities with their depth and the links between them, untagged links too', () => {
    const v = supplyChainView(n, 'P', { direction: ChainDirection.UPSTREAM, maxDepth: 10 });
    expect(v.facilities).toEqual([
      { id: 'P', depth: 0 },
      { id: 'M1', depth: 1 },
      { id: 'N1', depth: 1 },
      { id: 'N2', depth: 1 },
      { id: 'R1', depth: 1 },
      { id: 'R2', depth: 1 },
      { id: 'M2', depth: 2 },
      { id: 'M3', depth: 2 },
    ]);
    expect(v.links).toHaveLength(8);
  });

  it('downstream with a mineral and a depth bound', () => {
    const v = supplyChainView(n, 'M2', { direction: ChainDirection.DOWNSTREAM, maxDepth: 2, mineral: 'li' });
    expect(v.facilities).toEqual([
      { id: 'M2', depth: 0 },
      { id: 'R2', depth: 1 },
      { id: 'P', depth: 2 },
    ]);
    expect(v.links.map((l) => `${l.from}>${l.to}`)).toEqual(['M2>R2', 'R2>P']);
  });
});
