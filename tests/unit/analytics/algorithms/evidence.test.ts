import { analyseCoverage } from '../../../../src/analytics/algorithms/coverage';
import { analyseDependencies } from '../../../../src/analytics/algorithms/dependencies';
import { filterNetwork } from '../../../../src/analytics/algorithms/evidence-filter';
import { analyseImpact } from '../../../../src/analytics/algorithms/impact';
import { type Consumption, type SupplyLink, type SupplyNetwork } from '../../../../src/analytics/algorithms/network';
import { Basis } from '../../../../src/analytics/algorithms/route-mix';
import { Confidence, compareDates, firstDay, holdsAt, isPartialDate } from '../../../../src/domain/evidence';
import { net } from './fixtures';

const r = (x: number) => Math.round(x * 1e12) / 1e12;
const withLink = (n: SupplyNetwork, spec: string, more: Partial<SupplyLink>) => {
  const [from, rest] = spec.split('>');
  const l = n.links.find((k) => k.from === from && k.to === rest) as SupplyLink;
  Object.assign(l, more);
};
const consumes = (n: SupplyNetwork, id: string, mineral: string, use: Consumption) => {
  const f = n.facilities.get(id)! as { consumes?: Map<string, Consumption> };
  f.consumes = new Map([[mineral, use]]);
};
const all = { asOf: '2025-06-01', minConfidence: Confidence.INFERRED, includePlanned: false };

describe('partial dates', () => {
  it('accept YYYY, YYYY-MM and YYYY-MM-DD that exist, and stand for the first day of their period', () => {
    expect(['2023', '2023-03', '2023-03-15', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['23', '2023-13', '2023-02-30', '2023-3', '2023-03-15T00:00'].some(isPartialDate)).toBe(false);
    expect(firstDay('2025')).toBe('2025-01-01');
    expect(firstDay('2021-12')).toBe('2021-12-01');
    expect(compareDates('2025', '2025-01-01')).toBe(0);
    expect(compareDates('2024-12-31', '2025')).toBeLessThan(0);
  });
  it('a link with until 2025 no longer counts at 2025-06-01; since counts from its first day', () => {
    expect(holdsAt(null, '2025', '2025-06-01')).toBe(false);
    expect(holdsAt(null, '2026', '2025-06-01')).toBe(true);
    expect(holdsAt('2025-06', null, '2025-06-01')).toBe(true);
    expect(holdsAt('2025-07', null, '2025-06-01')).toBe(false);
    expect(holdsAt(null, '2025-06-01', '2025-06-01')).toBe(false);
  });
});

describe('filtered links are absent (weights renormalise); removals are not', () => {
  const n = net(['A@CA', 'B@US', 'T@US'], ['A>T:li=30', 'B>T:li=10']);
  withLink(n, 'A>T', { confidence: Confidence.CONFIRMED });
  it('minConfidence REPORTED drops the INFERRED link (no confidence): A takes everything', () => {
    const [li] = analyseDependencies(filterNetwork(n, { ...all, minConfidence: Confidence.REPORTED }), 'T', {
      maxDepth: 10,
    });
    expect(li.sources.map((s) => [s.facility, s.share, s.basis])).toEqual([['A', 1, Basis.VOLUME]]);
  });
  it('impact of removing B keeps the original weights (0.75 retained)', () => {
    const [t] = analyseImpact(n, { facilities: new Map([['B', 1n]]), minerals: new Map() }, { maxDepth: 10 });
    expect(r(t.minerals[0].retained)).toBe(0.75);
  });
});

describe('basis and byConfidence', () => {
  // C0 -(5, REPORTED)-> C1 -(30, CONFIRMED)-> T <-(no volume, no confidence)- C2
  const n = net(['C0', 'C1', 'C2', 'T'], ['C0>C1:li=5', 'C1>T:li=30', 'C2>T:li']);
  withLink(n, 'C0>C1', { confidence: Confidence.REPORTED });
  withLink(n, 'C1>T', { confidence: Confidence.CONFIRMED });
  const [li] = analyseDependencies(n, 'T', { maxDepth: 10 });
  it('a route through a volume weight and an equal split is MIXED; the equal split alone is EQUAL_SPLIT', () => {
    expect(li.sources.map((s) => [s.facility, s.share, s.basis])).toEqual([
      ['C0', 0.5, Basis.MIXED],
      ['C2', 0.5, Basis.EQUAL_SPLIT],
    ]);
  });
  it('byConfidence by the weakest link of each route, adding up to the share', () => {
    expect(li.sources.map((s) => s.byConfidence)).toEqual([
      [{ confidence: Confidence.REPORTED, share: 0.5 }],
      [{ confidence: Confidence.INFERRED, share: 0.5 }],
    ]);
    const step = li.steps[0];
    expect([step.share, step.basis, step.byConfidence]).toEqual([
      0.5,
      Basis.MIXED,
      [{ confidence: Confidence.REPORTED, share: 0.5 }],
    ]);
  });
  it('a sole inbound link with a volume is VOLUME', () => {
    const [c1] = analyseDependencies(n, 'C1', { maxDepth: 10 });
    expect([c1.sources[0].share, c1.sources[0].basis]).toEqual([1, Basis.VOLUME]);
  });
});

describe('UNMODELLED supply', () => {
  const build = (unit: string, linkUnit = 't') => {
    const n = net(['U1@CA', 'U2@US', 'UT@US'], ['U1>UT:li=40', 'U2>UT:li=20']);
    for (const l of n.links as SupplyLink[]) l.unit = linkUnit;
    consumes(n, 'UT', 'li', { volume: 100, unit, confidence: Confidence.REPORTED });
    return n;
  };
  it('the remainder of the CONSUMES volume is a pseudo-source: sources plus UNMODELLED add up to 1', () => {
    const [li] = analyseDependencies(build('t'), 'UT', { maxDepth: 10 });
    expect(li.sources.map((s) => [s.facility, r(s.share), s.basis])).toEqual([
      ['U1', 0.4, Basis.VOLUME],
      ['U2', 0.2, Basis.VOLUME],
    ]);
    expect([r(li.unmodelled.share), li.unmodelled.basis, li.unmodelled.at.map((a) => a.facility)]).toEqual([
      0.4,
      Basis.VOLUME,
      ['UT'],
    ]);
    expect(li.sourcesByCountry.map((c) => [c.country, c.unmodelled ?? false, r(c.share)])).toEqual([
      ['CA', false, 0.4],
      [null, true, 0.4],
      ['US', false, 0.2],
    ]);
  });
  it('another unit: no UNMODELLED and an equal split (volumes of different units are never summed)', () => {
    const [li] = analyseDependencies(build('kt'), 'UT', { maxDepth: 10 });
    expect(li.unmodelled.share).toBe(0);
    expect(li.sources.map((s) => [s.facility, s.share, s.basis])).toEqual([
      ['U1', 0.5, Basis.EQUAL_SPLIT],
      ['U2', 0.5, Basis.EQUAL_SPLIT],
    ]);
  });
  it('impact retains it and reports it apart; coverage leaves it uncovered', () => {
    const n = build('t');
    const [ut] = analyseImpact(n, { facilities: new Map([['U1', 1n]]), minerals: new Map() }, { maxDepth: 10 });
    expect([r(ut.minerals[0].retained), r(ut.minerals[0].unmodelled)]).toEqual([0.6, 0.4]);
    const [li] = analyseCoverage(n, 'UT', new Set(['CA', 'US']), { maxDepth: 10 });
    expect([r(li.covered.share), r(li.unmodelled.share)]).toEqual([0.6, 0.4]);
  });
});

describe('a multi-mineral link', () => {
  const n = net(['MM@CA', 'MX@MX', 'MN@NO'], ['MM>MN:ni+co=50', 'MX>MN:ni=50']);
  it('takes part in each mineral network with its volume', () => {
    const d = analyseDependencies(n, 'MN', { maxDepth: 10 });
    expect(d.map((m) => [m.mineral, m.sources.map((s) => [s.facility, s.share])])).toEqual([
      ['co', [['MM', 1]]],
      [
        'ni',
        [
          ['MM', 0.5],
          ['MX', 0.5],
        ],
      ],
    ]);
  });
  it('removing a mineral stops only that mineral on the link', () => {
    const [mn] = analyseImpact(n, { facilities: new Map(), minerals: new Map([['co', 1n]]) }, { maxDepth: 10 });
    expect(mn.minerals.map((m) => [m.mineral, m.retained])).toEqual([
      ['co', 0],
      ['ni', 1],
    ]);
  });
});

describe('the documented choices', () => {
  it('one entry per facility in sources, its route ends inside (here CYCLE 0.5 and DEPTH_LIMIT 0.5)', () => {
    const n = net([], ['X>Y:li', 'Y>X:li', 'Y>T:li', 'Z>T:li', 'X>Z:li']);
    const [li] = analyseDependencies(n, 'T', { maxDepth: 2 });
    expect(li.sources.map((s) => [s.facility, s.share, s.end, s.ends.map((e) => [e.end, e.share])])).toEqual([
      [
        'X',
        1,
        'CYCLE',
        [
          ['CYCLE', 0.5],
          ['DEPTH_LIMIT', 0.5],
        ],
      ],
    ]);
  });
  it('a source reached only through zero-volume links is not listed', () => {
    const [li] = analyseDependencies(net([], ['Z1>ZT:li=0', 'Z2>ZT:li=10']), 'ZT', { maxDepth: 10 });
    expect(li.sources.map((s) => [s.facility, s.share])).toEqual([['Z2', 1]]);
  });
  it('a target without counted inbound links gives no minerals, with or without `mineral`', () => {
    const n = net(['P:CELL', 'S'], ['S>P:li']);
    (n.facilities.get('P') as { status?: string }).status = 'PLANNED';
    expect(analyseDependencies(filterNetwork(n, all), 'P', { maxDepth: 10 })).toEqual([]);
    expect(analyseDependencies(filterNetwork(n, all), 'P', { maxDepth: 10, mineral: 'li' })).toEqual([]);
    expect(analyseDependencies(filterNetwork(n, { ...all, includePlanned: true }), 'P', { maxDepth: 10 })).toHaveLength(
      1,
    );
  });
  it('outOfBlocSteps lists the target itself when it is outside the bloc (depth 0)', () => {
    const [li] = analyseCoverage(net(['S@US', 'T@CN'], ['S>T:li']), 'T', new Set(['US']), { maxDepth: 10 });
    expect(li.outOfBloc.map((s) => [s.facility, s.share, s.depth])).toEqual([['T', 1, 0]]);
    expect(li.covered.share).toBe(0);
  });
  it('a controlled facility is outside the bloc', () => {
    const n = net(['A@US', 'B@US', 'T@US'], ['A>T:li', 'B>T:li']);
    const [li] = analyseCoverage(n, 'T', new Set(['US']), { maxDepth: 10 }, new Set(['B']));
    expect(li.covered.share).toBe(0.5);
    expect(li.outOfBloc.map((s) => [s.facility, s.controlled])).toEqual([['B', true]]);
  });
});
