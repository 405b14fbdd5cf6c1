import neo4j from 'neo4j-driver';
import { cypher, type CypherQuery } from '../../neo4j/cypher';
import { type GraphDatabase } from '../../neo4j/driver';

/** Whole-graph operations of the seed: is there any entity, and emptying the graph (--wipe). */
export const anyEntityQuery: CypherQuery = cypher('RETURN EXISTS { MATCH (:Entity) } AS any');

/** Relationships first: a node batch holding a country would otherwise drag its 100k links into one transaction. */
export function deleteRelationshipsQuery(limit: number): CypherQuery {
  // A JS number travels as a float, which LIMIT refuses.
  return cypher('MATCH (:Entity)-[r]->() WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted', {
    limit: neo4j.int(limit),
  });
}

export function deleteEntitiesQuery(limit: number): CypherQuery {
  return cypher('MATCH (n:Entity) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted', {
    limit: neo4j.int(limit),
  });
}

export const countEntitiesQuery: CypherQuery = cypher('MATCH (n:Entity) RETURN count(n) AS nodes');

/** True when the graph holds no entity (schema and :Migration nodes do not count). */
export async function isGraphEmpty(db: GraphDatabase): Promise<boolean> {
  const rows = await db.read(anyEntityQuery);
  return rows[0]?.any !== true;
}

export async function countEntities(db: GraphDatabase): Promise<number> {
  const rows = await db.read(countEntitiesQuery);
  return Number(rows[0]?.nodes ?? 0);
}

/**
 * Deletes every entity and its relationships, at most `limit` of them per transaction so that a
 * big graph never needs one huge transaction. Schema and :Migration nodes are kept. Returns the
 * number of entities deleted.
 */
export async function wipeGraph(db: GraphDatabase, limit = 10_000, timeoutMs = 300_000): Promise<number> {
  const drain = async (query: CypherQuery) => {
    let total = 0;
    for (;;) {
      const rows = await db.write(query, timeoutMs);
      const deleted = Number(rows[0]?.deleted ?? 0);
      total += deleted;
      if (deleted === 0) return total;
    }
  };
  await drain(deleteRelationshipsQuery(limit));
  return drain(deleteEntitiesQuery(limit));
}
