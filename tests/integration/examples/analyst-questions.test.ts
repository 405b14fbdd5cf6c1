import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/neo4j/local';
import { PLAYGROUND_EXAMPLES } from '../../../src/server/playground/examples';
import { type BundledService, startBundledService } from '../../support/service';
import { type GraphQLResponse } from '../../support/http';

/**
 * The playground's saved examples and the README's "Analyst's questions" answer on the bundled
 * dataset: a fresh Neo4j of its own, the service loading `seed/` on the empty graph (as `npm start`
 * does), then every query over HTTP. Ids, field names and arguments drifting from the data fail here.
 */
jest.setTimeout(600_000);

/** Something was found: not null, not an empty list, and (below the top) at least one id. */
function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return JSON.stringify(value).includes('"id":') || JSON.stringify(value).includes('"name":');
}

/** The GraphQL blocks of the README's "Analyst's questions" section, in order. */
function readmeQuestions(): string[] {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith("Analyst's questions"));
  if (!section) throw new Error('README.md has no "## Analyst\'s questions" section');
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** The parts of the answers these tests assert on. */
type Id = { id: string };
interface PathAnswer {
  entities: Id[];
  relationships: Array<{ type: string; direction: string }>;
  length: number;
}
interface MineralDependency {
  mineral: Id;
  sources: Array<{ facility: Id; share: number }>;
  sourcesByCountry: Array<{ share: number }>;
}
interface Coverage {
  bloc: Id[];
  minerals: Array<{ coveredShare: number; uncoveredShare: number }>;
}
interface DatedCoverage {
  bloc: Id[];
  minerals: Array<{
    mineral: Id;
    coveredShare: number;
    covered: { basis: string; byConfidence: Array<{ share: number }> };
    outOfBlocSteps: unknown[];
  }>;
}
type Page<N> = { totalCount: number; nodes: N[] };

describe('analyst questions on the bundled dataset', () => {
  let service: BundledService;

  beforeAll(async () => {
    service = await startBundledService('examples-test');
  });
  afterAll(async () => {
    await service?.stop();
  });

  async function ask<D = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<D>> {
    const res = await service.post<D>(query, variables);
    expect(res.status).toBe(200);
    return res;
  }

  it.each(PLAYGROUND_EXAMPLES.map((e) => [e.title, e] as const))('playground: %s', async (_title, example) => {
    const body = await ask(example.query, example.variables);
    expect(body.errors).toBeUndefined();
    for (const [field, value] of Object.entries(body.data!)) {
      expect([field, hasContent(value)]).toEqual([field, true]);
    }
  });

  it('playground: finds the lithium route from the NAL mine to Gigafactory Texas', async () => {
    const example = PLAYGROUND_EXAMPLES.find((e) => e.query.includes('shortestPath'))!;
    const { data } = await ask<{ shortestPath: PathAnswer }>(example.query, example.variables);
    expect(data!.shortestPath.entities[0].id).toBe('fac:nal-mine');
    expect(data!.shortestPath.entities.at(-1)!.id).toBe('fac:tesla-giga-texas');
    expect(data!.shortestPath.length).toBe(data!.shortestPath.entities.length - 1);
  });

  describe("README: Analyst's questions", () => {
    const questions = readmeQuestions();
    const answers = new Map<string, Record<string, unknown>>();
    /** The data of the README's query `operation`, in the shape the caller declares. */
    const answer = async <D = Record<string, unknown>>(operation: string): Promise<D> => {
      if (!answers.has(operation)) {
        const query = questions.find((q) => q.includes(`query ${operation} `));
        if (!query) throw new Error(`README has no query ${operation}`);
        const body = await ask(query);
        expect(body.errors).toBeUndefined();
        answers.set(operation, body.data!);
      }
      return answers.get(operation) as D;
    };

    it('has one ready-to-paste query per question, each answering with content', async () => {
      expect(questions).toHaveLength(8);
      for (const query of questions) {
        const operation = /^query (\w+)/m.exec(query)?.[1];
        expect(operation).toBeDefined();
        for (const [field, value] of Object.entries(await answer(operation!))) {
          expect([field, hasContent(value)]).toEqual([field, true]);
        }
      }
    });

    it('connects the NAL lithium mine to Gigafactory Texas along supply links, and to USMCA', async () => {
      const { toEvPlant, toAgreement } = await answer<{ toEvPlant: PathAnswer; toAgreement: PathAnswer }>(
        'MineConnections',
      );
      expect(toEvPlant.entities[0].id).toBe('fac:nal-mine');
      expect(toEvPlant.entities.at(-1)?.id).toBe('fac:tesla-giga-texas');
      expect(toEvPlant.relationships.every((r) => r.type === 'SUPPLIES' && r.direction === 'FORWARD')).toBe(true);
      expect(toAgreement.entities.map((e) => e.id)).toEqual(EXPECTED.nalToUsmca);
    });

    it("names GM Spring Hill's nickel sources, with shares adding up to 1", async () => {
      const { dependencies, supplyChain } = await answer<{
        dependencies: { minerals: MineralDependency[] };
        supplyChain: { facilities: Array<{ facility: Id }> };
      }>('EvPlantDependsOn');
      const nickel = dependencies.minerals.find((m) => m.mineral.id === 'nickel')!;
      const shares = Object.fromEntries(nickel.sources.map((s) => [s.facility.id, s.share]));
      expect(shares).toEqual(EXPECTED.springHillNickelSources);
      expect(nickel.sourcesByCountry.reduce((t, c) => t + c.share, 0)).toBeCloseTo(1, 9);
      expect(supplyChain.facilities.map((f) => f.facility.id)).toEqual(
        expect.arrayContaining(Object.keys(EXPECTED.springHillNickelSources)),
      );
    });

    it('finds what Robstown, Vale Canada, Québec and China cut off', async () => {
      const data =
        await answer<Record<string, { cutOff: Array<{ facility: Id }>; removedFacilityCount: number }>>('WhatBreaks');
      const cut = (k: string) => data[k].cutOff.map((f) => f.facility.id).sort();
      expect(cut('refinery')).toEqual(EXPECTED.robstownCutOff);
      for (const k of ['refinery', 'company', 'region', 'country'])
        expect(data[k].removedFacilityCount).toBeGreaterThan(0);
    });

    it("finds the choke points of GM Spring Hill's nickel", async () => {
      const { chokePoints } = await answer<{
        chokePoints: { facilities: Array<{ entity: Id }>; countries: Array<{ entity: Id }> };
      }>('NickelChokePoints');
      expect(chokePoints.facilities.map((f) => f.entity.id).sort()).toEqual(EXPECTED.springHillNickelChokeFacilities);
      expect(chokePoints.countries.map((c) => c.entity.id).sort()).toEqual(EXPECTED.springHillNickelChokeCountries);
    });

    it("lists Canada's critical minerals with their operating Canadian producers", async () => {
      type Node = { id: string; producers: { totalCount: number; edges: Array<{ node: Id }> } };
      const { minerals } = await answer<{ minerals: Page<Node> }>('CanadaCriticalMinerals');
      expect(minerals.totalCount).toBe(34);
      const producers = new Map<string, string[]>(
        minerals.nodes.map((m) => [m.id, m.producers.edges.map((e) => e.node.id)]),
      );
      const without = minerals.nodes.filter((m) => m.producers.totalCount === 0).map((m) => m.id);
      expect(without.sort()).toEqual(EXPECTED.canadaMineralsWithoutProducer);
      for (const [mineral, facility] of EXPECTED.canadaProducers) expect(producers.get(mineral)).toContain(facility);
    });

    it('lists the North American fabs, packaging, polysilicon and wafer plants with their inputs', async () => {
      type Node = {
        id: string;
        consumes: { nodes: Id[] };
        suppliers: { edges: Array<{ node: Id }> };
      };
      const { facilities } = await answer<{ facilities: Page<Node> }>('NorthAmericanFabs');
      expect(facilities.totalCount).toBe(EXPECTED.northAmericanChipPlants);
      const tsmc = facilities.nodes.find((f) => f.id === 'fac:tsmc-arizona-fab21');
      expect(tsmc?.consumes.nodes.map((m) => m.id)).toContain('silicon');
      const amkor = facilities.nodes.find((f) => f.id === 'fac:amkor-peoria');
      expect(amkor?.suppliers.edges.map((e) => e.node.id)).toEqual(['fac:tsmc-arizona-fab21']);
    });

    it('answers the IRA question for GM Spring Hill: the FTA bloc, dated, with the basis of each share', async () => {
      const { mid2025, today } = await answer<{ mid2025: DatedCoverage; today: DatedCoverage }>('IraTest');
      expect(mid2025.bloc.map((c) => c.id)).toEqual(expect.arrayContaining(['US', 'CA', 'MX', 'KR', 'JP', 'AU']));
      const nickel = (a: DatedCoverage) => a.minerals.find((m) => m.mineral.id === 'nickel')!;
      expect(nickel(mid2025).coveredShare).toBeCloseTo(EXPECTED.springHillNickelIraMid2025, 9);
      expect(nickel(today).coveredShare).toBeCloseTo(EXPECTED.springHillNickelIraToday, 9);
      expect(nickel(mid2025).outOfBlocSteps).toEqual([]);
      expect(nickel(mid2025).covered.basis).toBe('EQUAL_SPLIT');
      for (const m of [nickel(mid2025), nickel(today)])
        expect(m.covered.byConfidence.reduce((t, c) => t + c.share, 0)).toBeCloseTo(m.coveredShare, 9);
    });

    it("measures how much of GM Spring Hill's nickel stays inside USMCA and the Canada-US bloc", async () => {
      const { usmca, bilateral } = await answer<{ usmca: Coverage; bilateral: Coverage }>('BlocCoverage');
      expect(usmca.bloc.map((c) => c.id).sort()).toEqual(['CA', 'MX', 'US']);
      expect(bilateral.bloc.map((c) => c.id).sort()).toEqual(['CA', 'US']);
      expect(usmca.minerals[0].coveredShare).toBeCloseTo(EXPECTED.springHillNickelUsmcaCovered, 9);
      expect(usmca.minerals[0].coveredShare + usmca.minerals[0].uncoveredShare).toBeCloseTo(1, 9);
      expect(bilateral.minerals[0].coveredShare).toBeCloseTo(EXPECTED.springHillNickelBilateralCovered, 9);
    });
  });
});

/**
 * Answers on the bundled data, worked out by hand from seed/supply.csv and facilities.csv:
 * - NAL mine to USMCA: the mine is LOCATED_IN Canada, a party; no other neighbour of the mine is
 *   adjacent to the agreement, so the shortest connection is unique.
 * - GM Spring Hill's nickel comes only from Ultium Cells Spring Hill (US), which takes it from Ultium
 *   CAM Bécancour (CA; Vale chain: Bécancour sulphate, Long Harbour, Voisey's Bay mine, all CA) and
 *   from POSCO Future M Gwangyang (KR, no nickel inbound: a source). The POSCO link has no volume,
 *   so the two inbound links split equally: 0.5 each. Only the cell plant carries every route
 *   (facility choke point); only the US holds such a facility (country choke point); the Vale half
 *   lies in CA and US (covered by USMCA and by the Canada-US bloc), the POSCO half does not.
 * - Robstown is the only lithium supplier of Giga Texas cathode, which alone feeds Giga Texas cells,
 *   which alone feed the Giga Texas assembly plant.
 */
const EXPECTED = {
  nalToUsmca: ['fac:nal-mine', 'CA', 'agr:usmca'],
  springHillNickelSources: { 'fac:vale-voiseys-bay': 0.5, 'fac:posco-future-m-gwangyang': 0.5 } as Record<
    string,
    number
  >,
  robstownCutOff: ['fac:tesla-giga-texas', 'fac:tesla-giga-texas-cathode', 'fac:tesla-giga-texas-cells'],
  springHillNickelChokeFacilities: ['fac:ultium-cells-spring-hill'],
  springHillNickelChokeCountries: ['US'],
  springHillNickelUsmcaCovered: 0.5,
  springHillNickelBilateralCovered: 0.5,
  // Mid-2025: POSCO (KR, a KORUS party) only, the Bécancour plants not running yet. Today: the POSCO
  // contract has expired, so the Ultium cell plant (US) is the end of the only route.
  springHillNickelIraMid2025: 1,
  springHillNickelIraToday: 1,
  // From seed/minerals.csv (CA-2024) against seed/outputs.csv rows of facilities with country CA (or a CA-
  // region) and status OPERATING: these eleven have none (seed/README.md gives the reasons).
  canadaMineralsWithoutProducer: [
    'antimony',
    'bismuth',
    'chromium',
    'fluorspar',
    'gallium',
    'magnesium',
    'manganese',
    'phosphorus',
    'tin',
    'tungsten',
    'vanadium',
  ],
  canadaProducers: [
    ['potash', 'fac:nutrien-rocanville'],
    ['uranium', 'fac:cameco-cigar-lake'],
    ['niobium', 'fac:niobec'],
    ['aluminum', 'fac:rt-alma'],
    ['scandium', 'fac:rtft-sorel-tracy'],
    ['cesium', 'fac:tanco'],
    ['helium', 'fac:nah-battle-creek'],
    ['high-purity-iron-ore', 'fac:champion-bloom-lake'],
  ] as Array<[string, string]>,
  // facilities.csv rows of kind SEMICONDUCTOR_FAB (23), SEMICONDUCTOR_PACKAGING (4), WAFER (7) and POLYSILICON (4),
  // all in CA/US/MX.
  northAmericanChipPlants: 38,
};
