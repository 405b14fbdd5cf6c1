import { type Need, PRODUCER_KINDS } from './chain';
import { type Cluster, type GenFacility } from './cluster';
import { type GenContext } from './context';
import { offtakeId } from './names';

/** Share of needs met from the previous cluster: enough to connect clusters, few enough that upstream stays bounded. */
const CROSS_CLUSTER = 0.05;
/** Suppliers per customer and need (mineral): 1 to 4, mostly 1 or 2. */
const SUPPLIERS_PER_NEED: ReadonlyArray<readonly [number, number]> = [
  [1, 45],
  [2, 30],
  [3, 17],
  [4, 8],
];

/** Writes the SUPPLIES links of a cluster: each facility buys each of its needs from 1-4 suppliers. */
export function writeSupply(ctx: GenContext, cluster: Cluster, previous: Cluster | undefined): void {
  const { rnd } = ctx;
  for (const customer of cluster.facilities) {
    for (const need of customer.plan.needs) {
      const pool = previous && rnd.chance(CROSS_CLUSTER) ? previous : cluster;
      let candidates = candidatesFor(pool, need);
      if (candidates.length === 0 && pool === cluster && previous) candidates = candidatesFor(previous, need);
      const suppliers = rnd.sample(
        candidates.filter((s) => s !== customer),
        rnd.weighted(SUPPLIERS_PER_NEED),
      );
      for (const s of suppliers) writeLink(ctx, s, customer, need);
    }
  }
}

function candidatesFor(pool: Cluster, need: Need): GenFacility[] {
  return need.from.flatMap((kind) =>
    PRODUCER_KINDS.includes(kind) && need.mineral
      ? (pool.producers.get(`${kind}|${need.mineral}`) ?? [])
      : (pool.byKind.get(kind) ?? []),
  );
}

function writeLink(ctx: GenContext, supplier: GenFacility, customer: GenFacility, need: Need): void {
  const { rnd, prefix } = ctx;
  const volume = rnd.chance(0.85)
    ? Number((rnd.next() * (need.unit === 'units/y' ? 200_000 : 20_000)).toFixed(1))
    : undefined;
  ctx.out['supply.csv'].row([
    supplier.id,
    customer.id,
    need.mineral && `${prefix}${need.mineral}`,
    need.product,
    volume,
    need.unit,
    rnd.chance(0.6) ? String(rnd.int(2005, 2025)) : undefined,
    rnd.chance(0.08) ? offtakeId(prefix, rnd.int(0, ctx.offtakes - 1)) : undefined,
  ]);
}
