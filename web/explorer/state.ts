/**
 * The explorer's whole state, kept in the page's query string so that a URL reopens the same view
 * (filters, selected facility, graph, scenario, agreement, tab). Pure: no DOM.
 */

export const FILTER_KEYS = ['country', 'region', 'kind', 'status', 'sector', 'mineral', 'operator', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const GRAPH_MODES = ['upstream', 'downstream', 'neighbourhood', 'path'] as const;
export type GraphMode = (typeof GRAPH_MODES)[number];
export interface GraphRequest {
  mode: GraphMode;
  id: string;
  /** The other end, for a path. */
  to?: string;
}

export const TABS = ['facilities', 'graph', 'scenario', 'dependencies', 'chokepoints'] as const;
export type Tab = (typeof TABS)[number];

export interface ExplorerState {
  filters: Filters;
  /** The facility whose card is open. */
  facility?: string;
  graph?: GraphRequest;
  /** Scenario: ids of the entities that stop (facilities, companies, regions, countries). */
  remove: string[];
  /** Supply links drawn as arcs on the map. */
  arcs: boolean;
  /** The agreement whose bloc coverage is shown. */
  agreement?: string;
  tab: Tab;
}

export const EMPTY_STATE: ExplorerState = { filters: {}, remove: [], arcs: false, tab: 'facilities' };

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const isId = (v: string | null): v is string => v !== null && ID.test(v);

/** Reads a query string; anything malformed is dropped (a shared URL never breaks the page). */
export function parseState(search: string): ExplorerState {
  const p = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = p.get(key)?.trim();
    if (value) filters[key] = value.slice(0, 200);
  }
  const facility = p.get('facility');
  const tab = p.get('tab') as Tab | null;
  const state: ExplorerState = {
    filters,
    remove: [...new Set((p.get('remove') ?? '').split(',').filter(isId))].slice(0, 100),
    arcs: p.get('arcs') === '1',
    tab: tab && (TABS as readonly string[]).includes(tab) ? tab : 'facilities',
  };
  if (isId(facility)) state.facility = facility;
  const agreement = p.get('agreement');
  if (isId(agreement)) state.agreement = agreement;
  const graph = parseGraph(p.get('graph'));
  if (graph) state.graph = graph;
  return state;
}

/** `mode~id` or `path~from~to` (ids contain colons, never a tilde). */
function parseGraph(value: string | null): GraphRequest | undefined {
  if (!value) return undefined;
  const [mode, id, to] = value.split('~');
  if (!(GRAPH_MODES as readonly string[]).includes(mode) || !isId(id)) return undefined;
  if (mode === 'path') return isId(to ?? null) ? { mode, id, to } : undefined;
  return { mode: mode as GraphMode, id };
}

/** The query string of a state, keys in a fixed order, defaults left out. */
export function serializeState(state: ExplorerState): string {
  const p = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state.filters[key]) p.set(key, state.filters[key]);
  if (state.facility) p.set('facility', state.facility);
  if (state.graph)
    p.set('graph', [state.graph.mode, state.graph.id, ...(state.graph.to ? [state.graph.to] : [])].join('~'));
  if (state.remove.length) p.set('remove', state.remove.join(','));
  if (state.arcs) p.set('arcs', '1');
  if (state.agreement) p.set('agreement', state.agreement);
  if (state.tab !== 'facilities') p.set('tab', state.tab);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** The API's FacilityWhere for the filter panel: text is a case-insensitive name search. */
export function facilityWhere(filters: Filters): Record<string, string> {
  const where: Record<string, string> = {};
  const direct = ['country', 'region', 'kind', 'status', 'sector', 'operator'] as const;
  for (const key of direct) if (filters[key]) where[key] = filters[key]!;
  // A mineral selects the facilities producing it (the map shows where it comes from).
  if (filters.mineral) where.produces = filters.mineral;
  if (filters.q) where.nameContains = filters.q;
  return where;
}
