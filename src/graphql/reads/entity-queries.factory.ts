import { Arg, Args, ClassType, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { entityOfKind, ListArgs, listEntities } from '../../reads/entity-lists';
import { GraphContext } from '../context';

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
 * resolver a kind's resolver extends (type-graphql resolver inheritance).
 */
export function EntityQueries(spec: EntityQueriesSpec) {
  @Resolver()
  abstract class EntityQueriesBase {
    @Query((_returns) => spec.type, { name: spec.one, nullable: true, description: spec.oneDescription })
    one(@Arg('id', (_type) => ID) id: string, @Ctx() ctx: GraphContext) {
      return entityOfKind(ctx.loaders, id, spec.kind);
    }

    @Query((_returns) => spec.connection, { name: spec.many, description: spec.manyDescription })
    many(@Args((_type) => spec.listArgs) args: ListArgs, @Ctx() ctx: GraphContext) {
      return listEntities(ctx.db, spec.kind, args);
    }
  }
  return EntityQueriesBase;
}
