import { badInput } from '../../errors';
import { type MineralGraph } from './mineral-graph';
import { type SupplyLink, weighInbound } from './network';
import {
  addJoined,
  addMix,
  addStep,
  emptyMix,
  ENDS_UNMODELLED,
  type Mix,
  mixTotal,
  MIX_SIZE,
  unitMix,
  WEIGHT_EQUAL_SPLIT,
  WEIGHT_FROM_VOLUME,
} from './route-mix';

/**
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
 * Routes are never enumerated, and outside recycling loops they are not even told apart. The graph
 * is condensed into its strongly connected components (mineral-graph.ts): a link can close a cycle
 * only inside a cyclic component, so the state of a route at a facility is
 * - outside cyclic components: (facility, remaining depth), numbered densely - one slot per
 *   facility and depth class, and remaining depth is capped at the facility's route height, so a
 *   facility has one state unless maxDepth binds below it;
 * - inside a cyclic component: (facility, remaining depth, the facilities of the route inside the
 *   component), the only place where the route itself matters (at most 2^k sets in a loop of k).
 * Remaining depth falls at every step, so the states form a DAG, the condensed DAG unrolled over
 * the depth classes; shares are pushed over it in order of falling remaining depth (`routeFlow`)
 * or pulled in topological order with an explicit stack (`RetainedShares`). Every state keeps its
 * share by route class in one pooled Float64Array (`route-mix.ts`); the number of states is
 * bounded by `maxStates` (BAD_USER_INPUT past it), so memory is too (about 200 bytes a state).
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

const NONE: readonly number[] = [];

function tooLarge(maxStates: number): Error {
  return badInput(
    `The supply network within maxDepth has more than ${maxStates} route states; lower maxDepth or name a mineral`,
    [{ path: 'maxDepth', message: 'too many route states' }],
    { limit: 'routeStates', max: maxStates },
  );
}

/** A sorted copy of `xs` with `x` added. */
function withMember(xs: readonly number[], x: number): number[] {
  const out: number[] = [];
  let placed = false;
  for (const y of xs) {
    if (!placed && x < y) {
      out.push(x);
      placed = true;
    }
    out.push(y);
  }
  if (!placed) out.push(x);
  return out;
}

/**
 * The route states of one run, numbered 0, 1, ... in order of creation: plain states (outside
 * cyclic components) through a dense (facility, remaining depth) table, looped states through their
 * route set inside the component.
 */
class RouteStates {
  readonly node: number[] = [];
  readonly remaining: number[] = [];
  /** Sorted facilities of the route in the node's component (empty outside cyclic components). */
  readonly onRoute: Array<readonly number[]> = [];
  private readonly classes: number;
  /** facility * classes + remaining -> state + 1 (0: not created yet). */
  private readonly plain: Int32Array;
  private readonly looped = new Map<string, number>();

  constructor(
    private readonly g: MineralGraph,
    private readonly maxDepth: number,
    private readonly maxStates: number,
  ) {
    this.classes = maxDepth + 1;
    this.plain = new Int32Array(g.ids.length * this.classes);
  }

  get size(): number {
    return this.node.length;
  }

  start(v: number): number {
    const g = this.g;
    return this.state(v, Math.min(this.maxDepth, g.height[v]), g.cyclic[g.scc[v]] ? [v] : NONE);
  }

  /** The state a route in state `s` reaches by the step to supplier `u`. */
  child(s: number, u: number): number {
    const g = this.g;
    const remaining = Math.min(this.remaining[s] - 1, g.height[u]);
    const cu = g.scc[u];
    if (!g.cyclic[cu]) return this.state(u, remaining, NONE);
    if (cu !== g.scc[this.node[s]]) return this.state(u, remaining, [u]);
    return this.state(u, remaining, withMember(this.onRoute[s], u));
  }

  private state(v: number, remaining: number, onRoute: readonly number[]): number {
    if (onRoute.length === 0) {
      const slot = v * this.classes + remaining;
      const known = this.plain[slot];
      if (known) return known - 1;
      const id = this.add(v, remaining, onRoute);
      this.plain[slot] = id + 1;
      return id;
    }
    const key = `${v}:${remaining}:${onRoute.join(',')}`;
    const known = this.looped.get(key);
    if (known !== undefined) return known;
    const id = this.add(v, remaining, onRoute);
    this.looped.set(key, id);
    return id;
  }

  private add(v: number, remaining: number, onRoute: readonly number[]): number {
    const id = this.node.length;
    if (id >= this.maxStates) throw tooLarge(this.maxStates);
    this.node.push(v);
    this.remaining.push(remaining);
    this.onRoute.push(onRoute);
    return id;
  }
}

/** One mix (MIX_SIZE numbers) per state, in one growing array: state s at s * MIX_SIZE. */
class MixPool {
  data: Float64Array;

  constructor(states = 64) {
    this.data = new Float64Array(Math.max(1, states) * MIX_SIZE);
  }

  ensure(states: number): void {
    const need = states * MIX_SIZE;
    if (need <= this.data.length) return;
    let size = this.data.length;
    while (size < need) size *= 2;
    const grown = new Float64Array(size);
    grown.set(this.data);
    this.data = grown;
  }
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
function expand(g: MineralGraph, v: number, remaining: number, onRoute: readonly number[]): RouteEnd | Step[] {
  if (!g.expanded[v]) return RouteEnd.DEPTH_LIMIT;
  const inbound = g.inbound[v];
  if (inbound.length === 0) return RouteEnd.SOURCE;
  const considered: number[] = [];
  for (let i = 0; i < inbound.length; i++) {
    const u = inbound[i].from;
    if (u !== v && !(onRoute.length && onRoute.includes(u))) considered.push(i);
  }
  if (considered.length === 0) return RouteEnd.CYCLE;
  if (remaining === 0) return RouteEnd.DEPTH_LIMIT;
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

/**
 * Pushes the target's supply (1) upstream over the route states in order of falling remaining
 * depth, so every state is complete before it is expanded. The flow into a state is kept by route
 * class (`down`); once every state is known, what a state passes on to the ends (`up`, also by
 * class) is pulled in the reverse order, so a facility's through share is classed over whole routes.
 */
export function routeFlow(g: MineralGraph, target: string, options: RouteOptions): FlowResult {
  const result: FlowResult = { ends: [], through: new Map(), links: new Map(), states: 0 };
  const t = g.index.get(target);
  if (t === undefined) return result;
  const states = new RouteStates(g, options.maxDepth, options.maxStates ?? DEFAULT_MAX_STATES);
  const down = new MixPool();
  const depth: number[] = [];
  const levels: number[][] = Array.from({ length: options.maxDepth + 1 }, () => []);
  const start = states.start(t);
  down.data[0] = 1; // the route of no links (see unitMix)
  depth[start] = 0;
  levels[states.remaining[start]].push(start);
  const ends = new Map<string, EndShare>();
  const order: number[] = [];
  const outs: Array<RouteEnd | Step[]> = [];
  const children: number[][] = [];
  for (let r = options.maxDepth; r >= 0; r--) {
    for (const s of levels[r]) {
      const v = states.node[s];
      const out = expand(g, v, r, states.onRoute[s]);
      order.push(s);
      outs[s] = out;
      const at = s * MIX_SIZE;
      if (!Array.isArray(out)) {
        const pseudoOf = g.unmodelledAt[v];
        const end = pseudoOf >= 0 ? RouteEnd.UNMODELLED : out;
        const endKey = `${g.ids[v]}|${end}`;
        let e = ends.get(endKey);
        if (!e) {
          e = {
            node: g.ids[v],
            end,
            share: 0,
            mix: emptyMix(),
            depth: depth[s],
            ...(pseudoOf >= 0 ? { unmodelledAt: g.ids[pseudoOf] } : {}),
          };
          ends.set(endKey, e);
        }
        addMix(e.mix, down.data, 1, 0, at);
        e.depth = Math.min(e.depth, depth[s]);
        continue;
      }
      const flow = mixTotal(down.data, at);
      const mine: number[] = [];
      for (const step of out) {
        const known = states.size;
        const c = states.child(s, step.node);
        if (c === known) {
          down.ensure(states.size);
          depth[c] = depth[s] + 1;
          levels[states.remaining[c]].push(c);
        } else depth[c] = Math.min(depth[c], depth[s] + 1);
        mine.push(c);
        addStep(down.data, down.data, step.weight, step.flags, step.confidence, c * MIX_SIZE, at);
        const link = g.inbound[v][step.linkIndex].link;
        result.links.set(link, (result.links.get(link) ?? 0) + flow * step.weight);
      }
      children[s] = mine;
    }
    levels[r] = [];
  }
  // What each state passes on, by class: children were visited after their parents.
  const up = new MixPool(states.size);
  for (let i = order.length - 1; i >= 0; i--) {
    const s = order[i];
    const out = outs[s];
    const at = s * MIX_SIZE;
    if (!Array.isArray(out)) {
      up.data[at] = 1;
      continue;
    }
    out.forEach((step, k) =>
      addStep(up.data, up.data, step.weight, step.flags, step.confidence, at, children[s][k] * MIX_SIZE),
    );
    const id = g.ids[states.node[s]];
    let th = result.through.get(id);
    if (!th) result.through.set(id, (th = { share: 0, mix: emptyMix(), depth: depth[s] }));
    th.depth = Math.min(th.depth, depth[s]);
    addJoined(th.mix, down.data, up.data, at, at);
  }
  for (const th of result.through.values()) th.share = mixTotal(th.mix);
  for (const e of ends.values()) e.share = mixTotal(e.mix);
  result.ends = [...ends.values()];
  result.states = states.size;
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

const FULL: Retained = { share: 1, mix: unitMix(), hits: 0n };
const NOTHING = emptyMix();

interface Frame {
  state: number;
  /** A route end: it passes on 1. */
  end: boolean;
  steps: Step[];
  /** Per step: the supplier's state, or -1 when the supplier is removed. */
  children: number[];
  /** Per step: the supplier's removal reasons (0n: not removed). */
  reasons: bigint[];
  next: number;
}

/**
 * Retained shares after removals, shared across targets (one instance per mineral and removal set):
 * removed facilities pass on nothing, route ends pass on 1, every other facility passes on the
 * weighted sum of what reaches it. Each state is evaluated once, after its suppliers' states (a
 * depth-first walk with an explicit stack: a topological order of the states reached).
 */
export class RetainedShares {
  private readonly states: RouteStates;
  private readonly mixes = new MixPool();
  private readonly hits: bigint[] = [];
  private readonly done: boolean[] = [];

  /** `removed(i)` gives the removal reasons of facility i as a bit set (0n: not removed). */
  constructor(
    private readonly g: MineralGraph,
    private readonly removed: (node: number) => bigint,
    options: RouteOptions,
  ) {
    this.states = new RouteStates(g, options.maxDepth, options.maxStates ?? DEFAULT_MAX_STATES);
  }

  /** Route states created so far. */
  get size(): number {
    return this.states.size;
  }

  of(target: string): Retained {
    const t = this.g.index.get(target);
    if (t === undefined) return FULL;
    const reasons = this.removed(t);
    if (reasons) return { share: 0, mix: NOTHING, hits: reasons };
    const s = this.states.start(t);
    if (!this.done[s]) this.evaluate(s);
    const at = s * MIX_SIZE;
    const mix = this.mixes.data.slice(at, at + MIX_SIZE);
    return { share: mixTotal(mix), mix, hits: this.hits[s] };
  }

  private evaluate(root: number): void {
    const states = this.states;
    const stack: Frame[] = [this.frame(root)];
    while (stack.length) {
      const f = stack[stack.length - 1];
      let descended = false;
      while (f.next < f.steps.length) {
        const k = f.next++;
        const u = f.steps[k].node;
        const reasons = this.removed(u);
        f.reasons.push(reasons);
        if (reasons) {
          f.children.push(-1);
          continue;
        }
        const c = states.child(f.state, u);
        f.children.push(c);
        if (!this.done[c]) {
          stack.push(this.frame(c));
          descended = true;
          break;
        }
      }
      if (descended) continue;
      stack.pop();
      this.mixes.ensure(states.size);
      const data = this.mixes.data;
      const at = f.state * MIX_SIZE;
      let hits = 0n;
      if (f.end) data[at] = 1; // see unitMix
      f.steps.forEach((step, k) => {
        const c = f.children[k];
        if (c < 0) hits |= f.reasons[k];
        else {
          addStep(data, data, step.weight, step.flags, step.confidence, at, c * MIX_SIZE);
          hits |= this.hits[c];
        }
      });
      this.hits[f.state] = hits;
      this.done[f.state] = true;
    }
  }

  private frame(s: number): Frame {
    const states = this.states;
    const out = expand(this.g, states.node[s], states.remaining[s], states.onRoute[s]);
    const end = !Array.isArray(out);
    return { state: s, end, steps: end ? [] : out, children: [], reasons: [], next: 0 };
  }
}
