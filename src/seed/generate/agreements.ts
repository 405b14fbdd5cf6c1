import { AgreementKind as K, AgreementStatus as S } from '../../domain/enums';
import { type GenContext } from './context';
import { companyId, facilityId, offtakeId, pad } from './names';

/** Four real-world framework agreements plus synthetic offtakes, investments and funding deals. */
const FRAMEWORKS = [
  {
    id: 'AGR-USMCA',
    name: 'United States-Mexico-Canada Agreement',
    kind: K.TRADE_AGREEMENT,
    signed: '2018-11-30',
    effective: '2020-07-01',
    parties: ['CA', 'US', 'MX'],
    scope: ['automotive', 'mining'],
    source: 'https://ustr.gov/trade-agreements/free-trade-agreements/united-states-mexico-canada-agreement',
  },
  {
    id: 'AGR-CA-US-JAP',
    name: 'Canada-U.S. Joint Action Plan on Critical Minerals Collaboration',
    kind: K.JOINT_ACTION_PLAN,
    signed: '2020-01-09',
    effective: undefined,
    parties: ['CA', 'US'],
    scope: ['lithium', 'nickel', 'cobalt', 'graphite', 'rare-earths'],
    source:
      'https://www.canada.ca/en/natural-resources-canada/news/2020/01/canada-and-us-finalize-joint-action-plan-on-critical-minerals-collaboration.html',
  },
  {
    id: 'AGR-US-IRA',
    name: 'Inflation Reduction Act',
    kind: K.LEGISLATION,
    signed: '2022-08-16',
    effective: undefined,
    parties: ['US'],
    scope: ['batteries', 'automotive'],
    source: undefined,
  },
  {
    id: 'AGR-US-CHIPS',
    name: 'CHIPS and Science Act',
    kind: K.LEGISLATION,
    signed: '2022-08-09',
    effective: undefined,
    parties: ['US'],
    scope: ['semiconductors'],
    source: undefined,
  },
];
const DEAL_MINERALS = ['lithium', 'nickel', 'cobalt', 'graphite', 'manganese', 'copper', 'rare-earths'];

export async function writeAgreements(ctx: GenContext): Promise<void> {
  const { rnd, prefix: p, out } = ctx;
  for (const a of FRAMEWORKS) {
    out['agreements.csv'].row([`${p}${a.id}`, a.name, a.kind, S.IN_FORCE, a.signed, a.effective, a.source, undefined]);
    for (const party of a.parties) out['agreement_parties.csv'].row([`${p}${a.id}`, `${p}${party}`, 'party']);
    for (const target of a.scope) out['agreement_scope.csv'].row([`${p}${a.id}`, `${p}${target}`]);
  }
  for (let i = 0; i < ctx.offtakes; i++) {
    const id = offtakeId(p, i);
    const kind = rnd.weighted([
      [K.OFFTAKE, 70],
      [K.INVESTMENT, 15],
      [K.FUNDING, 15],
    ] as const);
    const status = rnd.weighted([
      [S.SIGNED, 40],
      [S.IN_FORCE, 35],
      [S.NEGOTIATING, 15],
      [S.EXPIRED, 10],
    ] as const);
    const year = rnd.int(2012, 2025);
    const signed = status === S.NEGOTIATING ? undefined : `${year}-${pad(rnd.int(1, 12), 2)}-${pad(rnd.int(1, 28), 2)}`;
    const effective = signed && rnd.chance(0.5) ? `${year + 1}-01-01` : undefined;
    const mineral = rnd.pick(DEAL_MINERALS);
    out['agreements.csv'].row([
      id,
      `${kind === K.OFFTAKE ? 'Offtake' : kind === K.INVESTMENT ? 'Investment' : 'Funding'} ${i + 1} (${mineral})`,
      kind,
      status,
      signed,
      effective,
      undefined,
      `synthetic:${ctx.seed}`,
    ]); // no source document: synthetic (a `source` must be an http(s) URL)
    const [a, b] = [rnd.int(0, ctx.companies - 1), rnd.int(0, ctx.companies - 1)];
    const roles = kind === K.FUNDING ? ['lender', 'borrower'] : ['buyer', 'seller'];
    out['agreement_parties.csv'].row([id, companyId(p, a), roles[0]]);
    if (b !== a) out['agreement_parties.csv'].row([id, companyId(p, b), roles[1]]);
    if (rnd.chance(0.2)) out['agreement_parties.csv'].row([id, `${p}${rnd.pick(['CA', 'US', 'MX'])}`, 'guarantor']);
    out['agreement_scope.csv'].row([id, `${p}${mineral}`]);
    for (const f of new Set(Array.from({ length: rnd.int(1, 2) }, () => rnd.int(0, ctx.facilities - 1))))
      out['agreement_scope.csv'].row([id, facilityId(p, f)]);
    if (i % 10_000 === 9_999)
      await Promise.all([
        out['agreements.csv'].flush(),
        out['agreement_parties.csv'].flush(),
        out['agreement_scope.csv'].flush(),
      ]);
  }
}
