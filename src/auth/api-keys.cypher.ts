import { cypher, type CypherQuery } from '../neo4j/cypher';
import { type Role } from './roles';

/**
 * API keys live in Neo4j as `:ApiKey` nodes (never `:Entity`, so the graph API cannot see them):
 * every replica of the stateless API process shares them.
 */
const FIELDS =
  'k.keyId AS keyId, k.name AS name, k.role AS role, toString(k.createdAt) AS createdAt, toString(k.revokedAt) AS revokedAt';

export const ensureApiKeySchema = (): CypherQuery =>
  cypher('CREATE CONSTRAINT api_key_id_unique IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.keyId IS UNIQUE');

export const insertApiKey = (keyId: string, hash: string, role: Role, name: string): CypherQuery =>
  cypher(
    `CREATE (k:ApiKey {keyId: $keyId, hash: $hash, role: $role, name: $name, createdAt: datetime()}) RETURN ${FIELDS}`,
    { keyId, hash, role, name },
  );

export const listApiKeys = (): CypherQuery => cypher(`MATCH (k:ApiKey) RETURN ${FIELDS} ORDER BY k.createdAt, k.keyId`);

/** Revoking twice keeps the first revocation time. */
export const revokeApiKey = (keyId: string): CypherQuery =>
  cypher(`MATCH (k:ApiKey {keyId: $keyId}) SET k.revokedAt = coalesce(k.revokedAt, datetime()) RETURN ${FIELDS}`, {
    keyId,
  });

export const findApiKey = (keyId: string): CypherQuery =>
  cypher('MATCH (k:ApiKey {keyId: $keyId}) RETURN k.hash AS hash, k.role AS role, k.revokedAt IS NOT NULL AS revoked', {
    keyId,
  });
