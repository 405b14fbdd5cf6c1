import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from '../types/entity.type';
import { RelationshipType } from '../types/enums';
import { PathDirection } from './enums';

@ObjectType({ description: 'A relationship of a path or neighbourhood, with its properties as stored.' })
export class GraphEdge {
  @Field((_type) => RelationshipType, { description: 'The relationship type.' }) type!: RelationshipType;
  @Field((_type) => ID, { description: 'Id of the start entity of the relationship.' }) from!: string;
  @Field((_type) => ID, { description: 'Id of the end entity of the relationship.' }) to!: string;
  @Field((_type) => GraphQLJSONObject, {
    description: 'Properties of the relationship (e.g. mineral, volume, share, role).',
  })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'A relationship of a path, oriented against the path order.' })
export class PathRelationship extends GraphEdge {
  @Field((_type) => PathDirection, {
    description: 'FORWARD when it points from entities[i] to entities[i+1], BACKWARD otherwise.',
  })
  direction!: PathDirection;
}

@ObjectType({ description: 'A path: its entities in order and the relationship between each consecutive pair.' })
export class Path {
  @Field((_type) => Int, { description: 'Number of relationships.' }) length!: number;
  @Field((_type) => [Entity], { description: 'The entities from `from` to `to`.' }) entities!: Entity[];
  @Field((_type) => [PathRelationship], {
    description: 'The relationships in order: relationships[i] joins entities[i] and entities[i+1].',
  })
  relationships!: PathRelationship[];
}

@ObjectType({ description: 'An entity of a neighbourhood with its distance from the centre.' })
export class NeighborhoodNode {
  @Field((_type) => Entity, { description: 'The entity.' }) entity!: Entity;
  @Field((_type) => Int, { description: 'Fewest relationships between the centre and this entity (0 for the centre).' })
  depth!: number;
}

@ObjectType({ description: 'The entities around an entity and the relationships among them, for graph views.' })
export class Neighborhood {
  @Field((_type) => Entity, { description: 'The entity the neighbourhood is around.' }) center!: Entity;
  @Field((_type) => [NeighborhoodNode], {
    description: 'The centre and its neighbours, nearest first (by id within a depth).',
  })
  nodes!: NeighborhoodNode[];
  @Field((_type) => [GraphEdge], {
    description:
      'Every relationship of the requested types between two entities of `nodes` (bounded, see `truncated`).',
  })
  edges!: GraphEdge[];
  @Field((_type) => Boolean, {
    description: 'True when `limit` or the edge bound (5 per node) left entities or relationships out.',
  })
  truncated!: boolean;
}
