import { type AnalysisBounds, DEFAULT_BOUNDS } from './limits';
import { type GraphDatabase } from '../../neo4j/driver';
import { type EntityRecord } from '../../neo4j/mappers';
import { analyseDependencies, type RouteEndShare } from '../algorithms/dependencies';
import { checkFacilityRequest, entitiesFor, facilityUpstream, type FacilityRequest } from './request';
import { type EvidencedShare } from '../algorithms/route-mix';
import { type RouteEnd } from '../algorithms/share-flow';
import { type CountryShareView, NetworkEntities, type SupplyEdge, supplyEdge } from './views';

export interface FacilityShareView extends EvidencedShare {
  facility: EntityRecord;
  country: EntityRecord | null;
  depth: number;
}

export interface DependenciesResult {
  facility: EntityRecord;
  maxDepth: number;
  asOf: string;
  minerals: Array<{
    mineral: EntityRecord;
    sources: Array<FacilityShareView & { end: RouteEnd; ends: RouteEndShare[] }>;
    unmodelled: EvidencedShare & { at: FacilityShareView[] };
    sourcesByCountry: CountryShareView[];
    steps: Array<
      EvidencedShare & { kind: string | null; byCountry: CountryShareView[]; facilities: FacilityShareView[] }
    >;
    links: SupplyEdge[];
  }>;
  untaggedLinks: SupplyEdge[];
}

/** Per mineral received: the sources with their shares, and the shares by country at the source and processing steps. */
export async function dependencies(
  db: GraphDatabase,
  args: FacilityRequest,
  bounds: AnalysisBounds = DEFAULT_BOUNDS,
): Promise<DependenciesResult> {
  const maxDepth = checkFacilityRequest(args);
  return db.readTransaction(async (run) => {
    const { filter, known, loaded, net } = await facilityUpstream(run, args, bounds);
    const analysed = analyseDependencies(net, args.facility, { maxDepth, mineral: args.mineral });
    const found = await entitiesFor(
      run,
      known,
      analysed.map((d) => d.mineral),
    );
    const entities = new NetworkEntities(loaded);
    const view = <T extends EvidencedShare & { facility: string; depth: number }>(f: T): FacilityShareView => ({
      facility: entities.facility(f.facility),
      country: entities.countryOfFacility(f.facility),
      share: f.share,
      basis: f.basis,
      byConfidence: f.byConfidence,
      depth: f.depth,
    });
    return {
      facility: known.get(args.facility)!,
      maxDepth,
      asOf: filter.asOf,
      minerals: analysed.map((d) => ({
        mineral: found.mineral(d.mineral),
        sources: d.sources.map((s) => ({ ...view(s), end: s.end, ends: s.ends })),
        unmodelled: { ...d.unmodelled, at: d.unmodelled.at.map(view) },
        sourcesByCountry: entities.countryShares(d.sourcesByCountry),
        steps: d.steps.map((s) => ({
          kind: s.kind,
          share: s.share,
          basis: s.basis,
          byConfidence: s.byConfidence,
          byCountry: entities.countryShares(s.byCountry),
          facilities: s.facilities.map(view),
        })),
        links: d.links.map((l) => supplyEdge(l.link, l.share)),
      })),
      // Links without a mineral, never counted; with a `mineral` argument none is loaded (the list is empty).
      untaggedLinks: net.links
        .filter((l) => l.minerals.length === 0 && net.facilities.has(l.from))
        .map((l) => supplyEdge(l)),
    };
  });
}
