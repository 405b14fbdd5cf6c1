import { type GenContext } from './context';
import { companyId, companyName } from './names';
import { COUNTRIES, MINERALS, NORTH_AMERICA, OVERSEAS_HQ, REGIONS, SECTORS } from './world';

/** Countries, regions, sectors, minerals and companies: the nodes facilities refer to. */
export function writeWorld(ctx: GenContext): void {
  const { prefix: p, out } = ctx;
  for (const c of COUNTRIES) out['countries.csv'].row([`${p}${c.code}`, c.name]);
  for (const r of REGIONS) out['regions.csv'].row([`${p}${r.code}`, r.name, `${p}${r.country}`]);
  for (const [id, name] of SECTORS) out['sectors.csv'].row([`${p}${id}`, name]);
  for (const m of MINERALS)
    out['minerals.csv'].row([`${p}${m.id}`, m.name, m.symbol, m.critical.join(';') || undefined]);
}

export async function writeCompanies(ctx: GenContext): Promise<void> {
  const { rnd, prefix: p, out } = ctx;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let i = 0; i < ctx.companies; i++) {
    const hq = rnd.chance(0.85)
      ? rnd.weighted([
          [NORTH_AMERICA[0], 35],
          [NORTH_AMERICA[1], 45],
          [NORTH_AMERICA[2], 20],
        ] as const)
      : rnd.pick(OVERSEAS_HQ);
    // Parents come earlier in the file, so ownership trees have no cycles.
    const parent = i > 0 && rnd.chance(0.15) ? companyId(p, rnd.int(0, i - 1)) : undefined;
    const ticker = rnd.chance(0.35)
      ? Array.from({ length: rnd.int(3, 4) }, () => rnd.pick([...letters])).join('')
      : undefined;
    const name = companyName(i);
    const website = rnd.chance(0.6)
      ? `https://www.${name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/-+$/, '')}.example`
      : undefined;
    out['companies.csv'].row([
      companyId(p, i),
      name,
      rnd.chance(0.95) ? `${p}${hq}` : undefined,
      parent,
      ticker,
      website,
    ]);
    if (i % 10_000 === 9_999) await out['companies.csv'].flush();
  }
}
