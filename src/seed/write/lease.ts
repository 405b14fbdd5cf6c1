import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { cypher } from '../../neo4j/cypher';
import { type GraphDatabase } from '../../neo4j/driver';

/**
 * The write lease: one load writes at a time. A load that finds the graph empty creates
 * relationships without matching them first (WriterOptions.fresh), which is only sound while no
 * other load writes; holding the lease for the whole write phase makes it so, and lets a second
 * load started meanwhile (another replica seeding on start, a second `npm run seed`) wait and then
 * merge onto what the first one wrote.
 *
 * The lease is one `:SeedLease` node (unique id, migration 2) with its holder and a heartbeat in
 * Neo4j's clock; a holder that stops beating (killed) is taken over once the heartbeat is older
 * than `staleMs`, or at once when it ran on this host and its process is gone (a load stopped
 * with Ctrl-C and started again).
 */
export interface LeaseOptions {
  /** How often the holder renews the heartbeat. Default 5 s. */
  heartbeatMs?: number;
  /** A heartbeat this old means the holder died. Default 30 s. */
  staleMs?: number;
  /** How long to wait for another holder before giving up. Default 10 min. */
  waitMs?: number;
  /** Poll interval while waiting. Default 1 s. */
  pollMs?: number;
  /** Told once when the lease is held by another load, with that load's description. */
  onWait?: (holder: string) => void;
}

export interface SeedLease {
  readonly owner: string;
  release(): Promise<void>;
}

const LEASE_ID = 'seed-write';

interface Holder {
  owner: string;
  host: string;
  pid: number;
  description: string;
}

/**
 * Takes the lease when it is free, already ours, stale, or held by `dead` (a holder seen before
 * whose process is gone: compare-and-set on its owner id). MERGE on the unique id locks the lease.
 */
const acquireQuery = (me: Holder, staleMs: number, dead: string | null) =>
  cypher(
    `MERGE (l:SeedLease {id: $id})
       ON CREATE SET l.owner = $owner, l.heartbeat = timestamp()
     WITH l, l.owner = $owner OR l.owner = $dead OR l.heartbeat < timestamp() - $staleMs AS mine
     SET l.owner = CASE WHEN mine THEN $owner ELSE l.owner END,
         l.host = CASE WHEN mine THEN $host ELSE l.host END,
         l.pid = CASE WHEN mine THEN $pid ELSE l.pid END,
         l.description = CASE WHEN mine THEN $description ELSE l.description END,
         l.heartbeat = CASE WHEN mine THEN timestamp() ELSE l.heartbeat END
     RETURN mine, l.owner AS owner, l.host AS host, l.pid AS pid, l.description AS description`,
    { id: LEASE_ID, ...me, staleMs, dead },
  );

/** A process of this host that no longer exists. */
function gone(holder: Holder): boolean {
  if (holder.host !== os.hostname() || !Number.isInteger(holder.pid)) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const beatQuery = (owner: string) =>
  cypher('MATCH (l:SeedLease {id: $id, owner: $owner}) SET l.heartbeat = timestamp() RETURN count(l) AS held', {
    id: LEASE_ID,
    owner,
  });
const releaseQuery = (owner: string) =>
  cypher('MATCH (l:SeedLease {id: $id, owner: $owner}) DELETE l', { id: LEASE_ID, owner });

/** Waits for the lease and holds it (renewing it) until `release()`. */
export async function acquireSeedLease(
  db: GraphDatabase,
  description: string,
  options: LeaseOptions = {},
): Promise<SeedLease> {
  const { heartbeatMs = 5_000, staleMs = 30_000, waitMs = 600_000, pollMs = 1_000 } = options;
  const owner = randomUUID();
  const me: Holder = { owner, host: os.hostname(), pid: process.pid, description };
  const deadline = Date.now() + waitMs;
  let told = false;
  let dead: string | null = null;
  for (;;) {
    const [row] = await db.write(acquireQuery(me, staleMs, dead));
    if (row.mine === true) break;
    const holder = row as unknown as Holder;
    if (gone(holder)) {
      dead = holder.owner; // retry at once: taken over unless someone else got there first
      continue;
    }
    if (!told) options.onWait?.(holder.description);
    told = true;
    if (Date.now() >= deadline) {
      throw new Error(
        `Another load has been writing to this graph for over ${Math.round(waitMs / 1000)} s (${holder.description}); try again when it has finished`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  // A failed beat is not fatal here: the load's own writes fail too if the database is gone.
  const timer = setInterval(() => void db.write(beatQuery(owner)).catch(() => undefined), heartbeatMs);
  timer.unref();
  return {
    owner,
    async release() {
      clearInterval(timer);
      await db.write(releaseQuery(owner));
    },
  };
}
