import { NodeKind } from '../../domain/enums';
import { Confidence, isPartialDate, today } from '../../domain/evidence';
import { badInput } from '../../errors';
import { type EvidenceFilter, filterNetwork } from '../algorithms/evidence-filter';
import { type EntityRecord } from '../../neo4j/mappers';
import { type AnalysisBounds, checkIds, checkRange, LIMITS } from './limits';
import { upstreamNetwork } from './queries/network.cypher';
import {
  type IdArgument,
  loadNetwork,
  lookupEntities,
  mineralEntity,
  requireEntities,
  type Run,
} from './network-loader';

/** Which links count: shared by every analysis over SUPPLIES (see EvidenceFilter). */
export interface EvidenceArgs {
  /** Default: today. */
  asOf?: string | null;
  /** Default: INFERRED (all links). */
  minConfidence?: Confidence | null;
  /** Default: false. */
  includePlanned?: boolean | null;
}

/** The filter of a request, with the defaults; a malformed `asOf` is BAD_USER_INPUT. */
export function evidenceFilter(args: EvidenceArgs): EvidenceFilter {
  const asOf = args.asOf ?? today();
  if (!isPartialDate(asOf))
    throw badInput(`asOf: '${asOf}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, [
      { path: 'asOf', message: 'not a date' },
    ]);
  return {
    asOf,
    minConfidence: args.minConfidence ?? Confidence.INFERRED,
    includePlanned: args.includePlanned ?? false,
  };
}

/** The arguments shared by the facility analyses. */
export interface FacilityRequest extends EvidenceArgs {
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

/**
 * The common start of the analyses of one facility's supply: its request's entities (NOT_FOUND /
 * BAD_USER_INPUT), the upstream network of the facility as loaded, and that network with only the
 * links that count under the request's evidence filter.
 */
export async function facilityUpstream(run: Run, args: FacilityRequest, bounds: AnalysisBounds) {
  const filter = evidenceFilter(args);
  const known = await requireFacilityRequest(run, args);
  const loaded = await loadNetwork(
    run,
    upstreamNetwork([args.facility], args.mineral, bounds.maxFacilities),
    'facility',
    bounds,
  );
  return { filter, known, loaded, net: filterNetwork(loaded.net, filter) };
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
