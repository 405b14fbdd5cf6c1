import { NodeKind } from '../../domain/enums';
import { badInput } from '../../errors';
import { type GraphDatabase } from '../../neo4j/driver';
import { type EntityRecord, toEntity } from '../../neo4j/mappers';
import { analyseCoverage, type MineralCoverage } from '../algorithms/coverage';
import { filterNetwork } from '../algorithms/evidence-filter';
import { type AnalysisBounds, checkCount, checkIds, DEFAULT_BOUNDS } from './limits';
import { loadNetwork } from './network-loader';
import { agreementCountries, controlledFacilities } from './queries/lookup.cypher';
import { upstreamNetwork } from './queries/network.cypher';
import {
  checkFacilityRequest,
  entitiesFor,
  evidenceFilter,
  type FacilityRequest,
  requireFacilityRequest,
} from './request';
import { type EvidencedShare } from '../algorithms/route-mix';
import { NetworkEntities } from './views';

export interface ControlExclusion {
  countries: readonly string[];
  /** Total ownership share from which a facility counts as controlled (default 0.25). */
  minShare?: number | null;
}

export interface CoverageArgs extends FacilityRequest {
  agreement?: string | null;
  agreements?: readonly string[] | null;
  excludeControlledBy?: ControlExclusion | null;
}

export interface CoverageResult {
  facility: EntityRecord;
  /** The first agreement of the bloc (`agreement`, else the first of `agreements`). */
  agreement: EntityRecord;
  agreements: EntityRecord[];
  bloc: EntityRecord[];
  excludedCountries: EntityRecord[];
  maxDepth: number;
  asOf: string;
  minerals: Array<{
    mineral: EntityRecord;
    coveredShare: number;
    uncoveredShare: number;
    covered: EvidencedShare;
    unmodelled: EvidencedShare;
    outOfBlocSteps: Array<
      EvidencedShare & { facility: EntityRecord; country: EntityRecord | null; controlled: boolean; depth: number }
    >;
  }>;
}

export const DEFAULT_CONTROL_SHARE = 0.25;

function checkCoverageArgs(args: CoverageArgs): { agreements: string[]; minShare: number; excluded: string[] } {
  const agreements = [...new Set([...(args.agreement ? [args.agreement] : []), ...(args.agreements ?? [])])];
  if (!agreements.length)
    throw badInput('Name the bloc: give agreement or agreements (at least one)', [
      { path: 'agreements', message: 'at least one agreement' },
    ]);
  checkCount('agreements', agreements, 100);
  checkIds('agreements', agreements);
  const excluded = [...new Set(args.excludeControlledBy?.countries ?? [])];
  checkIds('excludeControlledBy.countries', excluded);
  const minShare = args.excludeControlledBy?.minShare ?? DEFAULT_CONTROL_SHARE;
  if (!(minShare >= 0 && minShare <= 1))
    throw badInput('excludeControlledBy.minShare must be between 0 and 1', [
      { path: 'excludeControlledBy.minShare', message: 'between 0 and 1' },
    ]);
  return { agreements, minShare, excluded };
}

/**
 * Share of a facility's supply whose whole route lies in the countries party to the agreements
 * (and, with excludeControlledBy, at facilities not controlled from the excluded countries).
 */
export async function agreementCoverage(
  db: GraphDatabase,
  args: CoverageArgs,
  bounds: AnalysisBounds = DEFAULT_BOUNDS,
): Promise<CoverageResult> {
  const maxDepth = checkFacilityRequest(args);
  const filter = evidenceFilter(args);
  const { agreements, minShare, excluded } = checkCoverageArgs(args);
  return db.readTransaction(async (run) => {
    const known = await requireFacilityRequest(run, args, [
      { argument: 'agreements', ids: agreements, kinds: [NodeKind.Agreement] },
      { argument: 'excludeControlledBy.countries', ids: excluded, kinds: [NodeKind.Country] },
    ]);
    const bloc = (await run(agreementCountries(agreements))).map((r) => toEntity(r.node)!);
    const loaded = await loadNetwork(
      run,
      upstreamNetwork([args.facility], args.mineral, bounds.maxFacilities),
      'facility',
      bounds,
    );
    const controlled = new Set<string>();
    if (excluded.length) {
      for (const r of await run(controlledFacilities([...loaded.net.facilities.keys()], excluded, minShare)))
        controlled.add(r.id as string);
    }
    const coverage = analyseCoverage(
      filterNetwork(loaded.net, filter),
      args.facility,
      new Set(bloc.map((c) => c.id)),
      { maxDepth, mineral: args.mineral },
      controlled,
    );
    const found = await entitiesFor(
      run,
      known,
      coverage.map((c) => c.mineral),
    );
    const entities = new NetworkEntities(loaded);
    const view = (c: MineralCoverage) => ({
      mineral: found.mineral(c.mineral),
      coveredShare: c.covered.share,
      uncoveredShare: c.uncovered,
      covered: c.covered,
      unmodelled: c.unmodelled,
      outOfBlocSteps: c.outOfBloc.map((s) => ({
        ...s,
        facility: entities.facility(s.facility),
        country: entities.country(s.country),
      })),
    });
    return {
      facility: known.get(args.facility)!,
      agreement: known.get(agreements[0])!,
      agreements: agreements.map((id) => known.get(id)!),
      bloc,
      excludedCountries: excluded.map((id) => known.get(id)!),
      maxDepth,
      asOf: filter.asOf,
      minerals: coverage.map(view),
    };
  });
}
