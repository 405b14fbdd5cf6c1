import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { toEntity } from '../../neo4j/mappers';
import { Measure } from '../../neo4j/queries/aggregates.cypher';
import { AggregateSource, aggregateLoaders } from '../../reads/aggregate-loader';
import { GraphContext } from '../context';
import {
  AgreementAggregate,
  CompanyAggregate,
  CountAggregate,
  EntityAggregate,
  FacilityAggregate,
} from '../types/aggregate.type';
import {
  AgreementKindCount,
  AgreementStatusCount,
  CapacityTotal,
  CountryCount,
  KindCount,
  LabelCount,
  StatusCount,
} from '../types/stats.type';

/**
 * The `aggregate` of a connection: totals over every item matching the connection's filter (all
 * pages, one per edge like `totalCount`), computed in the database, one round trip per measure
 * and level for all parents.
 */

type Keyed = Array<{ key: unknown; count: number }>;

function measure(ctx: GraphContext, source: AggregateSource, m: Measure) {
  return aggregateLoaders(ctx).load(source, m);
}
async function keyed<T>(ctx: GraphContext, source: AggregateSource, m: Measure, map: (key: unknown) => T) {
  return ((await measure(ctx, source, m)) as Keyed).map((g) => ({ ...map(g.key), count: Number(g.count) }));
}
const count = async (ctx: GraphContext, source: AggregateSource) => Number(await measure(ctx, source, 'count'));
const COUNT = { description: 'Number of items (edges) matching the filter, over all pages.' };

@Resolver((_of) => FacilityAggregate)
export class FacilityAggregateResolver {
  @FieldResolver((_type) => Int, COUNT)
  count(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return count(ctx, source);
  }
  @FieldResolver((_type) => [KindCount], { description: 'Counts per facility kind, largest first.' })
  byKind(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return keyed(ctx, source, 'byKind', (kind) => ({ kind }));
  }
  @FieldResolver((_type) => [StatusCount], { description: 'Counts per status, largest first.' })
  byStatus(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return keyed(ctx, source, 'byStatus', (status) => ({ status }));
  }
  @FieldResolver((_type) => [CountryCount], { description: 'Counts per country located in, largest first.' })
  byCountry(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return keyed(ctx, source, 'byCountry', (country) => ({ country: toEntity(country) }));
  }
  @FieldResolver((_type) => [CapacityTotal], {
    description: 'Production capacity summed per mineral and unit (different units are never added).',
  })
  async capacity(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    const rows = (await measure(ctx, source, 'capacity')) as Array<Record<string, unknown>>;
    return rows.map((r) => ({ ...r, mineral: toEntity(r.mineral), facilities: Number(r.facilities) }));
  }
}

@Resolver((_of) => CompanyAggregate)
export class CompanyAggregateResolver {
  @FieldResolver((_type) => Int, COUNT)
  count(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return count(ctx, source);
  }
  @FieldResolver((_type) => [CountryCount], { description: 'Counts per headquarters country, largest first.' })
  byCountry(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return keyed(ctx, source, 'byCountry', (country) => ({ country: toEntity(country) }));
  }
}

@Resolver((_of) => AgreementAggregate)
export class AgreementAggregateResolver {
  @FieldResolver((_type) => Int, COUNT)
  count(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return count(ctx, source);
  }
  @FieldResolver((_type) => [AgreementKindCount], { description: 'Counts per agreement kind, largest first.' })
  byKind(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return keyed(ctx, source, 'byKind', (kind) => ({ kind }));
  }
  @FieldResolver((_type) => [AgreementStatusCount], { description: 'Counts per agreement status, largest first.' })
  byStatus(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return keyed(ctx, source, 'byStatus', (status) => ({ status }));
  }
}

@Resolver((_of) => EntityAggregate)
export class EntityAggregateResolver {
  @FieldResolver((_type) => Int, COUNT)
  count(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return count(ctx, source);
  }
  @FieldResolver((_type) => [LabelCount], { description: 'Counts per kind of entity, largest first.' })
  byLabel(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return keyed(ctx, source, 'byLabel', (label) => ({ label }));
  }
}

@Resolver((_of) => CountAggregate)
export class CountAggregateResolver {
  @FieldResolver((_type) => Int, COUNT)
  count(@Root() source: AggregateSource, @Ctx() ctx: GraphContext) {
    return count(ctx, source);
  }
}

export const AGGREGATE_RESOLVERS = [
  FacilityAggregateResolver,
  CompanyAggregateResolver,
  AgreementAggregateResolver,
  EntityAggregateResolver,
  CountAggregateResolver,
];
