import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { mineralEntity } from '../../analytics/services/network-loader';
import { SupplyEdge as SupplyEdgeView } from '../../analytics/services/views';
import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { GraphContext } from '../context';
import { Agreement, Mineral } from '../types/nodes.type';
import { SupplyEdge } from './supply-chain.type';

/**
 * The objects behind a supply link's ids. Every link of a response asks the per-request node
 * loader, so all of them are fetched in one round trip per nesting level (no N+1).
 */
@Resolver((_of) => SupplyEdge)
export class SupplyEdgeResolver {
  @FieldResolver((_type) => [Mineral])
  async minerals(@Root() e: SupplyEdgeView, @Ctx() ctx: GraphContext): Promise<EntityRecord[]> {
    const found = await ctx.loaders.node.loadMany(e.minerals);
    const byId = new Map<string, EntityRecord>();
    for (const f of found) if (f && !(f instanceof Error)) byId.set(f.id, f);
    return e.minerals.map((id) => mineralEntity(byId, id));
  }

  @FieldResolver((_type) => Agreement, { nullable: true })
  async agreement(@Root() e: SupplyEdgeView, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    if (!e.agreement) return null;
    const a = await ctx.loaders.node.load(e.agreement);
    return a && a.label === NodeKind.Agreement ? a : null;
  }

  @FieldResolver((_type) => ID, { nullable: true })
  agreementId(@Root() e: SupplyEdgeView): string | null {
    return e.agreement;
  }
}
