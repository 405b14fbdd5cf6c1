import { FacilityKind as F } from '../../domain/enums';
import { type Random } from './prng';
import { type SectorId } from './world';

/**
 * The synthetic supply chain: what each kind of facility produces and consumes, and from which
 * kinds it buys. Tiers run mine -> concentrator/smelter -> refinery -> cathode precursor / anode
 * -> cell -> pack -> EV assembly, with fabs -> packaging -> EV beside them; recyclers buy scrap
 * from cell, pack and EV plants and sell back to refineries (the few cycles).
 */
export interface Need {
  /** Mineral carried by the supply link; undefined for e.g. electricity or finished parts. */
  mineral?: string;
  from: readonly F[];
  product: string;
  unit: string;
}

export interface FacilityPlan {
  kind: F;
  produces: string[];
  consumes: string[];
  needs: Need[];
  sectors: SectorId[];
}

/** Kinds whose suppliers must produce the mineral they supply (PRODUCES), not just be of the kind. */
export const PRODUCER_KINDS: readonly F[] = [F.MINE, F.CONCENTRATOR, F.SMELTER, F.REFINERY, F.RECYCLING];

/** The kinds of one cluster of 200 facilities (a regional supply chain). */
export const CLUSTER_MIX: ReadonlyArray<readonly [F, number]> = [
  [F.MINE, 60],
  [F.CONCENTRATOR, 10],
  [F.SMELTER, 8],
  [F.REFINERY, 18],
  [F.PRECURSOR_CATHODE, 10],
  [F.ANODE, 6],
  [F.CELL, 8],
  [F.PACK, 6],
  [F.EV_ASSEMBLY, 5],
  [F.SEMICONDUCTOR_FAB, 6],
  [F.SEMICONDUCTOR_PACKAGING, 5],
  [F.RECYCLING, 4],
  [F.POWER_PLANT, 30],
  [F.OTHER, 24],
];
export const CLUSTER_SIZE = CLUSTER_MIX.reduce((s, [, n]) => s + n, 0);

/** The kinds of a cluster in an order where any prefix keeps roughly the mix (smooth round robin). */
export function clusterKinds(): F[] {
  const credit = new Map<F, number>(CLUSTER_MIX.map(([k]) => [k, 0]));
  const out: F[] = [];
  for (let i = 0; i < CLUSTER_SIZE; i++) {
    for (const [k, n] of CLUSTER_MIX) credit.set(k, credit.get(k)! + n);
    const [best] = [...credit.entries()].sort((a, b) => b[1] - a[1])[0];
    credit.set(best, credit.get(best)! - CLUSTER_SIZE);
    out.push(best);
  }
  return out;
}

const MINE_MINERALS: ReadonlyArray<readonly [string, number]> = [
  ['lithium', 14],
  ['nickel', 12],
  ['cobalt', 5],
  ['manganese', 5],
  ['graphite', 8],
  ['copper', 14],
  ['silicon', 3],
  ['gallium', 1],
  ['germanium', 1],
  ['rare-earths', 4],
  ['platinum-group', 3],
  ['zinc', 7],
  ['uranium', 5],
  ['iron', 10],
  ['aluminum', 4],
];
const t = 't/y';
const supply = (mineral: string | undefined, from: readonly F[], product: string, unit = t): Need => ({
  mineral,
  from,
  product,
  unit,
});

export function planFacility(kind: F, rnd: Random): FacilityPlan {
  const plan = (produces: string[], consumes: string[], needs: Need[], sectors: SectorId[]): FacilityPlan => ({
    kind,
    produces,
    consumes,
    needs,
    sectors,
  });
  switch (kind) {
    case F.MINE: {
      const m = rnd.weighted(MINE_MINERALS);
      const co = m === 'nickel' || m === 'copper' ? (rnd.chance(0.3) ? ['cobalt'] : []) : [];
      return plan([m, ...co], [], [], ['mining']);
    }
    case F.CONCENTRATOR: {
      const m = rnd.pick(['copper', 'zinc', 'nickel', 'lithium', 'iron', 'rare-earths']);
      return plan([m], [m], [supply(m, [F.MINE], `${m} ore`)], ['mining', 'metals']);
    }
    case F.SMELTER: {
      const m = rnd.pick(['nickel', 'copper', 'zinc', 'aluminum', 'iron', 'cobalt']);
      const power = rnd.chance(0.3) ? [supply(undefined, [F.POWER_PLANT], 'electricity', 'MWh/y')] : [];
      return plan([m], [m], [supply(m, [F.MINE, F.CONCENTRATOR], `${m} concentrate`), ...power], ['metals']);
    }
    case F.REFINERY: {
      const m = rnd.pick([
        'lithium',
        'nickel',
        'cobalt',
        'manganese',
        'graphite',
        'silicon',
        'gallium',
        'germanium',
        'copper',
        'rare-earths',
        'uranium',
        'platinum-group',
      ]);
      const recycled =
        ['lithium', 'nickel', 'cobalt'].includes(m) && rnd.chance(0.25)
          ? [supply(m, [F.RECYCLING], `recycled ${m}`)]
          : [];
      return plan(
        [m],
        [m],
        [supply(m, [F.MINE, F.CONCENTRATOR, F.SMELTER], `${m} concentrate`), ...recycled],
        ['metals', 'chemicals'],
      );
    }
    case F.PRECURSOR_CATHODE: {
      const ms = ['lithium', 'nickel', 'cobalt', 'manganese'].filter(
        (m) => m === 'lithium' || m === 'nickel' || rnd.chance(0.6),
      );
      return plan(
        [],
        ms,
        ms.map((m) => supply(m, [F.REFINERY], m === 'lithium' ? 'lithium hydroxide' : `${m} sulphate`)),
        ['chemicals', 'batteries'],
      );
    }
    case F.ANODE:
      return plan([], ['graphite'], [supply('graphite', [F.REFINERY], 'spherical graphite')], ['batteries']);
    case F.CELL:
      return plan(
        [],
        ['lithium', 'graphite'],
        [
          supply('lithium', [F.PRECURSOR_CATHODE], 'cathode active material'),
          supply('graphite', [F.ANODE], 'anode material'),
        ],
        ['batteries'],
      );
    case F.PACK:
      return plan([], [], [supply('lithium', [F.CELL], 'battery cells', 'GWh/y')], ['batteries', 'automotive']);
    case F.EV_ASSEMBLY: {
      const needs = [supply(rnd.chance(0.7) ? 'lithium' : undefined, [F.PACK], 'battery packs', 'units/y')];
      if (rnd.chance(0.8))
        needs.push(supply(rnd.chance(0.5) ? 'silicon' : undefined, [F.SEMICONDUCTOR_PACKAGING], 'chips', 'units/y'));
      if (rnd.chance(0.5)) needs.push(supply('aluminum', [F.SMELTER], 'aluminum sheet'));
      return plan([], [], needs, ['automotive']);
    }
    case F.SEMICONDUCTOR_FAB: {
      const ms = ['silicon', ...(rnd.chance(0.4) ? ['gallium'] : []), ...(rnd.chance(0.2) ? ['germanium'] : [])];
      return plan(
        [],
        ms,
        ms.map((m) => supply(m, [F.REFINERY], `high-purity ${m}`)),
        ['semiconductors'],
      );
    }
    case F.SEMICONDUCTOR_PACKAGING: {
      const copper = rnd.chance(0.6) ? [supply('copper', [F.SMELTER, F.REFINERY], 'copper foil')] : [];
      return plan(
        [],
        [],
        [supply('silicon', [F.SEMICONDUCTOR_FAB], 'wafers', 'wafers/y'), ...copper],
        ['semiconductors'],
      );
    }
    case F.RECYCLING:
      return plan(
        ['lithium', 'nickel', 'cobalt'],
        ['lithium', 'nickel', 'cobalt'],
        [supply('lithium', [F.CELL, F.PACK, F.EV_ASSEMBLY], 'battery scrap')],
        ['recycling', 'batteries'],
      );
    case F.POWER_PLANT:
      return rnd.chance(0.25)
        ? plan([], ['uranium'], [supply('uranium', [F.REFINERY, F.MINE], 'uranium concentrate')], ['energy'])
        : plan([], [], [], ['energy']);
    default:
      return plan([], [], [], []);
  }
}

/** Words for facility names. */
export const KIND_WORDS: Record<F, string> = {
  MINE: 'Mine',
  CONCENTRATOR: 'Concentrator',
  SMELTER: 'Smelter',
  REFINERY: 'Refinery',
  PRECURSOR_CATHODE: 'Cathode Materials Plant',
  ANODE: 'Anode Plant',
  CELL: 'Battery Cell Plant',
  PACK: 'Battery Pack Plant',
  EV_ASSEMBLY: 'EV Assembly Plant',
  SEMICONDUCTOR_FAB: 'Fab',
  SEMICONDUCTOR_PACKAGING: 'Packaging and Test',
  RECYCLING: 'Battery Recycling',
  POWER_PLANT: 'Generating Station',
  OTHER: 'Works',
  CATHODE: 'Cathode Plant',
  BATTERY_COMPONENT: 'Battery Materials Plant',
  ALUMINIUM_SMELTER: 'Aluminium Smelter',
  MAGNET: 'Magnet Plant',
  POLYSILICON: 'Polysilicon Plant',
  WAFER: 'Wafer Plant',
};
