import { type NodeKind } from '../domain/enums';
import { checkText } from '../domain/input-bounds';
import { isLatitude, isLongitude } from '../domain/model';
import { badInput, type FieldProblem, limitExceeded } from '../errors';
import { type GraphDatabase } from '../neo4j/driver';
import { toEntity } from '../neo4j/mappers';
import { facilitiesNear, fullTextSearch } from '../neo4j/queries/entities.cypher';
import { type Where } from '../neo4j/queries/filters';
import { luceneQuery } from './lucene';

export const MAX_SEARCH_RESULTS = 100;
export const MAX_RADIUS_KM = 5000;
const MAX_NEAR_RESULTS = 500;

/** Full-text search over names and ids, best first, in one round trip. */
export async function searchEntities(db: GraphDatabase, text: string, kinds: NodeKind[] | null, first: number) {
  if (first < 1) throw badInput('first must be at least 1', [{ path: 'first', message: 'must be >= 1' }]);
  if (first > MAX_SEARCH_RESULTS) throw limitExceeded('first', MAX_SEARCH_RESULTS, first);
  checkText(text, 'text', 'maxSearchTextLength');
  const query = luceneQuery(text);
  if (!query)
    throw badInput('text must contain at least one letter or digit', [{ path: 'text', message: 'empty search' }]);
  const rows = await db.read(fullTextSearch(query, kinds ?? undefined, first));
  return rows.map((r) => ({ entity: toEntity(r.node), score: r.score }));
}

export interface NearArgs {
  latitude: number;
  longitude: number;
  radiusKm: number;
  where?: Where | null;
  first: number;
}

/** Facilities within a radius of a point, nearest first, in one round trip. */
export async function facilitiesWithin(db: GraphDatabase, args: NearArgs) {
  const { latitude, longitude, radiusKm, first } = args;
  const problems: FieldProblem[] = [];
  if (!isLatitude(latitude)) problems.push({ path: 'latitude', message: 'must be between -90 and 90' });
  if (!isLongitude(longitude)) problems.push({ path: 'longitude', message: 'must be between -180 and 180' });
  if (!(radiusKm > 0)) problems.push({ path: 'radiusKm', message: 'must be positive' });
  if (first < 1) problems.push({ path: 'first', message: 'must be >= 1' });
  if (problems.length) throw badInput('Invalid facilitiesNear arguments', problems);
  if (radiusKm > MAX_RADIUS_KM) throw limitExceeded('radiusKm', MAX_RADIUS_KM, radiusKm);
  if (first > MAX_NEAR_RESULTS) throw limitExceeded('first', MAX_NEAR_RESULTS, first);
  const rows = await db.read(facilitiesNear(latitude, longitude, radiusKm, args.where ?? undefined, first));
  return rows.map((r) => ({ facility: toEntity(r.node), distanceKm: Number(r.meters) / 1000 }));
}
