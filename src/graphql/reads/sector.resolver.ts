import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { REL } from '../../neo4j/queries/relations';
import { GraphContext } from '../context';
import { AgreementConnection, FacilityConnection, SectorConnection } from '../types/connections.type';
import { AgreementListArgs, FacilityListArgs, SectorListArgs } from '../types/list.args';
import { Sector } from '../types/nodes.type';
import { EntityQueries } from './entity-queries.factory';

@Resolver((_of) => Sector)
export class SectorResolver extends EntityQueries({
  kind: NodeKind.Sector,
  type: Sector,
  connection: SectorConnection,
  listArgs: SectorListArgs,
  one: 'sector',
  many: 'sectors',
}) {
  @FieldResolver((_type) => FacilityConnection, { description: 'Facilities in the sector.' })
  facilities(@Root() s: EntityRecord, @Args() args: FacilityListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.sectorFacilities, s.id, args);
  }

  @FieldResolver((_type) => AgreementConnection, { description: 'Agreements that cover the sector.' })
  agreements(@Root() s: EntityRecord, @Args() args: AgreementListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.sectorAgreements, s.id, args);
  }
}
