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
  FacilityOwnerConnection,
  ProducedMineralConnection,
  SectorConnection,
  SupplyLinkConnection,
  ConsumedMineralConnection,
} from '../types/connections.type';
import { partialDateOf } from '../../domain/evidence';
import { PartialDateScalar } from '../types/partial-date.scalar';
import {
  AgreementListArgs,
  CompanyListArgs,
  FacilityListArgs,
  MineralListArgs,
  SectorListArgs,
} from '../types/list.args';
import { Company, Country, Facility, Region } from '../types/nodes.type';
import { EntityQueries } from './entity-queries.factory';

@Resolver((_of) => Facility)
export class FacilityResolver extends EntityQueries({
  kind: NodeKind.Facility,
  type: Facility,
  connection: FacilityConnection,
  listArgs: FacilityListArgs,
  one: 'facility',
  many: 'facilities',
  oneDescription: 'A facility by id.',
  manyDescription: 'Facilities matching a filter, one page at a time.',
}) {
  @FieldResolver((_type) => Company, {
    nullable: true,
    description: 'The operating company (the first by name if several).',
  })
  operator(@Root() f: EntityRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.one(REL.facilityOperators, f.id);
  }

  @FieldResolver((_type) => FacilityOwnerConnection, { description: 'Companies holding equity, with their share.' })
  owners(
    @Root() f: EntityRecord,
    @Args() args: CompanyListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.OWNS, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.facilityOwners, f.id, { ...args, edgeWhere });
  }

  @FieldResolver((_type) => Country, { nullable: true, description: 'The country it is located in.' })
  country(@Root() f: EntityRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.one(REL.facilityCountry, f.id);
  }

  @FieldResolver((_type) => Region, { nullable: true, description: 'Province or state.' })
  region(@Root() f: EntityRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.one(REL.facilityRegion, f.id);
  }

  @FieldResolver((_type) => SectorConnection, { description: 'The sectors it belongs to.' })
  sectors(@Root() f: EntityRecord, @Args() args: SectorListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.facilitySectors, f.id, args);
  }

  @FieldResolver((_type) => ProducedMineralConnection, { description: 'Minerals produced, with capacity.' })
  produces(
    @Root() f: EntityRecord,
    @Args() args: MineralListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.PRODUCES, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.facilityProduces, f.id, { ...args, edgeWhere });
  }

  @FieldResolver((_type) => PartialDateScalar, {
    nullable: true,
    description: 'The date the status applies to (also the date of the OPERATES evidence).',
  })
  statusAsOf(@Root() f: EntityRecord): string | null {
    return partialDateOf(f.status_as_of);
  }

  @FieldResolver((_type) => ConsumedMineralConnection, {
    description: 'Minerals consumed as inputs, with the annual volume and unit where known, and the evidence.',
  })
  consumes(
    @Root() f: EntityRecord,
    @Args() args: MineralListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.CONSUMES, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.facilityConsumes, f.id, { ...args, edgeWhere });
  }

  @FieldResolver((_type) => SupplyLinkConnection, {
    description: 'Facilities supplying this one (inbound SUPPLIES links).',
  })
  suppliers(
    @Root() f: EntityRecord,
    @Args() args: FacilityListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.SUPPLIES, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.facilitySuppliers, f.id, { ...args, edgeWhere });
  }

  @FieldResolver((_type) => SupplyLinkConnection, {
    description: 'Facilities this one supplies (outbound SUPPLIES links).',
  })
  customers(
    @Root() f: EntityRecord,
    @Args() args: FacilityListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.SUPPLIES, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.facilityCustomers, f.id, { ...args, edgeWhere });
  }

  @FieldResolver((_type) => AgreementConnection, { description: 'Agreements that cover this facility.' })
  agreements(@Root() f: EntityRecord, @Args() args: AgreementListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.facilityAgreements, f.id, args);
  }
}
