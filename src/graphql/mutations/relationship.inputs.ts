import { type ClassType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { RelationshipFields } from '../../editing/inputs';
import {
  EVIDENCE_FIELDS,
  type EvidenceField,
  PROPERTY_DESCRIPTIONS,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIPS,
  typesCarrying,
} from '../../domain/model';
import { Entity } from '../types/entity.type';
import { Confidence, RelationshipType } from '../types/enums';
import { PartialDateScalar } from '../types/partial-date.scalar';

/**
 * The property fields of the relationship input and output, generated from the model: one field
 * per property any relationship type may carry (RELATIONSHIP_PROPERTIES), typed from its property
 * type (evidence fields by their own types), described from PROPERTY_DESCRIPTIONS and prefixed with
 * the types that carry it. A property added to the model is a field here without a hand-written line.
 */
/** What a type-graphql field's type function returns: a class, an enum, a scalar or a list of one. */
type FieldType = object;

const EVIDENCE_TYPES: Readonly<Record<EvidenceField, FieldType>> = {
  confidence: Confidence,
  source: String,
  note: String,
  since: PartialDateScalar,
  until: PartialDateScalar,
};

function graphqlTypeOf(property: string): FieldType {
  if (property in EVIDENCE_TYPES) return EVIDENCE_TYPES[property as EvidenceField];
  const schema = Object.values(RELATIONSHIPS).find((r) => property in r.properties)!;
  const refers = schema.rules[property]?.refs !== undefined;
  switch (schema.properties[property]) {
    case 'float':
      return Float;
    case 'int':
      return Int;
    case 'id':
      return ID;
    case 'stringList':
      return [refers ? ID : String];
    case 'date':
      return PartialDateScalar;
    default:
      return String;
  }
}

function describeProperty(property: string, input: boolean): string {
  const note = (EVIDENCE_FIELDS as readonly string[]).includes(property) ? 'evidence; ' : '';
  const refused = input ? ' Other types refuse it.' : '';
  return `${typesCarrying(property).join(', ')}: ${note}${PROPERTY_DESCRIPTIONS[property]}.${refused}`;
}

function withPropertyFields<T extends ClassType>(target: T, input: boolean): T {
  for (const property of RELATIONSHIP_PROPERTIES)
    Field((_type) => graphqlTypeOf(property), { nullable: true, description: describeProperty(property, input) })(
      target.prototype,
      property,
    );
  return target;
}

@InputType('RelationshipInput', {
  description:
    'Identifies one relationship, and (for create/update) its properties. Only the properties of its type are allowed.',
})
class RelationshipInputFields {
  @Field((_type) => RelationshipType, { description: 'The relationship type.' }) type!: RelationshipType;
  @Field((_type) => ID, { description: 'Start node id.' }) from!: string;
  @Field((_type) => ID, { description: 'End node id.' }) to!: string;
}
// Its property fields come from the model (withPropertyFields); the editing service reads them as RelationshipFields.
export const RelationshipInput = withPropertyFields(RelationshipInputFields, true);
export type RelationshipInput = RelationshipFields;

@ObjectType('RelationshipProperties', {
  description: 'Properties a relationship may carry (which ones depends on its type), with its evidence typed.',
})
class RelationshipPropertyFields {
  [property: string]: unknown;
}
export const RelationshipProperties = withPropertyFields(RelationshipPropertyFields, false);
export type RelationshipProperties = RelationshipPropertyFields;

@ObjectType({ description: 'A relationship between two entities.' })
export class Relationship {
  @Field((_type) => RelationshipType, { description: 'The relationship type.' }) type!: RelationshipType;
  @Field((_type) => Entity, { description: 'Its start node.' }) from!: Entity;
  @Field((_type) => Entity, { description: 'Its end node.' }) to!: Entity;
  @Field((_type) => RelationshipProperties, { description: 'The properties it carries.' })
  properties!: RelationshipProperties;
}
