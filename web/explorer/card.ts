import { clear, h, sourceLink } from './dom';
import { humanKind, kindColour, pct } from './style';
import type { ImpactMark, Named } from './types';

export interface CardLinkEdge {
  mineral: string | null;
  product: string | null;
  volume: number | null;
  unit: string | null;
  agreement: string | null;
  node: Named & { kind: string; country: { id: string } | null };
  /** Evidence fields, as many as the schema has (confidence, source, since, until, note…). */
  [evidence: string]: unknown;
}

export interface CardFacility extends Named {
  kind: string;
  status: string;
  city: string | null;
  startYear: number | null;
  confidence: string | null;
  source: string | null;
  location: { latitude: number; longitude: number } | null;
  country: Named | null;
  region: Named | null;
  operator: Named | null;
  owners: { edges: { share: number | null; node: Named }[] };
  produces: { edges: { capacity: number | null; unit: string | null; node: Named }[] };
  consumes: { nodes: Named[] };
  sectors: { nodes: Named[] };
  agreements: { nodes: Named[] };
  suppliers: { totalCount: number; edges: CardLinkEdge[] };
  customers: { totalCount: number; edges: CardLinkEdge[] };
}

export interface CardActions {
  select(id: string): void;
  graph(mode: 'upstream' | 'downstream' | 'neighbourhood'): void;
  dependencies(): void;
  chokePoints(): void;
  remove(id: string): void;
  close(): void;
}

const section = (title: string, ...content: (Node | null)[]) =>
  h('section', { class: 'card-section' }, h('h3', {}, title), ...content);

/** The evidence of a link: confidence first, then every other evidence field the API returned. */
function evidence(edge: CardLinkEdge, evidenceFields: string[]): Node {
  const parts: Node[] = [];
  for (const field of evidenceFields) {
    const value = edge[field];
    if (value === null || value === undefined || value === '') continue;
    const text =
      typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : JSON.stringify(value);
    if (field === 'confidence') parts.push(h('span', { class: `confidence ${text.toLowerCase()}` }, text));
    else if (field === 'source' || field === 'sourceUrl') {
      const link = sourceLink(text);
      if (link) parts.push(link);
    } else parts.push(h('span', { class: 'evidence-field' }, `${field} ${text}`));
  }
  if (edge.agreement) parts.push(h('span', { class: 'evidence-field' }, `under ${edge.agreement}`));
  if (!parts.length) parts.push(h('span', { class: 'confidence unknown' }, 'no evidence given'));
  return h('span', { class: 'evidence' }, ...parts);
}

function linkList(
  edges: CardLinkEdge[],
  total: number,
  evidenceFields: string[],
  mineralName: (id: string) => string,
  actions: CardActions,
): Node {
  if (!edges.length) return h('p', { class: 'empty' }, 'none recorded');
  return h(
    'ul',
    { class: 'links' },
    edges.map((e) =>
      h(
        'li',
        {},
        h('button', { type: 'button', class: 'entity', onclick: () => actions.select(e.node.id) }, e.node.name),
        ` ${e.node.country?.id ?? ''} · `,
        e.mineral ? mineralName(e.mineral) : 'mineral not given',
        e.product ? ` (${e.product})` : '',
        e.volume !== null ? ` · ${e.volume.toLocaleString('en-US')} ${e.unit ?? ''}` : '',
        ' ',
        evidence(e, evidenceFields),
      ),
    ),
    total > edges.length ? h('li', { class: 'more' }, `${total - edges.length} more`) : null,
  );
}

/** The facility card: who runs and owns it, what it makes and uses, who supplies it and whom it supplies, with evidence. */
export function renderCard(
  host: HTMLElement,
  f: CardFacility,
  mark: ImpactMark | undefined,
  evidenceFields: string[],
  mineralName: (id: string) => string,
  actions: CardActions,
): void {
  clear(host);
  const place = [f.city, f.region?.name, f.country?.name].filter(Boolean).join(', ');
  host.append(
    h(
      'article',
      { class: 'card', 'data-id': f.id },
      h(
        'header',
        {},
        h('button', { type: 'button', class: 'close', title: 'Close', onclick: () => actions.close() }, '×'),
        h('h2', {}, f.name),
        h(
          'p',
          { class: 'card-meta' },
          h('span', { class: 'kind-dot', 'data-kind': f.kind }),
          `${humanKind(f.kind)} · ${f.status.toLowerCase()}`,
          f.startYear ? ` · since ${f.startYear}` : '',
        ),
        h('p', { class: 'card-meta' }, place || 'location not given', ' ', h('code', {}, f.id)),
        h(
          'p',
          { class: 'card-meta' },
          f.confidence ? h('span', { class: `confidence ${f.confidence.toLowerCase()}` }, f.confidence) : null,
          ' ',
          sourceLink(f.source, 'facility source'),
        ),
        mark
          ? h(
              'p',
              { class: `scenario-mark ${mark.status}` },
              mark.status === 'removed' ? 'Removed in this scenario' : `${mark.status}: ${pct(mark.retained)} retained`,
            )
          : null,
      ),
      h(
        'div',
        { class: 'card-actions' },
        h(
          'button',
          { type: 'button', 'data-action': 'upstream', onclick: () => actions.graph('upstream') },
          'Upstream chain',
        ),
        h(
          'button',
          { type: 'button', 'data-action': 'downstream', onclick: () => actions.graph('downstream') },
          'Downstream chain',
        ),
        h(
          'button',
          { type: 'button', 'data-action': 'neighbourhood', onclick: () => actions.graph('neighbourhood') },
          'Neighbourhood',
        ),
        h(
          'button',
          { type: 'button', 'data-action': 'dependencies', onclick: () => actions.dependencies() },
          'Dependencies',
        ),
        h(
          'button',
          { type: 'button', 'data-action': 'chokepoints', onclick: () => actions.chokePoints() },
          'Choke points',
        ),
        h(
          'button',
          { type: 'button', 'data-action': 'remove', class: 'danger', onclick: () => actions.remove(f.id) },
          'Remove in scenario',
        ),
      ),
      section(
        'Operator and owners',
        h(
          'p',
          {},
          f.operator
            ? h(
                'span',
                {},
                'Operated by ',
                h('strong', {}, f.operator.name),
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'small',
                    'data-action': 'remove-operator',
                    title: 'Remove every facility this company operates',
                    onclick: () => actions.remove(f.operator!.id),
                  },
                  'remove company',
                ),
              )
            : 'Operator not given',
        ),
        f.owners.edges.length
          ? h(
              'ul',
              {},
              f.owners.edges.map((o) => h('li', {}, o.node.name, o.share !== null ? ` · ${pct(o.share)}` : '')),
            )
          : null,
      ),
      section(
        'Outputs',
        f.produces.edges.length
          ? h(
              'ul',
              {},
              f.produces.edges.map((p) =>
                h(
                  'li',
                  {},
                  p.node.name,
                  p.capacity !== null ? ` · ${p.capacity.toLocaleString('en-US')} ${p.unit ?? ''}` : '',
                ),
              ),
            )
          : h('p', { class: 'empty' }, 'none recorded'),
      ),
      section('Inputs', h('p', {}, f.consumes.nodes.map((m) => m.name).join(', ') || 'none recorded')),
      section('Suppliers', linkList(f.suppliers.edges, f.suppliers.totalCount, evidenceFields, mineralName, actions)),
      section('Customers', linkList(f.customers.edges, f.customers.totalCount, evidenceFields, mineralName, actions)),
      section(
        'Sectors and agreements',
        h('p', {}, [...f.sectors.nodes, ...f.agreements.nodes].map((n) => n.name).join(' · ') || 'none recorded'),
      ),
    ),
  );
  // The dot's colour comes from the kind palette (set through the CSSOM: no inline style attribute).
  const dot = host.querySelector<HTMLElement>('.kind-dot');
  if (dot) dot.style.background = kindColour(f.kind);
}
