import {
  type PathSearchGraph,
  type SearchEdge,
  type SearchEnd,
  searchShortestPath,
  type SearchNode,
  type Side,
  type StepRequest,
} from '../../../../src/analytics/algorithms/path-search';

/** An in-memory graph behind the search's interface; `reads` counts neighbour rows read. */
class MemoryGraph implements PathSearchGraph {
  reads = 0;
  steps = 0;
  constructor(
    readonly edges: SearchEdge[],
    readonly kinds: Map<string, string>,
    readonly directed: boolean,
    readonly avoid: Set<string>,
    readonly forbidden: Set<string> = new Set(),
  ) {}

  private readonly byNode = new Map<string, SearchEdge[]>();

  private along(node: string, side: Side): Array<{ edge: SearchEdge; other: string }> {
    if (!this.byNode.size)
      for (const e of this.edges)
        for (const n of new Set([e.start, e.end])) this.byNode.set(n, [...(this.byNode.get(n) ?? []), e]);
    return (this.byNode.get(node) ?? []).flatMap((edge) => {
      const out = edge.start === node ? [{ edge, other: edge.end }] : [];
      const inn = edge.end === node ? [{ edge, other: edge.start }] : [];
      return this.directed ? (side === 0 ? out : inn) : [...out, ...(edge.start === edge.end ? [] : inn)];
    });
  }

  info(id: string, side: Side): SearchNode {
    return {
      id,
      kind: this.kinds.get(id)!,
      degree: this.along(id, 0).length + (this.directed ? this.along(id, 1).length : 0),
      cost: this.along(id, side).length,
    };
  }

  private neighbors(side: Side, from: string) {
    const rows = this.along(from, side)
      .filter((x) => !this.avoid.has(x.other))
      .map((x) => ({ from, node: this.info(x.other, side), edge: x.edge }));
    this.reads += rows.length;
    return rows;
  }

  /** An end as the service's first round trip gives it: with its neighbours unless it is a hub. */
  end(id: string, side: Side, hubDegree: number): SearchEnd {
    const node = this.info(id, side);
    return { node, neighbors: node.degree <= hubDegree ? this.neighbors(side, id) : undefined };
  }

  step(request: StepRequest) {
    this.steps++;
    return Promise.resolve({
      expanded: request.expand.map(({ side, nodes }) => nodes.flatMap((from) => this.neighbors(side, from))),
      adjacent: request.adjacent.flatMap((pair) => {
        const edge = this.joined(pair[0], pair[1]);
        return edge ? [{ pair, edge }] : [];
      }),
    });
  }

  private joined(x: string, y: string): SearchEdge | undefined {
    return this.edges.find((e) => (e.start === x && e.end === y) || (!this.directed && e.start === y && e.end === x));
  }

  commonNeighbor(pairs: ReadonlyArray<{ pair: readonly [string, string]; smaller: 0 | 1 }>) {
    return Promise.resolve(this.firstCommonNeighbor(pairs));
  }

  private firstCommonNeighbor(pairs: ReadonlyArray<{ pair: readonly [string, string] }>) {
    for (const { pair } of pairs) {
      for (const m of this.kinds.keys()) {
        if (m === pair[0] || m === pair[1] || this.avoid.has(m)) continue;
        const first = this.joined(pair[0], m);
        const second = this.joined(m, pair[1]);
        if (first && second) return { pair, node: m, first, second };
      }
    }
    return undefined;
  }

  canBeAdjacent(k1: string, k2: string): boolean {
    return !this.forbidden.has(`${k1}-${k2}`) && !this.forbidden.has(`${k2}-${k1}`);
  }

  /** Reference: plain breadth-first search. */
  distance(a: string, b: string): number {
    const dist = new Map([[a, 0]]);
    let frontier = [a];
    while (frontier.length && !dist.has(b)) {
      const next: string[] = [];
      for (const v of frontier) {
        for (const { other } of this.along(v, 0)) {
          if (dist.has(other) || this.avoid.has(other)) continue;
          dist.set(other, dist.get(v)! + 1);
          next.push(other);
        }
      }
      frontier = next;
    }
    return dist.get(b) ?? Infinity;
  }
}

function randomGraph(seed: number) {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const n = 30;
  const kinds = new Map(Array.from({ length: n }, (_, i) => [`n${i}`, i < 4 ? 'HUB' : i % 3 === 0 ? 'X' : 'Y']));
  const edges: SearchEdge[] = [];
  const add = (a: number, b: number) =>
    edges.push({ rel: `r${edges.length}`, type: 'T', start: `n${a}`, end: `n${b}` });
  // Hubs n0..n3 link to many nodes; X nodes never link to X nodes (so X-X is "impossible" by schema).
  for (let h = 0; h < 4; h++)
    for (let i = 4; i < n; i++)
      if (rnd() < 0.5) {
        if (rnd() < 0.5) add(h, i);
        else add(i, h);
      }
  if (rnd() < 0.5) add(0, 1);
  for (let k = 0; k < 25; k++) {
    const a = 4 + Math.floor(rnd() * (n - 4));
    const b = 4 + Math.floor(rnd() * (n - 4));
    if (a !== b && !(kinds.get(`n${a}`) === 'X' && kinds.get(`n${b}`) === 'X')) add(a, b);
  }
  const avoid = new Set(rnd() < 0.4 ? [`n${4 + Math.floor(rnd() * (n - 4))}`] : []);
  return { edges, kinds, avoid, rnd };
}

function checkPath(g: MemoryGraph, a: string, b: string, nodes: string[], edges: SearchEdge[]) {
  expect(nodes[0]).toBe(a);
  expect(nodes[nodes.length - 1]).toBe(b);
  expect(new Set(nodes).size).toBe(nodes.length);
  expect(edges).toHaveLength(nodes.length - 1);
  edges.forEach((e, i) => {
    const forward = e.start === nodes[i] && e.end === nodes[i + 1];
    const backward = e.end === nodes[i] && e.start === nodes[i + 1];
    expect(g.directed ? forward : forward || backward).toBe(true);
  });
  expect(nodes.some((n) => g.avoid.has(n))).toBe(false);
}

describe('hub-aware bidirectional shortest path', () => {
  it.each([false, true])('equals plain BFS on random graphs with hubs (directed: %s)', async (directed) => {
    let fallbacks = 0;
    let searches = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { edges, kinds, avoid, rnd } = randomGraph(seed);
      const g = new MemoryGraph(edges, kinds, directed, avoid, new Set(['X-X']));
      for (let q = 0; q < 8; q++) {
        const a = `n${Math.floor(rnd() * 30)}`;
        const b = `n${Math.floor(rnd() * 30)}`;
        if (a === b || avoid.has(a) || avoid.has(b)) continue;
        // hubDegree 0 makes every entity a hub: only the roots' neighbours and hub pairs are searched.
        for (const hubDegree of [0, 3, 8, 1000]) {
          for (const maxHops of [2, 6]) {
            const want = g.distance(a, b);
            const got = await searchShortestPath(g, [g.end(a, 0, hubDegree), g.end(b, 1, hubDegree)], {
              maxHops,
              hubDegree,
              expansionBudget: 1e9,
            });
            searches++;
            if (got.kind === 'fallback') {
              if (hubDegree > 0) fallbacks++;
              continue;
            }
            if (want > maxHops) expect(got.kind).toBe('none');
            else {
              expect(got.kind).toBe('found');
              if (got.kind === 'found') {
                expect(got.edges).toHaveLength(want);
                checkPath(g, a, b, got.nodes, got.edges);
              }
            }
          }
        }
      }
    }
    expect(fallbacks / searches).toBeLessThan(0.05);
  });

  it('meets at a hub without expanding it', async () => {
    // a - H - b, and H has 200 other neighbours.
    const edges: SearchEdge[] = [
      { rel: 'r1', type: 'T', start: 'a', end: 'H' },
      { rel: 'r2', type: 'T', start: 'b', end: 'H' },
    ];
    for (let i = 0; i < 200; i++) edges.push({ rel: `x${i}`, type: 'T', start: `f${i}`, end: 'H' });
    const kinds = new Map([
      ['a', 'F'],
      ['b', 'F'],
      ['H', 'C'],
      ...Array.from({ length: 200 }, (_, i) => [`f${i}`, 'F'] as [string, string]),
    ]);
    const g = new MemoryGraph(edges, kinds, false, new Set());
    const got = await searchShortestPath(g, [g.end('a', 0, 50), g.end('b', 1, 50)], {
      maxHops: 6,
      hubDegree: 50,
      expansionBudget: 1e9,
    });
    expect(got).toMatchObject({ kind: 'found', nodes: ['a', 'H', 'b'] });
    expect(g.reads).toBe(2);
    expect(g.steps).toBe(0);
  });

  it('joins two hubs through a common neighbour, and falls back when hubs are further apart', async () => {
    // a - H1 - m - H2 - b with H1 and H2 big.
    const edges: SearchEdge[] = [
      { rel: 'r1', type: 'T', start: 'a', end: 'H1' },
      { rel: 'r2', type: 'T', start: 'm', end: 'H1' },
      { rel: 'r3', type: 'T', start: 'm', end: 'H2' },
      { rel: 'r4', type: 'T', start: 'b', end: 'H2' },
    ];
    for (let i = 0; i < 100; i++) edges.push({ rel: `x${i}`, type: 'T', start: `f${i}`, end: i % 2 ? 'H1' : 'H2' });
    const kinds = new Map([
      ['a', 'F'],
      ['b', 'F'],
      ['m', 'F'],
      ['H1', 'C'],
      ['H2', 'C'],
      ...Array.from({ length: 100 }, (_, i) => [`f${i}`, 'F'] as [string, string]),
    ]);
    const g = new MemoryGraph(edges, kinds, false, new Set(), new Set(['C-C']));
    const got = await searchShortestPath(g, [g.end('a', 0, 20), g.end('b', 1, 20)], {
      maxHops: 6,
      hubDegree: 20,
      expansionBudget: 1e9,
    });
    expect(got).toMatchObject({ kind: 'found', nodes: ['a', 'H1', 'm', 'H2', 'b'] });
    const far = new MemoryGraph(edges, kinds, false, new Set(['m']), new Set(['C-C']));
    expect(
      await searchShortestPath(far, [far.end('a', 0, 20), far.end('b', 1, 20)], {
        maxHops: 6,
        hubDegree: 20,
        expansionBudget: 1e9,
      }),
    ).toMatchObject({ kind: 'fallback' });
    expect(
      await searchShortestPath(g, [g.end('a', 0, 20), g.end('b', 1, 20)], {
        maxHops: 3,
        hubDegree: 20,
        expansionBudget: 1e9,
      }),
    ).toEqual({ kind: 'none' });
  });
});
