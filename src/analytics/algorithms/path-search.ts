/**
 * Exact shortest path between two entities by a bidirectional breadth-first search that never
 * expands hubs (entities with more than `hubDegree` relationships of the searched types in either
 * direction, e.g. a country with every facility located in it).
 *
 * Both sides expand their frontier of small entities level by level (both at once when cheap,
 * else the cheaper side; the ends' first level comes with the ends);
 * hubs are reached and kept with their distance but not expanded. A path is found when an edge
 * joins the two sides (a hub reached from both sides is such a meeting). Paths whose first and
 * last hub differ are bounded from below by dA(H1) + k + dB(H2), k the hub-to-hub distance, which
 * is raised by checking adjacency (k = 1) and a common neighbour (k = 2) for the pairs that could
 * still beat the best path. The search stops when the best path found is no longer than the lower
 * bound of every path not found yet:
 *   all-small paths       lA + lB + 1
 *   one hub, unseen side  dA(H) + lB + 1  |  lA + 1 + dB(H)  |  lA + lB + 2
 *   two or more hubs      dA(H1) + k(H1, H2) + dB(H2), an undiscovered hub at l + 1
 * where l is the number of levels a side has expanded (infinite once nothing is left to expand)
 * and distances are over small intermediate entities. When an expansion would read more than the
 * budget, or a pair needs k >= 3, it answers `fallback` and the caller runs Cypher's shortestPath.
 */
export interface SearchEdge {
  /** Relationship element id. */
  rel: string;
  type: string;
  /** Stored direction: start and end entity ids. */
  start: string;
  end: string;
}

export interface SearchNode {
  id: string;
  kind: string;
  /** Relationships of the searched types, either direction: above `hubDegree`, a hub. */
  degree: number;
  /** Relationships an expansion along the side's direction reads. */
  cost: number;
}

export type Side = 0 | 1;

/** A relationship read from a side's frontier entity `from` to `node`. */
export interface Neighbor {
  from: string;
  node: SearchNode;
  edge: SearchEdge;
}

/** An end of the search, with its neighbours when it is small (the first level, read with it). */
export interface SearchEnd {
  node: SearchNode;
  neighbors?: Neighbor[];
}

export interface StepRequest {
  /** Frontiers to expand, along each side's direction (out of `a`'s side, into `b`'s when directed). */
  expand: Array<{ side: Side; nodes: readonly string[] }>;
  /** Pairs (h1 of a's side, h2 of b's) to check for a relationship h1 -> h2 (either way when undirected). */
  adjacent: ReadonlyArray<readonly [string, string]>;
}

export interface StepResult {
  /** Per expand request, the neighbours (never an avoided entity). */
  expanded: Neighbor[][];
  adjacent: Array<{ pair: readonly [string, string]; edge: SearchEdge }>;
}

export interface PathSearchGraph {
  /** Expansions and adjacency checks, all in one round trip. */
  step(request: StepRequest): Promise<StepResult>;
  /**
   * The first pair (in the given order) with an entity m, h1 -> m -> h2 (either way when
   * undirected), outside `avoid`; undefined when no pair has one. `smaller` says which end of
   * each pair has fewer relationships (where a scan should start).
   */
  commonNeighbor(
    pairs: ReadonlyArray<{ pair: readonly [string, string]; smaller: 0 | 1 }>,
  ): Promise<{ pair: readonly [string, string]; node: string; first: SearchEdge; second: SearchEdge } | undefined>;
  /** Whether entities of these kinds can be joined h1 -> h2 by a searched relationship type (the fixed schema). */
  canBeAdjacent(kind1: string, kind2: string): boolean;
}

export interface PathSearchOptions {
  maxHops: number;
  hubDegree: number;
  /** Most neighbour rows one expansion may read. */
  expansionBudget: number;
  /**
   * Hand over at once (`fallback`) when the ends' first levels have fewer relationships than this
   * in total: Cypher's in-engine search is then cheap and needs no further round trips.
   */
  handOverBelow?: number;
}

export type SearchResult =
  { kind: 'found'; nodes: string[]; edges: SearchEdge[] } | { kind: 'none' } | { kind: 'fallback'; reason: string };

interface Visit {
  dist: number;
  hub: boolean;
  kind: string;
  degree: number;
  cost: number;
  parent?: { node: string; edge: SearchEdge };
}

interface Candidate {
  length: number;
  build: () => { nodes: string[]; edges: SearchEdge[] };
}

export async function searchShortestPath(
  g: PathSearchGraph,
  ends: readonly [SearchEnd, SearchEnd],
  options: PathSearchOptions,
): Promise<SearchResult> {
  const s = new SearchState(g, ends, options);
  for (let round = 0; round < 64; round++) {
    const bound = s.lowerBound();
    if (s.best && s.best.length <= bound.value)
      return s.best.length <= options.maxHops ? { kind: 'found', ...s.best.build() } : { kind: 'none' };
    if (bound.value > options.maxHops) return { kind: 'none' };
    if (round === 0 && s.firstLevelDegree() < (options.handOverBelow ?? 0))
      return { kind: 'fallback', reason: 'no hubs near the ends' };
    const cheap = s.expansions(options.expansionBudget / 4);
    if (bound.pairs.length && bound.k === 1) {
      // Adjacency checks are cheap; the cheap expansions ride along in the same round trip.
      await s.step(cheap, bound.pairs);
    } else if (bound.pairs.length && !(bound.others <= bound.value && cheap.length)) {
      // A scan for common neighbours of hubs can be long: only when no cheap expansion could
      // find a path as short as the bound.
      if (bound.k >= 3) return { kind: 'fallback', reason: 'hubs more than two steps apart' };
      await s.common(bound.pairs);
    } else {
      const sides = cheap.length ? cheap : s.expansions(options.expansionBudget);
      if (!sides.length) return { kind: 'fallback', reason: 'expansion over budget' };
      await s.step(sides, []);
    }
  }
  return { kind: 'fallback', reason: 'too many rounds' };
}

class SearchState {
  readonly visited: [Map<string, Visit>, Map<string, Visit>] = [new Map<string, Visit>(), new Map<string, Visit>()];
  frontier: [string[], string[]] = [[], []];
  readonly level: [number, number] = [0, 0];
  /** Known lower bound of the hub-to-hub distance per pair `h1\u0000h2`. */
  private readonly hubDistance = new Map<string, number>();
  best: Candidate | undefined;

  constructor(
    private readonly g: PathSearchGraph,
    ends: readonly [SearchEnd, SearchEnd],
    private readonly options: PathSearchOptions,
  ) {
    ends.forEach(({ node: root }, side) => {
      const hub = root.degree > options.hubDegree;
      this.visited[side].set(root.id, { dist: 0, hub, kind: root.kind, degree: root.degree, cost: root.cost });
      this.frontier[side] = hub ? [] : [root.id];
    });
    ends.forEach(({ node, neighbors }, side) => {
      if (neighbors && node.degree <= options.hubDegree) this.absorb(side as Side, neighbors);
    });
  }

  /** Levels a side has fully expanded; infinite when its frontier is exhausted. */
  private levels(side: Side): number {
    return this.frontier[side].length ? this.level[side] : Infinity;
  }

  cost(side: Side): number {
    return this.frontier[side].reduce((sum, id) => sum + this.visited[side].get(id)!.cost, 0);
  }

  /** Relationships of the entities one step from the ends (an end itself when it is a hub), the larger side. */
  firstLevelDegree(): number {
    const side = (x: Side) =>
      [...this.visited[x].values()]
        .filter((v) => v.dist === 1 || (v.dist === 0 && v.hub))
        .reduce((sum, v) => sum + v.degree, 0);
    return Math.max(side(0), side(1));
  }

  /** Both frontiers when together they cost at most `budget`, else the cheaper one if it does, else none. */
  expansions(budget: number): Side[] {
    const open = ([0, 1] as Side[])
      .filter((side) => this.frontier[side].length)
      .sort((x, y) => this.cost(x) - this.cost(y));
    if (open.length === 2 && this.cost(0) + this.cost(1) <= budget) return open;
    return open.length && this.cost(open[0]) <= budget ? [open[0]] : [];
  }

  /** The lower bound; when pairs of hubs set it, those pairs, their k and the bound of every other path. */
  lowerBound(): { value: number; pairs: Array<readonly [string, string]>; k: number; others: number } {
    const [lA, lB] = [this.levels(0), this.levels(1)];
    const hubs = ([0, 1] as Side[]).map((side) => [...this.visited[side]].filter(([, v]) => v.hub));
    const only = (side: Side) => hubs[side].filter(([id]) => !this.visited[1 - side].has(id)).map(([, v]) => v.dist);
    const nearest = (side: Side) => Math.min(...hubs[side].map(([, v]) => v.dist));
    // Paths through a hub not discovered by one side yet (at l + 1 or further from it).
    const value = Math.min(
      lA + lB + 1,
      Math.min(...only(0)) + lB + 1,
      lA + 1 + Math.min(...only(1)),
      lA + lB + 2,
      lA + 1 + 1 + Math.min(lB + 1, nearest(1)),
      Math.min(lA + 1, nearest(0)) + 1 + lB + 1,
    );
    // Paths from a hub discovered by a's side to another discovered by b's side.
    const pairs: Array<{ pair: readonly [string, string]; bound: number; k: number }> = [];
    for (const [h1, v1] of hubs[0]) {
      for (const [h2, v2] of hubs[1]) {
        if (h1 === h2) continue;
        const k = this.hubDistance.get(`${h1}\u0000${h2}`) ?? (this.g.canBeAdjacent(v1.kind, v2.kind) ? 1 : 2);
        pairs.push({ pair: [h1, h2], bound: v1.dist + k + v2.dist, k });
      }
    }
    const pairValue = Math.min(...pairs.map((p) => p.bound));
    if (pairValue > value || pairValue >= (this.best?.length ?? Infinity))
      return { value, pairs: [], k: 0, others: value };
    const binding = pairs.filter((p) => p.bound === pairValue);
    const k = Math.min(...binding.map((p) => p.k));
    return { value: pairValue, pairs: binding.filter((p) => p.k === k).map((p) => p.pair), k, others: value };
  }

  private key(pair: readonly [string, string]): string {
    return `${pair[0]}\u0000${pair[1]}`;
  }

  private through(pair: readonly [string, string], k: number): number {
    return this.visited[0].get(pair[0])!.dist + k + this.visited[1].get(pair[1])!.dist;
  }

  /** Expands the sides and checks the hub pairs for adjacency, in one round trip. */
  async step(sides: Side[], pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
    const result = await this.g.step({
      expand: sides.map((side) => ({ side, nodes: this.frontier[side] })),
      adjacent: pairs,
    });
    sides.forEach((side, i) => this.absorb(side, result.expanded[i]));
    const found = new Set<string>();
    for (const { pair, edge } of result.adjacent) {
      found.add(this.key(pair));
      this.offer(this.through(pair, 1), () => this.join(pair[0], [edge], [], pair[1]));
    }
    for (const pair of pairs) this.hubDistance.set(this.key(pair), found.has(this.key(pair)) ? 1 : 2);
  }

  /** Looks for a common neighbour of the pairs, cheapest scans first; one hit meets the bound. */
  async common(pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
    const degree = (side: Side, id: string) => this.visited[side].get(id)!.degree;
    const scan = (pair: readonly [string, string]) => Math.min(degree(0, pair[0]), degree(1, pair[1]));
    const ordered = [...pairs]
      .sort((x, y) => scan(x) - scan(y))
      .map((pair) => {
        const smaller: Side = degree(0, pair[0]) <= degree(1, pair[1]) ? 0 : 1;
        return { pair, smaller };
      });
    const hit = await this.g.commonNeighbor(ordered);
    if (hit) {
      this.hubDistance.set(this.key(hit.pair), 2);
      this.offer(this.through(hit.pair, 2), () =>
        this.join(hit.pair[0], [hit.first, hit.second], [hit.node], hit.pair[1]),
      );
    } else {
      for (const pair of pairs) this.hubDistance.set(this.key(pair), 3);
    }
  }

  /** One level of a side: meetings with the other side, then the newly reached entities. */
  private absorb(side: Side, rows: readonly Neighbor[]): void {
    const other = (1 - side) as Side;
    const next: string[] = [];
    const dist = this.level[side] + 1;
    for (const { from, node, edge } of rows) {
      const seen = this.visited[other].get(node.id);
      if (seen) {
        const length = dist + seen.dist;
        this.offer(length, () =>
          side === 0 ? this.join(from, [edge], [], node.id) : this.join(node.id, [edge], [], from),
        );
      }
      if (this.visited[side].has(node.id)) continue;
      const hub = node.degree > this.options.hubDegree;
      this.visited[side].set(node.id, {
        dist,
        hub,
        kind: node.kind,
        degree: node.degree,
        cost: node.cost,
        parent: { node: from, edge },
      });
      if (!hub) next.push(node.id);
    }
    this.frontier[side] = next;
    this.level[side] = dist;
  }

  private offer(length: number, build: Candidate['build']): void {
    if (!this.best || length < this.best.length) this.best = { length, build };
  }

  /** The path root(a) .. x, then `middle` edges through `via` nodes, then y .. root(b). */
  private join(x: string, middle: SearchEdge[], via: string[], y: string): { nodes: string[]; edges: SearchEdge[] } {
    const chain = (side: Side, from: string) => {
      const nodes = [from];
      const edges: SearchEdge[] = [];
      for (let v = this.visited[side].get(from)!; v.parent; v = this.visited[side].get(v.parent.node)!) {
        edges.push(v.parent.edge);
        nodes.push(v.parent.node);
      }
      return { nodes, edges };
    };
    const left = chain(0, x);
    const right = chain(1, y);
    return {
      nodes: [...left.nodes.reverse(), ...via, ...right.nodes],
      edges: [...left.edges.reverse(), ...middle, ...right.edges],
    };
  }
}
