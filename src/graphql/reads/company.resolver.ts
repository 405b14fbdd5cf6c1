import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { REL } from '../../neo4j/queries/relations';
import { GraphContext } from '../context';
import { type Where } from '../../neo4j/queries/filters';
import { EDGE_WHERE, EDGE_WHERE_DESCRIPTION } from '../types/edge-where.input';
import {
  CompanyConnection,
  OperatedFacilityConnection,
  OwnedFacilityConnection,
  PartyAgreementConnection,
} from '../types/connections.type';
import { AgreementListArgs, CompanyListArgs, FacilityListArgs } from '../types/list.args';
import { Company, Country } from '../types/nodes.type';
import { EntityQueries } from './entity-queries.factory';

@Resolver((_of) => Company)
export class CompanyResolver extends EntityQueries({
  kind: NodeKind.Company,
  type: Company,
  connection: CompanyConnection,
  listArgs: CompanyListArgs,
  one: 'company',
  many: 'companies',
}) {
  @FieldResolver((_type) => Country, { nullable: true, description: 'Country of the headquarters.' })
  headquarters(@Root() c: EntityRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.one(REL.companyHeadquarters, c.id);
  }

  @FieldResolver((_type) => Company, { nullable: true, description: 'Direct parent company.' })
  parent(@Root() c: EntityRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.one(REL.companyParent, c.id);
  }

  @FieldResolver((_type) => CompanyConnection, { description: 'Direct subsidiaries.' })
  subsidiaries(@Root() c: EntityRecord, @Args() args: CompanyListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.companySubsidiaries, c.id, args);
  }

  @FieldResolver((_type) => OperatedFacilityConnection, {
    description:
      "Facilities the company operates; each edge carries the link's evidence, which is the facility row's (confidence, source, statusAsOf).",
  })
  operates(@Root() c: EntityRecord, @Args() args: FacilityListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.companyOperates, c.id, args);
  }

  @FieldResolver((_type) => OwnedFacilityConnection, {
    description: 'Facilities the company holds equity in, with the share.',
  })
  owns(
    @Root() c: EntityRecord,
    @Args() args: FacilityListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.OWNS, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.companyOwns, c.id, { ...args, edgeWhere });
  }

  @FieldResolver((_type) => PartyAgreementConnection, {
    description: 'Agreements the company is party to, with its role.',
  })
  agreements(
    @Root() c: EntityRecord,
    @Args() args: AgreementListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.PARTY_TO, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.companyAgreements, c.id, { ...args, edgeWhere });
  }
}
