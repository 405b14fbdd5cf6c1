import { type Confidence, type PartialDate } from '../../domain/evidence';

/**
 * The supply network as the analytics see it: facilities and the SUPPLIES links between them,
 * loaded for one request. Plain data, no driver or GraphQL types.
 */
export interface FacilityNode {
  id: string;
  kind: string | null;
  /** Id of the country the facility is LOCATED_IN (null when the data has none). */
  country: string | null;
  region: string | null;
  /** Ids of the companies that OPERATE the facility. */
  operators: readonly string[];
  /** Lifecycle status (PLANNED and CONSTRUCTION facilities neither supply nor receive unless asked). */
  status?: string | null;
  /** Its CONSUMES volumes per mineral (for UNMODELLED supply). */
  consumes?: ReadonlyMap<string, Consumption>;
}

/** A facility's annual consumption of one mineral, as its CONSUMES relationship states it. */
export interface Consumption {
  volume: number | null;
  unit: string | null;
  confidence: Confidence;
}

export interface SupplyLink {
  from: string;
  to: string;
  /**
   * Mineral ids carried by the link (a shipment may carry several: it takes part in each mineral's
   * network with its volume); empty for links without one (shown, never counted in shares).
   */
  minerals: readonly string[];
  /** Shipped volume; null when absent (then the customer's inbound links split equally). */
  volume: number | null;
  unit?: string | null;
  /** Missing confidence counts as INFERRED. */
  confidence?: Confidence;
  since?: PartialDate | null;
  /** The link's own end, or else the end (`expires` / term end) of the agreement it runs under. */
  until?: PartialDate | null;
  /** Status of the supplier (it may lie outside the loaded facilities). */
  supplierStatus?: string | null;
  /** True for the pseudo-link of an UNMODELLED source (never stored, never listed as a link). */
  unmodelled?: boolean;
  /** The relationship's properties as stored (product, unit, since, agreement, ...). */
  properties: Readonly<Record<string, unknown>>;
}

export interface SupplyNetwork {
  facilities: ReadonlyMap<string, FacilityNode>;
  links: readonly SupplyLink[];
  /**
   * Facilities whose inbound links are all present in `links`. A route that reaches a facility
   * outside this set cannot go on (it ends as if the depth bound were reached). Undefined: all.
   */
  expanded?: ReadonlySet<string>;
}

export function supplyNetwork(
  facilities: Iterable<FacilityNode>,
  links: Iterable<SupplyLink>,
  expanded?: Iterable<string>,
): SupplyNetwork {
  return {
    facilities: new Map([...facilities].map((f) => [f.id, f])),
    links: [...links],
    expanded: expanded ? new Set(expanded) : undefined,
  };
}

/** The minerals carried by the network's tagged links, sorted. */
export function networkMinerals(net: SupplyNetwork): string[] {
  return [...new Set(net.links.flatMap((l) => l.minerals))].sort();
}

/** The minerals a facility receives: those of its tagged inbound links, sorted. */
export function receivedMinerals(net: SupplyNetwork, facility: string): string[] {
  return [...new Set(net.links.filter((l) => l.to === facility).flatMap((l) => l.minerals))].sort();
}

/** The minerals each facility receives (as `receivedMinerals`), for every facility at once: one pass over the links. */
export function receivedMineralsByFacility(net: SupplyNetwork): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const l of net.links) {
    if (!l.minerals.length) continue;
    let set = sets.get(l.to);
    if (!set) sets.set(l.to, (set = new Set<string>()));
    for (const m of l.minerals) set.add(m);
  }
  return new Map([...sets].map(([id, set]) => [id, [...set].sort()]));
}

/** A volume that can weigh a link: finite and non-negative. */
export function usableVolume(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

/**
 * Weights of a customer's inbound links for one mineral: `volume / sum of volumes` when every link
 * has a volume (and the sum is positive), otherwise an equal split. They always add up to 1.
 */
export function inboundWeights(volumes: ReadonlyArray<number | null>): number[] {
  return weighInbound(volumes).weights;
}

/** The weights and whether they came from volumes (true) or are an equal split (false). */
export function weighInbound(volumes: ReadonlyArray<number | null>): { weights: number[]; byVolume: boolean } {
  const n = volumes.length;
  if (n === 0) return { weights: [], byVolume: false };
  if (volumes.every((v) => v !== null)) {
    const sum = (volumes as number[]).reduce((a, b) => a + b, 0);
    if (sum > 0) return { weights: (volumes as number[]).map((v) => v / sum), byVolume: true };
  }
  return { weights: volumes.map(() => 1 / n), byVolume: false };
}

/**
 * The minerals a facility analysis covers: `mineral` when given, else every mineral received;
 * either way only those the target has a counted inbound link of (a target receiving nothing,
 * e.g. a planned plant without includePlanned, gives an empty list).
 */
export function analysedMinerals(net: SupplyNetwork, target: string, mineral?: string | null): string[] {
  const received = receivedMinerals(net, target);
  return mineral ? received.filter((m) => m === mineral) : received;
}
