import { GraphQLResolveInfo } from 'graphql';
import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { SortKey, Where } from '../../neo4j/queries/filters';
import { ProjectedRow, selectedNode, selectedPage } from '../../neo4j/queries/selection.cypher';
import { GraphContext } from '../context';
import { Page, pageWindow, toPage } from '../pagination';
import { attachNode, listPlan, lookupPlan, rowOf } from '../read-plan';

export interface ListArgs {
  where?: Where | null;
  orderBy?: SortKey[] | null;
  first: number;
  after?: string | null;
}

/**
 * A top-level list query and everything selected below it, in one round trip (read-plan.ts): the
 * page after the cursor, the total only when selected.
 */
export async function listEntities(
  ctx: GraphContext,
  label: NodeKind,
  args: ListArgs,
  info: GraphQLResolveInfo,
): Promise<Page<EntityRecord>> {
  const window = pageWindow(args.first, args.after, args.orderBy);
  const plan = listPlan(info);
  const result = await ctx.db.read(
    selectedPage(
      label,
      { where: args.where, columns: window.columns, limit: window.limit, after: window.after, cursors: plan.cursors },
      plan.total,
      plan.node,
    ),
  );
  const rows = result.filter((r) => r.node).map((r) => rowOf(ctx.loaders, plan.node, r.node as ProjectedRow));
  return toPage(rows, window, plan.total ? Number(result[0]?.total ?? 0) : undefined);
}

/**
 * Looks an entity up by id with everything selected below it, in one round trip; null when absent
 * or of another kind.
 */
export async function entityOfKind(
  ctx: GraphContext,
  id: string,
  label: NodeKind,
  info: GraphQLResolveInfo,
): Promise<EntityRecord | null> {
  const plan = lookupPlan(info);
  const [row] = await ctx.db.read(selectedNode(label, id, plan));
  return row ? attachNode(ctx.loaders, plan, row.node as Record<string, unknown>) : null;
}
