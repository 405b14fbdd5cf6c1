import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { facilitiesWithin, MAX_RADIUS_KM, MAX_SEARCH_RESULTS, searchEntities } from '../../reads/entity-search';
import { GraphContext } from '../context';
import { Entity } from '../types/entity.type';
import { NodeKind } from '../types/enums';
import { Facility } from '../types/nodes.type';
import { FacilityWhere } from '../types/where.input';

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
  search(
    @Arg('text', (_type) => String) text: string,
    @Arg('kinds', (_type) => [NodeKind], { nullable: true, description: 'Only these kinds of entity.' })
    kinds: NodeKind[] | null,
    @Arg('first', (_type) => Int, { defaultValue: 20, description: `At most ${MAX_SEARCH_RESULTS}.` }) first: number,
    @Ctx() ctx: GraphContext,
  ) {
    return searchEntities(ctx.db, text, kinds, first);
  }

  @Query((_returns) => [FacilityDistance], { description: 'Facilities within a radius of a point, nearest first.' })
  facilitiesNear(
    @Arg('latitude', (_type) => Float) latitude: number,
    @Arg('longitude', (_type) => Float) longitude: number,
    @Arg('radiusKm', (_type) => Float, { description: `At most ${MAX_RADIUS_KM} km.` }) radiusKm: number,
    @Arg('where', (_type) => FacilityWhere, { nullable: true }) where: FacilityWhere | null,
    @Arg('first', (_type) => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: GraphContext,
  ) {
    return facilitiesWithin(ctx.db, { latitude, longitude, radiusKm, where, first });
  }
}
