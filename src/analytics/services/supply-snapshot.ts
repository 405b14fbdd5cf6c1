import { type GraphDatabase } from '../../neo4j/driver';
import { streamReadAt } from '../../neo4j/stream';
import { type AnalysisBounds } from './limits';
import { type LoadedNetwork, NetworkBuilder } from './network-loader';
import { wholeNetwork } from './queries/network.cypher';

interface Held {
  bookmark: string;
  /** Null: no snapshot can be had at this state (more facilities than the bound). */
  loaded: LoadedNetwork | null;
}

/**
 * The whole supply network kept in memory between requests, for analyses whose subnetwork would
 * span most of it (impact removing a country): one whole-network read per database state instead
 * of a country-wide load per request.
 *
 * A snapshot is used only for the exact state it was read at. A request passes the bookmark of its
 * own read transaction; a snapshot read at another bookmark (anything committed since: a mutation,
 * a seed run, a write from outside the service) is dropped and read again. A read is kept only when
 * the bookmark after it equals the request's: nothing was committed in between, so it holds that
 * state and not a mix. One snapshot per thread at a time; the stale one is dropped before the new
 * read, so two are never held.
 */
export class SupplySnapshotCache {
  private held: Held | null = null;
  private loading: { bookmark: string; done: Promise<LoadedNetwork | null> } | null = null;
  /** Whole-network reads made, kept or not (tests and logs). */
  reads = 0;

  /** The whole network as of `bookmark`, or null when it cannot be had for that state. */
  async at(db: GraphDatabase, bookmark: string, bounds: AnalysisBounds): Promise<LoadedNetwork | null> {
    // No bookmark (a server that gives none for reads): no way to tell states apart, so no snapshot.
    if (!bookmark) return null;
    if (this.held?.bookmark === bookmark) return this.held.loaded;
    if (this.loading?.bookmark === bookmark) return this.loading.done;
    this.held = null;
    const done = this.read(db, bookmark, bounds);
    this.loading = { bookmark, done };
    try {
      return await done;
    } finally {
      if (this.loading?.done === done) this.loading = null;
    }
  }

  private async read(db: GraphDatabase, bookmark: string, bounds: AnalysisBounds): Promise<LoadedNetwork | null> {
    this.reads++;
    const builder = new NetworkBuilder(true);
    let tooLarge = false;
    const after = await streamReadAt(
      db,
      wholeNetwork(bounds.maxFacilities),
      (row) => {
        if (builder.size >= bounds.maxFacilities) {
          tooLarge = true;
          return false;
        }
        builder.add(row);
        return true;
      },
      { kind: 'analysis-snapshot', report: true },
    );
    if (tooLarge) {
      this.held = { bookmark, loaded: null };
      return null;
    }
    if (after.bookmark !== bookmark) return null;
    const loaded = builder.build();
    this.held = { bookmark, loaded };
    return loaded;
  }
}

/** The snapshot of this thread (each analysis worker has its own). */
export const SUPPLY_SNAPSHOTS = new SupplySnapshotCache();
