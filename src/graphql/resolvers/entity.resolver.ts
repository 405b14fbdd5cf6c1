import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { checkText } from '../../domain/input-bounds';
import { isLatitude, isLongitude } from '../../domain/model';
import { toEntity } from '../../neo4j/mappers';
import { facilitiesNear, fullTextSearch } from '../../neo4j/queries/entities.cypher';
import { GraphContext } from '../context';
import { badInput, limitExceeded } from '../errors';
import { Entity } from '../types/entity.type';
import { NodeKind } from '../types/enums';
import { Facility } from '../types/nodes.type';
import { FacilityWhere } from '../types/where.input';
import { luceneQuery } from './lucene';

export const MAX_SEARCH_RESULTS = 100;
export const MAX_RADIUS_KM = 5000;

@ObjectType({ description: 'A full-text search hit.' })
class SearchHit {
  @Field((_type) => Entity) entity!: Entity;
  @Field((_type) => Float, { description: 'Relevance score; higher is better.' }) score!: number;
}

@ObjectType({ description: 'A facility with its distance from the query point.' })
class FacilityDistance {
  @Field((_type) => Facility) facility!: Facility;
  @Field((_type) => Float) distanceKm!: number;
}

@Resolver()
export class EntityResolver {
  @Query((_returns) => Entity, { nullable: true, description: 'Any entity by id.' })
  node(@Arg('id', (_type) => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.node.load(id);
  }

  @Query((_returns) => [SearchHit], { description: 'Full-text search over names and ids, best first.' })
  async search(
    @Arg('text', (_type) => String) text: string,
    @Arg('kinds', (_type) => [NodeKind], { nullable: true, description: 'Only these kinds of entity.' })
    kinds: NodeKind[] | null,
    @Arg('first', (_type) => Int, { defaultValue: 20, description: `At most ${MAX_SEARCH_RESULTS}.` }) first: number,
    @Ctx() ctx: GraphContext,
  ) {
    if (first < 1) throw badInput('first must be at least 1', [{ path: 'first', message: 'must be >= 1' }]);
    if (first > MAX_SEARCH_RESULTS) throw limitExceeded('first', MAX_SEARCH_RESULTS, first);
    checkText(text, 'text', 'maxSearchTextLength');
    const query = luceneQuery(text);
    if (!query)
      throw badInput('text must contain at least one letter or digit', [{ path: 'text', message: 'empty search' }]);
    const rows = await ctx.db.read(fullTextSearch(query, kinds ?? undefined, first));
    return rows.map((r) => ({ entity: toEntity(r.node), score: r.score }));
  }

  @Query((_returns) => [FacilityDistance], { description: 'Facilities within a radius of a point, nearest first.' })
  async facilitiesNear(
    @Arg('latitude', (_type) => Float) latitude: number,
    @Arg('longitude', (_type) => Float) longitude: number,
    @Arg('radiusKm', (_type) => Float, { description: `At most ${MAX_RADIUS_KM} km.` }) radiusKm: number,
    @Arg('where', (_type) => FacilityWhere, { nullable: true }) where: FacilityWhere | null,
    @Arg('first', (_type) => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: GraphContext,
  ) {
    const problems = [];
    if (!isLatitude(latitude)) problems.push({ path: 'latitude', message: 'must be between -90 and 90' });
    if (!isLongitude(longitude)) problems.push({ path: 'longitude', message: 'must be between -180 and 180' });
    if (!(radiusKm > 0)) problems.push({ path: 'radiusKm', message: 'must be positive' });
    if (first < 1) problems.push({ path: 'first', message: 'must be >= 1' });
    if (problems.length) throw badInput('Invalid facilitiesNear arguments', problems);
    if (radiusKm > MAX_RADIUS_KM) throw limitExceeded('radiusKm', MAX_RADIUS_KM, radiusKm);
    if (first > 500) throw limitExceeded('first', 500, first);
    const rows = await ctx.db.read(facilitiesNear(latitude, longitude, radiusKm, where ?? undefined, first));
    return rows.map((r) => ({ facility: toEntity(r.node), distanceKm: Number(r.meters) / 1000 }));
  }
}
