import { NodeKind } from '../../domain/enums';
import { badInput } from '../../errors';
import { type GraphDatabase } from '../../neo4j/driver';
import { type EntityRecord } from '../../neo4j/mappers';
import { analyseImpact, type FacilityImpact, ImpactIndex, ImpactStatus, type Removal } from '../algorithms/impact';
import { type AnalysisBounds, checkCount, checkIds, checkRange, DEFAULT_BOUNDS, LIMITS, usesSnapshot } from './limits';
import { SUPPLY_SNAPSHOTS, type SupplySnapshotCache } from './supply-snapshot';
import { type LoadedNetwork, loadNetwork, requireEntities } from './network-loader';
import { removedFacilities } from './queries/lookup.cypher';
import { impactNetwork } from './queries/network.cypher';
import { type EvidenceFilter, filterNetwork } from '../algorithms/evidence-filter';
import { entitiesFor, type EvidenceArgs, evidenceFilter } from './request';
import { type EvidencedShare } from '../algorithms/route-mix';
import { NetworkEntities } from './views';

const REMOVABLE = [NodeKind.Facility, NodeKind.Company, NodeKind.Region, NodeKind.Country, NodeKind.Mineral];

export interface ImpactArgs extends EvidenceArgs {
  remove: readonly string[];
  mineral?: string | null;
  maxDepth: number;
  limit: number;
}

export interface ImpactedFacilityView {
  facility: EntityRecord;
  status: ImpactStatus;
  minerals: Array<
    { mineral: EntityRecord; retained: number; unmodelled: number; dependsOn: EntityRecord[] } & Omit<
      EvidencedShare,
      'share'
    >
  >;
}

export interface ImpactResult {
  removed: EntityRecord[];
  removedFacilityCount: number;
  mineral: EntityRecord | null;
  maxDepth: number;
  cutOffCount: number;
  degradedCount: number;
  cutOff: ImpactedFacilityView[];
  degraded: ImpactedFacilityView[];
}

function checkImpactArgs(args: ImpactArgs): { maxDepth: number; limit: number; remove: string[] } {
  const maxDepth = checkRange('maxDepth', args.maxDepth, LIMITS.maxDepth);
  const limit = checkRange('limit', args.limit, LIMITS.impactLimit);
  const remove = [...new Set(args.remove)];
  if (!remove.length) throw badInput('remove must name at least one entity', [{ path: 'remove', message: 'empty' }]);
  checkCount('remove', remove, LIMITS.remove.max);
  checkIds('remove', remove);
  if (args.mineral) checkIds('mineral', [args.mineral]);
  return { maxDepth, limit, remove };
}

const bit = (i: number) => 1n << BigInt(i);

/**
 * The impact index of a snapshot under one evidence filter: the filtered links and the mineral
 * graphs, built once and reused while the snapshot lasts. Only the last filter asked is kept (most
 * requests share the default one), so the memory stays one index per snapshot.
 */
const SNAPSHOT_INDEXES = new WeakMap<LoadedNetwork, { key: string; index: ImpactIndex }>();

function snapshotIndex(snapshot: LoadedNetwork, filter: EvidenceFilter): ImpactIndex {
  const key = JSON.stringify(filter);
  const held = SNAPSHOT_INDEXES.get(snapshot);
  if (held?.key === key) return held.index;
  const index = new ImpactIndex(filterNetwork(snapshot.net, filter));
  SNAPSHOT_INDEXES.set(snapshot, { key, index });
  return index;
}

/**
 * The facilities downstream of the removed entities that are cut off or degraded. A first read
 * transaction looks up the ids and the facilities the removal takes out; a second one loads the
 * subnetwork and names the listed facilities and minerals. A removal that takes out at least
 * `snapshotMinRemoved` facilities analyses the whole-network snapshot instead of loading its
 * subnetwork (the same answer: the subnetwork holds everything the analysis reads), when the
 * snapshot is of the state the first transaction read.
 */
export async function impact(
  db: GraphDatabase,
  args: ImpactArgs,
  bounds: AnalysisBounds = DEFAULT_BOUNDS,
  snapshots: SupplySnapshotCache = SUPPLY_SNAPSHOTS,
): Promise<ImpactResult> {
  const { maxDepth, limit, remove } = checkImpactArgs(args);
  const filter = evidenceFilter(args);
  const { result: start, bookmark } = await db.readTransactionAt(async (run) => {
    const known = await requireEntities(run, [
      { argument: 'remove', ids: remove, kinds: REMOVABLE },
      { argument: 'mineral', ids: args.mineral ? [args.mineral] : [], kinds: [NodeKind.Mineral] },
    ]);
    const removal = { facilities: new Map<string, bigint>(), minerals: new Map<string, bigint>() } satisfies Removal;
    remove.forEach((id, i) => known.get(id)!.label === NodeKind.Mineral && removal.minerals.set(id, bit(i)));
    for (const row of await run(removedFacilities(remove.filter((id) => !removal.minerals.has(id))))) {
      const reason = bit(remove.indexOf(row.id as string));
      for (const f of row.facilities as string[]) removal.facilities.set(f, (removal.facilities.get(f) ?? 0n) | reason);
    }
    return { known, removal };
  });
  const { known, removal } = start;
  const snapshot = usesSnapshot(removal.facilities.size, bounds) ? await snapshots.at(db, bookmark, bounds) : null;
  return db.readTransaction(async (run) => {
    const removedMinerals = [...removal.minerals.keys()].filter((m) => !args.mineral || m === args.mineral);
    const loaded =
      snapshot ??
      (await loadNetwork(
        run,
        impactNetwork([...removal.facilities.keys()], removedMinerals, args.mineral, bounds.maxFacilities),
        'remove',
        bounds,
      ));
    const network = snapshot ? snapshotIndex(snapshot, filter) : filterNetwork(loaded.net, filter);
    const impacts = analyseImpact(network, removal, { maxDepth, mineral: args.mineral });
    const cutOff = impacts.filter((f) => f.status === ImpactStatus.CUT_OFF);
    const degraded = impacts.filter((f) => f.status === ImpactStatus.DEGRADED);
    const listed = [...cutOff.slice(0, limit), ...degraded.slice(0, limit)];
    // The load is lean (no properties): the listed facilities come whole with the minerals' names.
    const found = await entitiesFor(run, known, [
      ...impacts.flatMap((f) => f.minerals.map((m) => m.mineral)),
      ...listed.map((f) => f.facility),
    ]);
    const entities = new NetworkEntities(loaded);
    const view = (f: FacilityImpact): ImpactedFacilityView => ({
      facility: found.get(f.facility) ?? entities.facility(f.facility),
      status: f.status,
      minerals: f.minerals.map((m) => ({
        mineral: found.mineral(m.mineral),
        retained: m.retained,
        unmodelled: m.unmodelled,
        basis: m.evidence?.basis ?? null,
        byConfidence: m.evidence?.byConfidence ?? [],
        dependsOn: remove.filter((_, i) => (m.dependsOn & bit(i)) !== 0n).map((id) => known.get(id)!),
      })),
    });
    return {
      removed: remove.map((id) => known.get(id)!),
      removedFacilityCount: removal.facilities.size,
      mineral: args.mineral ? known.get(args.mineral)! : null,
      maxDepth,
      cutOffCount: cutOff.length,
      degradedCount: degraded.length,
      cutOff: cutOff.slice(0, limit).map(view),
      degraded: degraded.slice(0, limit).map(view),
    };
  });
}
