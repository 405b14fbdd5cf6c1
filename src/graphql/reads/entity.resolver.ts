import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { facilitiesWithin, MAX_RADIUS_KM, MAX_SEARCH_RESULTS, searchEntities } from '../../reads/entity-search';
import { GraphContext } from '../context';
import { Entity, Node } from '../types/entity.type';
import { limitExceeded } from '../../errors';
import { MAX_PAGE_SIZE } from '../types/paging.args';
import { NodeKind, NodeKindValue } from '../types/enums';
import { Facility } from '../types/nodes.type';
import { FacilityWhere } from '../types/where.input';

@ObjectType({ description: 'A full-text search hit.' })
class SearchHit {
  @Field((_type) => Entity, { description: 'The entity found.' }) entity!: Entity;
  @Field((_type) => Float, { description: 'Relevance score; higher is better.' }) score!: number;
}

@ObjectType({ description: 'A facility with its distance from the query point.' })
class FacilityDistance {
  @Field((_type) => Facility, { description: 'The facility.' }) facility!: Facility;
  @Field((_type) => Float, { description: 'Great-circle distance from the point, in km.' }) distanceKm!: number;
}

@Resolver()
export class EntityResolver {
  @Query((_returns) => Node, {
    nullable: true,
    description:
      'Refetches any object by its global id (Relay Node); null when there is none. Select fields with fragments: `node(id: "fac:nal-mine") { id ... on Facility { name status } }`.',
  })
  node(
    @Arg('id', (_type) => ID, { description: 'A global id, as any `id` field returns it.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return ctx.loaders.node.load(id);
  }

  @Query((_returns) => [Node], {
    nullable: 'items',
    description: `Refetches several objects by their global ids in one round trip, in the order given; null for an id that matches nothing. At most ${MAX_PAGE_SIZE} ids.`,
  })
  nodes(
    @Arg('ids', (_type) => [ID], { description: 'Global ids, as `id` fields return them.' }) ids: string[],
    @Ctx() ctx: GraphContext,
  ) {
    if (ids.length > MAX_PAGE_SIZE) throw limitExceeded('ids', MAX_PAGE_SIZE, ids.length);
    // One batched read for all ids (the node loader); a database error fails the field, not one item.
    return Promise.all(ids.map((id) => ctx.loaders.node.load(id)));
  }

  @Query((_returns) => [SearchHit], { description: 'Full-text search over names and ids, best first.' })
  search(
    @Arg('text', (_type) => String, { description: 'Words to look for (Lucene syntax is escaped).' }) text: string,
    @Arg('kinds', (_type) => [NodeKindValue], { nullable: true, description: 'Only these kinds of entity.' })
    kinds: NodeKind[] | null,
    @Arg('first', (_type) => Int, { defaultValue: 20, description: `At most ${MAX_SEARCH_RESULTS}.` }) first: number,
    @Ctx() ctx: GraphContext,
  ) {
    return searchEntities(ctx.db, text, kinds, first);
  }

  @Query((_returns) => [FacilityDistance], { description: 'Facilities within a radius of a point, nearest first.' })
  facilitiesNear(
    @Arg('latitude', (_type) => Float, { description: 'Latitude of the point, -90..90.' }) latitude: number,
    @Arg('longitude', (_type) => Float, { description: 'Longitude of the point, -180..180.' }) longitude: number,
    @Arg('radiusKm', (_type) => Float, { description: `At most ${MAX_RADIUS_KM} km.` }) radiusKm: number,
    @Arg('where', (_type) => FacilityWhere, {
      nullable: true,
      description: 'Only the facilities matching this filter.',
    })
    where: FacilityWhere | null,
    @Arg('first', (_type) => Int, { defaultValue: 50, description: 'At most this many, nearest first.' }) first: number,
    @Ctx() ctx: GraphContext,
  ) {
    return facilitiesWithin(ctx.db, { latitude, longitude, radiusKm, where, first });
  }
}
