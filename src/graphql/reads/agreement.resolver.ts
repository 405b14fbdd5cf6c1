import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { REL } from '../../neo4j/queries/relations';
import { GraphContext } from '../context';
import { AgreementConnection, AgreementPartyConnection, EntityConnection } from '../types/connections.type';
import { AgreementListArgs, EntityListArgs } from '../types/list.args';
import { Agreement } from '../types/nodes.type';
import { EntityQueries } from './entity-queries.factory';

@Resolver((_of) => Agreement)
export class AgreementResolver extends EntityQueries({
  kind: NodeKind.Agreement,
  type: Agreement,
  connection: AgreementConnection,
  listArgs: AgreementListArgs,
  one: 'agreement',
  many: 'agreements',
}) {
  @FieldResolver((_type) => AgreementPartyConnection, {
    description: 'Countries and companies party to the agreement, with their role.',
  })
  parties(@Root() a: EntityRecord, @Args() args: EntityListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.agreementParties, a.id, args);
  }

  @FieldResolver((_type) => EntityConnection, { description: 'Sectors, minerals and facilities the agreement covers.' })
  covers(@Root() a: EntityRecord, @Args() args: EntityListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.agreementCovers, a.id, args);
  }
}
