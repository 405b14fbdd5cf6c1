import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LIMITS } from '../../analytics/services/limits';
import { RelationshipType } from '../types/enums';

@ArgsType()
export class PathArgs {
  @Field((_type) => ID, { description: 'Id of the entity the path starts from.' }) from!: string;
  @Field((_type) => ID, { description: 'Id of the entity the path ends at.' }) to!: string;
  @Field((_type) => [RelationshipType], {
    nullable: true,
    description: 'Only these relationship types (all when omitted).',
  })
  relationshipTypes?: RelationshipType[] | null;
  @Field((_type) => Boolean, {
    defaultValue: false,
    description: 'Follow relationships only in their direction (from `from` towards `to`).',
  })
  directed!: boolean;
  @Field((_type) => Int, {
    defaultValue: LIMITS.maxHops.default,
    description: `Most relationships on the path, ${LIMITS.maxHops.min}..${LIMITS.maxHops.max}.`,
  })
  maxHops!: number;
  @Field((_type) => [ID], {
    nullable: true,
    description: `Entities the path must not pass through (at most ${LIMITS.avoid.max}; not from or to).`,
  })
  avoid?: string[] | null;
}

@ArgsType()
export class PathsArgs extends PathArgs {
  @Field((_type) => Int, {
    defaultValue: LIMITS.pathLimit.default,
    description: `At most this many paths, ${LIMITS.pathLimit.min}..${LIMITS.pathLimit.max}.`,
  })
  limit!: number;
}

@ArgsType()
export class NeighborhoodArgs {
  @Field((_type) => ID, { description: 'Id of the entity at the centre.' }) id!: string;
  @Field((_type) => Int, {
    defaultValue: LIMITS.neighborhoodDepth.default,
    description: `Relationships away from the entity, ${LIMITS.neighborhoodDepth.min}..${LIMITS.neighborhoodDepth.max}.`,
  })
  depth!: number;
  @Field((_type) => [RelationshipType], {
    nullable: true,
    description: 'Only these relationship types (all when omitted).',
  })
  relationshipTypes?: RelationshipType[] | null;
  @Field((_type) => Int, {
    defaultValue: LIMITS.neighborhoodLimit.default,
    description: `Most entities besides the centre, ${LIMITS.neighborhoodLimit.min}..${LIMITS.neighborhoodLimit.max}.`,
  })
  limit!: number;
}
