import fs from 'node:fs';
import { chokePoints } from '../../../src/analytics/services/choke-points.service';
import { agreementCoverage } from '../../../src/analytics/services/coverage.service';
import { impact } from '../../../src/analytics/services/impact.service';
import { PathDirection, shortestPath } from '../../../src/analytics/services/paths.service';
import { dependencies } from '../../../src/analytics/services/dependencies.service';
import { RelationshipType } from '../../../src/domain/enums';
import { type GraphDatabase } from '../../../src/neo4j/driver';
import { REPO_ROOT } from '../../../src/neo4j/local';
import { seedFromDirectory } from '../../../src/seed';
import { prefixedCopy } from '../../fixtures/seed/prefix';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';

/**
 * Real questions on the bundled seed/ data (loaded with every id prefixed), answers worked out
 * from seed/supply.csv and seed/facilities.csv.
 */
/**
 * The chains as the sources document them: mid-2025 (the POSCO-GM contract still ran) with the
 * planned and under-construction Bécancour plants taking part.
 */
const AS_DOCUMENTED = { asOf: '2025-06-01', includePlanned: true };

describe('analytics on the bundled seed data', () => {
  let db: GraphDatabase;
  let dir: string;
  const p = uniquePrefix();
  const id = (local: string) => `${p}${local}`;
  const local = (full: string | null | undefined) => (full ? full.slice(p.length) : full);

  beforeAll(async () => {
    db = testDatabase();
    dir = prefixedCopy(`${REPO_ROOT}/seed`, p);
    const report = await seedFromDirectory(db, dir);
    expect(report.issues).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await deleteByPrefix(db, p);
    await db.close();
  });

  it('how is the North American Lithium mine connected to Tesla Giga Texas?', async () => {
    const path = await shortestPath(db, {
      from: id('fac:nal-mine'),
      to: id('fac:tesla-giga-texas'),
      relationshipTypes: [RelationshipType.SUPPLIES],
      directed: true,
      maxHops: 6,
    });
    expect(path!.entities.map((e) => local(e.id))).toEqual([
      'fac:nal-mine',
      'fac:nal-concentrator',
      'fac:tesla-robstown-lithium-refinery',
      'fac:tesla-giga-texas-cathode',
      'fac:tesla-giga-texas-cells',
      'fac:tesla-giga-texas',
    ]);
    expect(
      path!.relationships.every((r) => r.properties.mineral === id('lithium') && r.direction === PathDirection.FORWARD),
    ).toBe(true);
  });

  it('what does GM Spring Hill depend on for nickel, up to the mines, and in which countries is each step?', async () => {
    // Ultium Spring Hill takes nickel from Ultium CAM Bécancour (30,000 t) and POSCO Gwangyang (no
    // volume): an equal split. Bécancour's nickel runs back through Vale to Voisey's Bay; POSCO
    // receives no nickel link, so it is a source itself.
    const d = await dependencies(db, { facility: id('fac:gm-spring-hill'), maxDepth: 10, ...AS_DOCUMENTED });
    expect(d.minerals.map((m) => local(m.mineral.id))).toEqual(['nickel']);
    const ni = d.minerals[0];
    expect(ni.sources.map((s) => [local(s.facility.id), s.share, local(s.country?.id)])).toEqual([
      ['fac:posco-future-m-gwangyang', 0.5, 'KR'],
      ['fac:vale-voiseys-bay', 0.5, 'CA'],
    ]);
    expect(ni.sourcesByCountry.map((c) => [local(c.country?.id), c.share])).toEqual([
      ['CA', 0.5],
      ['KR', 0.5],
    ]);
    expect(ni.steps.map((s) => [s.kind, s.byCountry.map((c) => [local(c.country?.id), c.share])])).toEqual([
      ['REFINERY', [['CA', 1]]], // Long Harbour and Bécancour sulphate, both on the Vale half
      // Ultium CAM Bécancour makes cathode active material: the data now says CATHODE (it said PRECURSOR_CATHODE).
      ['CATHODE', [['CA', 0.5]]],
      ['CELL', [['US', 1]]],
    ]);
  });

  it('if Vale Long Harbour stops, which plants are cut off and which lose part of their nickel?', async () => {
    const r = await impact(db, { remove: [id('fac:vale-long-harbour')], maxDepth: 10, limit: 100, ...AS_DOCUMENTED });
    const show = (fs: typeof r.cutOff) =>
      fs.map(
        (f) => `${local(f.facility.id)} ${f.minerals.map((m) => `${local(m.mineral.id)}=${m.retained}`).join(' ')}`,
      );
    expect(show(r.cutOff)).toEqual([
      'fac:ultium-cam-becancour lithium=1 nickel=0',
      'fac:vale-becancour-nickel-sulphate nickel=0',
    ]);
    expect(show(r.degraded)).toEqual([
      'fac:gm-ramos-arizpe nickel=0.5',
      'fac:gm-spring-hill nickel=0.5',
      'fac:ultium-cells-spring-hill nickel=0.5',
    ]);
    expect(r.degraded[0].minerals[0].dependsOn.map((e) => local(e.id))).toEqual(['fac:vale-long-harbour']);
  });

  it('if South Korea stops (POSCO Gwangyang), GM Factory Zero is cut off from nickel', async () => {
    const r = await impact(db, {
      remove: [id('KR')],
      mineral: id('nickel'),
      maxDepth: 10,
      limit: 100,
      ...AS_DOCUMENTED,
    });
    expect(r.cutOff.map((f) => local(f.facility.id))).toEqual([
      'fac:gm-factory-zero',
      'fac:ultium-cells-lansing',
      'fac:ultium-cells-warren',
    ]);
    expect(r.degraded.map((f) => [local(f.facility.id), f.minerals[0].retained])).toEqual([
      ['fac:gm-ramos-arizpe', 0.5],
      ['fac:gm-spring-hill', 0.5],
      ['fac:ultium-cells-spring-hill', 0.5],
    ]);
  });

  it("which single facilities are choke points for Giga Texas's lithium?", async () => {
    const c = await chokePoints(db, { facility: id('fac:tesla-giga-texas'), mineral: id('lithium'), maxDepth: 10 });
    expect(c.facilities.map((x) => local(x.entity.id))).toEqual([
      'fac:nal-concentrator',
      'fac:nal-mine',
      'fac:tesla-giga-texas-cathode',
      'fac:tesla-giga-texas-cells',
      'fac:tesla-robstown-lithium-refinery',
    ]);
    expect(c.companies.map((x) => local(x.entity.id))).toEqual(['co:sayona-quebec', 'co:tesla']);
    expect(c.countries.map((x) => local(x.entity.id))).toEqual(['CA', 'US']);
  });

  it("how much of GM Spring Hill's nickel runs entirely inside USMCA/CUSMA?", async () => {
    const c = await agreementCoverage(db, {
      ...AS_DOCUMENTED,
      facility: id('fac:gm-spring-hill'),
      agreement: id('agr:usmca'),
      maxDepth: 10,
    });
    expect(c.bloc.map((b) => local(b.id))).toEqual(['CA', 'MX', 'US']);
    expect(c.minerals.map((m) => [local(m.mineral.id), m.coveredShare])).toEqual([['nickel', 0.5]]);
    expect(c.minerals[0].outOfBlocSteps.map((s) => [local(s.facility.id), local(s.country?.id), s.share])).toEqual([
      ['fac:posco-future-m-gwangyang', 'KR', 0.5],
    ]);
  });
});
