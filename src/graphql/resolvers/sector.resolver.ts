import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { REL } from '../../neo4j/queries/relations';
import { GraphContext } from '../context';
import { AgreementConnection, FacilityConnection, SectorConnection } from '../types/connections.type';
import { AgreementListArgs, FacilityListArgs, SectorListArgs } from '../types/list.args';
import { Sector } from '../types/nodes.type';
import { entityOfKind, listEntities } from './list-query';

@Resolver((_of) => Sector)
export class SectorResolver {
  @Query((_returns) => Sector, { nullable: true })
  sector(@Arg('id', (_type) => ID) id: string, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return entityOfKind(ctx, id, NodeKind.Sector, info);
  }

  @Query((_returns) => SectorConnection)
  sectors(@Args() args: SectorListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listEntities(ctx, NodeKind.Sector, args, info);
  }

  @FieldResolver((_type) => FacilityConnection)
  facilities(@Root() s: EntityRecord, @Args() args: FacilityListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.sectorFacilities, s.id, args);
  }

  @FieldResolver((_type) => AgreementConnection, { description: 'Agreements that cover the sector.' })
  agreements(@Root() s: EntityRecord, @Args() args: AgreementListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.sectorAgreements, s.id, args);
  }
}
