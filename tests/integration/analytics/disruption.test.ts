import { chokePoints } from '../../../src/analytics/services/choke-points.service';
import { agreementCoverage } from '../../../src/analytics/services/coverage.service';
import { impact, type ImpactResult } from '../../../src/analytics/services/impact.service';
import { useFixtureGraph } from './fixture';

const round = (x: number) => Math.round(x * 1e12) / 1e12;

describe('impact, chokePoints and agreementCoverage (hand-built graph)', () => {
  const { db, id, local } = useFixtureGraph();
  /** `facility: mineral=retained<-dependsOn,...` per impacted facility. */
  const summary = (r: ImpactResult) => ({
    cutOff: r.cutOff.map(
      (f) =>
        `${local(f.facility.id)}: ${f.minerals.map((m) => `${local(m.mineral.id)}=${round(m.retained)}<-${m.dependsOn.map((e) => local(e.id)).join('+')}`).join(' ')}`,
    ),
    degraded: r.degraded.map(
      (f) =>
        `${local(f.facility.id)}: ${f.minerals.map((m) => `${local(m.mineral.id)}=${round(m.retained)}<-${m.dependsOn.map((e) => local(e.id)).join('+')}`).join(' ')}`,
    ),
  });

  describe('impact', () => {
    const run = (remove: string[], mineral?: string) =>
      impact(db, { remove: remove.map(id), mineral: mineral ? id(mineral) : null, maxDepth: 10, limit: 500 });

    it('a refinery stops: the plants downstream lose its half (original weights, no renormalisation)', async () => {
      const r = await run(['R1']);
      expect(summary(r)).toEqual({ cutOff: [], degraded: ['E: li=0.5<-R1', 'P: li=0.5<-R1 ni=1<-'] });
      expect(r).toMatchObject({ removedFacilityCount: 1, cutOffCount: 0, degradedCount: 2 });
      expect(r.degraded[0].facility).toMatchObject({ label: 'Facility', kind: 'EV_ASSEMBLY' });
    });

    it('a company stops: the facilities it operates are removed', async () => {
      // coX operates M1, M2, N1: R1 loses M1; R2 keeps M3 (0.5); P keeps li 0.5 x 0.5 and ni N2's 0.25.
      const r = await run(['coX']);
      expect(r.removedFacilityCount).toBe(3);
      expect(summary(r)).toEqual({
        cutOff: ['R1: li=0<-coX'],
        degraded: ['E: li=0.25<-coX', 'P: li=0.25<-coX ni=0.25<-coX', 'R2: li=0.5<-coX'],
      });
    });

    it('a country stops: MX takes out R2 and N2', async () => {
      const r = await run(['MX']);
      expect(summary(r)).toEqual({ cutOff: [], degraded: ['E: li=0.5<-MX', 'P: li=0.5<-MX ni=0.75<-MX'] });
    });

    it('a region stops: CA-QC takes out M1, which cuts R1 off', async () => {
      const r = await run(['CA-QC']);
      expect(summary(r)).toEqual({
        cutOff: ['R1: li=0<-CA-QC'],
        degraded: ['E: li=0.5<-CA-QC', 'P: li=0.5<-CA-QC ni=1<-'],
      });
    });

    it('two removals: each impacted facility names the ones it depended on', async () => {
      const r = await run(['R1', 'CN']);
      expect(summary(r)).toEqual({
        cutOff: [],
        degraded: ['E: li=0.25<-R1+CN', 'P: li=0.25<-R1+CN ni=1<-', 'R2: li=0.5<-CN'],
      });
    });

    it('everything upstream stops: cut off', async () => {
      const r = await run(['R1', 'R2']);
      expect(summary(r)).toEqual({ cutOff: ['E: li=0<-R1+R2', 'P: li=0<-R1+R2 ni=1<-'], degraded: [] });
    });

    it('a mineral stops: every link carrying it', async () => {
      const r = await run(['ni']);
      expect(summary(r)).toEqual({ cutOff: ['P: li=1<- ni=0<-ni'], degraded: [] });
    });

    it('with a mineral, only its links count', async () => {
      expect(summary(await run(['N2'], 'li'))).toEqual({ cutOff: [], degraded: [] });
      expect(summary(await run(['N2'], 'ni'))).toEqual({ cutOff: [], degraded: ['P: ni=0.75<-N2'] });
    });

    it('a recycling loop: removing the recycler leaves the source share, no hang', async () => {
      const r = await run(['C']);
      expect(summary(r)).toEqual({ cutOff: [], degraded: ['A: li=0.9<-C', 'T: li=0.9<-C'] });
      const s = await run(['S']);
      // T: 0.1 comes back through the recycler (a cycle end); A likewise through T. C only had S.
      expect(summary(s)).toEqual({ cutOff: ['C: li=0<-S'], degraded: ['A: li=0.1<-S', 'T: li=0.1<-S'] });
    });

    it('validates its arguments', async () => {
      await expect(run(['nope'])).rejects.toMatchObject({ code: 'NOT_FOUND', details: { ids: [id('nope')] } });
      await expect(run(['usmca'])).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(impact(db, { remove: [], maxDepth: 10, limit: 10 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await expect(
        impact(db, { remove: Array.from({ length: 101 }, (_, i) => id(`x${i}`)), maxDepth: 10, limit: 10 }),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { limit: 'remove', max: 100 },
      });
      await expect(impact(db, { remove: [id('R1')], maxDepth: 0, limit: 10 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { min: 1 },
      });
      await expect(impact(db, { remove: [id('R1')], maxDepth: 10, limit: 5001 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { max: 5000 },
      });
    });
  });

  describe('chokePoints', () => {
    it('EV plant, lithium: the cell plant and the US', async () => {
      const c = await chokePoints(db, { facility: id('E'), mineral: id('li'), maxDepth: 10 });
      expect(c.facilities.map((x) => local(x.entity.id))).toEqual(['P']);
      expect(c.facilities[0].entity).toMatchObject({ label: 'Facility', kind: 'CELL' });
      expect(c.companies).toEqual([]);
      expect(c.countries.map((x) => [local(x.entity.id), x.entity.label])).toEqual([['US', 'Country']]);
    });

    it('diamond: the join and the mine, the companies of the mine and of both branches', async () => {
      const c = await chokePoints(db, { facility: id('DT'), maxDepth: 10 });
      expect(c.facilities.map((x) => [local(x.entity.id), x.minerals.map((m) => local(m.id))])).toEqual([
        ['DJ', ['li']],
        ['DM', ['li']],
      ]);
      expect(c.companies.map((x) => [local(x.entity.id), x.entity.label])).toEqual([
        ['coD', 'Company'],
        ['coE', 'Company'],
      ]);
      expect(c.countries.map((x) => local(x.entity.id))).toEqual(['CA', 'US']);
    });

    it('cell plant, every mineral: no single facility; no country either (li and ni both have two)', async () => {
      const c = await chokePoints(db, { facility: id('P'), maxDepth: 10 });
      expect(c).toMatchObject({ facilities: [], companies: [], countries: [] });
    });

    it("a loop: the refinery A (not the source S: the recycler's 0.1 ends the route elsewhere)", async () => {
      const c = await chokePoints(db, { facility: id('T'), maxDepth: 10 });
      expect(c.facilities.map((x) => local(x.entity.id))).toEqual(['A']);
      expect(c.countries.map((x) => local(x.entity.id))).toEqual(['US']);
    });
  });

  describe('agreementCoverage', () => {
    it("USMCA: the EV plant's lithium from the Chinese mine leaves the bloc", async () => {
      const c = await agreementCoverage(db, { facility: id('E'), agreement: id('usmca'), maxDepth: 10 });
      expect(c.bloc.map((b) => local(b.id))).toEqual(['CA', 'MX', 'US']);
      expect(c.minerals.map((m) => [local(m.mineral.id), m.coveredShare, m.uncoveredShare])).toEqual([
        ['li', 0.75, 0.25],
      ]);
      expect(
        c.minerals[0].outOfBlocSteps.map((s) => [local(s.facility.id), local(s.country?.id), s.share, s.depth]),
      ).toEqual([['M3', 'CN', 0.25, 3]]);
    });

    it('a proposed CA-US deal: the route through the Mexican refinery leaves the bloc', async () => {
      const c = await agreementCoverage(db, { facility: id('E'), agreement: id('bilat'), maxDepth: 10 });
      expect(c.minerals[0]).toMatchObject({ coveredShare: 0.5, uncoveredShare: 0.5 });
      expect(c.minerals[0].outOfBlocSteps.map((s) => [local(s.facility.id), s.share])).toEqual([
        ['R2', 0.5],
        ['M3', 0.25],
      ]);
      const ni = await agreementCoverage(db, {
        facility: id('P'),
        agreement: id('bilat'),
        mineral: id('ni'),
        maxDepth: 10,
      });
      expect(ni.minerals.map((m) => [local(m.mineral.id), m.coveredShare])).toEqual([['ni', 0.75]]);
    });

    it('a loop inside the bloc is fully covered', async () => {
      const c = await agreementCoverage(db, { facility: id('T'), agreement: id('usmca'), maxDepth: 10 });
      expect(c.minerals[0]).toMatchObject({ coveredShare: 1, uncoveredShare: 0, outOfBlocSteps: [] });
    });

    it('validates its arguments', async () => {
      await expect(
        agreementCoverage(db, { facility: id('E'), agreement: id('R1'), maxDepth: 10 }),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await expect(
        agreementCoverage(db, { facility: id('E'), agreement: id('gone'), maxDepth: 10 }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
});
