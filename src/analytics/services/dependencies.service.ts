import { GraphDatabase } from '../../neo4j/driver';
import { EntityRecord } from '../../neo4j/mappers';
import { analyseDependencies } from '../algorithms/dependencies';
import { networkFromRows } from './network-loader';
import { upstreamNetwork } from './queries/network.cypher';
import { checkFacilityRequest, entitiesFor, FacilityRequest, requireFacilityRequest } from './request';
import { RouteEnd } from '../algorithms/share-flow';
import { CountryShareView, NetworkEntities, SupplyEdge, supplyEdge } from './views';

export interface FacilityShareView {
  facility: EntityRecord;
  country: EntityRecord | null;
  share: number;
  depth: number;
}

export interface DependenciesResult {
  facility: EntityRecord;
  maxDepth: number;
  minerals: Array<{
    mineral: EntityRecord;
    sources: Array<FacilityShareView & { end: RouteEnd }>;
    sourcesByCountry: CountryShareView[];
    steps: Array<{
      kind: string | null;
      share: number;
      byCountry: CountryShareView[];
      facilities: FacilityShareView[];
    }>;
    links: SupplyEdge[];
  }>;
  untaggedLinks: SupplyEdge[];
}

/** Per mineral received: the sources with their shares, and the shares by country at the source and processing steps. */
export async function dependencies(db: GraphDatabase, args: FacilityRequest): Promise<DependenciesResult> {
  const maxDepth = checkFacilityRequest(args);
  return db.readTransaction(async (run) => {
    const known = await requireFacilityRequest(run, args);
    const loaded = networkFromRows(await run(upstreamNetwork([args.facility], maxDepth, args.mineral)));
    const analysed = analyseDependencies(loaded.net, args.facility, { maxDepth, mineral: args.mineral });
    const found = await entitiesFor(
      run,
      known,
      analysed.map((d) => d.mineral),
    );
    const entities = new NetworkEntities(loaded);
    const view = (f: { facility: string; share: number; depth: number }): FacilityShareView => ({
      facility: entities.facility(f.facility),
      country: entities.countryOfFacility(f.facility),
      share: f.share,
      depth: f.depth,
    });
    return {
      facility: known.get(args.facility)!,
      maxDepth,
      minerals: analysed.map((d) => ({
        mineral: found.mineral(d.mineral),
        sources: d.sources.map((s) => ({ ...view(s), end: s.end })),
        sourcesByCountry: entities.countryShares(d.sourcesByCountry),
        steps: d.steps.map((s) => ({
          kind: s.kind,
          share: s.share,
          byCountry: entities.countryShares(s.byCountry),
          facilities: s.facilities.map(view),
        })),
        links: d.links.map((l) => supplyEdge(l.link, l.share)),
      })),
      untaggedLinks: loaded.net.links
        .filter((l) => l.mineral === null && loaded.net.facilities.has(l.from))
        .map((l) => supplyEdge(l)),
    };
  });
}
