/** Colours and sizes of the explorer: one rule each, shared by the map, the graph and the legend. */

/**
 * By step of the value chain: extraction browns, processing reds and oranges, battery materials and cells
 * greens, vehicles blue, magnets and semiconductors purples. A kind the explorer does not know yet is grey.
 */
export const KIND_COLOURS: Record<string, string> = {
  MINE: '#8c564b',
  CONCENTRATOR: '#a0785a',
  SMELTER: '#d62728',
  ALUMINIUM_SMELTER: '#843c39',
  REFINERY: '#ff7f0e',
  PRECURSOR_CATHODE: '#bcbd22',
  CATHODE: '#dbdb8d',
  ANODE: '#7f7f7f',
  BATTERY_COMPONENT: '#637939',
  CELL: '#2ca02c',
  PACK: '#98df8a',
  EV_ASSEMBLY: '#1f77b4',
  MAGNET: '#393b79',
  POLYSILICON: '#6b6ecf',
  WAFER: '#9c9ede',
  SEMICONDUCTOR_FAB: '#9467bd',
  SEMICONDUCTOR_PACKAGING: '#c5b0d5',
  POWER_PLANT: '#17becf',
  RECYCLING: '#e377c2',
  OTHER: '#c7c7c7',
};

export const kindColour = (kind: string) => KIND_COLOURS[kind] ?? '#c7c7c7';

export const IMPACT_COLOURS = { removed: '#111111', 'cut-off': '#d7191c', degraded: '#fdae61' } as const;

/**
 * Marker radius from nameplate capacity: 3 px without one, then 3 + log10(capacity) px up to 9 px.
 * Units differ between kinds (t/y, GWh/y, MW), so sizes compare facilities of one kind; the log keeps
 * a 1,000× larger plant a few pixels larger rather than covering its neighbours.
 */
export function markerRadius(capacity: number | null): number {
  if (capacity === null || !(capacity > 0)) return 3;
  return Math.min(9, 3 + Math.max(0, Math.log10(capacity)));
}

export const pct = (share: number) => `${(share * 100).toFixed(share > 0 && share < 0.01 ? 2 : 0)}%`;

export const humanKind = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');
