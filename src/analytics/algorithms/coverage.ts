import { mineralGraph } from './mineral-graph';
import { receivedMinerals, SupplyNetwork } from './network';
import { RetainedShares, routeFlow } from './share-flow';
import { snapShare } from './shares';

export interface OutOfBlocStep {
  facility: string;
  country: string | null;
  /** Share of the target's supply whose routes pass through (or start at) this facility. */
  share: number;
  depth: number;
}

export interface MineralCoverage {
  mineral: string;
  /** Share of the supply whose whole route (source, intermediates, target) lies in the bloc. */
  covered: number;
  uncovered: number;
  outOfBloc: OutOfBlocStep[];
}

export interface CoverageOptions {
  maxDepth: number;
  mineral?: string | null;
  maxStates?: number;
}

/**
 * Agreement coverage: the retained-share programme where every facility outside the bloc's
 * countries (or without a country) passes on 0, per mineral the target receives.
 */
export function analyseCoverage(
  net: SupplyNetwork,
  target: string,
  bloc: ReadonlySet<string>,
  options: CoverageOptions,
): MineralCoverage[] {
  const minerals = options.mineral ? [options.mineral] : receivedMinerals(net, target);
  const countryOf = (id: string) => net.facilities.get(id)?.country ?? null;
  const inBloc = (id: string) => {
    const c = countryOf(id);
    return c !== null && bloc.has(c);
  };
  return minerals.map((mineral) => {
    const g = mineralGraph(net, mineral);
    const covered = snapShare(new RetainedShares(g, (v) => (inBloc(g.ids[v]) ? 0n : 1n), options).of(target).share);
    const flow = routeFlow(g, target, options);
    const steps = new Map<string, OutOfBlocStep>();
    const visit = (id: string, share: number, depth: number) => {
      if (inBloc(id)) return;
      const s = steps.get(id) ?? { facility: id, country: countryOf(id), share: 0, depth };
      s.share += share;
      s.depth = Math.min(s.depth, depth);
      steps.set(id, s);
    };
    for (const [id, t] of flow.through) visit(id, t.share, t.depth);
    for (const e of flow.ends) visit(e.node, e.share, e.depth);
    const outOfBloc = [...steps.values()]
      .map((s) => ({ ...s, share: snapShare(s.share) }))
      .filter((s) => s.share > 0)
      .sort((a, b) => b.share - a.share || a.depth - b.depth || a.facility.localeCompare(b.facility));
    return { mineral, covered, uncovered: snapShare(1 - covered), outOfBloc };
  });
}
