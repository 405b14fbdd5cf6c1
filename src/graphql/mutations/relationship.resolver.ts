import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Row } from '../../neo4j/driver';
import { GraphContext } from '../context';
import { Relationship, RelationshipInput } from './relationship.inputs';
import { writeRelationship } from '../../editing/relationship-writer';
import { IdempotencyKey, writesOf } from './idempotency.arg';
import { edgeProperties } from '../../reads/entity-loaders';

@Resolver((_of) => Relationship)
export class RelationshipResolver {
  @Authorized(Role.editor)
  @Mutation((_r) => Relationship, { description: 'Creates a relationship; CONFLICT when it already exists.' })
  async createRelationship(
    @Arg('input', (_type) => RelationshipInput, {
      description: 'The relationship: its type, ends and (create, update) properties.',
    })
    input: RelationshipInput,
    @IdempotencyKey() k: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return writeRelationship(await writesOf(ctx, k, 'createRelationship', { input }), input, 'create');
  }

  @Authorized(Role.editor)
  @Mutation((_r) => Relationship, {
    description: 'Sets the given properties of an existing relationship (null clears one).',
  })
  async updateRelationship(
    @Arg('input', (_type) => RelationshipInput, {
      description: 'The relationship: its type, ends and (create, update) properties.',
    })
    input: RelationshipInput,
    @IdempotencyKey() k: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return writeRelationship(await writesOf(ctx, k, 'updateRelationship', { input }), input, 'update');
  }

  @Authorized(Role.editor)
  @Mutation((_r) => Relationship, { description: 'Deletes a relationship and returns what it was.' })
  async deleteRelationship(
    @Arg('input', (_type) => RelationshipInput, {
      description: 'The relationship: its type, ends and (create, update) properties.',
    })
    input: RelationshipInput,
    @IdempotencyKey() k: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return writeRelationship(await writesOf(ctx, k, 'deleteRelationship', { input }), input, 'delete');
  }

  /** The stored properties with the evidence typed (the seed stores confidence lower-case). */
  @FieldResolver()
  properties(@Root() r: Row) {
    return edgeProperties((r.properties ?? {}) as Record<string, unknown>);
  }

  @FieldResolver()
  from(@Root() r: Row, @Ctx() ctx: GraphContext) {
    return ctx.loaders.node.load(r.from as string);
  }

  @FieldResolver()
  to(@Root() r: Row, @Ctx() ctx: GraphContext) {
    return ctx.loaders.node.load(r.to as string);
  }
}
