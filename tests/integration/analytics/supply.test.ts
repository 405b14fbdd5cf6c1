import { ChainDirection } from '../../../src/analytics/algorithms/supply-chain';
import { dependencies } from '../../../src/analytics/services/dependencies.service';
import { supplyChain } from '../../../src/analytics/services/supply-chain.service';
import { useFixtureGraph } from './fixture';

const round = (x: number) => Math.round(x * 1e12) / 1e12;

describe('supplyChain and dependencies (hand-built graph)', () => {
  const { db, id, local } = useFixtureGraph();

  describe('supplyChain', () => {
    it('upstream of the EV plant: every facility with its depth, and the links between them (untagged too)', async () => {
      const chain = await supplyChain(db, { facility: id('E'), direction: ChainDirection.UPSTREAM, maxDepth: 10 });
      expect(chain.facilities.map((f) => [local(f.facility.id), f.depth, local(f.country?.id)])).toEqual([
        ['E', 0, 'US'],
        ['P', 1, 'US'],
        ['M1', 2, 'CA'],
        ['N1', 2, 'CA'],
        ['N2', 2, 'MX'],
        ['R1', 2, 'US'],
        ['R2', 2, 'MX'],
        ['M2', 3, 'CA'],
        ['M3', 3, 'CN'],
      ]);
      expect(chain.facilities[0].facility).toMatchObject({
        label: 'Facility',
        kind: 'EV_ASSEMBLY',
        status: 'OPERATING',
        location: { latitude: 45, longitude: -75 },
      });
      expect(chain.links.map((l) => `${local(l.from)}>${local(l.to)}:${local(l.mineral) ?? '-'}`).sort()).toEqual([
        'M1>P:-',
        'M1>R1:li',
        'M2>R2:li',
        'M3>R2:li',
        'N1>P:ni',
        'N2>P:ni',
        'P>E:li',
        'R1>P:li',
        'R2>P:li',
      ]);
      expect(chain.links.find((l) => local(l.from) === 'N1')).toMatchObject({ volume: 30, product: 'x', share: null });
    });

    it('downstream with a mineral and a depth bound', async () => {
      const chain = await supplyChain(db, {
        facility: id('M2'),
        direction: ChainDirection.DOWNSTREAM,
        mineral: id('li'),
        maxDepth: 2,
      });
      expect(chain.facilities.map((f) => [local(f.facility.id), f.depth])).toEqual([
        ['M2', 0],
        ['R2', 1],
        ['P', 2],
      ]);
      expect(chain.links.map((l) => `${local(l.from)}>${local(l.to)}`).sort()).toEqual(['M2>R2', 'R2>P']);
      expect(chain.mineral).toMatchObject({ id: id('li'), label: 'Mineral' });
    });

    it('shows a recycling loop once, without hanging', async () => {
      const chain = await supplyChain(db, { facility: id('T'), direction: ChainDirection.UPSTREAM, maxDepth: 25 });
      expect(chain.facilities.map((f) => [local(f.facility.id), f.depth])).toEqual([
        ['T', 0],
        ['A', 1],
        ['C', 2],
        ['S', 2],
      ]);
      expect(chain.links).toHaveLength(4);
    });

    it('validates its arguments', async () => {
      await expect(
        supplyChain(db, { facility: id('nope'), direction: ChainDirection.UPSTREAM, maxDepth: 10 }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
        details: { ids: [id('nope')] },
      });
      await expect(
        supplyChain(db, { facility: id('CA'), direction: ChainDirection.UPSTREAM, maxDepth: 10 }),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await expect(
        supplyChain(db, { facility: id('E'), direction: ChainDirection.UPSTREAM, maxDepth: 26 }),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { limit: 'maxDepth', max: 25 },
      });
      await expect(
        supplyChain(db, { facility: id('E'), direction: ChainDirection.UPSTREAM, mineral: id('E'), maxDepth: 3 }),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });

  describe('dependencies', () => {
    it('EV plant: lithium sources 0.5 / 0.25 / 0.25 with countries at each step', async () => {
      const d = await dependencies(db, { facility: id('E'), maxDepth: 10 });
      expect(d.minerals.map((m) => local(m.mineral.id))).toEqual(['li']);
      const li = d.minerals[0];
      expect(li.mineral).toMatchObject({ label: 'Mineral', symbol: 'Li', critical: ['CA-2024'] });
      expect(li.sources.map((s) => [local(s.facility.id), s.share, s.end, s.depth, local(s.country?.id)])).toEqual([
        ['M1', 0.5, 'SOURCE', 3, 'CA'],
        ['M2', 0.25, 'SOURCE', 3, 'CA'],
        ['M3', 0.25, 'SOURCE', 3, 'CN'],
      ]);
      expect(li.sourcesByCountry.map((c) => [local(c.country?.id), c.share])).toEqual([
        ['CA', 0.75],
        ['CN', 0.25],
      ]);
      expect(li.steps.map((s) => [s.kind, s.share, s.byCountry.map((c) => [local(c.country?.id), c.share])])).toEqual([
        [
          'REFINERY',
          1,
          [
            ['MX', 0.5],
            ['US', 0.5],
          ],
        ],
        ['CELL', 1, [['US', 1]]],
      ]);
      expect(Object.fromEntries(li.links.map((l) => [`${local(l.from)}>${local(l.to)}`, l.share]))).toEqual({
        'P>E': 1,
        'R1>P': 0.5,
        'R2>P': 0.5,
        'M1>R1': 0.5,
        'M2>R2': 0.25,
        'M3>R2': 0.25,
      });
      expect(d.untaggedLinks.map((l) => `${local(l.from)}>${local(l.to)}`)).toEqual(['M1>P']);
    });

    it('cell plant: nickel weighted by volume (30 / 10), per mineral received', async () => {
      const d = await dependencies(db, { facility: id('P'), maxDepth: 10 });
      expect(d.minerals.map((m) => local(m.mineral.id))).toEqual(['li', 'ni']);
      expect(d.minerals[1].sources.map((s) => [local(s.facility.id), s.share])).toEqual([
        ['N1', 0.75],
        ['N2', 0.25],
      ]);
      expect(d.minerals[1].sourcesByCountry.map((c) => [local(c.country?.id), c.share])).toEqual([
        ['CA', 0.75],
        ['MX', 0.25],
      ]);
    });

    it('a diamond: one source reached over two routes', async () => {
      const d = await dependencies(db, { facility: id('DT'), mineral: id('li'), maxDepth: 10 });
      expect(d.minerals[0].sources.map((s) => [local(s.facility.id), s.share])).toEqual([['DM', 1]]);
      expect(
        d.minerals[0].steps.map((s) => [s.kind, s.facilities.map((f) => [local(f.facility.id), f.share])]),
      ).toEqual([
        [
          'REFINERY',
          [
            ['DA', 0.5],
            ['DB', 0.5],
          ],
        ],
        ['PRECURSOR_CATHODE', [['DJ', 1]]],
      ]);
    });

    it('a recycling loop: the link closing the cycle is ignored, the recycler is the end of that route', async () => {
      // T <- A (1); A takes 90 from S and 10 from C; C's only supplier is T, already on the route.
      const t = await dependencies(db, { facility: id('T'), maxDepth: 10 });
      expect(t.minerals[0].sources.map((s) => [local(s.facility.id), round(s.share), s.end])).toEqual([
        ['S', 0.9, 'SOURCE'],
        ['C', 0.1, 'CYCLE'],
      ]);
      // From C: C <- T <- A, and A's link from C closes the cycle, so A takes everything from S.
      const c = await dependencies(db, { facility: id('C'), maxDepth: 10 });
      expect(c.minerals[0].sources.map((s) => [local(s.facility.id), s.share, s.end])).toEqual([['S', 1, 'SOURCE']]);
    });

    it('maxDepth ends routes early', async () => {
      const d = await dependencies(db, { facility: id('E'), maxDepth: 2 });
      expect(d.minerals[0].sources.map((s) => [local(s.facility.id), s.share, s.end])).toEqual([
        ['R1', 0.5, 'DEPTH_LIMIT'],
        ['R2', 0.5, 'DEPTH_LIMIT'],
      ]);
    });
  });
});
