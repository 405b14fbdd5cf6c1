import { int } from 'neo4j-driver';
import { cypher, type CypherQuery } from '../neo4j/cypher';

/**
 * Idempotency records: `(:IdempotencyRecord {key, operation, requestHash, result, createdAt,
 * expiresAt})`, never `:Entity`, so the graph API cannot see them. The MERGE on the unique key
 * makes a second request with the same key wait for the first one's transaction, then see its
 * result.
 */
export const ensureIdempotencySchema = (): CypherQuery[] => [
  cypher('CREATE CONSTRAINT idempotency_key_unique IF NOT EXISTS FOR (r:IdempotencyRecord) REQUIRE r.key IS UNIQUE'),
  cypher('CREATE INDEX idempotency_expires IF NOT EXISTS FOR (r:IdempotencyRecord) ON (r.expiresAt)'),
];

export const claimIdempotencyKey = (key: string): CypherQuery =>
  cypher(
    `MERGE (r:IdempotencyRecord {key: $key})
     RETURN r.requestHash AS requestHash, r.operation AS operation, r.result AS result,
            r.expiresAt IS NOT NULL AND r.expiresAt < datetime() AS expired`,
    { key },
  );

export const storeIdempotentResult = (
  key: string,
  operation: string,
  requestHash: string,
  result: string,
  ttlSeconds: number,
): CypherQuery =>
  cypher(
    `MATCH (r:IdempotencyRecord {key: $key})
     SET r.operation = $operation, r.requestHash = $requestHash, r.result = $result,
         r.createdAt = datetime(), r.expiresAt = datetime() + duration({seconds: $ttl})`,
    { key, operation, requestHash, result, ttl: int(ttlSeconds) },
  );

/** Drops a few expired records (called with each stored result, so the store stays bounded by the TTL). */
export const purgeExpiredIdempotencyRecords = (limit = 20): CypherQuery =>
  cypher('MATCH (r:IdempotencyRecord) WHERE r.expiresAt < datetime() WITH r LIMIT $limit DELETE r', {
    limit: int(limit),
  });
