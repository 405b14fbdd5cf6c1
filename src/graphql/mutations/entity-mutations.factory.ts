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
  @Field((_type) => RelationshipType, { description: 'The relationship type.' }) type!: RelationshipType;
  @Field((_type) => String, { description: 'OUT when the deleted entity was the start node.' }) direction!: string;
  @Field((_type) => ID, { description: 'Id of the entity at the other end.' }) otherId!: string;
  @Field((_type) => NodeKindValue, { description: 'Kind of the entity at the other end.' }) otherLabel!: NodeKind;
}

@ObjectType({
  description:
    'A relationship whose property held the deleted id: a SUPPLIES link of a deleted mineral is REMOVED, the agreement of a SUPPLIES link under a deleted agreement is CLEARED.',
})
export class ClearedReference {
  @Field((_type) => RelationshipType, { description: 'The relationship type.' }) type!: RelationshipType;
  @Field((_type) => ID, { description: 'Id of its start node.' }) from!: string;
  @Field((_type) => ID, { description: 'Id of its end node.' }) to!: string;
  @Field((_type) => String, { description: 'The property that held the id (`mineral`, `agreement`).' })
  property!: string;
  @Field((_type) => String, { description: 'REMOVED (the relationship) or CLEARED (the property).' })
  action!: string;
}

@ObjectType({ description: 'What a delete removed: the entity, its relationships, and every reference to its id.' })
export class DeleteResult {
  @Field((_type) => ID, { description: 'Id of the deleted entity.' }) id!: string;
  @Field((_type) => NodeKindValue, { description: 'Its kind.' }) label!: NodeKind;
  @Field((_type) => [DetachedRelationship], { description: 'Its relationships, removed with it.' })
  detached!: DetachedRelationship[];
  @Field((_type) => [ClearedReference], { description: 'Relationships that referred to its id in a property.' })
  references!: ClearedReference[];
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
    @Mutation((_r) => spec.type, {
      name: `create${spec.kind}`,
      description: `Creates a ${spec.kind} (editor role); refused when the id exists. Validated before anything is written.`,
    })
    async create(
      @Arg('input', (_t) => spec.input, { description: 'The new entity.' }) input: TInput,
      @IdempotencyKey() key: string | null,
      @Ctx() ctx: GraphContext,
    ) {
      const db = await writesOf(ctx, key, `create${spec.kind}`, { input });
      return writeEntity(db, spec.plan(input, 'create'), 'create');
    }

    @Mutation((_r) => spec.type, {
      name: `update${spec.kind}`,
      description: `Updates a ${spec.kind} (editor role): omitted fields unchanged, null clears, relationship fields replace the links.`,
    })
    async update(
      @Arg('input', (_t) => spec.input, { description: 'The id and the fields to change.' }) input: TInput,
      @IdempotencyKey() key: string | null,
      @Ctx() ctx: GraphContext,
    ) {
      const db = await writesOf(ctx, key, `update${spec.kind}`, { input });
      return writeEntity(db, spec.plan(input, 'update'), 'update');
    }

    @Mutation((_r) => DeleteResult, {
      name: `delete${spec.kind}`,
      description: `Deletes a ${spec.kind} (editor role) with its relationships; says what it removed.`,
    })
    async delete(
      @Arg('id', (_t) => ID, { description: 'Id of the entity to delete.' }) id: string,
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
