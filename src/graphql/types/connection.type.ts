import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { AggregateSource } from '../../reads/aggregate-loader';
import { CountAggregate } from './aggregate.type';

@ObjectType({ description: 'Relay pagination state of a connection (cursor connections specification).' })
export class PageInfo {
  @Field((_type) => Boolean, {
    description:
      'Forward: more items follow this page. Backward (`last`): true when the page was bounded by `before` (the item at that cursor follows).',
  })
  hasNextPage!: boolean;
  @Field((_type) => Boolean, {
    description:
      'Backward (`last`): more items precede this page. Forward: true when the page was bounded by `after` (the item at that cursor precedes).',
  })
  hasPreviousPage!: boolean;
  @Field((_type) => String, {
    nullable: true,
    description: 'Cursor of the first edge (pass as `before` for the page before); null when the page is empty.',
  })
  startCursor!: string | null;
  @Field((_type) => String, {
    nullable: true,
    description: 'Cursor of the last edge (pass as `after` for the page after); null when the page is empty.',
  })
  endCursor!: string | null;
}

/** An empty base for edges without relationship properties. */
@ObjectType({ description: 'An edge without relationship properties.' })
export class NoEdgeProperties {}

/**
 * Builds a Relay connection type (edges, nodes, pageInfo, totalCount) for a node type; `EdgeBase`
 * adds the properties of the relationship behind the edge (e.g. an ownership share).
 */
export function Connection<TNode extends object, TEdge extends object>(
  name: string,
  nodeType: () => ClassType<TNode> | (abstract new () => TNode),
  EdgeBase: ClassType<TEdge> = NoEdgeProperties as ClassType<TEdge>,
  aggregateType: () => ClassType = () => CountAggregate,
) {
  @ObjectType(`${name}Edge`, {
    description: `One item of a ${name}Connection: the node, its cursor${EdgeBase === NoEdgeProperties ? '' : ' and the properties of the relationship behind it'}.`,
  })
  class Edge extends (EdgeBase as ClassType) {
    @Field((_type) => String, {
      description: 'Opaque cursor of this edge, for `after` (pages after it) or `before` (pages before it).',
    })
    cursor!: string;
    @Field((_type) => nodeType() as ClassType, { description: 'The item.' })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of a list (Relay cursor connection): its edges, the nodes alone, the paging state, the total and aggregates over all pages.`,
  })
  class ConnectionType {
    @Field((_type) => [Edge], { description: 'The items of the page with their cursors, in the requested order.' })
    edges!: Array<Edge & TEdge>;
    @Field((_type) => [nodeType() as ClassType], {
      description: 'The nodes of `edges`, for clients that need no cursors.',
    })
    nodes!: TNode[];
    @Field((_type) => PageInfo, { description: 'Cursors of the page ends and whether there are more pages.' })
    pageInfo!: PageInfo;
    @Field((_type) => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount!: number;
    @Field((_type) => aggregateType(), {
      description: 'Totals over every item matching the filter (all pages), computed in the database.',
    })
    aggregate!: AggregateSource;
  }
  return ConnectionType;
}
