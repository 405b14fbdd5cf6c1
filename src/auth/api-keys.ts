import { type GraphDatabase } from '../neo4j/driver';
import { generateApiKey } from './api-key';
import { ensureApiKeySchema, findApiKey, insertApiKey, listApiKeys, revokeApiKey } from './api-keys.cypher';
import { plainText } from '../neo4j/mappers';
import { parseRole, Role } from './roles';

/** What may be shown of a key: never its secret or hash. */
export interface ApiKeyInfo {
  keyId: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** What authentication needs to check a presented key. */
export interface StoredApiKey {
  hash: string;
  role: Role;
  revoked: boolean;
}

function toInfo(row: Record<string, unknown>): ApiKeyInfo {
  return {
    keyId: String(row.keyId),
    name: plainText(row.name ?? ''),
    role: parseRole(row.role) ?? Role.reader,
    createdAt: String(row.createdAt),
    revokedAt: row.revokedAt == null ? null : plainText(row.revokedAt),
  };
}

/** Creates a key and returns it in full: the only time its secret is available. */
export async function createApiKey(
  db: GraphDatabase,
  role: Role,
  name: string,
): Promise<{ key: string; info: ApiKeyInfo }> {
  await db.plain().write(ensureApiKeySchema()); // a schema statement: its own transaction
  const created = generateApiKey();
  const [row] = await db.write(insertApiKey(created.keyId, created.hash, role, name));
  return { key: created.key, info: toInfo(row) };
}

export async function listApiKeyInfos(db: GraphDatabase): Promise<ApiKeyInfo[]> {
  return (await db.read(listApiKeys())).map(toInfo);
}

/** Undefined when no key has this id. */
export async function revokeApiKeyById(db: GraphDatabase, keyId: string): Promise<ApiKeyInfo | undefined> {
  const [row] = await db.write(revokeApiKey(keyId));
  return row ? toInfo(row) : undefined;
}

export async function findStoredApiKey(db: GraphDatabase, keyId: string): Promise<StoredApiKey | undefined> {
  const [row] = await db.read(findApiKey(keyId));
  const role = parseRole(row?.role);
  if (!row || !role) return undefined;
  return { hash: String(row.hash), role, revoked: row.revoked === true };
}
