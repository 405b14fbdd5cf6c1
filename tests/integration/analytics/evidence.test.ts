import { executeOperation } from '../../support/graphql';
import { useSeededGraph } from '../../support/seeded-graph';

/**
 * The evidence rules end to end: a hand-built graph written as seed CSVs (so the contract's
 * evidence columns are loaded for real), analysed over HTTP against the real Neo4j.
 *
 * Dated (lithium, 10 t each) into DT: D1 until 2025; D2 since 2024-03; D3 under agreement agX
 *   (expires 2025-12-31); D4 under agX with its own until 2027.
 * Planned: PM -> PP (PLANNED) -> PE.
 * Confidence and basis: C0 -5 t, reported-> C1 -30 t, confirmed-> CT <-no volume, no confidence- C2.
 * UNMODELLED: UT consumes 100 t of lithium; U1 (CA) sends 40 t, U2 (US) 20 t.
 * Multi-mineral: MM (CA) -50 t nickel+cobalt-> MN (NO) <-50 t nickel- MXM (MX).
 * byCountry: BM -> B1 (US refinery) -> B2 (US refinery) -80-> BT <-20- BN (MX).
 * Bloc: fta1 (US, KR), fta2 (US, AU); FT (US) <-50- F1 (KR) <- FM (AU); FT <-50- F2 (US), operated by
 *   coSub (US) whose parent coParent is in CN; F1 owned 20% by coC1 (CN) and 10% by coC2 (subsidiary
 *   of coParent), and by coC3 (CN) without a share.
 */
const CSV: Record<string, string[]> = {
  'countries.csv': ['id,name', ...['US', 'CA', 'MX', 'NO', 'KR', 'AU', 'CN'].map((c) => `{p}${c},${c}`)],
  'minerals.csv': ['id,name', '{p}li,Lithium', '{p}ni,Nickel', '{p}co,Cobalt'],
  'companies.csv': [
    'id,name,country,parent',
    '{p}coParent,Parent,{p}CN,',
    '{p}coSub,Sub,{p}US,{p}coParent',
    '{p}coC1,C1,{p}CN,',
    '{p}coC2,C2,{p}US,{p}coParent',
    '{p}coC3,C3,{p}CN,',
  ],
  'facilities.csv': [
    'id,name,kind,status,operator,country,confidence,status_as_of',
    ...['D1', 'D2', 'D3', 'D4', 'PM', 'C0', 'C2', 'U1', 'MM', 'BM', 'FM'].map(
      (f) => `{p}${f},${f},MINE,OPERATING,,{p}${['U1', 'MM'].includes(f) ? 'CA' : f === 'FM' ? 'AU' : 'US'},,`,
    ),
    '{p}U2,U2,MINE,OPERATING,,{p}US,,',
    '{p}MXM,MXM,MINE,OPERATING,,{p}MX,,',
    '{p}BN,BN,MINE,OPERATING,,{p}MX,,',
    '{p}DT,DT,REFINERY,OPERATING,,{p}US,,',
    '{p}PP,PP,CELL,PLANNED,,{p}US,confirmed,2025-03',
    '{p}PE,PE,EV_ASSEMBLY,OPERATING,,{p}US,,',
    '{p}C1,C1,REFINERY,OPERATING,,{p}US,,',
    '{p}CT,CT,CELL,OPERATING,,{p}US,,',
    '{p}UT,UT,REFINERY,OPERATING,,{p}US,,',
    '{p}MN,MN,REFINERY,OPERATING,,{p}NO,,',
    '{p}B1,B1,REFINERY,OPERATING,,{p}US,,',
    '{p}B2,B2,REFINERY,OPERATING,,{p}US,,',
    '{p}BT,BT,CELL,OPERATING,,{p}US,,',
    '{p}F1,F1,REFINERY,OPERATING,,{p}KR,,',
    '{p}F2,F2,REFINERY,OPERATING,{p}coSub,{p}US,,',
    '{p}FT,FT,CELL,OPERATING,,{p}US,,',
  ],
  'agreements.csv': [
    'id,name,kind,status,expires',
    '{p}agX,X,OFFTAKE,EXPIRED,2025-12-31',
    '{p}fta1,FTA 1,TRADE_AGREEMENT,IN_FORCE,',
    '{p}fta2,FTA 2,TRADE_AGREEMENT,IN_FORCE,',
  ],
  'agreement_parties.csv': ['agreement,party', '{p}fta1,{p}US', '{p}fta1,{p}KR', '{p}fta2,{p}US', '{p}fta2,{p}AU'],
  'inputs.csv': ['facility,mineral,volume,unit,confidence', '{p}UT,{p}li,100,t,reported'],
  'ownership.csv': ['company,facility,share', '{p}coC1,{p}F1,0.2', '{p}coC2,{p}F1,0.1', '{p}coC3,{p}F1,'],
  'supply.csv': [
    'supplier,customer,mineral,minerals,volume,unit,since,until,agreement,confidence,source,note',
    '{p}D1,{p}DT,{p}li,,10,t,2020,2025,,confirmed,https://example.org/d1,',
    '{p}D2,{p}DT,{p}li,,10,t,2024-03,,,confirmed,,',
    '{p}D3,{p}DT,{p}li,,10,t,,,{p}agX,confirmed,,',
    '{p}D4,{p}DT,{p}li,,10,t,,2027,{p}agX,confirmed,,',
    '{p}PM,{p}PP,{p}li,,,,,,,confirmed,,',
    '{p}PP,{p}PE,{p}li,,,,,,,confirmed,,',
    '{p}C0,{p}C1,{p}li,,5,t,,,,reported,,',
    '{p}C1,{p}CT,{p}li,,30,t,,,,confirmed,,',
    '{p}C2,{p}CT,{p}li,,,,,,,,,inferred: no source names the link',
    '{p}U1,{p}UT,{p}li,,40,t,,,,confirmed,,',
    '{p}U2,{p}UT,{p}li,,20,t,,,,confirmed,,',
    '{p}MM,{p}MN,,{p}ni;{p}co,50,t,,,,confirmed,,',
    '{p}MXM,{p}MN,{p}ni,,50,t,,,,confirmed,,',
    '{p}BM,{p}B1,{p}li,,,,,,,confirmed,,',
    '{p}B1,{p}B2,{p}li,,,,,,,confirmed,,',
    '{p}B2,{p}BT,{p}li,,80,t,,,,confirmed,,',
    '{p}BN,{p}BT,{p}li,,20,t,,,,confirmed,,',
    '{p}FM,{p}F1,{p}li,,,,,,,confirmed,,',
    '{p}F1,{p}FT,{p}li,,50,t,,,,confirmed,,',
    '{p}F2,{p}FT,{p}li,,50,t,,,,confirmed,,',
  ],
};

interface Ref {
  id: string;
}
interface ConfidenceShare {
  confidence: string;
  share: number;
}
interface FacilityShare {
  facility: Ref;
  share: number;
}
interface SourceShare extends FacilityShare {
  basis: string;
  byConfidence: ConfidenceShare[];
}
/** One mineral of `dependencies` as `sourcesOf` selects it. */
interface MineralSources {
  mineral: Ref;
  sources: SourceShare[];
  unmodelled: { share: number; basis: string; at: { facility: Ref }[] };
  sourcesByCountry: { country: Ref | null; unmodelled: boolean; share: number; basis: string }[];
  steps: { kind: string; share: number; basis: string; byCountry: { country: Ref; share: number }[] }[];
}
interface MineralImpact {
  mineral: Ref;
  retained: number;
  unmodelled: number;
  basis: string;
}
interface SupplyLink {
  from: string;
  confidence: string;
  source: string | null;
  since: string | null;
  until: string | null;
  agreement: Ref | null;
}

const SOURCES = `sources { facility { id } share basis byConfidence { confidence share } ends { end share } }`;
const r = (x: number) => Math.round(x * 1e9) / 1e9;

describe('evidence, dates and uncertainty in the analyses (hand-built graph, real Neo4j, over HTTP)', () => {
  const { id, local } = useSeededGraph(CSV);

  const sourcesOf = async (facility: string, args: string, mineral = 'li') => {
    const res = await executeOperation<{ dependencies: { asOf: string; minerals: MineralSources[] } }>(
      `query($f: ID!, $m: ID) { dependencies(facility: $f, mineral: $m, ${args}) { asOf minerals { mineral { id } ${SOURCES}
        unmodelled { share basis at { facility { id } } } sourcesByCountry { country { id } unmodelled share basis }
        steps { kind share basis byCountry { country { id } share } } } } }`,
      { f: id(facility), m: id(mineral) },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.dependencies;
  };
  const shares = (d: { minerals: { sources: FacilityShare[] }[] }) =>
    Object.fromEntries((d.minerals[0]?.sources ?? []).map((s) => [local(s.facility.id), r(s.share)]));

  it('asOf: until and since by the first day of their period; an agreement expiry ends links without their own until', async () => {
    expect(shares(await sourcesOf('DT', 'asOf: "2025-06-01"'))).toEqual({
      D2: 0.333333333,
      D3: 0.333333333,
      D4: 0.333333333,
    });
    expect(shares(await sourcesOf('DT', 'asOf: "2026"'))).toEqual({ D2: 0.5, D4: 0.5 });
    expect(shares(await sourcesOf('DT', 'asOf: "2024"'))).toEqual({
      D1: 0.333333333,
      D3: 0.333333333,
      D4: 0.333333333,
    });
    expect((await sourcesOf('DT', 'asOf: "2024"')).asOf).toBe('2024');
  });

  it('a malformed asOf is BAD_USER_INPUT', async () => {
    const res = await executeOperation(`{ dependencies(facility: "${id('DT')}", asOf: "2024-13") { asOf } }`);
    expect(res.errors?.[0]).toBeDefined();
  });

  it('planned facilities neither supply nor receive unless includePlanned', async () => {
    expect((await sourcesOf('PP', '')).minerals).toEqual([]);
    expect((await sourcesOf('PE', '')).minerals).toEqual([]);
    expect(shares(await sourcesOf('PE', 'includePlanned: true'))).toEqual({ PM: 1 });
  });

  it('basis and byConfidence; minConfidence drops the link without confidence (INFERRED) and the rest renormalise', async () => {
    const all = (await sourcesOf('CT', '')).minerals[0];
    expect(all.sources.map((s) => [local(s.facility.id), s.share, s.basis, s.byConfidence])).toEqual([
      ['C0', 0.5, 'MIXED', [{ confidence: 'REPORTED', share: 0.5 }]],
      ['C2', 0.5, 'EQUAL_SPLIT', [{ confidence: 'INFERRED', share: 0.5 }]],
    ]);
    expect(all.steps.map((s) => [s.kind, s.share, s.basis])).toEqual([['REFINERY', 0.5, 'MIXED']]);
    const reported = (await sourcesOf('CT', 'minConfidence: REPORTED')).minerals[0];
    expect(reported.sources.map((s) => [local(s.facility.id), s.share, s.basis, s.byConfidence])).toEqual([
      ['C0', 1, 'VOLUME', [{ confidence: 'REPORTED', share: 1 }]],
    ]);
    // CONFIRMED only: C0's reported link drops too, so C1 becomes the source.
    const confirmed = (await sourcesOf('CT', 'minConfidence: CONFIRMED')).minerals[0];
    expect(confirmed.sources.map((s) => [local(s.facility.id), s.share, s.basis])).toEqual([['C1', 1, 'VOLUME']]);
  });

  it('UNMODELLED: the rest of the CONSUMES volume, its own line by country; retained in impact; uncovered', async () => {
    const li = (await sourcesOf('UT', '')).minerals[0];
    expect(shares({ minerals: [li] })).toEqual({ U1: 0.4, U2: 0.2 });
    expect([r(li.unmodelled.share), li.unmodelled.basis, li.unmodelled.at.map((a) => local(a.facility.id))]).toEqual([
      0.4,
      'VOLUME',
      ['UT'],
    ]);
    expect(li.sourcesByCountry.map((c) => [c.country && local(c.country.id), c.unmodelled, r(c.share)])).toEqual([
      ['CA', false, 0.4],
      [null, true, 0.4],
      ['US', false, 0.2],
    ]);
    const impact = await executeOperation<{ impact: { degraded: { facility: Ref; minerals: MineralImpact[] }[] } }>(
      `{ impact(remove: ["${id('U1')}"]) { degraded { facility { id } minerals { retained unmodelled basis } } } }`,
    );
    expect(impact.errors).toBeUndefined();
    const ut = impact.data!.impact.degraded.find((f) => local(f.facility.id) === 'UT');
    expect(ut!.minerals.map((m) => [r(m.retained), r(m.unmodelled), m.basis])).toEqual([[0.6, 0.4, 'VOLUME']]);
  });

  it('a multi-mineral link takes part in each mineral network; removing one mineral stops only its flow', async () => {
    const res = await executeOperation<{
      dependencies: {
        minerals: { mineral: Ref; sources: FacilityShare[]; links: { minerals: Ref[]; volume: number }[] }[];
      };
    }>(
      `{ dependencies(facility: "${id('MN')}") { minerals { mineral { id } sources { facility { id } share }
          links { minerals { id } volume } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const byMineral = Object.fromEntries(
      res.data!.dependencies.minerals.map((m) => [local(m.mineral.id), shares({ minerals: [m] })]),
    );
    expect(byMineral).toEqual({ co: { MM: 1 }, ni: { MM: 0.5, MXM: 0.5 } });
    const coLinks = res.data!.dependencies.minerals.find((m) => local(m.mineral.id) === 'co')!.links;
    expect(coLinks.map((l) => [l.minerals.map((m) => local(m.id)).sort(), l.volume])).toEqual([[['co', 'ni'], 50]]);
    const impact = await executeOperation<{ impact: { cutOff: { facility: Ref; minerals: MineralImpact[] }[] } }>(
      `{ impact(remove: ["${id('co')}"]) { cutOff { facility { id } minerals { mineral { id } retained } } } }`,
    );
    const mn = impact.data!.impact.cutOff.find((f) => local(f.facility.id) === 'MN');
    expect(mn!.minerals.map((m) => [local(m.mineral.id), m.retained])).toEqual([
      ['co', 0],
      ['ni', 1],
    ]);
  });

  it("byCountry of a step through two facilities of one kind adds up to the step's share (1.6)", async () => {
    const li = (await sourcesOf('BT', '')).minerals[0];
    expect(
      li.steps.map((s) => [s.kind, r(s.share), s.byCountry.map((c) => [local(c.country.id), r(c.share)])]),
    ).toEqual([['REFINERY', 1.6, [['US', 1.6]]]]);
  });

  it('a bloc of several agreements, and control through SUBSIDIARY_OF and summed ownership', async () => {
    const q = (more: string) =>
      executeOperation<{
        agreementCoverage: {
          bloc: Ref[];
          minerals: {
            coveredShare: number;
            covered: { share: number; basis: string; byConfidence: ConfidenceShare[] };
            outOfBlocSteps: { facility: Ref; controlled: boolean; share: number }[];
          }[];
        };
      }>(
        `{ agreementCoverage(facility: "${id('FT')}", agreements: ["${id('fta1')}", "${id('fta2')}"], ${more}) {
            bloc { id } minerals { coveredShare covered { share basis byConfidence { confidence share } }
            outOfBlocSteps { facility { id } controlled share } } } }`,
      );
    const open = await q('');
    expect(open.errors).toBeUndefined();
    expect(open.data!.agreementCoverage.bloc.map((c) => local(c.id)).sort()).toEqual(['AU', 'KR', 'US']);
    expect(open.data!.agreementCoverage.minerals[0].coveredShare).toBe(1);
    const ira = await q(`excludeControlledBy: { countries: ["${id('CN')}"] }`);
    const li = ira.data!.agreementCoverage.minerals[0];
    // F2 is operated by a subsidiary of a CN parent; F1 is 30% owned from CN (20% + 10% through the parent).
    expect(li.coveredShare).toBe(0);
    expect(li.outOfBlocSteps.map((s) => [local(s.facility.id), s.controlled, s.share])).toEqual([
      ['F1', true, 0.5],
      ['F2', true, 0.5],
    ]);
    const higher = await q(`excludeControlledBy: { countries: ["${id('CN')}"], minShare: 0.35 }`);
    // The covered route FT < F1 < FM weighs 50/100 by volume, then FM's sole link without a volume: MIXED.
    expect(higher.data!.agreementCoverage.minerals[0].covered).toEqual({
      share: 0.5,
      basis: 'MIXED',
      byConfidence: [{ confidence: 'CONFIRMED', share: 0.5 }],
    });
    const none = await executeOperation(`{ agreementCoverage(facility: "${id('FT')}") { maxDepth } }`);
    expect(none.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('typed evidence on supply edges: confidence, source, since/until as partial dates, the agreement as an object', async () => {
    const res = await executeOperation<{ supplyChain: { links: SupplyLink[] } }>(
      `{ supplyChain(facility: "${id('DT')}", asOf: "2024") { links { from confidence source since until agreement { id expires: name } agreementId } } }`,
    );
    expect(res.errors).toBeUndefined();
    const d1 = res.data!.supplyChain.links.find((l) => local(l.from) === 'D1');
    expect(d1).toMatchObject({
      confidence: 'CONFIRMED',
      source: 'https://example.org/d1',
      since: '2020',
      until: '2025',
      agreement: null,
    });
    const d3 = res.data!.supplyChain.links.find((l) => local(l.from) === 'D3');
    expect(d3!.agreement!.id).toBe(id('agX'));
  });

  it('typed evidence on the read edges and dates on facilities and agreements', async () => {
    const res = await executeOperation<{
      ut: { consumes: { edges: unknown[] }; suppliers: { edges: { confidence: string }[] } };
      pp: { statusAsOf: string | null };
      ag: { expires: string | null; termEnd: string | null };
    }>(
      `{ ut: facility(id: "${id('UT')}") { consumes { edges { volume unit confidence node { id } } }
           suppliers { edges { minerals: mineral confidence source since until node { id } } } }
         pp: facility(id: "${id('PP')}") { statusAsOf }
         ag: agreement(id: "${id('agX')}") { expires termEnd } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ut.consumes.edges).toEqual([
      { volume: 100, unit: 't', confidence: 'REPORTED', node: { id: id('li') } },
    ]);
    expect(res.data!.ut.suppliers.edges.map((e) => e.confidence)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect(res.data!.pp.statusAsOf).toBe('2025-03');
    expect(res.data!.ag).toEqual({ expires: '2025-12-31', termEnd: null });
  });
});
