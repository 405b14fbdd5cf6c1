import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LIMITS } from '../../analytics/services/limits';
import { Confidence, RelationshipType } from '../types/enums';
import { PartialDateScalar } from '../types/partial-date.scalar';

/**
 * Which SUPPLIES links a path may use: the rules of the supply analyses (src/analytics/README.md,
 * "Evidence"); every other relationship type is traversed whatever these say.
 */
@ArgsType()
export class PathEvidenceArgs {
  @Field((_type) => PartialDateScalar, {
    nullable: true,
    description:
      'A SUPPLIES link is traversable when its `since` is unknown or <= asOf and its `until` (or the expiry / term end of its agreement, when it has no own until) is unknown or > asOf. Default: today. A partial date stands for the first day of its period. Other relationship types are not dated here.',
  })
  asOf?: string | null;
  @Field((_type) => Confidence, {
    defaultValue: Confidence.INFERRED,
    description:
      'SUPPLIES links weaker than this are not traversable (a link without confidence counts as INFERRED; INFERRED: all). Other relationship types are not filtered.',
  })
  minConfidence!: Confidence;
  @Field((_type) => Boolean, {
    defaultValue: false,
    description:
      'Let paths use SUPPLIES links to or from PLANNED and CONSTRUCTION facilities. Without it those links are not traversable, but the facilities stay reachable over every other relationship type (operator, location, sector...).',
  })
  includePlanned!: boolean;
}

@ArgsType()
export class PathArgs extends PathEvidenceArgs {
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
