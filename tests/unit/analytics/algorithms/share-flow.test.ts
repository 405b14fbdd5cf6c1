import { mineralGraph } from '../../../../src/analytics/algorithms/mineral-graph';
import {
  inboundWeights,
  type SupplyLink,
  type SupplyNetwork,
  weighInbound,
} from '../../../../src/analytics/algorithms/network';
import {
  emptyMix,
  evidenced,
  type Mix,
  WEIGHT_EQUAL_SPLIT,
  WEIGHT_FROM_VOLUME,
} from '../../../../src/analytics/algorithms/route-mix';
import { RetainedShares, RouteEnd, routeFlow } from '../../../../src/analytics/algorithms/share-flow';
import { Confidence, CONFIDENCES, confidenceRank } from '../../../../src/domain/evidence';

const round = (x: number) => Math.round(x * 1e10) / 1e10;
import { net, rounded } from './fixtures';
import * as reference from './share-flow.reference';

const ends = (n: SupplyNetwork, target: string, maxDepth = 10, mineral = 'li') =>
  rounded(routeFlow(mineralGraph(n, mineral), target, { maxDepth }).ends, (e) => `${e.node}:${e.end}`);

describe('inbound weights', () => {
  it('splits by volume when every link has one', () => {
    expect(inboundWeights([30, 10])).toEqual([0.75, 0.25]);
  });
  it('splits equally when a volume is missing, or all volumes are 0', () => {
    expect(inboundWeights([30, null])).toEqual([0.5, 0.5]);
    expect(inboundWeights([0, 0, 0])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(inboundWeights([])).toEqual([]);
  });
});

describe('route shares', () => {
  it('multiplies weights along routes: 0.5 and 0.25', () => {
    // M1 and R supply P equally; M2 and M3 supply R equally.
    const n = net([], ['M1>P:li', 'R>P:li', 'M2>R:li', 'M3>R:li']);
    expect(ends(n, 'P')).toEqual({ 'M1:SOURCE': 0.5, 'M2:SOURCE': 0.25, 'M3:SOURCE': 0.25 });
  });

  it('sums the routes of a diamond', () => {
    // P takes 30 from R1 and 10 from R2 (0.75 / 0.25); R2 takes equally from M1 and M2.
    const n = net([], ['M1>R1:li=100', 'M1>R2:li', 'M2>R2:li', 'R1>P:li=30', 'R2>P:li=10']);
    expect(ends(n, 'P')).toEqual({ 'M1:SOURCE': 0.875, 'M2:SOURCE': 0.125 });
    const flow = routeFlow(mineralGraph(n, 'li'), 'P', { maxDepth: 10 });
    expect(
      rounded(
        [...flow.through].map(([id, t]) => ({ id, share: t.share })),
        (t) => t.id,
      ),
    ).toEqual({ P: 1, R1: 0.75, R2: 0.25 });
    expect(flow.through.get('R2')!.depth).toBe(1);
    expect(flow.ends.find((e) => e.node === 'M1')!.depth).toBe(2);
  });

  it('counts only links of the mineral; links without one never count', () => {
    const n = net([], ['M1>P:li', 'M2>P:ni', 'M3>P', 'M4>M1']);
    expect(ends(n, 'P')).toEqual({ 'M1:SOURCE': 1 });
    expect(ends(n, 'P', 10, 'ni')).toEqual({ 'M2:SOURCE': 1 });
  });

  describe('a recycling loop: S supplies A (90), recycler C returns 10 to A, A supplies T, T sends scrap to C', () => {
    const loop = net([], ['S>A:li=90', 'C>A:li=10', 'A>T:li', 'T>C:li']);
    it('from T: the link T>C closes a cycle, so C is where that route ends (CYCLE)', () => {
      expect(ends(loop, 'T')).toEqual({ 'S:SOURCE': 0.9, 'C:CYCLE': 0.1 });
    });
    it('from C: C>A closes a cycle and A takes everything from S', () => {
      expect(ends(loop, 'C')).toEqual({ 'S:SOURCE': 1 });
    });
    it('from A: T is where the recycled share ends', () => {
      expect(ends(loop, 'A')).toEqual({ 'S:SOURCE': 0.9, 'T:CYCLE': 0.1 });
    });
  });

  it('follows every simple route through a loop, not a DFS tree', () => {
    // A and B supply T and each other; S1 feeds A, S2 feeds B. A DFS tree from T would drop T<B<A<S1.
    const n = net([], ['A>T:li', 'B>T:li', 'A>B:li', 'B>A:li', 'S1>A:li', 'S2>B:li']);
    // T<A<S1 0.25, T<A<B<S2 0.25 (A on the route: B's link from A is ignored), T<B<S2 0.25, T<B<A<S1 0.25.
    expect(ends(n, 'T')).toEqual({ 'S1:SOURCE': 0.5, 'S2:SOURCE': 0.5 });
  });

  it('ends a route at maxDepth when links go on upstream', () => {
    const n = net([], ['M>A:li', 'A>B:li', 'B>T:li']);
    expect(ends(n, 'T', 2)).toEqual({ 'A:DEPTH_LIMIT': 1 });
    expect(ends(n, 'T', 3)).toEqual({ 'M:SOURCE': 1 });
  });

  it('treats a self-supplying facility as a cycle', () => {
    const n = net([], ['A>A:li', 'A>T:li']);
    expect(ends(n, 'T')).toEqual({ 'A:CYCLE': 1 });
  });

  it('a dense loop stays exact while small and is refused, not hung, when the route sets explode', () => {
    const dense = (k: number) => {
      const ids = Array.from({ length: k }, (_, i) => `L${i}`);
      return net([], ['S>L0:li', ...ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => `${a}>${b}:li`))]);
    };
    const flow = routeFlow(mineralGraph(dense(7), 'li'), 'L3', { maxDepth: 25 });
    expect(flow.ends.reduce((a, e) => a + e.share, 0)).toBeCloseTo(1, 12);
    const thrown = (() => {
      try {
        routeFlow(mineralGraph(dense(16), 'li'), 'L3', { maxDepth: 25, maxStates: 50_000 });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', details: { limit: 'routeStates' } });
  });

  it('a target without inbound links is its own source', () => {
    expect(ends(net(['T'], []), 'T')).toEqual({ 'T:SOURCE': 1 });
  });
});

describe('retained shares', () => {
  const retained = (n: SupplyNetwork, removed: string[], target: string, maxDepth = 10) => {
    const g = mineralGraph(n, 'li');
    const { share, hits } = new RetainedShares(
      g,
      (v) => (removed.includes(g.ids[v]) ? 1n << BigInt(removed.indexOf(g.ids[v])) : 0n),
      { maxDepth },
    ).of(target);
    return { share, hits };
  };

  it('keeps the original weights: removed suppliers pass on nothing', () => {
    const n = net([], ['M1>P:li', 'R>P:li', 'M2>R:li', 'M3>R:li']);
    expect(retained(n, ['M3'], 'P')).toEqual({ share: 0.75, hits: 1n });
    expect(retained(n, ['R'], 'P')).toEqual({ share: 0.5, hits: 1n });
    expect(retained(n, ['M1', 'R'], 'P')).toEqual({ share: 0, hits: 3n });
    expect(retained(n, [], 'P')).toEqual({ share: 1, hits: 0n });
  });

  it('only the first removed facility on a route is reported', () => {
    const n = net([], ['M>R:li', 'R>P:li']);
    expect(retained(n, ['M', 'R'], 'P')).toEqual({ share: 0, hits: 2n });
  });

  it('terminates on loops and retains the cycle end', () => {
    const loop = net([], ['S>A:li=90', 'C>A:li=10', 'A>T:li', 'T>C:li']);
    expect(retained(loop, ['S'], 'T').share).toBeCloseTo(0.1, 12);
    expect(retained(loop, ['C'], 'T').share).toBeCloseTo(0.9, 12);
    expect(retained(loop, ['S'], 'C').share).toBe(0);
  });
});

/**
 * Reference implementation: enumerates every route (exponential) with the same rule, to check the
 * programmes on random networks with loops.
 */
function bruteForce(n: SupplyNetwork, target: string, maxDepth: number, removed: Set<string>) {
  const links = n.links.filter((l) => l.minerals.includes('li'));
  const shares = new Map<string, number>();
  let retainedShare = 0;
  // Per end and per facility passed: the share by route class (basis bits, weakest confidence rank).
  const endClasses = new Map<string, Mix>();
  const throughClasses = new Map<string, Mix>();
  const retainedClasses = emptyMix();
  const classed = (into: Map<string, Mix>, key: string, flags: number, conf: number, w: number) => {
    let m = into.get(key);
    if (!m) into.set(key, (m = emptyMix()));
    m[flags * CONFIDENCES.length + conf] += w;
  };
  const walk = (v: string, route: string[], w: number, flags = 0, conf = 0) => {
    if (removed.has(v)) return;
    const inbound = links.filter((l) => l.to === v);
    const considered = inbound.filter((l) => !route.includes(l.from));
    let end: RouteEnd | undefined;
    if (inbound.length === 0) end = RouteEnd.SOURCE;
    else if (considered.length === 0) end = RouteEnd.CYCLE;
    else if (route.length - 1 === maxDepth) end = RouteEnd.DEPTH_LIMIT;
    if (end) {
      shares.set(`${v}:${end}`, (shares.get(`${v}:${end}`) ?? 0) + w);
      retainedShare += w;
      classed(endClasses, `${v}:${end}`, flags, conf, w);
      retainedClasses[flags * CONFIDENCES.length + conf] += w;
      for (const u of route.slice(0, -1)) classed(throughClasses, u, flags, conf, w);
      return;
    }
    const { weights, byVolume } = weighInbound(considered.map((l) => l.volume));
    const basis = byVolume ? WEIGHT_FROM_VOLUME : WEIGHT_EQUAL_SPLIT;
    considered.forEach((l, i) => {
      if (weights[i] <= 0) return;
      const c = confidenceRank(l.confidence ?? Confidence.INFERRED);
      walk(l.from, [...route, l.from], w * weights[i], flags | basis, Math.max(conf, c));
    });
  };
  walk(target, [target], 1);
  return { shares, retained: retainedShare, endClasses, throughClasses, retainedClasses };
}

function randomNetwork(seed: number): SupplyNetwork {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ids = Array.from({ length: 9 }, (_, i) => `F${i}`);
  const links: string[] = [];
  for (let i = 0; i < 18; i++) {
    const a = ids[Math.floor(rnd() * ids.length)];
    const b = ids[Math.floor(rnd() * ids.length)];
    if (a === b && rnd() < 0.8) continue;
    links.push(rnd() < 0.5 ? `${a}>${b}:li=${1 + Math.floor(rnd() * 9)}` : `${a}>${b}:li`);
  }
  const n = net(ids, links);
  // Random confidences (a third left without one: INFERRED).
  for (const l of n.links as SupplyLink[]) {
    const r = Math.floor(rnd() * 4);
    if (r < 3) l.confidence = CONFIDENCES[r];
  }
  return n;
}

describe('the programmes equal route enumeration', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('random network %i', (seed) => {
    const n = randomNetwork(seed);
    const g = mineralGraph(n, 'li');
    for (const target of ['F0', 'F4']) {
      for (const maxDepth of [3, 10]) {
        const reference = bruteForce(n, target, maxDepth, new Set());
        const flow = routeFlow(g, target, { maxDepth });
        const got = rounded(flow.ends, (e) => `${e.node}:${e.end}`);
        const want = rounded(
          [...reference.shares].map(([k, share]) => ({ k, share })),
          (x) => x.k,
        );
        expect(got).toEqual(want);
        expect(flow.ends.reduce((a, e) => a + e.share, 0)).toBeCloseTo(1, 12);
        // basis and byConfidence: every end and every facility passed, classed over whole routes.
        const summary = (m: Mix | undefined) => {
          const e = evidenced(m ?? emptyMix());
          return { basis: e.basis, byConfidence: e.byConfidence.map((c) => [c.confidence, round(c.share)]) };
        };
        for (const e of flow.ends) {
          expect(summary(e.mix)).toEqual(summary(reference.endClasses.get(`${e.node}:${e.end}`)));
          expect(evidenced(e.mix).byConfidence.reduce((a, c) => a + c.share, 0)).toBeCloseTo(e.share, 12);
        }
        for (const [id, t] of flow.through) expect(summary(t.mix)).toEqual(summary(reference.throughClasses.get(id)));
        const removed = new Set(['F2', 'F5']);
        const r = new RetainedShares(g, (v) => (removed.has(g.ids[v]) ? 1n : 0n), { maxDepth }).of(target);
        const expected = removed.has(target) ? 0 : bruteForce(n, target, maxDepth, removed).retained;
        expect(r.share).toBeCloseTo(expected, 12);
        if (!removed.has(target)) {
          const want = bruteForce(n, target, maxDepth, removed).retainedClasses;
          expect(summary(r.mix)).toEqual(summary(want));
        }
      }
    }
  });
});

/**
 * The condensed programme against the previous one (share-flow.reference.ts) on larger random
 * networks: loops of several sizes joined by acyclic links, volumes in two units, CONSUMES volumes
 * (UNMODELLED supply), random confidences, depth limits that bind, and removals with several
 * reasons. Everything must agree: ends, through shares, link shares, classes and state counts.
 */
describe('the condensed programme equals the previous route-keyed programme', () => {
  function loopyNetwork(seed: number): SupplyNetwork {
    let s = seed;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const size = 18 + Math.floor(rnd() * 18);
    const ids = Array.from({ length: size }, (_, i) => `N${i}`);
    const links: string[] = [];
    const volume = () => (rnd() < 0.6 ? `=${1 + Math.floor(rnd() * 40)}` : '');
    // Mostly "downstream" links (lower index supplies higher), some back links closing loops.
    for (let i = 0; i < size * 2.2; i++) {
      const a = Math.floor(rnd() * size);
      const b = Math.floor(rnd() * size);
      if (a === b && rnd() < 0.9) continue;
      const back = a > b && rnd() < 0.25;
      const [from, to] = a <= b || back ? [a, b] : [b, a];
      links.push(`${ids[from]}>${ids[to]}:li${volume()}`);
    }
    // Always a two-facility loop and a facility that receives less than it consumes (U1), wired in.
    links.push('L0>L1:li', 'L1>L0:li', `${ids[0]}>L0:li`, `L1>${ids[size - 1]}:li`);
    links.push('U0>U1:li=10', 'U2>U1:li=5', `U1>${ids[size >> 1]}:li`);
    const n = net(ids, links);
    for (const l of n.links as SupplyLink[]) {
      const r = Math.floor(rnd() * 4);
      if (r < 3) l.confidence = CONFIDENCES[r];
      if (l.volume !== null && l.to !== 'U1' && rnd() < 0.1) l.unit = 'kt';
    }
    for (const f of n.facilities.values()) {
      if (f.id === 'U1' || rnd() < 0.3) {
        const consumes = new Map([
          ['li', { volume: 20 + Math.floor(rnd() * 80), unit: null, confidence: CONFIDENCES[Math.floor(rnd() * 3)] }],
        ]);
        (f as { consumes?: typeof consumes }).consumes = consumes;
      }
    }
    return n;
  }

  const close = (a: Mix, b: Mix) => {
    for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 12);
  };

  it.each(Array.from({ length: 30 }, (_, i) => i + 101))('random network with loops %i', (seed) => {
    const n = loopyNetwork(seed);
    const g = mineralGraph(n, 'li');
    const facilities = [...n.facilities.keys()];
    // Every network has a recycling loop and UNMODELLED supply, so both kinds of state are compared.
    expect(g.cyclic.some((c) => c === 1)).toBe(true);
    expect(g.unmodelledAt.some((v) => v >= 0)).toBe(true);
    let compared = 0;
    for (const maxDepth of [2, 4, 25]) {
      for (const target of facilities.filter((_, i) => i % 3 === seed % 3)) {
        let before: ReturnType<typeof reference.routeFlow>;
        try {
          before = reference.routeFlow(g, target, { maxDepth, maxStates: 20_000 });
        } catch {
          continue; // too many route states for the oracle: skip this target
        }
        const after = routeFlow(g, target, { maxDepth, maxStates: 20_000 });
        expect(after.states).toBe(before.states);
        const key = (e: { node: string; end: string }) => `${e.node}|${e.end}`;
        const endsBefore = new Map(before.ends.map((e) => [key(e), e]));
        expect(after.ends.map(key).sort()).toEqual([...endsBefore.keys()].sort());
        for (const e of after.ends) {
          const b = endsBefore.get(key(e))!;
          expect(e.share).toBeCloseTo(b.share, 12);
          expect(e.depth).toBe(b.depth);
          expect(e.unmodelledAt).toBe(b.unmodelledAt);
          close(e.mix, b.mix);
        }
        expect([...after.through.keys()].sort()).toEqual([...before.through.keys()].sort());
        for (const [id, th] of after.through) {
          const b = before.through.get(id)!;
          expect(th.share).toBeCloseTo(b.share, 12);
          expect(th.depth).toBe(b.depth);
          close(th.mix, b.mix);
        }
        expect(after.links.size).toBe(before.links.size);
        for (const [link, share] of after.links) expect(share).toBeCloseTo(before.links.get(link)!, 12);
        compared++;
      }
      // Removals with three reasons, shared across every target as impact does.
      const removedBits = new Map<number, bigint>();
      facilities.forEach((id, i) => {
        if ((i * 7 + seed) % 5 === 0) removedBits.set(g.index.get(id)!, 1n << BigInt(i % 3));
      });
      const removed = (v: number) => removedBits.get(v) ?? 0n;
      const oldRetained = new reference.RetainedShares(g, removed, { maxDepth, maxStates: 20_000 });
      const newRetained = new RetainedShares(g, removed, { maxDepth, maxStates: 20_000 });
      for (const target of facilities) {
        let b: ReturnType<typeof oldRetained.of>;
        try {
          b = oldRetained.of(target);
        } catch {
          continue;
        }
        const a = newRetained.of(target);
        expect(a.share).toBeCloseTo(b.share, 12);
        expect(a.hits).toBe(b.hits);
        close(a.mix, b.mix);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
