import { mineralGraph } from './mineral-graph';
import { receivedMinerals, SupplyLink, SupplyNetwork } from './network';
import { RouteEnd, routeFlow } from './share-flow';
import { CountryShare, groupShares, kindRank, snapShare } from './shares';

export interface SourceShare {
  facility: string;
  country: string | null;
  /** SOURCE, or CYCLE / DEPTH_LIMIT when the route ends there for those reasons. */
  end: RouteEnd;
  share: number;
  /** Fewest links between the source and the target. */
  depth: number;
}

export interface FacilityShare {
  facility: string;
  country: string | null;
  share: number;
  depth: number;
}

/** A processing step: the facilities of one kind between the sources and the target. */
export interface StepShare {
  kind: string | null;
  /** Share of the target's supply passing through facilities of this kind (a route through two counts twice). */
  share: number;
  byCountry: CountryShare[];
  facilities: FacilityShare[];
}

export interface MineralDependency {
  mineral: string;
  sources: SourceShare[];
  sourcesByCountry: CountryShare[];
  steps: StepShare[];
  /** Every link of the mineral on the target's routes, with the share of its supply it carries. */
  links: Array<{ link: SupplyLink; share: number }>;
}

export interface DependencyOptions {
  maxDepth: number;
  mineral?: string | null;
  maxStates?: number;
}

/** Per mineral the target receives (or only `mineral`): its sources, their countries and the processing steps. */
export function analyseDependencies(
  net: SupplyNetwork,
  target: string,
  options: DependencyOptions,
): MineralDependency[] {
  const minerals = options.mineral ? [options.mineral] : receivedMinerals(net, target);
  const countryOf = (id: string) => net.facilities.get(id)?.country ?? null;
  const kindOf = (id: string) => net.facilities.get(id)?.kind ?? null;
  return minerals.map((mineral) => {
    const flow = routeFlow(mineralGraph(net, mineral), target, options);
    const sources = flow.ends
      .map((e) => ({
        facility: e.node,
        country: countryOf(e.node),
        end: e.end,
        share: snapShare(e.share),
        depth: e.depth,
      }))
      .sort((a, b) => b.share - a.share || a.facility.localeCompare(b.facility) || a.end.localeCompare(b.end));
    const intermediates: FacilityShare[] = [...flow.through]
      .filter(([id]) => id !== target)
      .map(([id, t]) => ({ facility: id, country: countryOf(id), share: snapShare(t.share), depth: t.depth }));
    const kinds = [...new Set(intermediates.map((f) => kindOf(f.facility)))].sort((a, b) => kindRank(a) - kindRank(b));
    const steps = kinds.map((kind) => {
      const members = intermediates
        .filter((f) => kindOf(f.facility) === kind)
        .sort((a, b) => b.share - a.share || a.facility.localeCompare(b.facility));
      return {
        kind,
        share: members.reduce((s, f) => s + f.share, 0),
        byCountry: groupShares(
          members,
          (f) => f.country,
          (f) => f.share,
        ).map((g) => ({ country: g.key, share: g.share })),
        facilities: members,
      };
    });
    return {
      mineral,
      sources,
      sourcesByCountry: groupShares(
        sources,
        (s) => s.country,
        (s) => s.share,
      ).map((g) => ({ country: g.key, share: g.share })),
      steps,
      links: [...flow.links].map(([link, share]) => ({ link, share: snapShare(share) })),
    };
  });
}
