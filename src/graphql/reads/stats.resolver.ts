import { Kind, type GraphQLResolveInfo, type SelectionNode, type SelectionSetNode } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { NodeKind } from '../../domain/enums';
import { GraphDatabase } from '../../neo4j/driver';
import { toEntity } from '../../neo4j/mappers';
import { DimensionName, groupStats, StatsKind } from '../../neo4j/queries/aggregates.cypher';
import { Where } from '../../neo4j/queries/filters';
import { GraphContext } from '../context';
import { badInput, limitExceeded } from '../../errors';
import { SortDirection } from '../types/paging.args';
import {
  AgreementStats,
  AgreementStatsArgs,
  CompanyStats,
  CompanyStatsArgs,
  FacilityStats,
  FacilityStatsArgs,
  GROUP_FIELDS,
  MAX_GROUPS,
  StatsOrderBy,
  StatsSortField,
} from '../types/stats.type';

interface StatsRequest<K extends StatsKind> {
  where?: Where | null;
  groupBy: DimensionName<K>[];
  orderBy?: StatsOrderBy | null;
  first: number;
}

/** Whether the selection asks for `groups { capacity }` (the capacity sums are skipped otherwise). */
function selectsCapacity(info: GraphQLResolveInfo): boolean {
  const seen = new Set<string>();
  const visit = (node: { selectionSet?: SelectionSetNode }, depth: number): boolean =>
    (node.selectionSet?.selections ?? []).some((s: SelectionNode) => {
      if (s.kind === Kind.FIELD) return (depth === 1 && s.name.value === 'capacity') || (depth === 0 && visit(s, 1));
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s, depth);
      if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        return fragment ? visit(fragment, depth) : false;
      }
      return false;
    });
  return info.fieldNodes.some((f) => visit(f, 0));
}

/** One statistics query: validates, runs one round trip, maps the group keys onto the group's fields. */
async function stats<K extends StatsKind>(db: GraphDatabase, kind: K, args: StatsRequest<K>, capacity: boolean) {
  const problems = [];
  if (!args.groupBy.length) problems.push({ path: 'groupBy', message: 'give at least one attribute' });
  if (new Set(args.groupBy).size !== args.groupBy.length)
    problems.push({ path: 'groupBy', message: 'an attribute may appear once' });
  if (!Number.isInteger(args.first) || args.first < 0) problems.push({ path: 'first', message: 'must be >= 0' });
  if (problems.length) throw badInput('Invalid statistics arguments', problems);
  if (args.first > MAX_GROUPS) throw limitExceeded('first', MAX_GROUPS, args.first);
  const [row] = await db.read(
    groupStats(kind, args.where ?? undefined, args.groupBy, {
      capacity,
      order: args.orderBy?.field === StatsSortField.KEY ? 'KEY' : 'COUNT',
      direction: args.orderBy?.direction === SortDirection.ASC ? 'ASC' : 'DESC',
      first: args.first,
    }),
  );
  const fields = (GROUP_FIELDS as Record<string, Record<string, string>>)[kind];
  const groups = (row.groups as Array<Record<string, unknown>>).map(({ keys, capacity: totals, ...rest }) => {
    const group: Record<string, unknown> = { ...rest, count: Number(rest.count) };
    args.groupBy.forEach((name, i) => {
      const key = (keys as unknown[])[i];
      group[fields[name]] = key !== null && typeof key === 'object' ? toEntity(key) : key;
    });
    if (totals)
      group.capacity = (totals as Array<Record<string, unknown>>).map((t) => ({
        ...t,
        mineral: toEntity(t.mineral),
        facilities: Number(t.facilities),
      }));
    return group;
  });
  return { count: Number(row.total), groupCount: Number(row.groupCount), groups };
}

@Resolver()
export class StatsResolver {
  @Query((_returns) => FacilityStats, {
    description:
      'Facilities matching `where`, grouped by one or more attributes: per group the count and the production capacity summed per mineral and unit. One database round trip.',
  })
  facilityStats(@Args() args: FacilityStatsArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return stats(ctx.db, NodeKind.Facility, args, selectsCapacity(info));
  }

  @Query((_returns) => CompanyStats, {
    description: 'Companies matching `where`, grouped: per group the count and the facilities they operate.',
  })
  companyStats(@Args() args: CompanyStatsArgs, @Ctx() ctx: GraphContext) {
    return stats(ctx.db, NodeKind.Company, args, false);
  }

  @Query((_returns) => AgreementStats, { description: 'Agreements matching `where`, grouped: per group the count.' })
  agreementStats(@Args() args: AgreementStatsArgs, @Ctx() ctx: GraphContext) {
    return stats(ctx.db, NodeKind.Agreement, args, false);
  }
}
