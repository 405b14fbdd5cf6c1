import { Confidence, confidenceRank } from '../../domain/evidence';
import { type Consumption, type SupplyLink, type SupplyNetwork, usableVolume } from './network';

/**
 * The network of one mineral (only links tagged with it), indexed for the route programmes:
 * facilities as integers, inbound links per facility, strongly connected components (the only
 * places where a route can close a cycle) and an upper bound on the length of the routes
 * upstream of each facility (so the depth bound is only tracked where it can bind).
 */
export interface MineralGraph {
  mineral: string;
  ids: string[];
  index: ReadonlyMap<string, number>;
  /** Per facility: its inbound links of this mineral (from = facility index). */
  inbound: ReadonlyArray<ReadonlyArray<InboundLink>>;
  /** Per facility: the facilities it supplies with this mineral. */
  outbound: ReadonlyArray<ReadonlyArray<number>>;
  /** Per facility: whether all its inbound links are loaded (see SupplyNetwork.expanded). */
  expanded: Uint8Array;
  /** Per facility: its strongly connected component. */
  scc: Int32Array;
  /** Per component: true when routes can close a cycle inside it (several facilities, or a self-loop). */
  cyclic: Uint8Array;
  /** Per facility: no simple route upstream of it has more links than this. */
  height: Int32Array;
  /**
   * Per node: -1 for a facility; for an UNMODELLED pseudo-source, the index of the facility whose
   * unmodelled supply it stands for.
   */
  unmodelledAt: Int32Array;
}

export interface InboundLink {
  from: number;
  volume: number | null;
  /** Rank of the link's confidence (0 CONFIRMED .. 2 INFERRED; missing counts as INFERRED). */
  confidence: number;
  link: SupplyLink;
}

/** Id of the UNMODELLED pseudo-source at a facility (never a valid entity id). */
export function unmodelledId(facility: string): string {
  return `\u0000UNMODELLED ${facility}`;
}

/** Same unit: trimmed, case-insensitive; a missing unit matches only a missing unit. */
function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}

/**
 * Whether a facility's inbound volumes may be summed: all in one unit and, when the facility states
 * a CONSUMES volume of the mineral, in that volume's unit.
 */
function comparableVolumes(inbound: readonly InboundLink[], use: Consumption | undefined): boolean {
  const units = inbound.filter((e) => e.volume !== null).map((e) => e.link.unit);
  if (units.some((u) => !sameUnit(u, units[0]))) return false;
  const consumed = use ? usableVolume(use.volume) : null;
  return consumed === null || units.length === 0 || sameUnit(units[0], use!.unit);
}

/**
 * The volume of a facility's unmodelled supply: what its CONSUMES volume leaves over the sum of its
 * inbound volumes, when every inbound link has a volume in the CONSUMES unit; null otherwise.
 */
export function unmodelledVolume(inbound: readonly InboundLink[], use: Consumption | undefined): number | null {
  if (!use || inbound.length === 0) return null;
  const consumed = usableVolume(use.volume);
  if (consumed === null || consumed <= 0) return null;
  let sum = 0;
  for (const e of inbound) {
    if (e.volume === null || !sameUnit(e.link.unit, use.unit)) return null;
    sum += e.volume;
  }
  return sum < consumed ? consumed - sum : null;
}

/**
 * `linkedOnly`: index only the facilities on a link of the mineral (what impact needs: its
 * candidates are reached over links), not every facility of the network - per mineral, on a
 * network of a whole country, most facilities carry other minerals.
 */
export function mineralGraph(
  net: SupplyNetwork,
  mineral: string,
  options: { linkedOnly?: boolean } = {},
): MineralGraph {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const add = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
    }
    return i;
  };
  if (!options.linkedOnly) for (const id of net.facilities.keys()) add(id);
  const links = net.links.filter((l) => l.minerals.includes(mineral));
  for (const l of links) {
    add(l.from);
    add(l.to);
  }
  const inbound: InboundLink[][] = ids.map(() => []);
  const outbound: number[][] = ids.map(() => []);
  for (const l of links) {
    const from = index.get(l.from)!;
    const to = index.get(l.to)!;
    inbound[to].push({ from, volume: usableVolume(l.volume), confidence: rankOf(l.confidence), link: l });
    outbound[from].push(to);
  }
  const unmodelledAt: number[] = ids.map(() => -1);
  const facilityCount = ids.length;
  // Volumes in different units are never summed: such a facility's weights are an equal split.
  for (let v = 0; v < facilityCount; v++) {
    const use = net.facilities.get(ids[v])?.consumes?.get(mineral);
    if (!comparableVolumes(inbound[v], use)) inbound[v] = inbound[v].map((e) => ({ ...e, volume: null }));
  }
  for (let v = 0; v < facilityCount; v++) {
    if (net.expanded && !net.expanded.has(ids[v])) continue; // its inbound set is incomplete
    const use = net.facilities.get(ids[v])?.consumes?.get(mineral);
    const volume = unmodelledVolume(inbound[v], use);
    if (volume === null) continue;
    const pseudo = ids.length;
    ids.push(unmodelledId(ids[v]));
    index.set(ids[pseudo], pseudo);
    inbound.push([]);
    outbound.push([v]);
    unmodelledAt.push(v);
    const link: SupplyLink = {
      from: ids[pseudo],
      to: ids[v],
      minerals: [mineral],
      volume,
      unit: use!.unit,
      confidence: use!.confidence,
      properties: {},
      unmodelled: true,
    };
    inbound[v].push({ from: pseudo, volume, confidence: rankOf(use!.confidence), link });
  }
  const expanded = new Uint8Array(ids.length);
  ids.forEach((id, i) => (expanded[i] = !net.expanded || net.expanded.has(id) || unmodelledAt[i] >= 0 ? 1 : 0));
  const { scc, order, count } = upstreamComponents(inbound);
  const cyclic = new Uint8Array(count);
  const size = new Int32Array(count);
  for (let v = 0; v < ids.length; v++) {
    size[scc[v]]++;
    if (inbound[v].some((e) => e.from === v)) cyclic[scc[v]] = 1;
  }
  for (let c = 0; c < count; c++) if (size[c] > 1) cyclic[c] = 1;
  return {
    mineral,
    ids,
    index,
    inbound,
    outbound,
    expanded,
    scc,
    cyclic,
    height: routeHeights(inbound, scc, order, size),
    unmodelledAt: Int32Array.from(unmodelledAt),
  };
}

function rankOf(c: Confidence | undefined): number {
  return confidenceRank(c ?? Confidence.INFERRED);
}

/**
 * Tarjan's algorithm (iterative) over the upstream direction. Components come out upstream-most
 * first: a component is emitted after every component upstream of it.
 */
function upstreamComponents(inbound: ReadonlyArray<ReadonlyArray<InboundLink>>): {
  scc: Int32Array;
  order: number[];
  count: number;
} {
  const n = inbound.length;
  const scc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const num = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const order: number[] = [];
  let counter = 0;
  let count = 0;
  const work: Array<[number, number]> = [];
  for (let root = 0; root < n; root++) {
    if (num[root] !== -1) continue;
    work.push([root, 0]);
    while (work.length) {
      const top = work[work.length - 1];
      const [v, i] = top;
      if (i === 0) {
        num[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      if (i < inbound[v].length) {
        top[1] = i + 1;
        const u = inbound[v][i].from;
        if (num[u] === -1) work.push([u, 0]);
        else if (onStack[u]) low[v] = Math.min(low[v], num[u]);
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === num[v]) {
        let u: number;
        do {
          u = stack.pop()!;
          onStack[u] = 0;
          scc[u] = count;
        } while (u !== v);
        order.push(count);
        count++;
      }
    }
  }
  return { scc, order, count };
}

/**
 * Upper bound on the links of any simple route upstream of each facility: inside a component a
 * route visits at most all its facilities; between components it follows the condensation.
 */
function routeHeights(
  inbound: ReadonlyArray<ReadonlyArray<InboundLink>>,
  scc: Int32Array,
  order: number[],
  size: Int32Array,
): Int32Array {
  const members: number[][] = Array.from({ length: size.length }, () => []);
  scc.forEach((c, v) => members[c].push(v));
  const componentHeight = new Int32Array(size.length);
  const CAP = 1 << 20;
  for (const c of order) {
    let best = 0;
    for (const v of members[c]) {
      for (const e of inbound[v]) {
        const cu = scc[e.from];
        if (cu !== c) best = Math.max(best, 1 + componentHeight[cu]);
      }
    }
    componentHeight[c] = Math.min(CAP, size[c] - 1 + best);
  }
  return Int32Array.from(scc, (c) => componentHeight[c]);
}
