import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Row } from '../../neo4j/driver';
import { GraphContext } from '../context';
import { Relationship, RelationshipInput } from './relationship.inputs';
import { writeRelationship } from '../../editing/relationship-writer';

@Resolver((_of) => Relationship)
export class RelationshipResolver {
  @Authorized(Role.editor)
  @Mutation((_r) => Relationship, { description: 'Creates a relationship; CONFLICT when it already exists.' })
  createRelationship(@Arg('input') input: RelationshipInput, @Ctx() ctx: GraphContext) {
    return writeRelationship(ctx.db, input, 'create');
  }

  @Authorized(Role.editor)
  @Mutation((_r) => Relationship, {
    description: 'Sets the given properties of an existing relationship (null clears one).',
  })
  updateRelationship(@Arg('input') input: RelationshipInput, @Ctx() ctx: GraphContext) {
    return writeRelationship(ctx.db, input, 'update');
  }

  @Authorized(Role.editor)
  @Mutation((_r) => Relationship, { description: 'Deletes a relationship and returns what it was.' })
  deleteRelationship(@Arg('input') input: RelationshipInput, @Ctx() ctx: GraphContext) {
    return writeRelationship(ctx.db, input, 'delete');
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
