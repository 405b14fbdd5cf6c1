import { type AnalysisBounds, DEFAULT_BOUNDS } from './limits';
import { NodeKind } from '../../domain/enums';
import { type GraphDatabase } from '../../neo4j/driver';
import { type EntityRecord } from '../../neo4j/mappers';
import { findChokePoints } from '../algorithms/choke-points';
import { checkFacilityRequest, entitiesFor, facilityUpstream, type FacilityRequest } from './request';
import { NetworkEntities } from './views';

export interface ChokePointView {
  entity: EntityRecord;
  minerals: EntityRecord[];
}

export interface ChokePointsResult {
  facility: EntityRecord;
  mineral: EntityRecord | null;
  maxDepth: number;
  facilities: ChokePointView[];
  companies: ChokePointView[];
  countries: ChokePointView[];
}

/** Upstream facilities, companies and countries whose removal alone cuts the facility off from a mineral. */
export async function chokePoints(
  db: GraphDatabase,
  args: FacilityRequest,
  bounds: AnalysisBounds = DEFAULT_BOUNDS,
): Promise<ChokePointsResult> {
  const maxDepth = checkFacilityRequest(args);
  return db.readTransaction(async (run) => {
    const { known, loaded, net } = await facilityUpstream(run, args, bounds);
    const found = findChokePoints(net, args.facility, {
      maxDepth,
      mineral: args.mineral,
    });
    const minerals = [...found.facilities.values(), ...found.companies.values(), ...found.countries.values()].flat();
    const more = await entitiesFor(run, known, [...found.companies.keys(), ...minerals]);
    const entities = new NetworkEntities(loaded);
    const points = (m: Map<string, string[]>, entity: (id: string) => EntityRecord) =>
      [...m].map(([id, ms]) => ({ entity: entity(id), minerals: ms.map(more.mineral) }));
    return {
      facility: known.get(args.facility)!,
      mineral: args.mineral ? known.get(args.mineral)! : null,
      maxDepth,
      facilities: points(found.facilities, (id) => entities.facility(id)),
      companies: points(found.companies, (id) => more.get(id) ?? { id, name: id, label: NodeKind.Company }),
      countries: points(found.countries, (id) => entities.country(id)!),
    };
  });
}
