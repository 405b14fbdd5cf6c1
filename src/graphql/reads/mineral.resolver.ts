import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { REL } from '../../neo4j/queries/relations';
import { GraphContext } from '../context';
import { type Where } from '../../neo4j/queries/filters';
import { EDGE_WHERE, EDGE_WHERE_DESCRIPTION } from '../types/edge-where.input';
import {
  AgreementConnection,
  FacilityConnection,
  MineralConnection,
  MineralProducerConnection,
} from '../types/connections.type';
import { AgreementListArgs, FacilityListArgs, MineralListArgs } from '../types/list.args';
import { Mineral } from '../types/nodes.type';
import { EntityQueries } from './entity-queries.factory';

@Resolver((_of) => Mineral)
export class MineralResolver extends EntityQueries({
  kind: NodeKind.Mineral,
  type: Mineral,
  connection: MineralConnection,
  listArgs: MineralListArgs,
  one: 'mineral',
  many: 'minerals',
}) {
  @FieldResolver((_type) => MineralProducerConnection, {
    description: 'Facilities producing the mineral, with capacity.',
  })
  producers(
    @Root() m: EntityRecord,
    @Args() args: FacilityListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.PRODUCES, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.mineralProducers, m.id, { ...args, edgeWhere });
  }

  @FieldResolver((_type) => FacilityConnection, { description: 'Facilities consuming the mineral.' })
  consumers(
    @Root() m: EntityRecord,
    @Args() args: FacilityListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.CONSUMES, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.mineralConsumers, m.id, { ...args, edgeWhere });
  }

  @FieldResolver((_type) => AgreementConnection, { description: 'Agreements that cover the mineral.' })
  agreements(@Root() m: EntityRecord, @Args() args: AgreementListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.mineralAgreements, m.id, args);
  }
}
