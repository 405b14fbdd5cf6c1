import { type RelationshipType } from '../../domain/enums';
import { RELATIONSHIPS } from '../../domain/model';
import { cypher, type CypherQuery } from '../cypher';

/** The minerals that, with the endpoints, identify a link (one as `mineral`, several as the sorted `minerals`). */
export interface MineralKey {
  mineral: string | null;
  minerals: string[] | null;
}

/** Matches one relationship by endpoints, plus its minerals for SUPPLIES (an absent key matches absent). */
function matchOne(type: RelationshipType): string {
  const keyed = RELATIONSHIPS[type].key.includes('mineral');
  return (
    `MATCH (a:Entity {id: $from})-[r:${type}]->(b:Entity {id: $to})` +
    (keyed
      ? ' WHERE (r.mineral = $mineral OR (r.mineral IS NULL AND $mineral IS NULL))' +
        ' AND (r.minerals = $minerals OR (r.minerals IS NULL AND $minerals IS NULL))'
      : '')
  );
}

const RETURN = 'RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties';

export function findRelationship(type: RelationshipType, from: string, to: string, key: MineralKey): CypherQuery {
  return cypher(`${matchOne(type)} ${RETURN}`, { from, to, ...key });
}

export function createRelationship(
  type: RelationshipType,
  from: string,
  to: string,
  props: Record<string, unknown>,
): CypherQuery {
  return cypher(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) CREATE (a)-[r:${type}]->(b) SET r = $props ${RETURN}`,
    { from, to, props },
  );
}

export function updateRelationship(
  type: RelationshipType,
  from: string,
  to: string,
  key: MineralKey,
  props: Record<string, unknown>,
): CypherQuery {
  return cypher(`${matchOne(type)} SET r += $props ${RETURN}`, { from, to, ...key, props });
}

export function deleteRelationship(type: RelationshipType, from: string, to: string, key: MineralKey): CypherQuery {
  return cypher(
    `${matchOne(type)} WITH a, b, r, properties(r) AS properties DELETE r RETURN $type AS type, a.id AS from, b.id AS to, properties`,
    {
      from,
      to,
      ...key,
      type,
    },
  );
}

/**
 * The total share of a facility's other owners, after taking the facility's write lock (an empty
 * SET/REMOVE): concurrent ownership writes to one facility check one after the other.
 */
export function otherOwnersShare(facility: string, owner: string): CypherQuery {
  return cypher(
    `MATCH (f:Facility {id: $facility})
     SET f.__ownershipCheck = true REMOVE f.__ownershipCheck
     WITH f
     OPTIONAL MATCH (c:Company)-[r:OWNS]->(f) WHERE c.id <> $owner
     RETURN coalesce(sum(r.share), 0) AS others`,
    { facility, owner },
  );
}
