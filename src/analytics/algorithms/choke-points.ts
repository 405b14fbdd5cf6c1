import { type MineralGraph, mineralGraph } from './mineral-graph';
import { receivedMinerals, type SupplyNetwork } from './network';
import { RetainedShares, routeFlow } from './share-flow';
import { SHARE_EPSILON } from './shares';

export interface ChokePointOptions {
  maxDepth: number;
  mineral?: string | null;
  maxStates?: number;
}

/** Each choke point (entity id) with the minerals its removal alone cuts the target off from. */
export interface ChokePoints {
  facilities: Map<string, string[]>;
  companies: Map<string, string[]>;
  countries: Map<string, string[]>;
}

/**
 * The upstream facilities, companies and countries whose removal alone leaves the target a
 * retained share of 0 of a mineral. The target itself is never removed: a company or country
 * counts through its facilities upstream of the target only.
 *
 * A facility cuts the target off exactly when every route of positive weight passes through it,
 * i.e. when the share of supply passing through it is 1: only those candidates are checked with
 * the retained-share programme. Companies and countries are checked one by one over the
 * operators and countries of the facilities on the routes.
 */
export function findChokePoints(net: SupplyNetwork, target: string, options: ChokePointOptions): ChokePoints {
  const minerals = options.mineral ? [options.mineral] : receivedMinerals(net, target);
  const result: ChokePoints = { facilities: new Map(), companies: new Map(), countries: new Map() };
  const add = (into: Map<string, string[]>, id: string, mineral: string) =>
    into.set(id, [...(into.get(id) ?? []), mineral]);
  for (const mineral of minerals) {
    const g = mineralGraph(net, mineral);
    const flow = routeFlow(g, target, options);
    if (!flow.ends.length) continue;
    const passing = new Map<string, number>();
    for (const e of flow.ends) passing.set(e.node, (passing.get(e.node) ?? 0) + e.share);
    for (const [id, t] of flow.through) if (id !== target) passing.set(id, (passing.get(id) ?? 0) + t.share);
    const onRoutes = [...passing.keys()].sort();
    const cuts = (group: ReadonlySet<string>) => retainedWithout(g, group, target, options) === 0;
    for (const id of onRoutes) {
      if (passing.get(id)! >= 1 - SHARE_EPSILON && cuts(new Set([id]))) add(result.facilities, id, mineral);
    }
    const byCompany = groupBy(onRoutes, (id) => net.facilities.get(id)?.operators ?? []);
    for (const [company, members] of byCompany) if (cuts(members)) add(result.companies, company, mineral);
    const byCountry = groupBy(onRoutes, (id) => {
      const c = net.facilities.get(id)?.country;
      return c ? [c] : [];
    });
    for (const [country, members] of byCountry) if (cuts(members)) add(result.countries, country, mineral);
  }
  return result;
}

function retainedWithout(
  g: MineralGraph,
  removed: ReadonlySet<string>,
  target: string,
  options: ChokePointOptions,
): number {
  return new RetainedShares(g, (v) => (removed.has(g.ids[v]) ? 1n : 0n), options).of(target).share;
}

function groupBy(ids: readonly string[], keysOf: (id: string) => readonly string[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const id of ids) {
    for (const k of keysOf(id)) {
      let g = groups.get(k);
      if (!g) groups.set(k, (g = new Set()));
      g.add(id);
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}
