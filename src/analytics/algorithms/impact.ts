import { type MineralGraph, mineralGraph } from './mineral-graph';
import { networkMinerals, receivedMineralsByFacility, type SupplyNetwork } from './network';
import { RetainedShares } from './share-flow';
import { evidenced, type EvidencedShare, mixTotal, unmodelledPart } from './route-mix';
import { snapShare } from './shares';

/**
 * What is removed, with the reasons as bit sets: bit i stands for the i-th removed entity of the
 * request (a facility is removed by itself, its operator, its region or its country).
 */
export interface Removal {
  facilities: ReadonlyMap<string, bigint>;
  /** Removed minerals: every link carrying them is gone. */
  minerals: ReadonlyMap<string, bigint>;
}

export interface MineralImpact {
  mineral: string;
  retained: number;
  /** What the retained share rests on; null for an unaffected mineral (nothing computed). */
  evidence: EvidencedShare | null;
  /** The part of the retained share from UNMODELLED supply (an unknown origin is not a removed one). */
  unmodelled: number;
  /** Removal reasons found first on the facility's routes of this mineral. */
  dependsOn: bigint;
}

export enum ImpactStatus {
  CUT_OFF = 'CUT_OFF',
  DEGRADED = 'DEGRADED',
}

export interface FacilityImpact {
  facility: string;
  status: ImpactStatus;
  /** Every analysed mineral the facility receives, affected or not (retained 1). */
  minerals: MineralImpact[];
}

export interface ImpactOptions {
  maxDepth: number;
  mineral?: string | null;
  maxStates?: number;
}

/**
 * A network indexed for impact: its minerals, what each facility receives, and each mineral's
 * graph, built on first use. It does not depend on the removal, so the analyses of one network
 * (a snapshot kept between requests) share it.
 */
export class ImpactIndex {
  private readonly graphs = new Map<string, MineralGraph>();
  private received?: Map<string, string[]>;
  private minerals?: string[];

  constructor(readonly net: SupplyNetwork) {}

  networkMinerals(): string[] {
    return (this.minerals ??= networkMinerals(this.net));
  }

  receivedBy(): ReadonlyMap<string, string[]> {
    return (this.received ??= receivedMineralsByFacility(this.net));
  }

  graph(mineral: string): MineralGraph {
    let g = this.graphs.get(mineral);
    if (!g) this.graphs.set(mineral, (g = mineralGraph(this.net, mineral, { linkedOnly: true })));
    return g;
  }
}

/**
 * The facilities that are not removed and lose supply: cut off when the retained share of some
 * mineral they receive is 0, degraded when every one is above 0 and some below 1. Candidates are
 * the facilities downstream of a removed facility within maxDepth (a removal further away lies on
 * no route); a removed mineral cuts off every facility receiving it.
 */
export function analyseImpact(
  network: SupplyNetwork | ImpactIndex,
  removal: Removal,
  options: ImpactOptions,
): FacilityImpact[] {
  const index = network instanceof ImpactIndex ? network : new ImpactIndex(network);
  const minerals = options.mineral ? [options.mineral] : index.networkMinerals();
  const affected = new Map<string, Map<string, MineralImpact>>();
  const record = (facility: string, impact: MineralImpact) => {
    let m = affected.get(facility);
    if (!m) affected.set(facility, (m = new Map<string, MineralImpact>()));
    m.set(impact.mineral, impact);
  };
  for (const mineral of minerals) {
    const g = index.graph(mineral);
    const mineralReason = removal.minerals.get(mineral);
    if (mineralReason) {
      for (let v = 0; v < g.ids.length; v++) {
        if (g.inbound[v].length && !removal.facilities.has(g.ids[v]))
          record(g.ids[v], { mineral, retained: 0, evidence: null, unmodelled: 0, dependsOn: mineralReason });
      }
      continue;
    }
    const retained = new RetainedShares(g, (v) => removal.facilities.get(g.ids[v]) ?? 0n, options);
    for (const id of downstreamOfRemoved(g, removal, options.maxDepth)) {
      const r = retained.of(id);
      const share = snapShare(r.share);
      if (r.hits && share < 1)
        record(id, {
          mineral,
          retained: share,
          evidence: evidenced(r.mix),
          unmodelled: snapShare(mixTotal(unmodelledPart(r.mix))),
          dependsOn: r.hits,
        });
    }
  }
  const analysed = new Set(minerals);
  const received = index.receivedBy();
  return [...affected]
    .map(([facility, hit]) => {
      const all = (received.get(facility) ?? [])
        .filter((m) => analysed.has(m))
        .map((m) => hit.get(m) ?? { mineral: m, retained: 1, evidence: null, unmodelled: 0, dependsOn: 0n });
      const status = all.some((m) => m.retained === 0) ? ImpactStatus.CUT_OFF : ImpactStatus.DEGRADED;
      return { facility, status, minerals: all };
    })
    .sort((a, b) => minRetained(a) - minRetained(b) || a.facility.localeCompare(b.facility));
}

/** Lists are ordered by the lowest retained share rounded to 6 decimals (float noise never reorders), then id. */
function minRetained(f: FacilityImpact): number {
  return Math.round(Math.min(...f.minerals.map((m) => m.retained)) * 1e6) / 1e6;
}

/** Facilities (not removed) within maxDepth links downstream of a removed facility. */
function downstreamOfRemoved(g: MineralGraph, removal: Removal, maxDepth: number): string[] {
  const depth = new Int32Array(g.ids.length).fill(-1);
  let frontier: number[] = [];
  g.ids.forEach((id, v) => {
    if (removal.facilities.has(id)) {
      depth[v] = 0;
      frontier.push(v);
    }
  });
  const found: string[] = [];
  for (let d = 1; d <= maxDepth && frontier.length; d++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const u of g.outbound[v]) {
        if (depth[u] !== -1) continue;
        depth[u] = d;
        next.push(u);
        if (!removal.facilities.has(g.ids[u])) found.push(g.ids[u]);
      }
    }
    frontier = next;
  }
  return found;
}
