import DataLoader from 'dataloader';
import { type NodeKind } from '../domain/enums';
import { type GraphDatabase } from '../neo4j/driver';
import { listAggregate, type Measure, relatedAggregates } from '../neo4j/queries/aggregates.cypher';
import { type Where } from '../neo4j/queries/filters';
import { type RelationSpec } from '../neo4j/queries/relations';

/**
 * What a connection's `aggregate` measures: a top-level list (`label` + `where`) or a relationship
 * field of one parent (`spec` + `parentId` + `where`). Carried on the page; costs nothing until a
 * measure is selected.
 */
export interface AggregateSource {
  label?: NodeKind;
  spec?: RelationSpec;
  parentId?: string;
  where?: Where | null;
  /** A relationship field's filter on the relationship itself. */
  edgeWhere?: Where | null;
}

const ROOT = '';

/**
 * Per-request batching of aggregate measures: one Cypher round trip per (measure, relationship
 * field, filter) for all parents of a level, like the relationship fields themselves.
 */
export class AggregateLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly db: GraphDatabase) {}

  load(source: AggregateSource, measure: Measure): Promise<unknown> {
    const filters = JSON.stringify([source.where ?? null, source.edgeWhere ?? null]);
    const key = `${measure}:${source.spec?.key ?? source.label ?? ''}:${filters}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (parentIds) => {
        if (!source.spec) {
          const [row] = await this.db.read(listAggregate(source.label!, source.where ?? undefined, measure));
          return parentIds.map(() => row?.value);
        }
        const rows = await this.db.read(
          relatedAggregates(source.spec, parentIds, source.where, source.edgeWhere, measure),
        );
        const byParent = new Map(rows.map((r) => [r.pid as string, r.value]));
        return parentIds.map((pid) => byParent.get(pid) ?? (measure === 'count' ? 0 : []));
      });
      this.loaders.set(key, loader);
    }
    return loader.load(source.spec ? source.parentId! : ROOT);
  }
}

const perRequest = new WeakMap<object, AggregateLoaders>();

/** The aggregate loaders of a request, keyed on its (per-request) context object. */
export function aggregateLoaders(context: { db: GraphDatabase }): AggregateLoaders {
  let loaders = perRequest.get(context);
  if (!loaders) perRequest.set(context, (loaders = new AggregateLoaders(context.db)));
  return loaders;
}
