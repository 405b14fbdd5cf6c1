import { Arg, Authorized, ClassType, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { NodeKind } from '../../domain/enums';
import { Mode, WritePlan } from '../../editing/entity-plans';
import { deleteEntity, writeEntity } from '../../editing/entity-writer';
import { GraphContext } from '../context';
import { IdempotencyKey, writesOf } from './idempotency.arg';
import { NodeKindValue, RelationshipType } from '../types/enums';

@ObjectType({ description: 'A relationship removed together with a deleted entity.' })
export class DetachedRelationship {
  @Field((_type) => RelationshipType) type!: RelationshipType;
  @Field((_type) => String, { description: 'OUT when the deleted entity was the start node.' }) direction!: string;
  @Field((_type) => ID) otherId!: string;
  @Field((_type) => NodeKindValue) otherLabel!: NodeKind;
}

@ObjectType({
  description:
    'A relationship whose property held the deleted id: a SUPPLIES link of a deleted mineral is REMOVED, the agreement of a SUPPLIES link under a deleted agreement is CLEARED.',
})
export class ClearedReference {
  @Field((_type) => RelationshipType) type!: RelationshipType;
  @Field((_type) => ID) from!: string;
  @Field((_type) => ID) to!: string;
  @Field((_type) => String, { description: 'The property that held the id (`mineral`, `agreement`).' })
  property!: string;
  @Field((_type) => String, { description: 'REMOVED (the relationship) or CLEARED (the property).' })
  action!: string;
}

@ObjectType({ description: 'What a delete removed: the entity, its relationships, and every reference to its id.' })
export class DeleteResult {
  @Field((_type) => ID) id!: string;
  @Field((_type) => NodeKindValue) label!: NodeKind;
  @Field((_type) => [DetachedRelationship]) detached!: DetachedRelationship[];
  @Field((_type) => [ClearedReference]) references!: ClearedReference[];
}

export interface EntityMutationsSpec<TInput extends object> {
  kind: NodeKind;
  /** The object type returned and the input class accepted. */
  type: ClassType;
  input: ClassType<TInput>;
  /** The editing service's plan for this kind (all validation lives in the plans and the writer). */
  plan: (input: TInput, mode: Mode) => WritePlan;
}

/** `createX(input)`, `updateX(input)` and `deleteX(id)` for one entity kind. Editors only. */
export function entityMutations<TInput extends object>(spec: EntityMutationsSpec<TInput>): ClassType {
  @Authorized(Role.editor)
  @Resolver()
  class EntityMutations {
    @Mutation((_r) => spec.type, { name: `create${spec.kind}` })
    async create(
      @Arg('input', (_t) => spec.input) input: TInput,
      @IdempotencyKey() key: string | null,
      @Ctx() ctx: GraphContext,
    ) {
      const db = await writesOf(ctx, key, `create${spec.kind}`, { input });
      return writeEntity(db, spec.plan(input, 'create'), 'create');
    }

    @Mutation((_r) => spec.type, { name: `update${spec.kind}` })
    async update(
      @Arg('input', (_t) => spec.input) input: TInput,
      @IdempotencyKey() key: string | null,
      @Ctx() ctx: GraphContext,
    ) {
      const db = await writesOf(ctx, key, `update${spec.kind}`, { input });
      return writeEntity(db, spec.plan(input, 'update'), 'update');
    }

    @Mutation((_r) => DeleteResult, { name: `delete${spec.kind}` })
    async delete(
      @Arg('id', (_t) => ID) id: string,
      @IdempotencyKey() key: string | null,
      @Ctx() ctx: GraphContext,
    ): Promise<DeleteResult> {
      const db = await writesOf(ctx, key, `delete${spec.kind}`, { id });
      const { detached, references } = await deleteEntity(db, spec.kind, id);
      return {
        id,
        label: spec.kind,
        detached: detached as unknown as DetachedRelationship[],
        references: references as unknown as ClearedReference[],
      };
    }
  }
  return EntityMutations;
}
