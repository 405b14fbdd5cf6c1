import { mineralGraph } from './mineral-graph';
import { analysedMinerals, type SupplyNetwork } from './network';
import { addMix, emptyMix, evidenced, type EvidencedShare } from './route-mix';
import { RetainedShares, RouteEnd, routeFlow } from './share-flow';
import { snapShare } from './shares';

export interface OutOfBlocStep extends EvidencedShare {
  facility: string;
  country: string | null;
  /** True when the facility is outside the bloc because it is controlled from an excluded country. */
  controlled: boolean;
  depth: number;
}

export interface MineralCoverage {
  mineral: string;
  /** Share of the supply whose whole route (source, intermediates, target) lies in the bloc. */
  covered: EvidencedShare;
  uncovered: number;
  /** UNMODELLED supply (never covered: its origin is unknown). */
  unmodelled: EvidencedShare;
  outOfBloc: OutOfBlocStep[];
}

export interface CoverageOptions {
  maxDepth: number;
  mineral?: string | null;
  maxStates?: number;
}

/**
 * Agreement coverage: the retained-share programme where every facility outside the bloc's
 * countries (or without a country, or controlled from an excluded country) passes on 0, and so do
 * UNMODELLED sources, per mineral the target receives. The target itself is a step of every route:
 * outside the bloc, it is listed in the out-of-bloc steps (depth 0) and nothing is covered.
 */
export function analyseCoverage(
  net: SupplyNetwork,
  target: string,
  bloc: ReadonlySet<string>,
  options: CoverageOptions,
  controlled: ReadonlySet<string> = new Set(),
): MineralCoverage[] {
  const countryOf = (id: string) => net.facilities.get(id)?.country ?? null;
  const inBloc = (id: string) => {
    const c = countryOf(id);
    return c !== null && bloc.has(c) && !controlled.has(id);
  };
  return analysedMinerals(net, target, options.mineral).map((mineral) => {
    const g = mineralGraph(net, mineral);
    const retained = new RetainedShares(g, (v) => (g.unmodelledAt[v] < 0 && inBloc(g.ids[v]) ? 0n : 1n), options).of(
      target,
    );
    const covered = evidenced(retained.mix);
    const flow = routeFlow(g, target, options);
    const steps = new Map<string, { facility: string; mix: Float64Array; depth: number }>();
    const unmodelled = emptyMix();
    const visit = (id: string, mix: Float64Array, depth: number) => {
      if (inBloc(id)) return;
      const s = steps.get(id) ?? { facility: id, mix: emptyMix(), depth };
      addMix(s.mix, mix);
      s.depth = Math.min(s.depth, depth);
      steps.set(id, s);
    };
    for (const [id, t] of flow.through) visit(id, t.mix, t.depth);
    for (const e of flow.ends) {
      if (e.end === RouteEnd.UNMODELLED) addMix(unmodelled, e.mix);
      else visit(e.node, e.mix, e.depth);
    }
    const outOfBloc = [...steps.values()]
      .map((s) => ({
        facility: s.facility,
        country: countryOf(s.facility),
        controlled: controlled.has(s.facility),
        depth: s.depth,
        ...evidenced(s.mix),
      }))
      .filter((s) => s.share > 0)
      .sort((a, b) => b.share - a.share || a.depth - b.depth || a.facility.localeCompare(b.facility));
    return { mineral, covered, uncovered: snapShare(1 - covered.share), unmodelled: evidenced(unmodelled), outOfBloc };
  });
}
