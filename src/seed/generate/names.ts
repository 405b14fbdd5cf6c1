/** Deterministic company names and tickers from an index: the generator never needs to hold them. */
const FIRST = [
  'Aurora',
  'Boreal',
  'Cascade',
  'Delta',
  'Evergreen',
  'Frontier',
  'Granite',
  'Horizon',
  'Ironwood',
  'Juniper',
  'Keystone',
  'Laurentian',
  'Maple',
  'Northern',
  'Pacific',
  'Prairie',
  'Ridge',
  'Summit',
  'Tundra',
  'Union',
  'Vista',
  'Western',
  'Yukon',
  'Zenith',
  'Sierra',
  'Atlas',
  'Coastal',
  'Great Lakes',
  'Rio Bravo',
  'Sonoran',
];
const SECOND = [
  'Lithium',
  'Metals',
  'Battery',
  'Energy',
  'Mining',
  'Materials',
  'Minerals',
  'Power',
  'Mobility',
  'Semiconductor',
  'Resources',
  'Industries',
  'Motors',
  'Chemicals',
];
const SUFFIX = ['Inc.', 'Corp.', 'Ltd.', 'LLC', 'S.A. de C.V.', 'Holdings'];

export function companyName(i: number): string {
  const first = FIRST[i % FIRST.length];
  const second = SECOND[Math.floor(i / FIRST.length) % SECOND.length];
  const suffix = SUFFIX[Math.floor(i / (FIRST.length * SECOND.length)) % SUFFIX.length];
  const round = Math.floor(i / (FIRST.length * SECOND.length * SUFFIX.length));
  return `${first} ${second}${round > 0 ? ` ${round + 1}` : ''} ${suffix}`;
}

/** The first word of the company's name, for facility names. */
export function companyShortName(i: number): string {
  return FIRST[i % FIRST.length];
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const facilityId = (prefix: string, i: number) => `${prefix}FAC-${pad(i, 7)}`;
export const companyId = (prefix: string, i: number) => `${prefix}COM-${pad(i, 6)}`;
export const offtakeId = (prefix: string, i: number) => `${prefix}AGR-OFF-${pad(i, 5)}`;
