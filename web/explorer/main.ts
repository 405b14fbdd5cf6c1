import { Api, ApiError } from './api';
import { type CardFacility, renderCard } from './card';
import { barChart } from './charts';
import { clear, h } from './dom';
import { type GraphData, type GraphLink, type GraphNode, renderGraph } from './graph';
import { chainColumn } from './layout';
import { MapView, type Outlines } from './map';
import * as Q from './queries';
import {
  type ExplorerState,
  facilityWhere,
  type FilterKey,
  type Filters,
  type GraphRequest,
  parseState,
  serializeState,
  type Tab,
  TABS,
} from './state';
import { humanKind, IMPACT_COLOURS, KIND_COLOURS, pct } from './style';
import { table } from './table';
import type { ImpactMark, ImpactResult, ImpactedFacility, MapFacility, Named, SupplyLink } from './types';

interface Config {
  endpoint: string;
  assetsPath: string;
  playgroundPath: string | null;
}

interface Options {
  countries: Named[];
  regions: (Named & { country: { id: string } | null })[];
  sectors: Named[];
  minerals: Named[];
  companies: Named[];
  agreements: (Named & { kind: string })[];
}

const TAB_TITLES: Record<Tab, string> = {
  facilities: 'Facilities',
  graph: 'Graph',
  scenario: 'Scenario',
  dependencies: 'Dependencies',
  chokepoints: 'Choke points',
};

/** Links of the map's arcs are fetched for at most this many facilities (pages of 80). */
const MAX_ARC_FACILITIES = 4000;

/**
 * The explorer: one state (state.ts, mirrored in the URL), the map, the facility card, and tabs for
 * the table of facilities, the graph, the scenario, dependencies and choke points. Every number it
 * shows comes from the public GraphQL API.
 */
class Explorer {
  private state: ExplorerState;
  private readonly api: Api;
  /** Made once the outlines are in; facilities may arrive before. */
  private map: MapView | undefined;
  private options!: Options;
  private linkEvidence: string[] = [];
  private edgeEvidence: string[] = [];
  private kinds: string[] = [];
  private statuses: string[] = [];
  private facilities: MapFacility[] = [];
  private total = 0;
  private loadToken = 0;
  private links: SupplyLink[] = [];
  private linksNote = '';
  private impact = new Map<string, ImpactMark>();
  private impactResult: ImpactResult | undefined;
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly root: HTMLElement;
  private readonly ui: {
    filters: HTMLFormElement;
    scenario: HTMLElement;
    mapHost: HTMLElement;
    card: HTMLElement;
    tabs: HTMLElement;
    panel: HTMLElement;
    status: HTMLElement;
    share: HTMLInputElement;
    messages: HTMLElement;
  };

  constructor(private readonly config: Config) {
    this.api = new Api(config.endpoint);
    this.state = parseState(location.search);
    this.root = document.getElementById('explorer')!;
    this.ui = {
      filters: h('form', { class: 'filters', id: 'filters' }),
      scenario: h('section', { class: 'scenario-controls', id: 'scenario-controls' }),
      mapHost: h('div', { class: 'map-host', id: 'map-host' }),
      card: h('aside', { class: 'card-host', id: 'card' }),
      tabs: h('nav', { class: 'tabs', role: 'tablist' }),
      panel: h('section', { class: 'panel', id: 'panel' }),
      status: h('span', { class: 'status', id: 'status' }),
      share: h('input', { id: 'share-url', readonly: true, 'aria-label': 'Link to this view' }),
      messages: h('div', { class: 'messages', id: 'messages', role: 'alert' }),
    };
    this.api.onActivity(() => (document.body.dataset.pending = String(this.api.pending)));
  }

  async start(): Promise<void> {
    clear(this.root);
    this.root.append(this.shell());
    // The map's facilities start loading at once: they need neither the outlines nor the filter lists.
    const facilities = this.loadFacilities();
    const [outlines, schema, options] = await Promise.all([
      this.outlines(),
      this.api.query<SchemaAnswer>(Q.SCHEMA_FIELDS),
      this.api.query<{ [K in keyof Options]: { nodes: Options[K] } }>(Q.OPTIONS),
    ]);
    this.options = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, v.nodes])) as unknown as Options;
    const has = (type: { fields: { name: string }[] } | null) => (f: string) =>
      !!type?.fields.some((x) => x.name === f);
    this.linkEvidence = Q.EVIDENCE_FIELDS.filter(has(schema.link));
    this.edgeEvidence = Q.EVIDENCE_FIELDS.filter(has(schema.edge));
    this.kinds = schema.kinds?.enumValues.map((v) => v.name) ?? [];
    this.statuses = schema.statuses?.enumValues.map((v) => v.name) ?? [];
    this.renderFilters();
    this.renderScenarioControls();
    this.map = new MapView(this.ui.mapHost, outlines, (id) => this.selectFacility(id));
    this.map.setFacilities(this.facilities);
    this.map.setLinks(this.links);
    this.writeUrl();
    this.renderTabs();
    // The panel may show the scenario: it is drawn once the impact is known.
    const loads: Promise<unknown>[] = [facilities, this.loadImpact().then(() => this.renderPanel())];
    if (this.state.facility) loads.push(this.openCard(this.state.facility));
    await Promise.all(loads);
    document.body.dataset.ready = '1';
  }

  // --- Layout ---

  private shell(): HTMLElement {
    return h(
      'div',
      { class: 'layout' },
      h(
        'header',
        { class: 'top' },
        h('h1', {}, 'North American Industrial Graph · explorer'),
        this.ui.status,
        h(
          'div',
          { class: 'share' },
          this.ui.share,
          h('button', { type: 'button', id: 'copy-link', onclick: () => void this.copyLink() }, 'Copy link'),
        ),
        this.config.playgroundPath
          ? h('a', { href: this.config.playgroundPath, class: 'to-playground' }, 'GraphQL playground')
          : null,
      ),
      h('aside', { class: 'side' }, this.ui.filters, this.ui.scenario, this.legend()),
      h('main', { class: 'centre' }, this.ui.mapHost, this.ui.tabs, this.ui.panel),
      this.ui.card,
      this.ui.messages,
    );
  }

  private legend(): HTMLElement {
    const item = (colour: string, label: string) => {
      const swatch = h('span', { class: 'swatch' });
      swatch.style.background = colour;
      return h('li', {}, swatch, label);
    };
    return h(
      'section',
      { class: 'legend' },
      h('h2', {}, 'Legend'),
      h(
        'ul',
        {},
        Object.entries(KIND_COLOURS).map(([kind, colour]) => item(colour, humanKind(kind))),
      ),
      h('p', { class: 'hint' }, 'Marker size: log of nameplate capacity (compare within a kind). Numbers: clusters.'),
      h(
        'ul',
        {},
        item(IMPACT_COLOURS.removed, 'removed in the scenario'),
        item(IMPACT_COLOURS['cut-off'], 'cut off (a mineral at 0%)'),
        item(IMPACT_COLOURS.degraded, 'degraded (retained share below 100%)'),
      ),
    );
  }

  private async outlines(): Promise<Outlines> {
    const get = async <T>(file: string): Promise<T> => {
      const res = await fetch(`${this.config.assetsPath}/${file}`);
      if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
      return (await res.json()) as T;
    };
    const [countries, states] = await Promise.all([
      get<Outlines['countries']>('countries-50m.json'),
      get<Outlines['states']>('states-10m.json'),
    ]);
    return { countries, states };
  }

  // --- Filters ---

  private renderFilters(): void {
    const f = this.state.filters;
    const select = (key: FilterKey, label: string, values: { id: string; name: string }[]) =>
      h(
        'label',
        {},
        label,
        h(
          'select',
          { name: key, 'data-filter': key, onchange: () => this.readFilters() },
          h('option', { value: '' }, 'any'),
          values.map((v) => h('option', { value: v.id, selected: f[key] === v.id }, v.name)),
        ),
      );
    const regions = this.options.regions.filter((r) => !f.country || r.country?.id === f.country);
    const enumValues = (values: string[]) => values.map((v) => ({ id: v, name: humanKind(v) }));
    let debounce = 0;
    clear(this.ui.filters);
    this.ui.filters.append(
      h('h2', {}, 'Filter'),
      h(
        'label',
        {},
        'Name contains',
        h('input', {
          name: 'q',
          type: 'search',
          'data-filter': 'q',
          value: f.q ?? '',
          oninput: () => {
            clearTimeout(debounce);
            debounce = window.setTimeout(() => this.readFilters(), 350);
          },
        }),
      ),
      select('country', 'Country', this.options.countries),
      select('region', 'Province / state', regions),
      select('kind', 'Kind', enumValues(this.kinds)),
      select('status', 'Status', enumValues(this.statuses)),
      select('sector', 'Sector', this.options.sectors),
      select('mineral', 'Produces mineral', this.options.minerals),
      h(
        'label',
        {},
        'Operator',
        h('input', {
          name: 'operator',
          list: 'companies',
          'data-filter': 'operator',
          placeholder: 'company name or id',
          value: this.companyName(f.operator) ?? '',
          onchange: () => this.readFilters(),
        }),
        h(
          'datalist',
          { id: 'companies' },
          this.options.companies.map((c) => h('option', { value: c.name })),
        ),
      ),
      h(
        'label',
        { class: 'inline' },
        h('input', {
          type: 'checkbox',
          name: 'arcs',
          id: 'arcs',
          checked: this.state.arcs,
          onchange: (e: Event) => this.setArcs((e.target as HTMLInputElement).checked),
        }),
        'Draw supply links',
      ),
      h('button', { type: 'button', onclick: () => this.setFilters({}) }, 'Reset filters'),
    );
    this.ui.filters.addEventListener('submit', (e) => e.preventDefault());
  }

  private companyName(id: string | undefined): string | undefined {
    return id ? (this.options.companies.find((c) => c.id === id)?.name ?? id) : undefined;
  }

  private readFilters(): void {
    const form = new FormData(this.ui.filters);
    const filters: Filters = {};
    for (const key of ['q', 'country', 'region', 'kind', 'status', 'sector', 'mineral', 'operator'] as FilterKey[]) {
      const entry = form.get(key);
      const value = typeof entry === 'string' ? entry.trim() : '';
      if (value) filters[key] = value;
    }
    // The operator box takes a company name (from the list) or an id.
    if (filters.operator)
      filters.operator = this.options.companies.find((c) => c.name === filters.operator)?.id ?? filters.operator;
    // A region of another country would match nothing: drop it.
    if (filters.region && filters.country && !filters.region.startsWith(`${filters.country}-`)) delete filters.region;
    this.setFilters(filters);
  }

  private setFilters(filters: Filters): void {
    const countryChanged = filters.country !== this.state.filters.country;
    this.state.filters = filters;
    this.writeUrl();
    if (countryChanged || Object.keys(filters).length === 0) this.renderFilters();
    void this.loadFacilities();
  }

  private setArcs(on: boolean): void {
    this.state.arcs = on;
    this.writeUrl();
    if (on) void this.loadLinks(this.loadToken);
    else {
      this.links = [];
      this.map?.setLinks([]);
    }
  }

  // --- Map data ---

  private async loadFacilities(): Promise<void> {
    const token = ++this.loadToken;
    const where = facilityWhere(this.state.filters);
    const loaded: MapFacility[] = [];
    this.ui.status.dataset.complete = '0';
    let after: string | null = null;
    try {
      for (;;) {
        const { facilities }: MapAnswer = await this.api.query<MapAnswer>(Q.MAP_PAGE, { where, after });
        if (token !== this.loadToken) return;
        for (const n of facilities.nodes) loaded.push(toMapFacility(n));
        this.facilities = loaded;
        this.total = facilities.totalCount;
        this.map?.setFacilities(loaded);
        this.showStatus();
        if (!facilities.pageInfo.hasNextPage) break;
        after = facilities.pageInfo.endCursor;
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    // Removal of a company, region or country marks the facilities it takes out: known once loaded.
    if (this.impactResult && this.map) {
      this.impact = impactMarks(this.impactResult, this.state.remove, loaded);
      this.map.setImpact(this.impact);
    }
    this.ui.status.dataset.complete = '1';
    this.showStatus();
    if (this.state.tab === 'facilities') void this.renderPanel();
    if (this.state.arcs) await this.loadLinks(token);
  }

  private showStatus(): void {
    const unlocated = this.facilities.filter((f) => f.latitude === null).length;
    const s = this.ui.status;
    s.dataset.total = String(this.total);
    s.dataset.loaded = String(this.facilities.length);
    s.dataset.unlocated = String(unlocated);
    s.textContent =
      `${this.total.toLocaleString('en-US')} facilities match` +
      (this.facilities.length < this.total ? ` · ${this.facilities.length.toLocaleString('en-US')} loaded` : '') +
      (unlocated ? ` · ${unlocated} without a location (not on the map)` : '') +
      (this.linksNote ? ` · ${this.linksNote}` : '');
  }

  private async loadLinks(token: number): Promise<void> {
    const where = facilityWhere(this.state.filters);
    const links: SupplyLink[] = [];
    let after: string | null = null;
    let facilities = 0;
    let truncated = false;
    this.ui.mapHost.dataset.linksComplete = '0';
    try {
      for (;;) {
        const answer: LinksAnswer = await this.api.query<LinksAnswer>(Q.LINKS_PAGE(this.linkEvidence), {
          where,
          after,
        });
        if (token !== this.loadToken || !this.state.arcs) return;
        for (const n of answer.facilities.nodes) {
          if (n.customers.totalCount > n.customers.edges.length) truncated = true;
          for (const e of n.customers.edges) links.push(toLink(n.id, e));
        }
        facilities += answer.facilities.nodes.length;
        this.links = links;
        this.map?.setLinks(links);
        if (!answer.facilities.pageInfo.hasNextPage) break;
        if (facilities >= MAX_ARC_FACILITIES) {
          truncated = true;
          break;
        }
        after = answer.facilities.pageInfo.endCursor;
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    this.linksNote = `${links.length} supply links${truncated ? ' (first 20 per facility, first 4,000 facilities)' : ''}`;
    this.ui.mapHost.dataset.linksComplete = '1';
    this.showStatus();
  }

  // --- Card ---

  private selectFacility(id: string): void {
    this.state.facility = id;
    this.writeUrl();
    void this.openCard(id);
    if (this.state.tab === 'dependencies' || this.state.tab === 'chokepoints') void this.renderPanel();
  }

  private async openCard(id: string): Promise<void> {
    this.map?.setSelected(id);
    try {
      const { facility } = await this.api.query<{ facility: CardFacility | null }>(Q.CARD(this.linkEvidence), { id });
      if (this.state.facility !== id) return;
      if (!facility) {
        clear(this.ui.card);
        this.ui.card.append(h('p', { class: 'empty' }, `No facility ${id}.`));
        return;
      }
      renderCard(this.ui.card, facility, this.impact.get(id), this.linkEvidence, (m) => this.mineralName(m), {
        select: (other) => this.selectFacility(other),
        graph: (mode) => this.showGraph({ mode, id }),
        dependencies: () => this.setTab('dependencies'),
        chokePoints: () => this.setTab('chokepoints'),
        remove: (entity) => this.addRemoval(entity),
        close: () => {
          this.state.facility = undefined;
          this.map?.setSelected(undefined);
          clear(this.ui.card);
          this.writeUrl();
        },
      });
    } catch (error) {
      this.fail(error);
    }
  }

  private mineralName(id: string): string {
    return this.options.minerals.find((m) => m.id === id)?.name ?? id;
  }

  // --- Tabs ---

  private renderTabs(): void {
    clear(this.ui.tabs);
    for (const tab of TABS)
      this.ui.tabs.append(
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            'data-tab': tab,
            'aria-selected': String(this.state.tab === tab),
            class: this.state.tab === tab ? 'active' : undefined,
            onclick: () => this.setTab(tab),
          },
          TAB_TITLES[tab],
        ),
      );
  }

  private setTab(tab: Tab): void {
    this.state.tab = tab;
    this.writeUrl();
    this.renderTabs();
    void this.renderPanel();
  }

  private async renderPanel(): Promise<void> {
    const tab = this.state.tab;
    const panel = this.ui.panel;
    panel.dataset.tab = tab;
    // The graph and the charts get most of the height; the map shrinks (and keeps its scenario colours).
    panel.parentElement?.classList.toggle('wide-panel', tab === 'graph' || tab === 'dependencies');
    panel.dataset.ready = '0';
    clear(panel);
    try {
      const content = await this.panelContent(tab);
      if (this.state.tab !== tab) return;
      clear(panel);
      panel.append(content);
      // Graphs draw into the panel once it is in the document (they measure nothing, but zoom needs it).
      if (tab === 'graph' && this.state.graph) await this.drawGraph(panel);
      panel.dataset.ready = '1';
    } catch (error) {
      this.fail(error);
    }
  }

  private async panelContent(tab: Tab): Promise<Node> {
    switch (tab) {
      case 'facilities':
        return this.facilitiesTable();
      case 'graph':
        return this.graphControls();
      case 'scenario':
        return this.scenarioPanel();
      case 'dependencies':
        return this.dependenciesPanel();
      case 'chokepoints':
        return this.chokePointsPanel();
    }
  }

  private facilitiesTable(): Node {
    return table<MapFacility>({
      name: 'facilities',
      caption: 'Facilities of the filter',
      rows: this.facilities,
      rowId: (f) => f.id,
      onRowClick: (f) => this.selectFacility(f.id),
      columns: [
        { header: 'id', value: (f) => f.id },
        { header: 'name', value: (f) => f.name },
        { header: 'kind', value: (f) => f.kind },
        { header: 'status', value: (f) => f.status },
        { header: 'country', value: (f) => f.country },
        { header: 'region', value: (f) => f.region },
        { header: 'capacity', value: (f) => f.capacity },
        { header: 'unit', value: (f) => f.unit },
        { header: 'latitude', value: (f) => f.latitude },
        { header: 'longitude', value: (f) => f.longitude },
        ...(this.impact.size
          ? [
              { header: 'scenario', value: (f: MapFacility) => this.impact.get(f.id)?.status ?? 'unaffected' },
              { header: 'retained', value: (f: MapFacility) => this.impact.get(f.id)?.retained ?? 1 },
            ]
          : []),
      ],
    });
  }

  // --- Graph ---

  private showGraph(request: GraphRequest): void {
    this.state.graph = request;
    this.setTab('graph');
  }

  private graphControls(): Node {
    const to = h('input', {
      id: 'path-to',
      list: 'path-targets',
      placeholder: 'facility id, e.g. fac:tesla-giga-texas',
    });
    return h(
      'div',
      { class: 'graph-panel' },
      h(
        'form',
        {
          class: 'path-form',
          onsubmit: (e: Event) => {
            e.preventDefault();
            const from = this.state.facility;
            if (from && to.value.trim()) this.showGraph({ mode: 'path', id: from, to: to.value.trim() });
          },
        },
        this.state.facility ? `Supply path from ${this.state.facility} to ` : 'Select a facility, then a path to ',
        to,
        h(
          'datalist',
          { id: 'path-targets' },
          this.facilities.slice(0, 500).map((f) => h('option', { value: f.id }, f.name)),
        ),
        h('button', { type: 'submit', disabled: !this.state.facility }, 'Path'),
      ),
      h(
        'div',
        { class: 'graph-host', id: 'graph-host' },
        this.state.graph
          ? null
          : h('p', { class: 'empty' }, 'Open a facility and choose a chain or its neighbourhood.'),
      ),
    );
  }

  private async drawGraph(panel: HTMLElement): Promise<void> {
    const request = this.state.graph!;
    const data = await this.cached(`graph:${request.mode}:${request.id}:${request.to ?? ''}`, () =>
      this.graphData(request),
    );
    const host = panel.querySelector<HTMLElement>('#graph-host')!;
    renderGraph(host, data, this.impact, (id, label) => {
      if (label === 'Facility') this.selectFacility(id);
    });
    host.append(this.graphTables(data));
  }

  private graphTables(data: GraphData): Node {
    const names = new Map(data.nodes.map((n) => [n.id, n.name]));
    return h(
      'div',
      { class: 'tables' },
      table<GraphNode>({
        name: 'graph-nodes',
        caption: 'Entities of the graph',
        rows: data.nodes,
        rowId: (n) => n.id,
        columns: [
          { header: 'id', value: (n) => n.id },
          { header: 'name', value: (n) => n.name },
          { header: 'kind', value: (n) => n.kind ?? n.label },
          { header: 'column', value: (n) => n.column },
          { header: 'scenario', value: (n) => this.impact.get(n.id)?.status ?? '' },
          { header: 'retained', value: (n) => this.impact.get(n.id)?.retained ?? '' },
        ],
      }),
      table<GraphLink>({
        name: 'graph-links',
        caption: 'Relationships of the graph',
        rows: data.links,
        columns: [
          { header: 'from', value: (l) => l.from },
          { header: 'from name', value: (l) => names.get(l.from) },
          { header: 'to', value: (l) => l.to },
          { header: 'to name', value: (l) => names.get(l.to) },
          { header: 'type', value: (l) => l.type },
          { header: 'label', value: (l) => l.text },
          { header: 'confidence', value: (l) => l.confidence },
        ],
      }),
    );
  }

  private async graphData(request: GraphRequest): Promise<GraphData> {
    if (request.mode === 'upstream' || request.mode === 'downstream') return this.chainGraph(request.mode, request.id);
    if (request.mode === 'neighbourhood') return this.neighbourhoodGraph(request.id);
    return this.pathGraph(request.id, request.to!);
  }

  private linkText(
    mineral: string | null | undefined,
    volume: number | null | undefined,
    unit: string | null | undefined,
  ) {
    const parts = [mineral ? this.mineralName(mineral) : 'no mineral'];
    if (volume !== null && volume !== undefined) parts.push(`${volume.toLocaleString('en-US')} ${unit ?? ''}`.trim());
    return parts.join(' · ');
  }

  private async chainGraph(direction: 'upstream' | 'downstream', id: string): Promise<GraphData> {
    const { supplyChain } = await this.api.query<ChainAnswer>(Q.SUPPLY_CHAIN(this.edgeEvidence), {
      id,
      direction: direction.toUpperCase(),
    });
    const deepest = Math.max(0, ...supplyChain.facilities.map((f) => f.depth));
    const nodes: GraphNode[] = supplyChain.facilities.map((f) => ({
      id: f.facility.id,
      name: f.facility.name,
      kind: f.facility.kind,
      label: 'Facility',
      column: chainColumn(direction, f.depth, deepest),
    }));
    const confidence = this.edgeEvidence.includes('confidence')
      ? undefined
      : await this.linkConfidence(nodes.map((n) => n.id));
    const links: GraphLink[] = supplyChain.links.map((l) => ({
      from: l.from,
      to: l.to,
      type: 'SUPPLIES',
      text: this.linkText(l.mineral, l.volume, l.unit),
      confidence: confidenceOf(l.confidence) ?? confidence?.get(`${l.from}>${l.to}>${l.mineral ?? ''}`) ?? null,
    }));
    return {
      title: `${direction === 'upstream' ? 'Upstream' : 'Downstream'} supply chain of ${supplyChain.root.name}`,
      note: `${nodes.length} facilities, ${links.length} links, up to ${supplyChain.maxDepth} links away`,
      anchor: direction === 'upstream' ? 'right' : 'left',
      nodes,
      links,
    };
  }

  /** Confidence of the links among the facilities, read from their customers' link evidence (batches within the cost limit). */
  private async linkConfidence(ids: string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 150) {
      const batch = ids.slice(i, i + 150);
      const { facilities } = await this.api.query<EvidenceAnswer>(Q.LINK_EVIDENCE, { ids: batch, first: batch.length });
      for (const f of facilities.nodes)
        for (const e of f.customers.edges)
          if (e.confidence) result.set(`${f.id}>${e.node.id}>${e.mineral ?? ''}`, e.confidence.toLowerCase());
    }
    return result;
  }

  private async neighbourhoodGraph(id: string): Promise<GraphData> {
    const { neighborhood } = await this.api.query<NeighbourhoodAnswer>(Q.NEIGHBOURHOOD, { id });
    // Suppliers left of the centre, customers right, everything else (companies, places, minerals) in a column of its own.
    const column = new Map<string, number>([[id, 1]]);
    for (const e of neighborhood.edges) {
      if (e.type !== 'SUPPLIES') continue;
      if (e.to === id && !column.has(e.from)) column.set(e.from, 0);
      if (e.from === id && !column.has(e.to)) column.set(e.to, 2);
    }
    const nodes: GraphNode[] = neighborhood.nodes.map((n) => ({
      id: n.entity.id,
      name: n.entity.name,
      kind: n.entity.kind ?? null,
      label: n.entity.label,
      column: column.get(n.entity.id) ?? 3,
    }));
    const links: GraphLink[] = neighborhood.edges.map((e) => ({
      from: e.from,
      to: e.to,
      type: e.type,
      text:
        e.type === 'SUPPLIES'
          ? this.linkText(str(e.properties.mineral), num(e.properties.volume), str(e.properties.unit))
          : e.type.toLowerCase().replace(/_/g, ' '),
      confidence: confidenceOf(e.properties.confidence),
    }));
    const centre = nodes.find((n) => n.id === id)?.name ?? id;
    return {
      title: `Neighbourhood of ${centre}`,
      note: neighborhood.truncated ? '(truncated)' : undefined,
      nodes,
      links,
    };
  }

  private async pathGraph(from: string, to: string): Promise<GraphData> {
    const { shortestPath } = await this.api.query<PathAnswer>(Q.PATH, { from, to });
    if (!shortestPath) return { title: `No supply path from ${from} to ${to} within 10 links`, nodes: [], links: [] };
    const nodes: GraphNode[] = shortestPath.entities.map((e, i) => ({
      id: e.id,
      name: e.name,
      kind: e.kind ?? null,
      label: e.label,
      column: i,
    }));
    const links: GraphLink[] = shortestPath.relationships.map((r) => ({
      from: r.from,
      to: r.to,
      type: r.type,
      text: this.linkText(str(r.properties.mineral), num(r.properties.volume), str(r.properties.unit)),
      confidence: confidenceOf(r.properties.confidence),
    }));
    return {
      title: `Supply path: ${nodes[0]?.name} → ${nodes.at(-1)?.name}`,
      note: `${shortestPath.length} links`,
      nodes,
      links,
    };
  }

  // --- Scenario ---

  private renderScenarioControls(): void {
    const box = this.ui.scenario;
    clear(box);
    const results = h('ul', { class: 'search-results', id: 'scenario-results' });
    let debounce = 0;
    const input = h('input', {
      type: 'search',
      id: 'scenario-search',
      placeholder: 'facility, company, region, country',
      oninput: () => {
        clearTimeout(debounce);
        debounce = window.setTimeout(() => void this.searchRemovals(input.value, results), 300);
      },
    });
    const names = new Map((this.impactResult?.removed ?? []).map((r) => [r.id, r.name]));
    box.append(
      h('h2', {}, 'Scenario: remove'),
      input,
      results,
      h(
        'ul',
        { class: 'chips', id: 'removed' },
        this.state.remove.map((id) =>
          h(
            'li',
            { 'data-id': id },
            names.get(id) ?? id,
            h('button', { type: 'button', title: 'Put back', onclick: () => this.dropRemoval(id) }, '×'),
          ),
        ),
      ),
      ...(this.state.remove.length
        ? [h('button', { type: 'button', onclick: () => this.setRemovals([]) }, 'Clear scenario')]
        : []),
    );
  }

  private async searchRemovals(text: string, results: HTMLElement): Promise<void> {
    clear(results);
    if (text.trim().length < 2) return;
    try {
      const { search } = await this.api.query<{ search: { entity: Named & { label: string } }[] }>(Q.SEARCH, { text });
      for (const hit of search)
        results.append(
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', onclick: () => this.addRemoval(hit.entity.id) },
              `${hit.entity.name} (${hit.entity.label.toLowerCase()})`,
            ),
          ),
        );
    } catch (error) {
      this.fail(error);
    }
  }

  private addRemoval(id: string): void {
    if (!this.state.remove.includes(id)) this.setRemovals([...this.state.remove, id]);
    else this.setTab('scenario');
  }

  private dropRemoval(id: string): void {
    this.setRemovals(this.state.remove.filter((r) => r !== id));
  }

  private setRemovals(ids: string[]): void {
    this.state.remove = ids;
    this.state.tab = 'scenario';
    this.writeUrl();
    this.renderTabs();
    void this.loadImpact().then(() => this.renderPanel());
  }

  private async loadImpact(): Promise<void> {
    const ids = this.state.remove;
    if (!ids.length) {
      this.impactResult = undefined;
      this.impact = new Map();
    } else {
      try {
        const { impact } = await this.api.query<{ impact: ImpactResult }>(Q.IMPACT, { remove: ids });
        if (this.state.remove !== ids) return;
        this.impactResult = impact;
        this.impact = impactMarks(impact, ids, this.facilities);
      } catch (error) {
        this.fail(error);
        return;
      }
    }
    this.map?.setImpact(this.impact);
    this.renderScenarioControls();
    if (this.state.facility) void this.openCard(this.state.facility);
  }

  private scenarioPanel(): Node {
    const result = this.impactResult;
    if (!result)
      return h(
        'p',
        { class: 'empty' },
        'Remove facilities, companies, regions or countries (left panel, or a facility card) to see who is cut off.',
      );
    const rows = [...result.cutOff, ...result.degraded];
    const minerals = (f: ImpactedFacility) => f.minerals.map((m) => `${m.mineral.name} ${pct(m.retained)}`).join('; ');
    return h(
      'div',
      { class: 'scenario-panel' },
      h(
        'p',
        {
          class: 'summary',
          id: 'scenario-summary',
          'data-cut-off': result.cutOffCount,
          'data-degraded': result.degradedCount,
        },
        `Removing ${result.removed.map((r) => r.name).join(', ')} (${result.removedFacilityCount} ${
          result.removedFacilityCount === 1 ? 'facility' : 'facilities'
        }): `,
        h('strong', {}, `${result.cutOffCount} cut off`),
        `, ${result.degradedCount} degraded.`,
      ),
      table<ImpactedFacility>({
        name: 'scenario',
        caption: 'Cut-off and degraded facilities, lowest retained share first',
        rows,
        rowId: (r) => r.facility.id,
        onRowClick: (r) => this.selectFacility(r.facility.id),
        columns: [
          { header: 'id', value: (r) => r.facility.id },
          { header: 'name', value: (r) => r.facility.name },
          { header: 'kind', value: (r) => r.facility.kind },
          { header: 'status', value: (r) => (r.status === 'CUT_OFF' ? 'cut off' : 'degraded') },
          { header: 'lowest retained', value: (r) => Math.min(...r.minerals.map((m) => m.retained)) },
          { header: 'retained by mineral', value: minerals },
          {
            header: 'depends on',
            value: (r) => [...new Set(r.minerals.flatMap((m) => m.dependsOn.map((d) => d.name)))].join('; '),
          },
        ],
      }),
    );
  }

  // --- Dependencies and coverage ---

  private async dependenciesPanel(): Promise<Node> {
    const id = this.state.facility;
    if (!id) return h('p', { class: 'empty' }, 'Select a facility to see where its supply comes from.');
    const { dependencies } = await this.cached(`deps:${id}`, () =>
      this.api.query<DependenciesAnswer>(Q.DEPENDENCIES, { id }),
    );
    const rows: { mineral: string; step: string; country: string; share: number }[] = [];
    const charts: Node[] = [];
    for (const m of dependencies.minerals) {
      const byCountry = m.sourcesByCountry.map((c) => ({
        label: c.country?.name ?? 'unknown country',
        value: c.share,
      }));
      charts.push(barChart(`${m.mineral.name}: sources by country`, byCountry, `sources-${m.mineral.id}`));
      for (const c of m.sourcesByCountry)
        rows.push({ mineral: m.mineral.name, step: 'source', country: c.country?.name ?? '', share: c.share });
      for (const step of m.steps) {
        const label = step.kind ? humanKind(step.kind) : 'unknown kind';
        charts.push(
          barChart(
            `${m.mineral.name}: ${label} step (${pct(step.share)} of supply) by country`,
            step.byCountry.map((c) => ({ label: c.country?.name ?? 'unknown country', value: c.share })),
            `step-${m.mineral.id}-${step.kind ?? 'unknown'}`,
          ),
        );
        for (const c of step.byCountry)
          rows.push({ mineral: m.mineral.name, step: label, country: c.country?.name ?? '', share: c.share });
      }
    }
    const agreementSelect = h(
      'select',
      { id: 'agreement', onchange: (e: Event) => this.setAgreement((e.target as HTMLSelectElement).value) },
      h('option', { value: '' }, 'choose an agreement'),
      this.options.agreements.map((a) => h('option', { value: a.id, selected: this.state.agreement === a.id }, a.name)),
    );
    return h(
      'div',
      { class: 'dependencies-panel' },
      h('h3', {}, `Where the supply of ${dependencies.facility.name} comes from`),
      dependencies.minerals.length
        ? h('div', { class: 'charts' }, charts)
        : h('p', { class: 'empty' }, 'No supply links of a mineral reach this facility.'),
      table({
        name: 'dependencies',
        caption: 'Shares by step and country',
        rows,
        columns: [
          { header: 'mineral', value: (r) => r.mineral },
          { header: 'step', value: (r) => r.step },
          { header: 'country', value: (r) => r.country },
          { header: 'share', value: (r) => r.share },
        ],
      }),
      h('h3', {}, 'Bloc coverage under ', agreementSelect),
      this.state.agreement ? await this.coverage(id, this.state.agreement) : null,
    );
  }

  private setAgreement(id: string): void {
    this.state.agreement = id || undefined;
    this.writeUrl();
    void this.renderPanel();
  }

  private async coverage(id: string, agreement: string): Promise<Node> {
    const { agreementCoverage: c } = await this.cached(`coverage:${id}:${agreement}`, () =>
      this.api.query<CoverageAnswer>(Q.COVERAGE, { id, agreement }),
    );
    const steps = c.minerals.flatMap((m) => m.outOfBlocSteps.map((s) => ({ mineral: m.mineral.name, ...s })));
    return h(
      'div',
      { class: 'coverage', 'data-agreement': agreement },
      h('p', {}, `Bloc of ${c.agreement.name}: ${c.bloc.map((b) => b.name).join(', ') || 'no country parties'}.`),
      barChart(
        'Covered share (whole route inside the bloc)',
        c.minerals.map((m) => ({ label: m.mineral.name, value: m.coveredShare, kind: 'covered' })),
        'coverage',
      ),
      table({
        name: 'out-of-bloc-steps',
        caption: 'Out-of-bloc steps on the uncovered routes',
        rows: steps,
        columns: [
          { header: 'mineral', value: (s) => s.mineral },
          { header: 'facility', value: (s) => s.facility.name },
          { header: 'facility id', value: (s) => s.facility.id },
          { header: 'country', value: (s) => s.country?.id },
          { header: 'depth', value: (s) => s.depth },
          { header: 'share', value: (s) => s.share },
        ],
      }),
    );
  }

  private async chokePointsPanel(): Promise<Node> {
    const id = this.state.facility;
    if (!id) return h('p', { class: 'empty' }, 'Select a facility to see its single points of failure.');
    const { chokePoints } = await this.cached(`choke:${id}`, () => this.api.query<ChokeAnswer>(Q.CHOKE_POINTS, { id }));
    const rows = [
      ...chokePoints.facilities.map((c) => ({ type: 'facility', ...c })),
      ...chokePoints.companies.map((c) => ({ type: 'company', ...c })),
      ...chokePoints.countries.map((c) => ({ type: 'country', ...c })),
    ];
    return table({
      name: 'choke-points',
      caption: `Entities whose removal alone cuts ${this.facilities.find((f) => f.id === id)?.name ?? id} off`,
      rows,
      rowId: (r) => r.entity.id,
      columns: [
        { header: 'type', value: (r) => r.type },
        { header: 'id', value: (r) => r.entity.id },
        { header: 'name', value: (r) => r.entity.name },
        { header: 'minerals cut', value: (r) => r.minerals.map((m) => m.name).join('; ') },
        {
          header: 'scenario',
          value: () => '',
          render: (r) =>
            h('button', { type: 'button', class: 'small', onclick: () => this.addRemoval(r.entity.id) }, 'remove'),
        },
      ],
    });
  }

  // --- Shared ---

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = load();
      this.cache.set(key, hit);
      hit.catch(() => this.cache.delete(key));
    }
    return hit;
  }

  private writeUrl(): void {
    const query = serializeState(this.state);
    history.replaceState(null, '', `${location.pathname}${query}`);
    this.ui.share.value = location.href;
  }

  private async copyLink(): Promise<void> {
    this.ui.share.select();
    try {
      await navigator.clipboard.writeText(location.href);
    } catch {
      // Without clipboard permission the selected link can be copied by hand.
    }
  }

  /** Errors are shown to the analyst (with the API's message); nothing is logged to the console. */
  private fail(error: unknown): void {
    const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
    this.ui.messages.append(
      h(
        'p',
        {},
        message,
        h('button', { type: 'button', onclick: (e: Event) => (e.target as Element).parentElement?.remove() }, '×'),
      ),
    );
  }
}

// --- Answers of the API (the shapes of queries.ts) ---

interface SchemaAnswer {
  link: { fields: { name: string }[] } | null;
  edge: { fields: { name: string }[] } | null;
  kinds: { enumValues: { name: string }[] } | null;
  statuses: { enumValues: { name: string }[] } | null;
}

interface MapNode {
  id: string;
  name: string;
  kind: string;
  status: string;
  country: { id: string } | null;
  region: { id: string } | null;
  operator: { id: string } | null;
  location: { latitude: number; longitude: number } | null;
  produces: { edges: { capacity: number | null; unit: string | null }[] };
}

interface MapAnswer {
  facilities: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: MapNode[] };
}

type LinkEdge = {
  node: { id: string };
  mineral: string | null;
  volume: number | null;
  unit: string | null;
  product: string | null;
} & Record<string, unknown>;

interface LinksAnswer {
  facilities: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; customers: { totalCount: number; edges: LinkEdge[] } }[];
  };
}

interface ChainAnswer {
  supplyChain: {
    maxDepth: number;
    root: Named;
    facilities: { depth: number; facility: Named & { kind: string }; country: { id: string } | null }[];
    links: ({ from: string; to: string; mineral: string | null; volume: number | null; unit: string | null } & Record<
      string,
      unknown
    >)[];
  };
}

interface EvidenceAnswer {
  facilities: {
    nodes: {
      id: string;
      customers: { edges: { node: { id: string }; mineral: string | null; confidence: string | null }[] };
    }[];
  };
}

interface NeighbourhoodAnswer {
  neighborhood: {
    truncated: boolean;
    nodes: { depth: number; entity: Named & { label: string; kind?: string } }[];
    edges: { from: string; to: string; type: string; properties: Record<string, unknown> }[];
  };
}

interface PathAnswer {
  shortestPath: {
    length: number;
    entities: (Named & { label: string; kind?: string })[];
    relationships: { from: string; to: string; type: string; properties: Record<string, unknown> }[];
  } | null;
}

type CountryShareAnswer = { share: number; country: Named | null };

interface DependenciesAnswer {
  dependencies: {
    facility: Named;
    minerals: {
      mineral: Named;
      sourcesByCountry: CountryShareAnswer[];
      steps: { kind: string | null; share: number; byCountry: CountryShareAnswer[] }[];
    }[];
  };
}

interface CoverageAnswer {
  agreementCoverage: {
    agreement: Named;
    bloc: Named[];
    minerals: {
      mineral: Named;
      coveredShare: number;
      uncoveredShare: number;
      outOfBlocSteps: { share: number; depth: number; facility: Named; country: { id: string } | null }[];
    }[];
  };
}

type ChokePointAnswer = { entity: Named & { label: string }; minerals: Named[] };
interface ChokeAnswer {
  chokePoints: { facilities: ChokePointAnswer[]; companies: ChokePointAnswer[]; countries: ChokePointAnswer[] };
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
/** Confidence as the CSS classes and legends spell it (the API's enum is upper-case). */
const confidenceOf = (v: unknown) => str(v)?.toLowerCase() ?? null;
const num = (v: unknown) => (typeof v === 'number' ? v : null);

function toMapFacility(n: MapNode): MapFacility {
  let best: { capacity: number | null; unit: string | null } = { capacity: null, unit: null };
  for (const e of n.produces.edges)
    if (e.capacity !== null && (best.capacity === null || e.capacity > best.capacity)) best = e;
  return {
    id: n.id,
    name: n.name,
    kind: n.kind,
    status: n.status,
    country: n.country?.id ?? null,
    region: n.region?.id ?? null,
    operator: n.operator?.id ?? null,
    latitude: n.location?.latitude ?? null,
    longitude: n.location?.longitude ?? null,
    capacity: best.capacity,
    unit: best.unit,
  };
}

function toLink(from: string, e: LinkEdge): SupplyLink {
  return {
    from,
    to: e.node.id,
    mineral: e.mineral,
    volume: e.volume,
    unit: e.unit,
    product: e.product,
    confidence: confidenceOf(e.confidence),
  };
}

/**
 * The scenario's colours: a facility is "removed" when it, its operator, its region or its country is
 * removed; cut off and degraded facilities carry their lowest retained share.
 */
function impactMarks(impact: ImpactResult, removed: string[], facilities: MapFacility[]): Map<string, ImpactMark> {
  const marks = new Map<string, ImpactMark>();
  const gone = new Set(removed);
  for (const f of facilities)
    if (
      gone.has(f.id) ||
      (f.operator && gone.has(f.operator)) ||
      (f.region && gone.has(f.region)) ||
      (f.country && gone.has(f.country))
    )
      marks.set(f.id, { status: 'removed', retained: 0 });
  for (const r of impact.removed) if (r.label === 'Facility') marks.set(r.id, { status: 'removed', retained: 0 });
  const lowest = (f: ImpactedFacility) => Math.min(1, ...f.minerals.map((m) => m.retained));
  for (const f of impact.cutOff)
    if (!marks.has(f.facility.id)) marks.set(f.facility.id, { status: 'cut-off', retained: lowest(f) });
  for (const f of impact.degraded)
    if (!marks.has(f.facility.id)) marks.set(f.facility.id, { status: 'degraded', retained: lowest(f) });
  return marks;
}

const config = JSON.parse(document.getElementById('explorer-config')!.textContent ?? '{}') as Config;
const explorer = new Explorer(config);
explorer.start().catch((error: Error) => {
  const root = document.getElementById('explorer')!;
  root.append(h('p', { class: 'fatal', role: 'alert' }, `The explorer could not start: ${error.message}`));
});
