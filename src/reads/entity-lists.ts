import { NodeKind } from '../domain/enums';
import { GraphDatabase } from '../neo4j/driver';
import { EntityRecord, toEntity } from '../neo4j/mappers';
import { entityPage } from '../neo4j/queries/entities.cypher';
import { SortKey, Where } from '../neo4j/queries/filters';
import { Page, pageWindow, toPage } from './pagination';
import { AggregateSource } from './aggregate-loader';

export interface ListArgs {
  where?: Where | null;
  orderBy?: SortKey[] | null;
  first: number;
  after?: string | null;
}

/** A top-level list query: one page of one label, with its total, in one round trip. */
export async function listEntities(
  db: GraphDatabase,
  label: NodeKind,
  args: ListArgs,
): Promise<Page<EntityRecord> & { aggregate: AggregateSource }> {
  const window = pageWindow(args.first, args.after);
  const [row] = await db.read(entityPage(label, args.where ?? undefined, args.orderBy ?? undefined, window));
  const nodes = ((row?.page as unknown[]) ?? []).map((n) => ({ node: toEntity(n)! }));
  return { ...toPage(nodes, window, Number(row?.total ?? 0)), aggregate: { label, where: args.where } };
}

/** Looks an entity up by id and checks its kind; null when absent or of another kind. */
export async function entityOfKind(
  loaders: { node: { load(id: string): Promise<EntityRecord | null> } },
  id: string,
  label: NodeKind,
) {
  const entity = await loaders.node.load(id);
  return entity && entity.label === label ? entity : null;
}
