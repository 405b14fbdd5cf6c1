import { select } from 'd3-selection';
import { zoom, type ZoomTransform } from 'd3-zoom';
import { clear, h, svg } from './dom';
import { layered } from './layout';
import { IMPACT_COLOURS, kindColour, pct } from './style';
import type { ImpactMark } from './types';

export interface GraphNode {
  id: string;
  name: string;
  /** Facility kind, or null for other entities. */
  kind: string | null;
  /** Entity label (Facility, Company, …). */
  label: string;
  column: number;
}

export interface GraphLink {
  from: string;
  to: string;
  type: string;
  /** "lithium · 41,600 t/y": mineral and volume for supply links, the type otherwise. */
  text: string;
  confidence: string | null;
}

export interface GraphData {
  title: string;
  nodes: GraphNode[];
  links: GraphLink[];
  note?: string;
  /** Which end to show first when the graph is wider than the view (the analysed facility's side). */
  anchor?: 'left' | 'right';
}

const COLUMN_PX = 210;
const ROW_PX = 48;
const NODE_W = 170;
const NODE_H = 30;

/**
 * A supply graph laid out by supply depth (layout.ts), drawn in SVG: nodes coloured by kind (or by
 * their fate in the scenario, with the retained share), links labelled with mineral and volume,
 * inferred links dashed and links of unknown confidence dotted. Pan and zoom with the mouse.
 */
export function renderGraph(
  host: HTMLElement,
  data: GraphData,
  impact: Map<string, ImpactMark>,
  onSelect: (id: string, label: string) => void,
): void {
  clear(host);
  const placed = layered(
    data.nodes.map((n) => ({ id: n.id, column: n.column })),
    data.links.map((l) => ({ from: l.from, to: l.to })),
  );
  const pos = (id: string) => {
    const p = placed.get(id)!;
    return { x: p.column * COLUMN_PX, y: p.row * ROW_PX };
  };
  const xs = data.nodes.map((n) => pos(n.id).x);
  const ys = data.nodes.map((n) => pos(n.id).y);
  const minX = Math.min(...xs) - NODE_W / 2 - 20;
  const minY = Math.min(...ys) - NODE_H - 10;
  const width = Math.max(...xs) - minX + NODE_W / 2 + 20;
  const height = Math.max(...ys) - minY + NODE_H + 10;

  const root = svg('svg', {
    class: 'graph',
    id: 'graph',
    viewBox: `${minX} ${minY} ${width} ${height}`,
    'data-nodes': data.nodes.length,
    'data-links': data.links.length,
    role: 'img',
    'aria-label': data.title,
  });
  const defs = svg(
    'defs',
    {},
    svg(
      'marker',
      { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto' },
      svg('path', { d: 'M0,0L10,5L0,10z', class: 'arrow-head' }),
    ),
  );
  const viewport = svg('g', { class: 'viewport' });
  root.append(defs, viewport);

  for (const link of data.links) {
    if (!placed.has(link.from) || !placed.has(link.to)) continue;
    const a = pos(link.from);
    const b = pos(link.to);
    const forward = b.x >= a.x;
    const x1 = a.x + (forward ? NODE_W / 2 : -NODE_W / 2);
    const x2 = b.x + (forward ? -NODE_W / 2 : NODE_W / 2);
    const bend = Math.max(40, Math.abs(x2 - x1) / 2);
    const c1 = x1 + (forward ? bend : -bend);
    const c2 = x2 - (forward ? bend : -bend);
    const confidence = link.confidence ?? 'unknown';
    viewport.append(
      svg(
        'g',
        { class: `link ${confidence}`, 'data-from': link.from, 'data-to': link.to, 'data-confidence': confidence },
        svg('path', { d: `M${x1},${a.y}C${c1},${a.y} ${c2},${b.y} ${x2},${b.y}`, 'marker-end': 'url(#arrow)' }),
        svg('text', { x: (x1 + x2) / 2, y: (a.y + b.y) / 2 - 4, 'text-anchor': 'middle' }, link.text),
      ),
    );
  }

  for (const node of data.nodes) {
    const { x, y } = pos(node.id);
    const mark = impact.get(node.id);
    const fill = mark ? IMPACT_COLOURS[mark.status] : node.kind ? kindColour(node.kind) : '#dddddd';
    const subtitle = mark
      ? `${mark.status}${mark.status === 'removed' ? '' : ` · ${pct(mark.retained)} retained`}`
      : node.kind
        ? node.kind.toLowerCase().replace(/_/g, ' ')
        : node.label;
    const g = svg(
      'g',
      {
        class: `node${mark ? ` ${mark.status}` : ''}`,
        'data-id': node.id,
        'data-impact': mark?.status,
        transform: `translate(${x},${y})`,
        tabindex: '0',
      },
      svg('rect', { x: -NODE_W / 2, y: -NODE_H / 2, width: NODE_W, height: NODE_H, rx: 5, fill }),
      svg('text', { class: 'node-name', y: -2, 'text-anchor': 'middle' }, truncate(node.name, 26)),
      svg('text', { class: 'node-sub', y: 10, 'text-anchor': 'middle' }, subtitle),
      svg('title', {}, `${node.name} (${node.id})`),
    );
    g.addEventListener('click', () => onSelect(node.id, node.label));
    viewport.append(g);
  }

  host.append(
    h('div', { class: 'graph-title' }, data.title, data.note ? h('span', { class: 'note' }, ` ${data.note}`) : null),
    h(
      'div',
      { class: 'graph-legend' },
      h('span', { class: 'legend-link confirmed' }, 'confirmed / reported'),
      h('span', { class: 'legend-link inferred' }, 'inferred'),
      h('span', { class: 'legend-link unknown' }, 'confidence not given'),
    ),
    root,
  );
  // Readable text first: a scale between 0.75 and 1.25 of the layout's units, the analysed
  // facility's end in view, the rest a pan away.
  const available = host.clientWidth || 800;
  const scale = Math.max(0.75, Math.min(1.25, available / width));
  const viewWidth = available / scale;
  const viewHeight = Math.min(560, Math.max(160, height * scale)) / scale;
  const x0 = data.anchor === 'right' && width > viewWidth ? minX + width - viewWidth : minX;
  root.setAttribute('viewBox', `${x0} ${minY + height / 2 - viewHeight / 2} ${viewWidth} ${viewHeight}`);
  root.style.height = `${Math.round(viewHeight * scale)}px`;
  select(root).call(
    zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 8])
      .on('zoom', (event: { transform: ZoomTransform }) =>
        viewport.setAttribute('transform', event.transform.toString()),
      ),
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
