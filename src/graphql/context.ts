import type { AnalysisRunner } from '../analytics/services/analyses';
import type { Principal } from '../auth/principal';
import type { GraphDatabase } from '../neo4j/driver';
import type { Loaders } from '../reads/entity-loaders';

/** Per-request context shared by all resolvers. */
export interface GraphContext {
  requestId: string;
  /** Who is calling (resolved before execution); `@Authorized` checks its role. */
  principal: Principal;
  /** The database view of this request: it counts the request's round trips. */
  db: GraphDatabase;
  loaders: Loaders;
  /** Where the heavy analyses run (the worker pool in the service); absent: in the request's thread. */
  analyses?: AnalysisRunner;
  /** Cypher round trips made so far by this request. */
  queryCount: () => number;
  /** Drops a key from this replica's key cache (called when it is revoked, so it stops working at once). */
  forgetApiKey?: (keyId: string) => void;
  /** How long an idempotent mutation's result is kept (default 24 h: IDEMPOTENCY_TTL_SECONDS). */
  idempotencyTtlSeconds?: number;
}
