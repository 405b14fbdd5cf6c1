import DataLoader from 'dataloader';
import { GraphDatabase } from '../neo4j/driver';
import { AggregateSource } from './aggregate-loader';
import { EntityRecord, toEntity } from '../neo4j/mappers';
import { nodesByIds, relatedPages } from '../neo4j/queries/entities.cypher';
import { SortKey, Where } from '../neo4j/queries/filters';
import { RelationSpec } from '../neo4j/queries/relations';
import { Page, pageWindow, toPage } from './pagination';

export interface RelatedArgs {
  where?: Where | null;
  orderBy?: SortKey[] | null;
  first: number;
  after?: string | null;
}

export type RelatedPage = Page<EntityRecord, Record<string, unknown>> & { aggregate: AggregateSource };

/**
 * Per-request batching: every relationship field of every parent in one level of a query is
 * answered by one Cypher round trip per distinct (field, arguments), so a request's round trips
 * are bounded by its nesting depth, not its row count.
 */
export class Loaders {
  readonly node: DataLoader<string, EntityRecord | null>;
  private readonly related = new Map<string, DataLoader<string, Page<EntityRecord, Record<string, unknown>>>>();

  constructor(private readonly db: GraphDatabase) {
    this.node = new DataLoader(async (ids) => {
      const rows = await db.read(nodesByIds(ids));
      const byId = new Map(rows.map((r) => [r.id as string, toEntity(r.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  async page(spec: RelationSpec, parentId: string, args: RelatedArgs): Promise<RelatedPage> {
    const key = `${spec.key}:${JSON.stringify([args.where ?? null, args.orderBy ?? null, args.first, args.after ?? null])}`;
    let loader = this.related.get(key);
    if (!loader) {
      const window = pageWindow(args.first, args.after);
      loader = new DataLoader<string, Page<EntityRecord, Record<string, unknown>>>(async (parentIds) => {
        const rows = await this.db.read(
          relatedPages(spec, parentIds, args.where ?? undefined, args.orderBy ?? undefined, window),
        );
        const byParent = new Map(rows.map((r) => [r.pid as string, r]));
        return parentIds.map((pid) => {
          const row = byParent.get(pid);
          const items = ((row?.page as Array<{ node: unknown; rel: Record<string, unknown> }>) ?? []).map((i) => ({
            ...(i.rel ?? {}),
            node: toEntity(i.node)!,
          }));
          return toPage(items, window, Number(row?.total ?? 0));
        });
      });
      this.related.set(key, loader);
    }
    const page = await loader.load(parentId);
    return { ...page, aggregate: { spec, parentId, where: args.where } };
  }

  /** The first related entity (by name), for to-one fields such as a facility's country. */
  async one(spec: RelationSpec, parentId: string): Promise<EntityRecord | null> {
    const page = await this.page(spec, parentId, { first: 1 });
    return page.nodes[0] ?? null;
  }
}
