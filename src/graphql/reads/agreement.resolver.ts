import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { REL } from '../../neo4j/queries/relations';
import { GraphContext } from '../context';
import { type Where } from '../../neo4j/queries/filters';
import { EDGE_WHERE, EDGE_WHERE_DESCRIPTION } from '../types/edge-where.input';
import { AgreementConnection, AgreementPartyConnection, EntityConnection } from '../types/connections.type';
import { AgreementListArgs, EntityListArgs } from '../types/list.args';
import { Agreement } from '../types/nodes.type';
import { EntityQueries } from './entity-queries.factory';
import { partialDateOf } from '../../domain/evidence';
import { PartialDateScalar } from '../types/partial-date.scalar';

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
  parties(
    @Root() a: EntityRecord,
    @Args() args: EntityListArgs,
    @Arg('edgeWhere', (_type) => EDGE_WHERE.PARTY_TO, { nullable: true, description: EDGE_WHERE_DESCRIPTION })
    edgeWhere: Where | null,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.page(REL.agreementParties, a.id, { ...args, edgeWhere });
  }

  @FieldResolver((_type) => PartialDateScalar, { nullable: true, description: 'When it was announced.' })
  announced(@Root() a: EntityRecord): string | null {
    return partialDateOf(a.announced);
  }

  @FieldResolver((_type) => PartialDateScalar, {
    nullable: true,
    description: 'When it expires: supply links running under it end then unless they have their own until.',
  })
  expires(@Root() a: EntityRecord): string | null {
    return partialDateOf(a.expires);
  }

  @FieldResolver((_type) => PartialDateScalar, { nullable: true, description: 'End of its term (ends its links too).' })
  termEnd(@Root() a: EntityRecord): string | null {
    return partialDateOf(a.term_end);
  }

  @FieldResolver((_type) => PartialDateScalar, { nullable: true, description: 'Date of its scheduled joint review.' })
  jointReview(@Root() a: EntityRecord): string | null {
    return partialDateOf(a.joint_review);
  }

  @FieldResolver((_type) => String, { nullable: true, description: 'What the sources say, what is uncertain.' })
  note(@Root() a: EntityRecord): string | null {
    return typeof a.note === 'string' ? a.note : null;
  }

  @FieldResolver((_type) => EntityConnection, { description: 'Sectors, minerals and facilities the agreement covers.' })
  covers(@Root() a: EntityRecord, @Args() args: EntityListArgs, @Ctx() ctx: GraphContext) {
    return ctx.loaders.page(REL.agreementCovers, a.id, args);
  }
}
