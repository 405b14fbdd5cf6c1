import { FacilityKind as F, FacilityStatus as S } from '../../domain/enums';
import { clusterKinds, type FacilityPlan, KIND_WORDS, planFacility, PRODUCER_KINDS } from './chain';
import { type GenContext } from './context';
import { companyId, companyShortName, facilityId } from './names';
import { COUNTRIES, OVERSEAS_MINING, type RegionDef, REGIONS } from './world';

/**
 * One cluster: up to 200 facilities forming a regional supply chain around a home region. Only
 * the current and the previous cluster are held in memory.
 */
export interface GenFacility {
  id: string;
  plan: FacilityPlan;
}

export interface Cluster {
  facilities: GenFacility[];
  byKind: Map<F, GenFacility[]>;
  /** Producers by `kind|mineral`. */
  producers: Map<string, GenFacility[]>;
}

const KINDS = clusterKinds();
const BUILDING: readonly F[] = [
  F.PRECURSOR_CATHODE,
  F.ANODE,
  F.CELL,
  F.PACK,
  F.EV_ASSEMBLY,
  F.SEMICONDUCTOR_FAB,
  F.SEMICONDUCTOR_PACKAGING,
  F.RECYCLING,
];

export function buildCluster(ctx: GenContext, clusterIndex: number, first: number, count: number): Cluster {
  const { rnd } = ctx;
  const homeCountry = rnd.weighted([
    ['CA', 35],
    ['US', 45],
    ['MX', 20],
  ] as const);
  const home = rnd.pick(REGIONS.filter((r) => r.country === homeCountry));
  const cluster: Cluster = { facilities: [], byKind: new Map(), producers: new Map() };
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length];
    const f: GenFacility = { id: facilityId(ctx.prefix, first + i), plan: planFacility(kind, rnd) };
    writeFacility(ctx, f, clusterIndex, home);
    cluster.facilities.push(f);
    push(cluster.byKind, kind, f);
    if (PRODUCER_KINDS.includes(kind)) for (const m of f.plan.produces) push(cluster.producers, `${kind}|${m}`, f);
  }
  return cluster;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function writeFacility(ctx: GenContext, f: GenFacility, clusterIndex: number, home: RegionDef): void {
  const { rnd, prefix, out } = ctx;
  const kind = f.plan.kind;
  const operator = rnd.chance(0.95)
    ? rnd.chance(0.8)
      ? (clusterIndex * 7 + rnd.int(0, 9)) % ctx.companies
      : rnd.int(0, ctx.companies - 1)
    : undefined;
  let country: string | undefined;
  let region: RegionDef | undefined;
  let lat: number | undefined;
  let lon: number | undefined;
  if (kind === F.MINE && rnd.chance(0.2)) {
    const code = rnd.pick(OVERSEAS_MINING);
    const c = COUNTRIES.find((x) => x.code === code)!;
    country = c.code;
    if (rnd.chance(0.8)) [lat, lon] = [rnd.around(c.lat, 5, 4), rnd.around(c.lon, 5, 4)];
  } else {
    const r = rnd.chance(0.7)
      ? home
      : rnd.chance(0.6)
        ? rnd.pick(REGIONS.filter((x) => x.country === home.country))
        : rnd.pick(REGIONS);
    const cells = rnd.weighted([
      ['both', 70],
      ['region', 15],
      ['country', 10],
      ['none', 5],
    ] as const);
    if (cells === 'both' || cells === 'region') region = r;
    if (cells === 'both' || cells === 'country') country = r.country;
    if (cells !== 'none' && rnd.chance(0.9)) [lat, lon] = [rnd.around(r.lat, 1.5, 4), rnd.around(r.lon, 1.5, 4)];
  }
  const city = region && rnd.chance(0.8) ? rnd.pick(region.cities) : undefined;
  const status = BUILDING.includes(kind)
    ? rnd.weighted([
        [S.OPERATING, 55],
        [S.CONSTRUCTION, 20],
        [S.PLANNED, 20],
        [S.CANCELLED, 5],
      ] as const)
    : rnd.weighted([
        [S.OPERATING, 75],
        [S.IDLE, 8],
        [S.CLOSED, 7],
        [S.CONSTRUCTION, 5],
        [S.PLANNED, 5],
      ] as const);
  const startYear =
    status === S.PLANNED || status === S.CONSTRUCTION
      ? rnd.int(2024, 2029)
      : status === S.CLOSED
        ? rnd.int(1900, 2010)
        : rnd.int(1950, 2024);
  const place = city ?? region?.name ?? COUNTRIES.find((c) => c.code === country)?.name ?? 'Unsited';
  const name = `${operator === undefined ? 'Independent' : companyShortName(operator)} ${place} ${KIND_WORDS[kind]}`;
  out['facilities.csv'].row([
    f.id,
    name,
    kind,
    status,
    operator === undefined ? undefined : companyId(prefix, operator),
    country && `${prefix}${country}`,
    region && `${prefix}${region.code}`,
    city,
    lat,
    lon,
    rnd.chance(0.85) ? startYear : undefined,
    f.plan.sectors.map((s) => `${prefix}${s}`).join(';') || undefined,
    undefined,
    rnd.weighted([
      ['confirmed', 3],
      ['reported', 5],
      ['inferred', 2],
    ] as const),
    `synthetic:${ctx.seed}`,
  ]);
  for (const m of f.plan.produces) {
    const scale = kind === F.MINE ? 500_000 : kind === F.RECYCLING ? 30_000 : 100_000;
    out['outputs.csv'].row([f.id, `${prefix}${m}`, rnd.chance(0.9) ? rnd.int(10, scale / 10) * 10 : undefined, 't/y']);
  }
  for (const m of f.plan.consumes) out['inputs.csv'].row([f.id, `${prefix}${m}`]);
  if (operator !== undefined && rnd.chance(0.35)) {
    const share = rnd.pick([1, 0.51, 0.6, 0.75, 0.8]);
    out['ownership.csv'].row([companyId(prefix, operator), f.id, share]);
    const partner = (operator + rnd.int(1, ctx.companies - 1)) % ctx.companies;
    if (share < 1 && partner !== operator)
      out['ownership.csv'].row([companyId(prefix, partner), f.id, Number((1 - share).toFixed(2))]);
  }
}
