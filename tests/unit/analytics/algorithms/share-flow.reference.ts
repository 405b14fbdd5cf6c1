import { badInput } from '../../../../src/errors';
import { type MineralGraph } from '../../../../src/analytics/algorithms/mineral-graph';
import { type SupplyLink, weighInbound } from '../../../../src/analytics/algorithms/network';
import {
  addJoined,
  addMix,
  addStep,
  emptyMix,
  ENDS_UNMODELLED,
  type Mix,
  mixTotal,
  unitMix,
  WEIGHT_EQUAL_SPLIT,
  WEIGHT_FROM_VOLUME,
} from '../../../../src/analytics/algorithms/route-mix';

/**
 * The previous route programme (string-keyed route states in Maps, recursive memo), kept only as an
 * oracle: share-flow.test.ts checks the condensed programme of src/analytics/algorithms/share-flow.ts
 * against it on random networks with loops and depth limits.
 *
 * The route programme shared by every share computation.
 *
 * A route runs upstream from a target facility along the links of one mineral. On a route:
 * - a link whose supplier is already on the route would close a cycle: it is ignored, as if it
 *   did not exist for this route (the customer's weights are taken over its other inbound links);
 * - the route ends at a SOURCE (no inbound link of the mineral), at a CYCLE end (every inbound
 *   link closes a cycle on this route) or at DEPTH_LIMIT (maxDepth links from the target while
 *   links go on upstream). Every route end passes on 1.
 * The share of an end in the target's supply is the sum over the routes ending there of the
 * product of the link weights; the shares of all ends add up to 1.
 *
 * Routes are never enumerated. The state of a route at a facility is (facility, remaining depth,
 * facilities of the route inside the facility's strongly connected component): only facilities of
 * the same component can be upstream of a facility and on its route at once, so the future of a
 * route depends on nothing else. Remaining depth is capped at the facility's route height, so it
 * only splits states where the bound can bind. The state space is a DAG (remaining depth falls at
 * every step) over which shares are pushed (`routeFlow`) or pulled (`RetainedShares`). Outside
 * recycling loops there is one state per facility and depth class; inside a loop of k facilities
 * at most 2^k route sets, bounded by `maxStates`.
 */
export enum RouteEnd {
  SOURCE = 'SOURCE',
  CYCLE = 'CYCLE',
  DEPTH_LIMIT = 'DEPTH_LIMIT',
  /** The unmodelled part of a facility's consumption (a pseudo-source at that facility). */
  UNMODELLED = 'UNMODELLED',
}

/** Route states one analysis may create (memory stays in the tens of MB). */
export const DEFAULT_MAX_STATES = 500_000;

export interface RouteOptions {
  maxDepth: number;
  maxStates?: number;
}

interface State {
  node: number;
  remaining: number;
  /** Sorted facilities of the route in the node's component (empty outside cyclic components). */
  onRoute: readonly number[];
}

const NONE: readonly number[] = [];

function stateKey(s: State): string {
  return s.onRoute.length ? `${s.node}:${s.remaining}:${s.onRoute.join(',')}` : `${s.node}:${s.remaining}`;
}

function startState(g: MineralGraph, node: number, maxDepth: number): State {
  return { node, remaining: Math.min(maxDepth, g.height[node]), onRoute: g.cyclic[g.scc[node]] ? [node] : NONE };
}

interface Step {
  node: number;
  weight: number;
  linkIndex: number;
  /** Route-class bits the link adds (see route-mix.ts) and its confidence rank. */
  flags: number;
  confidence: number;
}

/** The end kind of a state, or its weighted steps upstream (zero weights dropped). */
function expand(g: MineralGraph, s: State): RouteEnd | Step[] {
  const v = s.node;
  if (!g.expanded[v]) return RouteEnd.DEPTH_LIMIT;
  const inbound = g.inbound[v];
  if (inbound.length === 0) return RouteEnd.SOURCE;
  const considered: number[] = [];
  for (let i = 0; i < inbound.length; i++) {
    const u = inbound[i].from;
    if (u !== v && !(s.onRoute.length && s.onRoute.includes(u))) considered.push(i);
  }
  if (considered.length === 0) return RouteEnd.CYCLE;
  if (s.remaining === 0) return RouteEnd.DEPTH_LIMIT;
  const { weights, byVolume } = weighInbound(considered.map((i) => inbound[i].volume));
  const basis = byVolume ? WEIGHT_FROM_VOLUME : WEIGHT_EQUAL_SPLIT;
  const steps: Step[] = [];
  considered.forEach((i, k) => {
    if (weights[k] <= 0) return;
    const e = inbound[i];
    const flags = basis | (g.unmodelledAt[e.from] >= 0 ? ENDS_UNMODELLED : 0);
    steps.push({ node: e.from, weight: weights[k], linkIndex: i, flags, confidence: e.confidence });
  });
  return steps;
}

function child(g: MineralGraph, s: State, u: number): State {
  const remaining = Math.min(s.remaining - 1, g.height[u]);
  const cu = g.scc[u];
  if (!g.cyclic[cu]) return { node: u, remaining, onRoute: NONE };
  if (cu !== g.scc[s.node]) return { node: u, remaining, onRoute: [u] };
  const onRoute = [...s.onRoute, u].sort((a, b) => a - b);
  return { node: u, remaining, onRoute };
}

function tooLarge(maxStates: number): Error {
  return badInput(
    `The supply network within maxDepth has more than ${maxStates} route states; lower maxDepth or name a mineral`,
    [{ path: 'maxDepth', message: 'too many route states' }],
    { limit: 'routeStates', max: maxStates },
  );
}

export interface EndShare {
  node: string;
  end: RouteEnd;
  share: number;
  /** The share by route class (basis, weakest confidence; see route-mix.ts). */
  mix: Mix;
  /** Fewest links from the target to this end over the routes. */
  depth: number;
  /** For an UNMODELLED pseudo-source: the facility whose unmodelled supply it is. */
  unmodelledAt?: string;
}

export interface ThroughShare {
  share: number;
  /** The whole routes (source to target) through the facility, by class. */
  mix: Mix;
  depth: number;
}

export interface FlowResult {
  /** Route ends with their share of the target's supply (they add up to 1). */
  ends: EndShare[];
  /**
   * Per facility other than the ends of routes: the share of the target's supply that passes
   * through it (the target itself passes 1), and its fewest links from the target.
   */
  through: Map<string, ThroughShare>;
  /** Share of the target's supply carried by each link (UNMODELLED pseudo-links included). */
  links: Map<SupplyLink, number>;
  states: number;
}

interface Visited {
  state: State;
  key: string;
  down: Mix;
  depth: number;
  out: RouteEnd | Step[];
  childKeys: string[];
}

/**
 * Pushes the target's supply (1) upstream over the route states in order of falling remaining
 * depth, so every state is complete before it is expanded. The flow into a state is kept by route
 * class (`down`); once every state is known, what a state passes on to the ends (`up`, also by
 * class) is pulled in the reverse order, so a facility's through share is classed over whole routes.
 */
export function routeFlow(g: MineralGraph, target: string, options: RouteOptions): FlowResult {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const t = g.index.get(target);
  const result: FlowResult = { ends: [], through: new Map(), links: new Map(), states: 0 };
  if (t === undefined) return result;
  const levels: Array<Map<string, { state: State; down: Mix; depth: number }>> = Array.from(
    { length: options.maxDepth + 1 },
    () => new Map<string, { state: State; down: Mix; depth: number }>(),
  );
  const start = startState(g, t, options.maxDepth);
  levels[start.remaining].set(stateKey(start), { state: start, down: unitMix(), depth: 0 });
  const ends = new Map<string, EndShare>();
  const visited: Visited[] = [];
  let states = 1;
  for (let r = options.maxDepth; r >= 0; r--) {
    for (const [key, { state, down, depth }] of levels[r]) {
      const id = g.ids[state.node];
      const out = expand(g, state);
      const v: Visited = { state, key, down, depth, out, childKeys: [] };
      visited.push(v);
      if (!Array.isArray(out)) {
        const pseudoOf = g.unmodelledAt[state.node];
        const end = pseudoOf >= 0 ? RouteEnd.UNMODELLED : out;
        const endKey = `${id}|${end}`;
        const e = ends.get(endKey);
        if (e) {
          addMix(e.mix, down);
          e.depth = Math.min(e.depth, depth);
        } else {
          const mix = emptyMix();
          addMix(mix, down);
          ends.set(endKey, {
            node: id,
            end,
            share: 0,
            mix,
            depth,
            ...(pseudoOf >= 0 ? { unmodelledAt: g.ids[pseudoOf] } : {}),
          });
        }
        continue;
      }
      const flow = mixTotal(down);
      for (const step of out) {
        const next = child(g, state, step.node);
        const nextKey = stateKey(next);
        v.childKeys.push(nextKey);
        const existing = levels[next.remaining].get(nextKey);
        let into: Mix;
        if (existing) {
          into = existing.down;
          existing.depth = Math.min(existing.depth, depth + 1);
        } else {
          if (++states > maxStates) throw tooLarge(maxStates);
          into = emptyMix();
          levels[next.remaining].set(nextKey, { state: next, down: into, depth: depth + 1 });
        }
        addStep(into, down, step.weight, step.flags, step.confidence);
        const link = g.inbound[state.node][step.linkIndex].link;
        result.links.set(link, (result.links.get(link) ?? 0) + flow * step.weight);
      }
    }
    levels[r].clear();
  }
  // What each state passes on, by class: children were visited after their parents.
  const up = new Map<string, Mix>();
  for (let i = visited.length - 1; i >= 0; i--) {
    const v = visited[i];
    if (!Array.isArray(v.out)) {
      up.set(v.key, unitMix());
      continue;
    }
    const mine = emptyMix();
    v.out.forEach((step, k) => addStep(mine, up.get(v.childKeys[k])!, step.weight, step.flags, step.confidence));
    up.set(v.key, mine);
    const id = g.ids[v.state.node];
    let th = result.through.get(id);
    if (!th) result.through.set(id, (th = { share: 0, mix: emptyMix(), depth: v.depth }));
    th.depth = Math.min(th.depth, v.depth);
    addJoined(th.mix, v.down, mine);
  }
  for (const th of result.through.values()) th.share = mixTotal(th.mix);
  for (const e of ends.values()) e.share = mixTotal(e.mix);
  result.ends = [...ends.values()];
  result.states = states;
  return result;
}

export interface Retained {
  /** Share of the target's supply still reaching it (original weights, no renormalisation). */
  share: number;
  /** The retained share by route class (basis, weakest confidence, UNMODELLED ends). */
  mix: Mix;
  /** Bit i set: the i-th removal reason lies on a route of positive weight (first removed facility on it). */
  hits: bigint;
}

const FULL_MIX = unitMix();
const FULL: Retained = { share: 1, mix: FULL_MIX, hits: 0n };
const NOTHING = emptyMix();

/**
 * Retained shares after removals, memoised across targets (one instance per mineral and removal
 * set): removed facilities pass on nothing, route ends pass on 1, every other facility passes on
 * the weighted sum of what reaches it.
 */
export class RetainedShares {
  private readonly memo = new Map<string, Retained>();
  private readonly maxStates: number;

  /** `removed(i)` gives the removal reasons of facility i as a bit set (0n: not removed). */
  constructor(
    private readonly g: MineralGraph,
    private readonly removed: (node: number) => bigint,
    private readonly options: RouteOptions,
  ) {
    this.maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  }

  of(target: string): Retained {
    const t = this.g.index.get(target);
    if (t === undefined) return FULL;
    return this.value(startState(this.g, t, this.options.maxDepth));
  }

  private value(s: State): Retained {
    const reasons = this.removed(s.node);
    if (reasons) return { share: 0, mix: NOTHING, hits: reasons };
    const key = stateKey(s);
    const known = this.memo.get(key);
    if (known) return known;
    const out = expand(this.g, s);
    let result = FULL;
    if (Array.isArray(out)) {
      const mix = emptyMix();
      let hits = 0n;
      for (const step of out) {
        const v = this.value(child(this.g, s, step.node));
        addStep(mix, v.mix, step.weight, step.flags, step.confidence);
        hits |= v.hits;
      }
      result = { share: mixTotal(mix), mix, hits };
    }
    if (this.memo.size >= this.maxStates) throw tooLarge(this.maxStates);
    this.memo.set(key, result);
    return result;
  }
}
