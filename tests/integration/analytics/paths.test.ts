import { RelationshipType } from '../../../src/domain/enums';
import { neighborhood } from '../../../src/analytics/services/neighborhood.service';
import {
  allShortestPaths,
  PathDirection,
  type PathView,
  shortestPath,
} from '../../../src/analytics/services/paths.service';
import { useFixtureGraph } from './fixture';

const R = RelationshipType;

describe('shortestPath, shortestPaths and neighborhood (hand-built graph)', () => {
  const { db, id, local } = useFixtureGraph();
  /** `M1 -SUPPLIES-> P <-LOCATED_IN- X` */
  const show = (path: PathView | null) =>
    path &&
    path.entities
      .map((e, i) => {
        const r = path.relationships[i - 1];
        const step = !r ? '' : r.direction === PathDirection.FORWARD ? ` -${r.type}-> ` : ` <-${r.type}- `;
        return `${step}${local(e.id)}`;
      })
      .join('');
  const base = { directed: false, maxHops: 6 };

  describe('shortestPath', () => {
    it('mine to EV plant over supply links: the evidence with types, directions and properties', async () => {
      const path = await shortestPath(db, {
        ...base,
        from: id('M3'),
        to: id('E'),
        relationshipTypes: [R.SUPPLIES],
        directed: true,
      });
      expect(show(path)).toBe('M3 -SUPPLIES-> R2 -SUPPLIES-> P -SUPPLIES-> E');
      expect(path!.length).toBe(3);
      expect(path!.relationships[0]).toMatchObject({
        from: id('M3'),
        to: id('R2'),
        properties: { mineral: id('li'), product: 'x' },
      });
      expect(path!.entities[0]).toMatchObject({
        label: 'Facility',
        kind: 'MINE',
        location: { latitude: 45, longitude: -75 },
      });
    });

    it('undirected, any relationship: two mines through their country or their operator', async () => {
      const path = await shortestPath(db, { ...base, from: id('M1'), to: id('M2'), relationshipTypes: [R.LOCATED_IN] });
      expect(show(path)).toBe('M1 -LOCATED_IN-> CA <-LOCATED_IN- M2');
      const paths = await allShortestPaths(db, { ...base, from: id('M1'), to: id('M2'), limit: 10 });
      expect(paths.map(show).sort()).toEqual([
        'M1 -LOCATED_IN-> CA <-LOCATED_IN- M2',
        'M1 <-OPERATES- coX -OPERATES-> M2',
      ]);
    });

    it('a mine to an agreement', async () => {
      const path = await shortestPath(db, {
        ...base,
        from: id('M3'),
        to: id('usmca'),
        relationshipTypes: [R.SUPPLIES, R.LOCATED_IN, R.PARTY_TO],
      });
      expect(path!.length).toBe(3);
      expect(show(path)).toMatch(/^M3 -SUPPLIES-> R2 -LOCATED_IN-> MX -PARTY_TO-> usmca$/);
    });

    it('avoid, directed and maxHops narrow the search; null or [] when nothing is left', async () => {
      expect(
        await shortestPath(db, {
          ...base,
          from: id('M1'),
          to: id('E'),
          directed: true,
          relationshipTypes: [R.SUPPLIES],
        }).then(show),
      ).toBe('M1 -SUPPLIES-> P -SUPPLIES-> E');
      expect(
        await shortestPath(db, {
          ...base,
          from: id('M1'),
          to: id('E'),
          directed: true,
          relationshipTypes: [R.SUPPLIES],
          avoid: [id('P')],
        }),
      ).toBeNull();
      expect(
        await shortestPath(db, {
          ...base,
          from: id('E'),
          to: id('M1'),
          directed: true,
          relationshipTypes: [R.SUPPLIES],
        }),
      ).toBeNull();
      expect(await shortestPath(db, { ...base, from: id('M1'), to: id('M2'), maxHops: 1 })).toBeNull();
      expect(await allShortestPaths(db, { ...base, from: id('M1'), to: id('M2'), maxHops: 1, limit: 5 })).toEqual([]);
      const around = await allShortestPaths(db, {
        ...base,
        from: id('M1'),
        to: id('M2'),
        avoid: [id('CA'), id('coX')],
        limit: 5,
      });
      expect(
        around.every((pth) => pth.length > 2 && !pth.entities.some((e) => e.id === id('CA') || e.id === id('coX'))),
      ).toBe(true);
    });

    it('from an entity to itself: the empty path', async () => {
      const path = await shortestPath(db, { ...base, from: id('E'), to: id('E') });
      expect(path).toMatchObject({ length: 0, relationships: [], entities: [{ id: id('E') }] });
    });

    it('validates its arguments', async () => {
      await expect(shortestPath(db, { ...base, from: id('M1'), to: id('none') })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        details: { ids: [id('none')] },
      });
      await expect(
        shortestPath(db, { ...base, from: id('M1'), to: id('E'), avoid: [id('ghost')] }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(shortestPath(db, { ...base, from: id('M1'), to: id('E'), maxHops: 16 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { limit: 'maxHops', max: 15 },
      });
      await expect(shortestPath(db, { ...base, from: id('M1'), to: id('E'), avoid: [id('E')] })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await expect(allShortestPaths(db, { ...base, from: id('M1'), to: id('E'), limit: 101 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { max: 100 },
      });
      await expect(shortestPath(db, { ...base, from: "x' OR 1=1", to: id('E') })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });

  describe('hub-aware search against Cypher shortestPath', () => {
    const ENTITIES = ['M1', 'M3', 'N2', 'R1', 'R2', 'P', 'E', 'DT', 'C', 'CA', 'US', 'CA-QC', 'li', 'coX', 'usmca'];

    it.each([
      ['undirected, hubs above 1 relationship', false, 1],
      ['undirected, hubs above 3 relationships', false, 3],
      ['directed, hubs above 2 relationships', true, 2],
    ])('%s: same lengths as the reference on every pair', async (_name, directed, hubDegree) => {
      const mismatches: string[] = [];
      for (const x of ENTITIES) {
        for (const y of ENTITIES) {
          if (x === y) continue;
          const args = {
            ...base,
            from: id(x),
            to: id(y),
            directed: directed,
            maxHops: 5,
            avoid: x === 'P' || y === 'P' ? [] : [id('P')],
          };
          const [got, want] = [
            await shortestPath(db, args, { search: { hubDegree: hubDegree, handOverBelow: 0 } }),
            await shortestPath(db, args, { search: false }),
          ];
          if ((got?.length ?? -1) !== (want?.length ?? -1))
            mismatches.push(`${x}->${y}: ${show(got)} vs ${show(want)}`);
          if (got)
            expect(
              got.relationships.every(
                (r, i) => [r.from, r.to].sort().join() === [got.entities[i].id, got.entities[i + 1].id].sort().join(),
              ),
            ).toBe(true);
        }
      }
      expect(mismatches).toEqual([]);
    });
  });

  describe('neighborhood', () => {
    it('one step around a refinery: suppliers, customer, country, operator and the relationships among them', async () => {
      const n = await neighborhood(db, { id: id('R2'), depth: 1, limit: 200 });
      expect(n.center).toMatchObject({ id: id('R2'), label: 'Facility' });
      expect(n.nodes.map((x) => [local(x.entity.id), x.depth])).toEqual([
        ['R2', 0],
        ['M2', 1],
        ['M3', 1],
        ['MX', 1],
        ['P', 1],
        ['coZ', 1],
      ]);
      expect(n.edges.map((e) => `${local(e.from)}-${e.type}->${local(e.to)}`).sort()).toEqual(
        ['M2-SUPPLIES->R2', 'M3-SUPPLIES->R2', 'R2-LOCATED_IN->MX', 'R2-SUPPLIES->P', 'coZ-OPERATES->R2'].sort(),
      );
      expect(n.truncated).toBe(false);
    });

    it('two steps over supply links, cut to the limit nearest first', async () => {
      const all = await neighborhood(db, { id: id('R2'), depth: 2, relationshipTypes: [R.SUPPLIES], limit: 200 });
      expect(all.nodes.map((x) => `${local(x.entity.id)}@${x.depth}`)).toEqual([
        'R2@0',
        'M2@1',
        'M3@1',
        'P@1',
        'E@2',
        'M1@2',
        'N1@2',
        'N2@2',
        'R1@2',
      ]);
      const cut = await neighborhood(db, { id: id('R2'), depth: 2, relationshipTypes: [R.SUPPLIES], limit: 3 });
      expect(cut.nodes.map((x) => local(x.entity.id))).toEqual(['R2', 'M2', 'M3', 'P']);
      expect(cut.truncated).toBe(true);
    });

    it('validates its arguments', async () => {
      await expect(neighborhood(db, { id: id('R2'), depth: 4, limit: 10 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { max: 3 },
      });
      await expect(neighborhood(db, { id: id('R2'), depth: 1, limit: 1001 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { max: 1000 },
      });
      await expect(neighborhood(db, { id: id('zz'), depth: 1, limit: 10 })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
});
