import { type NodeKind } from '../domain/enums';
import { type GraphDatabase } from '../neo4j/driver';
import { type EntityRecord } from '../neo4j/mappers';
import { type SortKey, type Where } from '../neo4j/queries/filters';
import { type ProjectedRow, selectedNode, selectedPage } from '../neo4j/queries/selection.cypher';
import { type Loaders } from './entity-loaders';
import { type Page, type PagingArgs, pageWindow, readWindow, toPage } from './pagination';
import { type AggregateSource } from './aggregate-loader';
import { attachNode, type ConnectionPlan, type PlannedNode, rowOf } from './prefetch';

export interface ListArgs extends PagingArgs {
  where?: Where | null;
  orderBy?: SortKey[] | null;
}

/**
 * A top-level list and everything its plan selects below it, in one round trip
 * (src/graphql/read-plan.ts builds the plan): the page after (or before) the cursor, the total only when
 * selected; related pages go to the loaders.
 */
export async function listEntities(
  db: GraphDatabase,
  loaders: Loaders,
  label: NodeKind,
  args: ListArgs,
  plan: ConnectionPlan,
): Promise<Page<EntityRecord> & { aggregate: AggregateSource }> {
  const window = pageWindow(args, args.orderBy);
  const result = await db.read(
    selectedPage(label, { where: args.where, ...readWindow(window), cursors: plan.cursors }, plan.total, plan.node),
  );
  const rows = result.filter((r) => r.node).map((r) => rowOf(loaders, plan.node, r.node as ProjectedRow));
  const page = toPage(rows, window, plan.total ? Number(result[0]?.total ?? 0) : undefined);
  return { ...page, aggregate: { label, where: args.where } };
}

/**
 * Looks an entity up by id with everything its plan selects below it, in one round trip; null
 * when absent or of another kind.
 */
export async function entityOfKind(
  db: GraphDatabase,
  loaders: Loaders,
  id: string,
  label: NodeKind,
  plan: PlannedNode,
): Promise<EntityRecord | null> {
  const [row] = await db.read(selectedNode(label, id, plan));
  return row ? attachNode(loaders, plan, row.node as Record<string, unknown>) : null;
}
