import { createHash } from 'node:crypto';
import { badInput, conflict } from '../errors';
import { type GraphDatabase, type WriteInterceptor } from '../neo4j/driver';
import {
  claimIdempotencyKey,
  ensureIdempotencySchema,
  purgeExpiredIdempotencyRecords,
  storeIdempotentResult,
} from './idempotency.cypher';

/**
 * Idempotent mutations (docs/security.md, "Retrying writes"). A mutation sent with an
 * `idempotencyKey` stores its result in the same transaction as its write; the same key with
 * the same request (operation and arguments) within the TTL answers that stored result without
 * writing again; the same key with a different request is a CONFLICT. Keys are scoped to the
 * caller, so two callers never see each other's results. A failed mutation stores nothing.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
export const IDEMPOTENCY_TTL_SECONDS = 86_400;

export interface IdempotentRequest {
  /** Who calls (`apiKey:<keyId>`, `jwt:<sub>`, `anonymous`). */
  scope: string;
  key: string;
  /** The mutation field, e.g. `createFacility`. */
  operation: string;
  /** Its arguments other than the key. */
  args: unknown;
  ttlSeconds?: number;
  /** What is stored of a result and what a replay answers (default: the result as JSON). */
  store?: (result: unknown) => unknown;
  replay?: (stored: unknown) => unknown;
}

/** JSON with object keys sorted, so the same arguments always hash the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const schemaReady = new WeakMap<object, Promise<void>>();

/** Creates the key constraint and expiry index once per driver (idempotent statements). */
function ensureSchema(db: GraphDatabase): Promise<void> {
  let ready = schemaReady.get(db.driver);
  if (!ready) {
    ready = (async () => {
      for (const q of ensureIdempotencySchema()) await db.plain().write(q);
    })();
    ready.catch(() => schemaReady.delete(db.driver));
    schemaReady.set(db.driver, ready);
  }
  return ready;
}

/**
 * The database view a mutation writes through: unchanged without a key; with one, its write
 * transaction first claims the key, answers a stored result instead of writing, or stores the
 * new result before committing.
 */
export async function idempotentDatabase(
  db: GraphDatabase,
  request: IdempotentRequest | undefined,
): Promise<GraphDatabase> {
  if (!request) return db;
  if (!IDEMPOTENCY_KEY_PATTERN.test(request.key))
    throw badInput('idempotencyKey must be 1 to 128 characters of A-Z a-z 0-9 . _ : -', [
      { path: 'idempotencyKey', message: 'must match ^[A-Za-z0-9._:-]{1,128}$' },
    ]);
  await ensureSchema(db);
  const key = sha256(`${request.scope}\u0000${request.key}`);
  const requestHash = sha256(canonicalJson({ operation: request.operation, args: request.args }));
  const ttl = request.ttlSeconds ?? IDEMPOTENCY_TTL_SECONDS;
  const interceptor: WriteInterceptor = {
    async before(run) {
      const [claim] = await run(claimIdempotencyKey(key));
      if (claim.result == null || claim.expired === true) return undefined;
      if (claim.requestHash !== requestHash)
        throw conflict(
          `idempotencyKey '${request.key}' was already used for a different request (${String(claim.operation)}); use a new key for a new request`,
          { idempotencyKey: request.key },
        );
      const stored = JSON.parse(claim.result as string) as unknown;
      return { answer: request.replay ? request.replay(stored) : stored };
    },
    async after(run, result) {
      const stored = request.store ? request.store(result) : result;
      await run(storeIdempotentResult(key, request.operation, requestHash, JSON.stringify(stored), ttl));
      await run(purgeExpiredIdempotencyRecords());
    },
  };
  return db.intercept(interceptor);
}
