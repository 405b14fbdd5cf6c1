import {
  type FacilityNode,
  type SupplyLink,
  type SupplyNetwork,
  supplyNetwork,
} from '../../../../src/analytics/algorithms/network';

/** `id` or `id@country` or `id@country/operator` (kind defaults to OTHER; `:KIND` suffix sets it). */
export type FacilitySpec = string;
/** `from>to:mineral` or `from>to:mineral=volume` (`li+ni`: several minerals); `from>to` for a link without a mineral. */
export type LinkSpec = string;

export function facility(spec: FacilitySpec): FacilityNode {
  const [head, kind] = spec.split(':');
  const [id, rest] = head.split('@');
  const [country, operators] = (rest ?? '').split('/');
  return {
    id,
    kind: kind ?? 'OTHER',
    country: country || null,
    region: null,
    operators: operators ? operators.split('+') : [],
  };
}

export function link(spec: LinkSpec): SupplyLink {
  const m = /^([^>]+)>([^:]+)(?::([^=]+)(?:=(.+))?)?$/.exec(spec);
  if (!m) throw new Error(`bad link spec ${spec}`);
  return {
    from: m[1],
    to: m[2],
    minerals: m[3] === undefined ? [] : m[3].split('+'),
    volume: m[4] === undefined ? null : Number(m[4]),
    properties: {},
  };
}

/** A network from specs; facilities named only in links are added without country. */
export function net(facilities: FacilitySpec[], links: LinkSpec[]): SupplyNetwork {
  const nodes = new Map(facilities.map((f) => [facility(f).id, facility(f)]));
  const ls = links.map(link);
  for (const l of ls) for (const id of [l.from, l.to]) if (!nodes.has(id)) nodes.set(id, facility(id));
  return supplyNetwork(nodes.values(), ls);
}

/** Shares keyed by id, rounded to 12 digits so hand-worked fractions compare exactly. */
export function rounded<T extends { share: number }>(items: T[], keyOf: (t: T) => string): Record<string, number> {
  return Object.fromEntries(items.map((i) => [keyOf(i), Math.round(i.share * 1e12) / 1e12]));
}
