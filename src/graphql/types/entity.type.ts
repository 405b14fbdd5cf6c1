import { Field, ID, InterfaceType } from 'type-graphql';
import { NodeKind, NodeKindValue } from './enums';

/**
 * Relay's Node: an object a client can refetch by its id alone (`Query.node`, `Query.nodes`).
 * Every entity id is unique across kinds (one `Entity` label under a uniqueness constraint,
 * src/neo4j/migrations.ts), so the id is the global id as it is: no kind prefix, no encoding.
 */
@InterfaceType('Node', {
  description:
    'An object with a globally unique id (Relay Node): refetch it with `node(id)` or `nodes(ids)`. Every entity is one.',
  resolveType: (value: { label: NodeKind }) => value.label,
})
export abstract class Node {
  @Field((_type) => ID, {
    description:
      'Globally unique, case-sensitive id (pattern ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$), stable across requests.',
  })
  id!: string;
}

@InterfaceType('Entity', {
  implements: Node,
  description: 'Any node of the graph: every entity has a globally unique id, a name and a kind.',
  resolveType: (value: { label: NodeKind }) => value.label,
})
export abstract class Entity extends Node {
  @Field((_type) => ID, {
    description:
      'Globally unique, case-sensitive id (pattern ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$), stable across requests.',
  })
  declare id: string;

  @Field((_type) => String, { description: 'Display name.' })
  name!: string;

  @Field((_type) => NodeKindValue, { description: 'The kind of entity (its Neo4j label, the same as `__typename`).' })
  label!: NodeKind;
}
