import { geoAzimuthalEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, type ZoomBehavior, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { levelOfDetail, type ScreenPoint } from './cluster';
import { svg } from './dom';
import { IMPACT_COLOURS, kindColour, markerRadius } from './style';
import type { ImpactMark, MapFacility, SupplyLink } from './types';

export interface Outlines {
  /** world-atlas countries-50m (Natural Earth). */
  countries: Topology;
  /** us-atlas states-10m (US Census). */
  states: Topology;
}

/** ISO 3166-1 numeric ids of Canada, the United States and Mexico (world-atlas feature ids). */
const NORTH_AMERICA = new Set(['124', '840', '484']);
/** The initial view: southern Mexico to the Canadian north, Pacific to Atlantic coast. */
const INITIAL_EXTENT: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [-128, 16],
    [-64, 16],
    [-135, 58],
    [-55, 55],
    [-100, 62],
  ],
};
const MAX_ARCS = 5000;
/** Clusters come from a 44 px grid: at most 18 px radius keeps neighbouring ones mostly apart. */
const CLUSTER_CELL_PX = 44;
const CLUSTER_MAX_RADIUS = 18;

interface Item {
  id: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  kind: string;
  impact: string | null;
}

/**
 * The map: outlines drawn once in projected coordinates (the zoom transforms them), facilities
 * redrawn in screen coordinates on every zoom frame so markers keep their size; clustered by
 * `levelOfDetail` above 2,500 facilities. An azimuthal equal-area projection centred on North
 * America keeps areas true and still shows the few sources overseas when zoomed out.
 */
export class MapView {
  readonly element: SVGSVGElement;
  private readonly outlines: SVGGElement;
  private readonly arcs: SVGGElement;
  private readonly markers: SVGGElement;
  private readonly clusters: SVGGElement;
  private readonly tooltip: HTMLDivElement;
  private readonly projection: GeoProjection;
  private readonly zoomer: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private width: number;
  private height: number;
  private facilities: MapFacility[] = [];
  private byId = new Map<string, number>();
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private impact = new Map<string, ImpactMark>();
  private links: SupplyLink[] = [];
  private selected: string | undefined;
  private frame = 0;
  /** performance.now() of the first frame drawn with facilities. */
  firstFacilitiesFrameAt: number | undefined;

  constructor(
    host: HTMLElement,
    outlines: Outlines,
    private readonly onSelect: (id: string) => void,
  ) {
    this.width = Math.max(300, host.clientWidth);
    this.height = Math.max(200, host.clientHeight);
    this.element = svg('svg', { id: 'map', class: 'map', role: 'img', 'aria-label': 'Map of facilities' });
    this.element.setAttribute('viewBox', `0 0 ${this.width} ${this.height}`);
    this.outlines = svg('g', { class: 'outlines' });
    this.arcs = svg('g', { class: 'arcs' });
    this.markers = svg('g', { class: 'markers' });
    this.clusters = svg('g', { class: 'clusters' });
    this.element.append(this.outlines, this.arcs, this.markers, this.clusters);
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'map-tooltip';
    this.tooltip.hidden = true;
    host.append(this.element, this.tooltip);

    this.projection = geoAzimuthalEqualArea()
      .rotate([100, -45])
      .fitExtent(
        [
          [10, 10],
          [this.width - 10, this.height - 10],
        ],
        INITIAL_EXTENT,
      );
    this.drawOutlines(outlines);

    this.zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.25, 80])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        this.outlines.setAttribute('transform', event.transform.toString());
        this.schedule();
      });
    select(this.element).call(this.zoomer).on('dblclick.zoom', null);
    this.element.addEventListener('click', (e) => this.click(e));
    this.element.addEventListener('mousemove', (e) => this.hover(e));
    this.element.addEventListener('mouseleave', () => (this.tooltip.hidden = true));
  }

  private drawOutlines({ countries, states }: Outlines): void {
    const path = geoPath(this.projection);
    const world = countries.objects.countries as GeometryCollection;
    const land = feature(countries, world);
    this.outlines.append(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }));
    for (const f of land.features) {
      const d = path(f);
      if (d) this.outlines.append(svg('path', { class: NORTH_AMERICA.has(String(f.id)) ? 'land na' : 'land', d }));
    }
    const borders = mesh(countries, world, (a, b) => a !== b);
    this.outlines.append(svg('path', { class: 'border country-border', d: path(borders) ?? '' }));
    const stateBorders = mesh(states, states.objects.states as GeometryCollection, (a, b) => a !== b);
    this.outlines.append(svg('path', { class: 'border state-border', d: path(stateBorders) ?? '' }));
  }

  setFacilities(facilities: MapFacility[]): void {
    this.facilities = facilities;
    this.byId = new Map(facilities.map((f, i) => [f.id, i]));
    this.xs = new Float64Array(facilities.length);
    this.ys = new Float64Array(facilities.length);
    facilities.forEach((f, i) => {
      const p = f.longitude === null || f.latitude === null ? null : this.projection([f.longitude, f.latitude]);
      this.xs[i] = p ? p[0] : Number.NaN;
      this.ys[i] = p ? p[1] : Number.NaN;
    });
    this.schedule();
  }

  setImpact(impact: Map<string, ImpactMark>): void {
    this.impact = impact;
    this.schedule();
  }

  setLinks(links: SupplyLink[]): void {
    this.links = links;
    this.schedule();
  }

  setSelected(id: string | undefined): void {
    this.selected = id;
    this.schedule();
  }

  /** Where a facility's marker is on screen (client coordinates), if it is drawn. */
  screenPosition(id: string): { x: number; y: number } | undefined {
    const marker = this.markers.querySelector<SVGCircleElement>(`circle[data-id="${CSS.escape(id)}"]`);
    if (!marker) return undefined;
    const box = marker.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.render());
  }

  private screen(i: number): [number, number] {
    return [this.xs[i] * this.transform.k + this.transform.x, this.ys[i] * this.transform.k + this.transform.y];
  }

  private render(): void {
    this.frame = 0;
    const started = performance.now();
    const points: ScreenPoint[] = [];
    for (let i = 0; i < this.facilities.length; i++) {
      if (Number.isNaN(this.xs[i])) continue;
      const [x, y] = this.screen(i);
      points.push({ index: i, x, y });
    }
    const lod = levelOfDetail(points, { width: this.width, height: this.height }, 2500, CLUSTER_CELL_PX);
    const scenario = this.impact.size > 0;
    const items: Item[] = lod.markers.map(({ index, x, y }) => {
      const f = this.facilities[index];
      const mark = this.impact.get(f.id);
      return {
        id: f.id,
        x,
        y,
        // Hit facilities stay visible however small they are.
        r: mark ? Math.max(5, markerRadius(f.capacity)) : markerRadius(f.capacity),
        fill: mark ? IMPACT_COLOURS[mark.status] : kindColour(f.kind),
        kind: f.kind,
        impact: mark ? mark.status : scenario ? 'unaffected' : null,
      };
    });
    // Impacted facilities on top, the selected one last.
    items.sort(
      (a, b) => Number(!!a.impact && a.impact !== 'unaffected') - Number(!!b.impact && b.impact !== 'unaffected'),
    );
    select(this.markers)
      .selectAll<SVGCircleElement, Item>('circle.marker')
      .data(items, (d) => d.id)
      .join('circle')
      .attr('class', (d) => `marker${d.id === this.selected ? ' selected' : ''}`)
      .attr('data-id', (d) => d.id)
      .attr('data-kind', (d) => d.kind)
      .attr('data-impact', (d) => d.impact)
      .attr('cx', (d) => d.x.toFixed(1))
      .attr('cy', (d) => d.y.toFixed(1))
      .attr('r', (d) => (d.id === this.selected ? d.r + 2 : d.r))
      .attr('fill', (d) => d.fill)
      .order();
    select(this.clusters)
      .selectAll<SVGGElement, { x: number; y: number; count: number }>('g.cluster')
      .data(lod.clusters)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'cluster');
        g.append('circle');
        g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
        return g;
      })
      .attr('data-count', (d) => d.count)
      .attr('transform', (d) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`)
      .call((g) => g.select('circle').attr('r', (d) => Math.min(CLUSTER_MAX_RADIUS, 7 + 2.5 * Math.log2(d.count))))
      .call((g) => g.select('text').text((d) => (d.count >= 1000 ? `${(d.count / 1000).toFixed(1)}k` : d.count)));
    this.renderArcs();
    this.element.dataset.markers = String(items.length);
    this.element.dataset.clustered = String(lod.clusters.reduce((s, c) => s + c.count, 0));
    this.element.dataset.hidden = String(lod.hidden);
    // How long this frame's work took (the explorer benchmark reads it while zooming).
    this.element.dataset.renderMs = (performance.now() - started).toFixed(2);
    this.element.dataset.frames = String(Number(this.element.dataset.frames ?? 0) + 1);
    if (this.facilities.length && this.firstFacilitiesFrameAt === undefined) {
      this.firstFacilitiesFrameAt = performance.now();
      this.element.dataset.firstFrameMs = this.firstFacilitiesFrameAt.toFixed(0);
    }
  }

  private renderArcs(): void {
    const arcs: { d: string; key: string; confidence: string; from: string; to: string }[] = [];
    for (const link of this.links) {
      const a = this.byId.get(link.from);
      const b = this.byId.get(link.to);
      if (a === undefined || b === undefined || Number.isNaN(this.xs[a]) || Number.isNaN(this.xs[b])) continue;
      const [x1, y1] = this.screen(a);
      const [x2, y2] = this.screen(b);
      // A quadratic curve bowing to the left of the direction of flow: A→B and B→A do not overlap.
      const mx = (x1 + x2) / 2 - (y2 - y1) * 0.2;
      const my = (y1 + y2) / 2 + (x2 - x1) * 0.2;
      arcs.push({
        d: `M${x1.toFixed(1)},${y1.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`,
        // Two links may join the same pair with the same mineral (different products): keep both.
        key: `${link.from}>${link.to}>${link.mineral ?? ''}>${arcs.length}`,
        confidence: link.confidence ?? 'unknown',
        from: link.from,
        to: link.to,
      });
      if (arcs.length >= MAX_ARCS) break;
    }
    select(this.arcs)
      .selectAll<SVGPathElement, (typeof arcs)[number]>('path.arc')
      .data(arcs, (d) => d.key)
      .join('path')
      .attr('class', (d) => `arc ${d.confidence}`)
      .attr('data-from', (d) => d.from)
      .attr('data-to', (d) => d.to)
      .attr('d', (d) => d.d);
    this.element.dataset.arcs = String(arcs.length);
  }

  private click(event: MouseEvent): void {
    const target = event.target as Element;
    const marker = target.closest<SVGCircleElement>('circle.marker');
    if (marker?.dataset.id) {
      this.onSelect(marker.dataset.id);
      return;
    }
    const cluster = target.closest('g.cluster');
    if (cluster) {
      const box = this.element.getBoundingClientRect();
      const x = ((event.clientX - box.x) / box.width) * this.width;
      const y = ((event.clientY - box.y) / box.height) * this.height;
      this.zoomer.scaleBy(select(this.element), 3, [x, y]);
    }
  }

  private hover(event: MouseEvent): void {
    const marker = (event.target as Element).closest<SVGCircleElement>('circle.marker');
    const index = marker?.dataset.id ? this.byId.get(marker.dataset.id) : undefined;
    if (index === undefined) {
      this.tooltip.hidden = true;
      return;
    }
    const f = this.facilities[index];
    const mark = this.impact.get(f.id);
    this.tooltip.textContent = `${f.name} · ${f.kind.toLowerCase().replace(/_/g, ' ')}${
      f.capacity ? ` · ${f.capacity.toLocaleString('en-US')} ${f.unit ?? ''}` : ''
    }${mark ? ` · ${mark.status} (${Math.round(mark.retained * 100)}% retained)` : ''}`;
    const host = this.element.getBoundingClientRect();
    this.tooltip.style.left = `${event.clientX - host.x + 12}px`;
    this.tooltip.style.top = `${event.clientY - host.y + 12}px`;
    this.tooltip.hidden = false;
  }
}
