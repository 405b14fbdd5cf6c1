import { cypher, CypherQuery } from '../../../neo4j/cypher';
import { assertDepth } from './depth';

/**
 * Loads of the supply subnetwork a request needs, each one round trip. Depth bounds are validated
 * integers (Cypher takes no parameters there); every value travels as a parameter.
 *
 * Reachable facilities are found with `WITH DISTINCT` over a variable-length expand, which the
 * planner runs as a pruning breadth-first expand (each facility once per depth, not once per
 * route). Each facility row carries all its inbound links of the mineral (or of any mineral), so
 * every facility within the bound has its complete inbound set: what the share programmes need.
 */

/** Projection of one facility of the subnetwork with its country, region, operators and inbound links. */
const FACILITY_ROW = `
RETURN u.id AS id, u {.*, __labels: labels(u)} AS node,
  [(u)-[:LOCATED_IN]->(c:Country) | c {.id, .name}] AS countries,
  [(u)-[:LOCATED_IN]->(g:Region) | g.id] AS regions,
  [(o:Company)-[:OPERATES]->(u) | o.id] AS operators,
  [(x:Facility)-[r:SUPPLIES]->(u) WHERE $mineral IS NULL OR r.mineral = $mineral | {from: x.id, properties: properties(r)}] AS inbound`;

/** Relationship pattern of a walk over SUPPLIES, restricted to one mineral when `mineral` is set. */
function supplies(maxDepth: number, minDepth: 0 | 1, mineral: string | null | undefined): string {
  assertDepth(maxDepth);
  return mineral ? `[:SUPPLIES*${minDepth}..${maxDepth} {mineral: $mineral}]` : `[:SUPPLIES*${minDepth}..${maxDepth}]`;
}

/** Facilities within maxDepth links upstream of the roots (roots included). */
export function upstreamNetwork(roots: readonly string[], maxDepth: number, mineral?: string | null): CypherQuery {
  return cypher(
    `UNWIND $roots AS rootId
     MATCH (t:Entity {id: rootId}) WHERE t:Facility
     MATCH (t)<-${supplies(maxDepth, 0, mineral)}-(u:Facility)
     WITH DISTINCT u
     ${FACILITY_ROW}`,
    { roots, mineral: mineral ?? null },
  );
}

/** Facilities within maxDepth links downstream of the root (root included), with their inbound links. */
export function downstreamNetwork(root: string, maxDepth: number, mineral?: string | null): CypherQuery {
  return cypher(
    `MATCH (t:Entity {id: $root}) WHERE t:Facility
     MATCH (t)-${supplies(maxDepth, 0, mineral)}->(u:Facility)
     WITH DISTINCT u
     ${FACILITY_ROW}`,
    { root, mineral: mineral ?? null },
  );
}

/**
 * What an impact analysis needs: the facilities within maxDepth downstream of the removed ones
 * (the only ones a removal can reach), everything within maxDepth upstream of those (their
 * routes), and the receivers of removed minerals.
 */
export function impactNetwork(
  removedFacilities: readonly string[],
  removedMinerals: readonly string[],
  maxDepth: number,
  mineral?: string | null,
): CypherQuery {
  return cypher(
    `CALL () {
       UNWIND $removedFacilities AS removedId
       MATCH (f:Entity {id: removedId}) WHERE f:Facility AND EXISTS { (f)-[:SUPPLIES]->(:Facility) }
       MATCH (f)-${supplies(maxDepth, 1, mineral)}->(d:Facility)
       WITH DISTINCT d
       MATCH (d)<-${supplies(maxDepth, 0, mineral)}-(u:Facility)
       RETURN u
       UNION
       UNWIND $removedMinerals AS m
       MATCH (:Facility)-[r:SUPPLIES]->(u:Facility) WHERE r.mineral = m
       RETURN u
     }
     WITH DISTINCT u
     ${FACILITY_ROW}`,
    { removedFacilities, removedMinerals, mineral: mineral ?? null },
  );
}
