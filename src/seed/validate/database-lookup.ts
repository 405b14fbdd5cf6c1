import { type NodeKind } from '../../domain/enums';
import { kindFromLabels } from '../../domain/model';
import { cypher, type CypherQuery } from '../../neo4j/cypher';
import { type GraphDatabase } from '../../neo4j/driver';

/** A node that already exists in the database, as far as validation needs to know it. */
export interface ExistingNode {
  kind?: NodeKind;
  /** For a region: the country it is PART_OF. */
  country?: string;
}

/** Finds which of the given ids exist (one round trip per call; callers batch). */
export type NodeLookup = (ids: readonly string[]) => Promise<Map<string, ExistingNode>>;

export function existingNodesQuery(ids: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN id, labels(n) AS labels,
            CASE WHEN n:Region THEN head([(n)-[:PART_OF]->(c:Country) | c.id]) END AS country`,
    { ids },
  );
}

export function databaseLookup(db: GraphDatabase): NodeLookup {
  return async (ids) => {
    const rows = await db.read(existingNodesQuery(ids));
    const found = new Map<string, ExistingNode>();
    for (const row of rows) {
      found.set(String(row.id), {
        kind: kindFromLabels(row.labels as string[]),
        country: typeof row.country === 'string' ? row.country : undefined,
      });
    }
    return found;
  };
}
