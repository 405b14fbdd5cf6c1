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
}

export interface SupplyLink {
  from: string;
  to: string;
  /** Mineral id carried by the link; null for links without one (shown, never counted in shares). */
  mineral: string | null;
  /** Shipped volume; null when absent (then the customer's inbound links split equally). */
  volume: number | null;
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
  return [...new Set(net.links.flatMap((l) => (l.mineral === null ? [] : [l.mineral])))].sort();
}

/** The minerals a facility receives: those of its tagged inbound links, sorted. */
export function receivedMinerals(net: SupplyNetwork, facility: string): string[] {
  return [
    ...new Set(net.links.filter((l) => l.to === facility && l.mineral !== null).map((l) => l.mineral as string)),
  ].sort();
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
  const n = volumes.length;
  if (n === 0) return [];
  if (volumes.every((v) => v !== null)) {
    const sum = (volumes as number[]).reduce((a, b) => a + b, 0);
    if (sum > 0) return (volumes as number[]).map((v) => v / sum);
  }
  return volumes.map(() => 1 / n);
}
