import { parseConfidence, partialDateOf } from '../domain/evidence';
import DataLoader from 'dataloader';
import { type GraphDatabase } from '../neo4j/driver';
import { type EntityRecord, toEntity } from '../neo4j/mappers';
import { nodesByIds, relatedPages } from '../neo4j/queries/entities.cypher';
import { type SortKey, type Where } from '../neo4j/queries/filters';
import { type RelationSpec } from '../neo4j/queries/relations';
import { type AggregateSource } from './aggregate-loader';
import { type Page, type PagingArgs, pageWindow, readWindow, toPage } from './pagination';

/** A relation read ahead, as `prefetchedAnswer` needs it (a PlannedRelation of ./prefetch.ts). */
export interface PrefetchedField {
  argsKey: string;
  spec: RelationSpec;
  one: boolean;
  page: { where?: Where | null; edgeWhere?: Where | null };
  fields: readonly object[];
}

export interface RelatedArgs extends PagingArgs {
  where?: Where | null;
  /** A filter on the relationship behind each edge (its type's edge filters). */
  edgeWhere?: Where | null;
  orderBy?: SortKey[] | null;
}

export type RelatedPage = Page<EntityRecord, Record<string, unknown>>;

/** JSON with object keys sorted, so equal arguments give equal keys whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** The identity of a relationship field's page: the field's spec and its arguments. */
export function relatedKey(spec: RelationSpec, args: RelatedArgs): string {
  const paging = [args.first ?? null, args.after ?? null, args.last ?? null, args.before ?? null];
  return `${spec.key}:${canonical([args.where ?? null, args.edgeWhere ?? null, args.orderBy ?? null, ...paging])}`;
}

/** What a to-one field (`operator`, `country`, …) asks for: the first related entity by name. */
export const TO_ONE_ARGS: RelatedArgs = { first: 1 };

/**
 * Per-request reads of relationship fields. Pages a selection-aware read has already fetched
 * (`prefetch`, src/graphql/read-plan.ts: one Cypher query for a whole selection) are answered from
 * memory. Any other relationship field of every parent in one level of a query is batched into one
 * Cypher round trip per distinct (field, arguments), so a request's round trips stay bounded by its
 * nesting depth, not its row count.
 */
export class Loaders {
  readonly node: DataLoader<string, EntityRecord | null>;
  private readonly related = new Map<string, DataLoader<string, RelatedPage>>();
  private readonly prefetched = new Map<string, Map<string, RelatedPage>>();
  /** The relation each field node of the request was planned as (see `prefetchedAnswer`). */
  private readonly byField = new Map<object, PrefetchedField>();

  constructor(private readonly db: GraphDatabase) {
    this.node = new DataLoader(async (ids) => {
      const rows = await db.read(nodesByIds(ids));
      const byId = new Map(rows.map((r) => [r.id as string, toEntity(r.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * Records a page read ahead for a parent. Two selections of the same page (aliases, or the same
   * entity reached twice) read the same rows with different properties: they are merged.
   */
  prefetch(key: string, parentId: string, page: RelatedPage, field?: PrefetchedField): void {
    if (field) for (const node of field.fields) this.byField.set(node, field);
    let pages = this.prefetched.get(key);
    if (!pages) this.prefetched.set(key, (pages = new Map<string, RelatedPage>()));
    const known = pages.get(parentId);
    if (!known) return void pages.set(parentId, page);
    known.totalCount ??= page.totalCount;
    if (!known.pageInfo.endCursor && page.pageInfo.endCursor) known.pageInfo = page.pageInfo;
    known.edges.forEach((edge, i) => {
      const other = page.edges[i];
      if (other && other.node.id === edge.node.id) {
        Object.assign(edge.node, { ...other.node, ...edge.node });
        Object.assign(edge, { ...other, ...edge, node: edge.node, cursor: edge.cursor || other.cursor });
      }
    });
  }

  /**
   * What a relationship field answers for a parent when its page was read ahead: the field's page
   * (with its `aggregate` source) or, for a to-one field, the first entity; undefined when it was
   * not. Looked up by the field's node in the request and the parent's id, so the resolver needs
   * neither its arguments converted nor their key computed: on 100 companies with their
   * facilities, that per-parent work was about 5% of the API's CPU.
   */
  prefetchedAnswer(field: object, parentId: string): unknown {
    const planned = this.byField.get(field);
    const page = planned && this.prefetched.get(planned.argsKey)?.get(parentId);
    if (!page) return undefined;
    if (planned.one) return page.nodes[0] ?? null;
    const { where, edgeWhere } = planned.page;
    return { ...page, aggregate: { spec: planned.spec, parentId, where, edgeWhere } };
  }

  /** A relationship field's page, with what its `aggregate` measures (src/reads/aggregate-loader.ts). */
  async page(
    spec: RelationSpec,
    parentId: string,
    args: RelatedArgs,
  ): Promise<RelatedPage & { aggregate: AggregateSource }> {
    const page = await this.loadPage(spec, parentId, args);
    return { ...page, aggregate: { spec, parentId, where: args.where, edgeWhere: args.edgeWhere } };
  }

  private loadPage(spec: RelationSpec, parentId: string, args: RelatedArgs): Promise<RelatedPage> {
    const key = relatedKey(spec, args);
    const ready = this.prefetched.get(key)?.get(parentId);
    if (ready) return Promise.resolve(ready);
    let loader = this.related.get(key);
    if (!loader) {
      const window = pageWindow(args, args.orderBy);
      loader = new DataLoader(async (parentIds) => {
        const rows = await this.db.read(relatedPages(spec, parentIds, args.where, args.edgeWhere, readWindow(window)));
        const byParent = new Map(rows.map((r) => [r.pid as string, r]));
        return parentIds.map((pid) => {
          const row = byParent.get(pid);
          const items = (row?.page as Array<{ node: unknown; rel: Record<string, unknown>; sort: unknown[] }>) ?? [];
          const pageRows = items.map((i) => ({
            item: { ...edgeProperties(i.rel ?? {}), node: toEntity(i.node)! },
            sort: i.sort,
          }));
          return toPage(pageRows, window, Number(row?.total ?? 0));
        });
      });
      this.related.set(key, loader);
    }
    return loader.load(parentId);
  }

  /** The first related entity (by name), for to-one fields such as a facility's country. */
  async one(spec: RelationSpec, parentId: string): Promise<EntityRecord | null> {
    const page = await this.page(spec, parentId, TO_ONE_ARGS);
    return page.nodes[0] ?? null;
  }
}

/**
 * A relationship's properties as edge fields: the evidence typed (confidence as the enum value,
 * dates only when they are partial dates: since, until and, for OPERATES, the facility row's
 * statusAsOf), everything else as stored.
 */
export function edgeProperties(rel: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...rel };
  if ('confidence' in rel) out.confidence = parseConfidence(rel.confidence) ?? null;
  for (const k of ['since', 'until', 'statusAsOf']) if (k in rel) out[k] = partialDateOf(rel[k]);
  return out;
}
