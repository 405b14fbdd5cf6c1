import { mineralGraph } from './mineral-graph';
import { analysedMinerals, type SupplyLink, type SupplyNetwork } from './network';
import { addMix, emptyMix, type EvidencedShare, evidenced, type Mix } from './route-mix';
import { RouteEnd, routeFlow } from './share-flow';
import { byShareThenKey, kindRank, snapShare, snapStepShare } from './shares';

/** A share by country; `unmodelled` marks the line of UNMODELLED supply (no country). */
export interface CountryShare extends EvidencedShare {
  country: string | null;
  unmodelled?: boolean;
}

export interface RouteEndShare extends EvidencedShare {
  end: RouteEnd;
}

export interface SourceShare extends EvidencedShare {
  facility: string;
  country: string | null;
  /** The kind of route end with the largest share here (SOURCE first on a tie). */
  end: RouteEnd;
  /** Every kind of route end at this facility, with its share (they add up to the facility's). */
  ends: RouteEndShare[];
  /** Fewest links between the source and the target. */
  depth: number;
}

export interface FacilityShare extends EvidencedShare {
  facility: string;
  country: string | null;
  depth: number;
}

/** A processing step: the facilities of one kind between the sources and the target. */
export interface StepShare extends EvidencedShare {
  kind: string | null;
  byCountry: CountryShare[];
  facilities: FacilityShare[];
}

export interface MineralDependency {
  mineral: string;
  /** One entry per facility where routes end (UNMODELLED supply apart). */
  sources: SourceShare[];
  /** UNMODELLED supply: in total, and per facility where it enters. Sources plus this add up to 1. */
  unmodelled: EvidencedShare & { at: FacilityShare[] };
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

const END_ORDER = [RouteEnd.SOURCE, RouteEnd.CYCLE, RouteEnd.DEPTH_LIMIT];

function grouped<T>(
  items: readonly T[],
  keyOf: (t: T) => string | null,
  mixOf: (t: T) => Mix,
  snap: (x: number) => number,
): Array<{ key: string | null; mix: Mix } & EvidencedShare> {
  const sums = new Map<string | null, Mix>();
  for (const it of items) {
    const k = keyOf(it);
    let m = sums.get(k);
    if (!m) sums.set(k, (m = emptyMix()));
    addMix(m, mixOf(it));
  }
  return [...sums].map(([key, mix]) => ({ key, mix, ...evidenced(mix, snap) })).sort(byShareThenKey);
}

/** Per mineral the target receives (or only `mineral`): its sources, their countries and the processing steps. */
export function analyseDependencies(
  net: SupplyNetwork,
  target: string,
  options: DependencyOptions,
): MineralDependency[] {
  const countryOf = (id: string) => net.facilities.get(id)?.country ?? null;
  const kindOf = (id: string) => net.facilities.get(id)?.kind ?? null;
  return analysedMinerals(net, target, options.mineral).map((mineral) => {
    const flow = routeFlow(mineralGraph(net, mineral), target, options);
    const real = flow.ends.filter((e) => e.end !== RouteEnd.UNMODELLED);
    const pseudo = flow.ends.filter((e) => e.end === RouteEnd.UNMODELLED);
    const sources: SourceShare[] = grouped(
      real,
      (e) => e.node,
      (e) => e.mix,
      snapShare,
    ).map((g) => {
      const at = real.filter((e) => e.node === g.key);
      const ends = at
        .map((e) => ({ end: e.end, ...evidenced(e.mix) }))
        .sort((a, b) => b.share - a.share || END_ORDER.indexOf(a.end) - END_ORDER.indexOf(b.end));
      return {
        facility: g.key!,
        country: countryOf(g.key!),
        end: ends[0].end,
        ends,
        depth: Math.min(...at.map((e) => e.depth)),
        share: g.share,
        basis: g.basis,
        byConfidence: g.byConfidence,
      };
    });
    sources.sort((a, b) => b.share - a.share || a.facility.localeCompare(b.facility));
    const unmodelledMix = emptyMix();
    for (const e of pseudo) addMix(unmodelledMix, e.mix);
    const unmodelledAt = pseudo
      .map((e) => ({
        facility: e.unmodelledAt!,
        country: countryOf(e.unmodelledAt!),
        depth: e.depth - 1,
        ...evidenced(e.mix),
      }))
      .sort((a, b) => b.share - a.share || a.facility.localeCompare(b.facility));
    const byCountry = grouped(
      real,
      (e) => countryOf(e.node),
      (e) => e.mix,
      snapShare,
    ).map(({ key, share, basis, byConfidence }): CountryShare => ({ country: key, share, basis, byConfidence }));
    if (pseudo.length) byCountry.push({ country: null, unmodelled: true, ...evidenced(unmodelledMix) });
    byCountry.sort(
      (a, b) =>
        b.share - a.share ||
        Number(!!a.unmodelled) - Number(!!b.unmodelled) ||
        String(a.country ?? '').localeCompare(String(b.country ?? '')),
    );
    const intermediates = [...flow.through]
      .filter(([id]) => id !== target)
      .map(([id, t]) => ({ facility: id, country: countryOf(id), depth: t.depth, mix: t.mix, ...evidenced(t.mix) }));
    const kinds = [...new Set(intermediates.map((f) => kindOf(f.facility)))].sort((a, b) => kindRank(a) - kindRank(b));
    const steps = kinds.map((kind): StepShare => {
      const members = intermediates
        .filter((f) => kindOf(f.facility) === kind)
        .sort((a, b) => b.share - a.share || a.facility.localeCompare(b.facility));
      const stepMix = emptyMix();
      for (const f of members) addMix(stepMix, f.mix);
      return {
        kind,
        ...evidenced(stepMix, snapStepShare),
        // A country's step share may exceed 1 like the step's own (a route through two of its facilities).
        byCountry: grouped(
          members,
          (f) => f.country,
          (f) => f.mix,
          snapStepShare,
        ).map(({ key, share, basis, byConfidence }) => ({ country: key, share, basis, byConfidence })),
        facilities: members.map(({ mix: _mix, ...f }) => f),
      };
    });
    return {
      mineral,
      sources,
      unmodelled: { ...evidenced(unmodelledMix), at: unmodelledAt },
      sourcesByCountry: byCountry,
      steps,
      links: [...flow.links]
        .filter(([link]) => !link.unmodelled)
        .map(([link, share]) => ({ link, share: snapShare(share) })),
    };
  });
}
