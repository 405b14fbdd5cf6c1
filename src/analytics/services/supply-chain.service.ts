import { type AnalysisBounds, DEFAULT_BOUNDS } from './limits';
import { type GraphDatabase } from '../../neo4j/driver';
import { type EntityRecord } from '../../neo4j/mappers';
import { filterNetwork } from '../algorithms/evidence-filter';
import { loadNetwork } from './network-loader';
import { downstreamNetwork, upstreamNetwork } from './queries/network.cypher';
import { evidenceFilter, checkFacilityRequest, type FacilityRequest, requireFacilityRequest } from './request';
import { ChainDirection, supplyChainView } from '../algorithms/supply-chain';
import { NetworkEntities, type SupplyEdge, supplyEdge } from './views';

export interface SupplyChainArgs extends FacilityRequest {
  direction: ChainDirection;
}

export interface SupplyChainResult {
  root: EntityRecord;
  direction: ChainDirection;
  mineral: EntityRecord | null;
  maxDepth: number;
  facilities: Array<{ facility: EntityRecord; depth: number; country: EntityRecord | null }>;
  links: SupplyEdge[];
}

/** Facilities within maxDepth links up- or downstream of a facility, with their depth and the links between them. */
export async function supplyChain(
  db: GraphDatabase,
  args: SupplyChainArgs,
  bounds: AnalysisBounds = DEFAULT_BOUNDS,
): Promise<SupplyChainResult> {
  const maxDepth = checkFacilityRequest(args);
  const filter = evidenceFilter(args);
  return db.readTransaction(async (run) => {
    const known = await requireFacilityRequest(run, args);
    const query =
      args.direction === ChainDirection.UPSTREAM
        ? upstreamNetwork([args.facility], args.mineral, bounds.maxFacilities)
        : downstreamNetwork(args.facility, args.mineral, bounds.maxFacilities);
    const loaded = await loadNetwork(run, query, 'facility', bounds);
    const view = supplyChainView(filterNetwork(loaded.net, filter), args.facility, {
      direction: args.direction,
      maxDepth,
      mineral: args.mineral,
    });
    const entities = new NetworkEntities(loaded);
    return {
      root: known.get(args.facility)!,
      direction: args.direction,
      mineral: args.mineral ? known.get(args.mineral)! : null,
      maxDepth,
      facilities: view.facilities.map((f) => ({
        facility: entities.facility(f.id),
        depth: f.depth,
        country: entities.countryOfFacility(f.id),
      })),
      links: view.links.map((l) => supplyEdge(l)),
    };
  });
}
