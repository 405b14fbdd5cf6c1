import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { AggregateSource } from '../../reads/aggregate-loader';
import { CountAggregate } from './aggregate.type';

@ObjectType({ description: 'Relay pagination state of a connection.' })
export class PageInfo {
  @Field((_type) => Boolean) hasNextPage!: boolean;
  @Field((_type) => Boolean) hasPreviousPage!: boolean;
  @Field((_type) => String, { nullable: true }) startCursor!: string | null;
  @Field((_type) => String, { nullable: true }) endCursor!: string | null;
}

/** An empty base for edges without relationship properties. */
@ObjectType()
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
  @ObjectType(`${name}Edge`)
  class Edge extends (EdgeBase as ClassType) {
    @Field((_type) => String, { description: 'Opaque cursor of this edge, for `after`.' })
    cursor!: string;
    @Field((_type) => nodeType() as ClassType)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field((_type) => [Edge]) edges!: Array<Edge & TEdge>;
    @Field((_type) => [nodeType() as ClassType], {
      description: 'The nodes of `edges`, for clients that need no cursors.',
    })
    nodes!: TNode[];
    @Field((_type) => PageInfo) pageInfo!: PageInfo;
    @Field((_type) => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount!: number;
    @Field((_type) => aggregateType(), {
      description: 'Totals over every item matching the filter (all pages), computed in the database.',
    })
    aggregate!: AggregateSource;
  }
  return ConnectionType;
}
