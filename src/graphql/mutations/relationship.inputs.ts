import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import type { RelationshipFields } from '../../editing/inputs';
import { Entity } from '../types/entity.type';
import { RelationshipType } from '../types/enums';

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
  @Field((_type) => Float, { nullable: true, description: 'OWNS: equity share 0..1.' }) share?: number | null;
  @Field((_type) => Float, { nullable: true, description: 'PRODUCES: capacity.' }) capacity?: number | null;
  @Field((_type) => String, { nullable: true, description: 'PRODUCES, SUPPLIES: unit.' }) unit?: string | null;
  @Field((_type) => String, { nullable: true, description: 'SUPPLIES: product shipped.' }) product?: string | null;
  @Field((_type) => Float, { nullable: true, description: 'SUPPLIES: volume.' }) volume?: number | null;
  @Field((_type) => String, { nullable: true, description: 'SUPPLIES: since (date or year).' }) since?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'SUPPLIES: agreement the link runs under.' }) agreement?:
    string | null;
  @Field((_type) => String, { nullable: true, description: 'PARTY_TO: role of the party.' }) role?: string | null;
}

@ObjectType({ description: 'Properties a relationship may carry (which ones depends on its type).' })
export class RelationshipProperties {
  @Field((_type) => Float, { nullable: true, description: 'OWNS: equity share 0..1.' }) share?: number | null;
  @Field((_type) => Float, { nullable: true, description: 'PRODUCES: capacity.' }) capacity?: number | null;
  @Field((_type) => String, { nullable: true, description: 'Unit of capacity or volume.' }) unit?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'SUPPLIES: mineral carried.' }) mineral?: string | null;
  @Field((_type) => String, { nullable: true, description: 'SUPPLIES: product shipped.' }) product?: string | null;
  @Field((_type) => Float, { nullable: true, description: 'CONSUMES, SUPPLIES: annual volume.' }) volume?:
    number | null;
  @Field((_type) => String, { nullable: true, description: 'Since when the fact holds (partial date).' })
  since?: string | null;
  @Field((_type) => ID, { nullable: true, description: 'SUPPLIES: agreement the link runs under.' }) agreement?:
    string | null;
  @Field((_type) => String, { nullable: true, description: 'PARTY_TO: role of the party.' }) role?: string | null;
  @Field((_type) => String, { nullable: true, description: 'Confidence of the fact, as stored.' }) confidence?:
    string | null;
}

@ObjectType({ description: 'A relationship between two entities.' })
export class Relationship {
  @Field((_type) => RelationshipType, { description: 'The relationship type.' }) type!: RelationshipType;
  @Field((_type) => Entity, { description: 'Its start node.' }) from!: Entity;
  @Field((_type) => Entity, { description: 'Its end node.' }) to!: Entity;
  @Field((_type) => RelationshipProperties, { description: 'The properties it carries.' })
  properties!: RelationshipProperties;
}
