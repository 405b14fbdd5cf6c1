import { Field, ID, InterfaceType } from 'type-graphql';
import { NodeKind } from './enums';

@InterfaceType('Entity', {
  description: 'Any node of the graph: every entity has a globally unique id, a name and a kind.',
  resolveType: (value: { label: NodeKind }) => value.label,
})
export abstract class Entity {
  @Field((_type) => ID, {
    description: 'Globally unique, case-sensitive id (pattern ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$).',
  })
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => NodeKind, { description: 'The kind of entity (its Neo4j label).' })
  label!: NodeKind;
}
