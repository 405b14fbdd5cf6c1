import { type SupplyLink, type SupplyNetwork } from './network';

export enum ChainDirection {
  UPSTREAM = 'UPSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
}

export interface ChainView {
  /** Facilities within maxDepth links of the root (root at depth 0), by depth then id. */
  facilities: Array<{ id: string; depth: number }>;
  /** Links between those facilities (of `mineral` when given; with or without a mineral otherwise). */
  links: SupplyLink[];
}

export interface ChainOptions {
  direction: ChainDirection;
  maxDepth: number;
  mineral?: string | null;
}

/** Breadth-first from the root along the links (against their direction upstream). */
export function supplyChainView(net: SupplyNetwork, root: string, options: ChainOptions): ChainView {
  const links = net.links.filter((l) => !options.mineral || l.minerals.includes(options.mineral));
  const next = new Map<string, string[]>();
  for (const l of links) {
    const [a, b] = options.direction === ChainDirection.UPSTREAM ? [l.to, l.from] : [l.from, l.to];
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  }
  const depth = new Map<string, number>([[root, 0]]);
  let frontier = [root];
  for (let d = 1; d <= options.maxDepth && frontier.length; d++) {
    const found: string[] = [];
    for (const v of frontier) {
      for (const u of next.get(v) ?? []) {
        if (depth.has(u)) continue;
        depth.set(u, d);
        found.push(u);
      }
    }
    frontier = found;
  }
  return {
    facilities: [...depth]
      .map(([id, d]) => ({ id, depth: d }))
      .sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id)),
    links: links.filter((l) => depth.has(l.from) && depth.has(l.to)),
  };
}
