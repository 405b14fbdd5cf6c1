import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import type { RelationshipFields } from '../../editing/inputs';
import { type EvidenceField, RELATIONSHIPS } from '../../domain/model';
import { EdgeEvidence } from '../types/connections.type';
import { Entity } from '../types/entity.type';
import { Confidence, RelationshipType } from '../types/enums';
import { PartialDateScalar } from '../types/partial-date.scalar';

/** An evidence field's description, naming the relationship types whose model description declares it. */
function evidence(field: EvidenceField, what: string): string {
  const types = Object.values(RELATIONSHIPS)
    .filter((r) => r.evidence.includes(field))
    .map((r) => r.type);
  return `${types.join(', ')}: ${what} (evidence; other types refuse it).`;
}

@InputType({
  description:
    'Identifies one relationship, and (for create/update) its properties. Only the properties of its type are allowed.',
})
export class RelationshipInput implements RelationshipFields {
  @Field((_type) => RelationshipType, { description: 'The relationship type.' }) type!: RelationshipType;
  @Field((_type) => ID, { description: 'Start node id.' }) from!: string;
  @Field((_type) => ID, { description: 'End node id.' }) to!: string;
  @Field((_type) => ID, {
    nullable: true,
    description: 'SUPPLIES: mineral carried; with the endpoints it identifies the link.',
  })
  mineral?: string | null;
  @Field((_type) => [ID], {
    nullable: true,
    description:
      'SUPPLIES: the minerals of a link carrying several (any order; stored sorted). With the endpoints they identify the link; `mineral`, when also given, must be one of them.',
  })
  minerals?: string[] | null;
  @Field((_type) => Float, { nullable: true, description: 'OWNS: equity share 0..1.' }) share?: number | null;
  @Field((_type) => Float, { nullable: true, description: 'PRODUCES: capacity (>= 0).' }) capacity?: number | null;
  @Field((_type) => String, {
    nullable: true,
    description: 'PRODUCES, CONSUMES, SUPPLIES: unit of the capacity or volume.',
  })
  unit?: string | null;
  @Field((_type) => String, { nullable: true, description: 'SUPPLIES: product shipped.' }) product?: string | null;
  @Field((_type) => Float, {
    nullable: true,
    description: 'CONSUMES, SUPPLIES: annual volume (>= 0; on CONSUMES it needs its unit).',
  })
  volume?: number | null;
  @Field((_type) => ID, { nullable: true, description: 'SUPPLIES: agreement the link runs under.' }) agreement?:
    string | null;
  @Field((_type) => String, { nullable: true, description: 'PARTY_TO: role of the party.' }) role?: string | null;
  @Field((_type) => Confidence, {
    nullable: true,
    description: evidence('confidence', 'how well the fact is established'),
  })
  confidence?: Confidence | null;
  @Field((_type) => String, {
    nullable: true,
    description: evidence('source', 'absolute http(s) URL of the document stating the fact'),
  })
  source?: string | null;
  @Field((_type) => String, {
    nullable: true,
    description: evidence('note', 'what the source says, what is uncertain'),
  })
  note?: string | null;
  @Field((_type) => PartialDateScalar, {
    nullable: true,
    description: evidence('since', 'since when the fact holds; not after until'),
  })
  since?: string | null;
  @Field((_type) => PartialDateScalar, { nullable: true, description: evidence('until', 'when it stopped holding') })
  until?: string | null;
}

@ObjectType({
  description: 'Properties a relationship may carry (which ones depends on its type), with its evidence typed.',
})
export class RelationshipProperties extends EdgeEvidence {
  @Field((_type) => Float, { nullable: true, description: 'OWNS: equity share 0..1.' }) share?: number | null;
  @Field((_type) => Float, { nullable: true, description: 'PRODUCES: capacity (>= 0).' }) capacity?: number | null;
  @Field((_type) => String, { nullable: true, description: 'Unit of capacity or volume.' }) unit?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'SUPPLIES: the mineral of a single-mineral link.' })
  mineral?: string | null;
  @Field((_type) => [ID], {
    nullable: true,
    description: 'SUPPLIES: the minerals of a multi-mineral link (e.g. a nickel-copper-cobalt matte).',
  })
  minerals?: string[] | null;
  @Field((_type) => String, { nullable: true, description: 'SUPPLIES: product shipped.' }) product?: string | null;
  @Field((_type) => Float, { nullable: true, description: 'CONSUMES, SUPPLIES: annual volume.' }) volume?:
    number | null;
  @Field((_type) => ID, { nullable: true, description: 'SUPPLIES: agreement the link runs under.' }) agreement?:
    string | null;
  @Field((_type) => String, { nullable: true, description: 'PARTY_TO: role of the party.' }) role?: string | null;
}

@ObjectType({ description: 'A relationship between two entities.' })
export class Relationship {
  @Field((_type) => RelationshipType, { description: 'The relationship type.' }) type!: RelationshipType;
  @Field((_type) => Entity, { description: 'Its start node.' }) from!: Entity;
  @Field((_type) => Entity, { description: 'Its end node.' }) to!: Entity;
  @Field((_type) => RelationshipProperties, { description: 'The properties it carries.' })
  properties!: RelationshipProperties;
}
