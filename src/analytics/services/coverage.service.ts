import { NodeKind } from '../../domain/enums';
import { GraphDatabase } from '../../neo4j/driver';
import { EntityRecord, toEntity } from '../../neo4j/mappers';
import { analyseCoverage } from '../algorithms/coverage';
import { checkIds } from './limits';
import { networkFromRows } from './network-loader';
import { agreementCountries } from './queries/lookup.cypher';
import { upstreamNetwork } from './queries/network.cypher';
import { checkFacilityRequest, entitiesFor, FacilityRequest, requireFacilityRequest } from './request';
import { NetworkEntities } from './views';

export interface CoverageArgs extends FacilityRequest {
  agreement: string;
}

export interface CoverageResult {
  facility: EntityRecord;
  agreement: EntityRecord;
  bloc: EntityRecord[];
  maxDepth: number;
  minerals: Array<{
    mineral: EntityRecord;
    coveredShare: number;
    uncoveredShare: number;
    outOfBlocSteps: Array<{ facility: EntityRecord; country: EntityRecord | null; share: number; depth: number }>;
  }>;
}

/** Share of a facility's supply whose whole route lies in the countries party to an agreement. */
export async function agreementCoverage(db: GraphDatabase, args: CoverageArgs): Promise<CoverageResult> {
  const maxDepth = checkFacilityRequest(args);
  checkIds('agreement', [args.agreement]);
  return db.readTransaction(async (run) => {
    const known = await requireFacilityRequest(run, args, [
      { argument: 'agreement', ids: [args.agreement], kinds: [NodeKind.Agreement] },
    ]);
    const bloc = (await run(agreementCountries(args.agreement))).map((r) => toEntity(r.node)!);
    const loaded = networkFromRows(await run(upstreamNetwork([args.facility], maxDepth, args.mineral)));
    const coverage = analyseCoverage(loaded.net, args.facility, new Set(bloc.map((c) => c.id)), {
      maxDepth,
      mineral: args.mineral,
    });
    const found = await entitiesFor(
      run,
      known,
      coverage.map((c) => c.mineral),
    );
    const entities = new NetworkEntities(loaded);
    return {
      facility: known.get(args.facility)!,
      agreement: known.get(args.agreement)!,
      bloc,
      maxDepth,
      minerals: coverage.map((c) => ({
        mineral: found.mineral(c.mineral),
        coveredShare: c.covered,
        uncoveredShare: c.uncovered,
        outOfBlocSteps: c.outOfBloc.map((s) => ({
          facility: entities.facility(s.facility),
          country: entities.country(s.country),
          share: s.share,
          depth: s.depth,
        })),
      })),
    };
  });
}
