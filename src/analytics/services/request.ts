import { NodeKind } from '../../domain/enums';
import { EntityRecord } from '../../neo4j/mappers';
import { checkIds, checkRange, LIMITS } from './limits';
import { IdArgument, lookupEntities, mineralEntity, requireEntities, Run } from './network-loader';

/** The arguments shared by the facility analyses. */
export interface FacilityRequest {
  facility: string;
  mineral?: string | null;
  maxDepth: number;
}

/** Checks the bounds and id shapes of a facility analysis before any round trip; returns maxDepth. */
export function checkFacilityRequest(args: FacilityRequest): number {
  const maxDepth = checkRange('maxDepth', args.maxDepth, LIMITS.maxDepth);
  checkIds('facility', [args.facility]);
  if (args.mineral) checkIds('mineral', [args.mineral]);
  return maxDepth;
}

/** Looks up the facility, the mineral and any further id arguments in one round trip (NOT_FOUND / BAD_USER_INPUT). */
export function requireFacilityRequest(
  run: Run,
  args: FacilityRequest,
  more: IdArgument[] = [],
): Promise<Map<string, EntityRecord>> {
  return requireEntities(run, [
    { argument: 'facility', ids: [args.facility], kinds: [NodeKind.Facility] },
    { argument: 'mineral', ids: args.mineral ? [args.mineral] : [], kinds: [NodeKind.Mineral] },
    ...more,
  ]);
}

/** Entities by id for a result: those already known plus one lookup for the rest; minerals never fail. */
export async function entitiesFor(run: Run, known: ReadonlyMap<string, EntityRecord>, ids: Iterable<string>) {
  const all = new Map(known);
  for (const [id, e] of await lookupEntities(
    run,
    [...new Set(ids)].filter((id) => !known.has(id)),
  ))
    all.set(id, e);
  return {
    get: (id: string) => all.get(id),
    mineral: (id: string) => mineralEntity(all, id),
  };
}
