import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ClassType, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { entityOfKind, ListArgs, listEntities } from '../../reads/entity-lists';
import { GraphContext } from '../context';
import { listPlan, lookupPlan } from '../read-plan';

export interface EntityQueriesSpec {
  kind: NodeKind;
  /** The object type and its connection. */
  type: ClassType;
  connection: ClassType;
  listArgs: ClassType<ListArgs>;
  /** Query names: `facility(id)` and `facilities(...)`. */
  one: string;
  many: string;
  oneDescription?: string;
  manyDescription?: string;
}

/**
 * The `x(id)` / `xs(where, orderBy, first, after)` pair every entity kind has, as an abstract
 * resolver a kind's resolver extends (type-graphql resolver inheritance). Each reads its whole
 * selection in one query (read-plan.ts: the request's selection as a plan for src/reads).
 */
export function EntityQueries(spec: EntityQueriesSpec) {
  @Resolver()
  abstract class EntityQueriesBase {
    @Query((_returns) => spec.type, {
      name: spec.one,
      nullable: true,
      description:
        spec.oneDescription ?? `The ${spec.one} with this id; null when there is none (or it is of another kind).`,
    })
    one(
      @Arg('id', (_type) => ID, { description: `The ${spec.one}'s id.` }) id: string,
      @Ctx() ctx: GraphContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return entityOfKind(ctx.db, ctx.loaders, id, spec.kind, lookupPlan(info));
    }

    @Query((_returns) => spec.connection, {
      name: spec.many,
      description:
        spec.manyDescription ??
        `The ${spec.many} matching a filter, one page at a time (Relay cursor connection, forward or backward).`,
    })
    many(@Args((_type) => spec.listArgs) args: ListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
      return listEntities(ctx.db, ctx.loaders, spec.kind, args, listPlan(info));
    }
  }
  return EntityQueriesBase;
}
