import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { REL } from '../../neo4j/queries/relations';
import { GraphContext } from '../context';
import { type Where } from '../../neo4j/queries/filters';
import { EDGE_WHERE, EDGE_WHERE_DESCRIPTION } from '../types/edge-where.input';
import {
  CompanyConnection,
  CountryConnection,
  FacilityConnection,
  PartyAgreementConnection,
  RegionConnection,
} from '../types/connections.type';
import {
  AgreementListArgs,
  CompanyListArgs,
  CountryListArgs,
  FacilityListArgs,
  RegionListArgs,
} from '../types/list.args';
import { Country, Region } from '../types/nodes.type';
import { EntityQueries } from './entity-queries.factory';

@Resolver((_of) => Country)
export class CountryResolver extends EntityQueries({
  kind: NodeKind.Country,
  type: Country,
  connection: CountryConnection,
  listArgs: CountryListArgs,
  one: 'country',
  many: 'countries',
}) {
  @FieldResolver((_type) => RegionConnection, { description: 'Provinces, states and territories.' })
  regions(@Root() c: EntityRecord, @Args() args: RegionListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.countryRegions, c.id, args);
  }

  @FieldResolver((_type) => FacilityConnection, { description: 'Facilities located in the country.' })
  facilities(@Root() c: EntityRecord, @Args() args: FacilityListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.countryFacilities, c.id, args);
  }

  @FieldResolver((_type) => CompanyConnection, { description: 'Companies headquartered in the country.' })
  companies(@Root() c: EntityRecord, @Args() args: CompanyListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.countryCompanies, c.id, args);
  }

  @FieldResolver((_type) => PartyAgreementConnection, {
    description: 'Agreements the country is party to, with its role.',
  })
  agreements(
    @Root() c: EntityRecord,
    @Args() args: AgreementListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.PARTY_TO, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.countryAgreements, c.id, { ...args, edgeWhere });
  }
}

@Resolver((_of) => Region)
export class RegionResolver extends EntityQueries({
  kind: NodeKind.Region,
  type: Region,
  connection: RegionConnection,
  listArgs: RegionListArgs,
  one: 'region',
  many: 'regions',
}) {
  @FieldResolver((_type) => Country, { nullable: true, description: 'The country the region is part of.' })
  country(@Root() r: EntityRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.one(REL.regionCountry, r.id);
  }

  @FieldResolver((_type) => FacilityConnection, { description: 'Facilities located in the region.' })
  facilities(@Root() r: EntityRecord, @Args() args: FacilityListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.regionFacilities, r.id, args);
  }
}
