import { cypher, type CypherQuery } from '../../../neo4j/cypher';
import { ANALYSIS_DEFAULTS } from '../../../config';
import { LIMITS } from '../limits';

/**
 * Loads of the supply subnetwork a request needs, each one round trip. No request value is written
 * into the text: the walk goes to the largest allowed maxDepth (a constant), so each query has one
 * text and one plan whatever maxDepth is asked (a new text per depth cost 1.5-4 s of planning on its
 * first call); the analyses bound every route by the request's maxDepth themselves. Extra facilities
 * beyond it change no answer: routes, chains and candidates stop at maxDepth links.
 *
 * Reachable facilities are found with `WITH DISTINCT` over a variable-length expand, which the
 * planner runs as a pruning breadth-first expand (each facility once per depth, not once per
 * route). Each facility row carries all its inbound links of the mineral (or of any mineral), so
 * every facility within the bound has its complete inbound set: what the share programmes need.
 */

/**
 * Projection of one facility of the subnetwork with its country, region, operators and inbound
 * links. `full`: every property of the facility and of each link (the analyses that list them);
 * `lean` (impact, whose loads span countries): only what the analysis reads - the facility's id,
 * kind and status, each link's minerals, volume, unit, confidence and dates - and the listed
 * facilities are looked up afterwards, so a country-wide load ships a fraction of the bytes.
 */
function facilityRow(shape: 'full' | 'lean'): string {
  const node = shape === 'full' ? 'u {.*, __labels: labels(u)}' : 'u {.id, .kind, .status, __labels: labels(u)}';
  const link =
    shape === 'full' ? 'properties(r)' : 'r {.minerals, .mineral, .volume, .unit, .confidence, .since, .until}';
  return `
LIMIT toInteger($facilityRows)
RETURN u.id AS id, ${node} AS node,
  [(u)-[:LOCATED_IN]->(c:Country) | c {.id, .name}] AS countries,
  [(u)-[:LOCATED_IN]->(g:Region) | g.id] AS regions,
  [(o:Company)-[:OPERATES]->(u) | o.id] AS operators,
  [(u)-[c:CONSUMES]->(m:Mineral) WHERE c.volume IS NOT NULL | {mineral: m.id, volume: c.volume, unit: c.unit, confidence: c.confidence}] AS consumes,
  [(x:Facility)-[r:SUPPLIES]->(u) WHERE $mineral IS NULL OR $mineral IN coalesce(r.minerals, [r.mineral]) | {
    from: x.id, fromStatus: x.status, properties: ${link},
    agreementEnd: head(COLLECT { MATCH (a:Entity {id: r.agreement}) WHERE a:Agreement RETURN a {.expires, .term_end} })}] AS inbound`;
}
const FACILITY_ROW = facilityRow('full');

/**
 * Relationship pattern of a walk over SUPPLIES; with `mineral` it binds `rs`, to be restricted by
 * ONE_MINERAL (a link carries its minerals in `minerals`, or a single one in `mineral`).
 */
function supplies(minDepth: 0 | 1, mineral: string | null | undefined): string {
  const bound = LIMITS.maxDepth.max;
  return mineral ? `[rs:SUPPLIES*${minDepth}..${bound}]` : `[:SUPPLIES*${minDepth}..${bound}]`;
}

const ONE_MINERAL = (mineral: string | null | undefined) =>
  mineral ? 'WHERE all(r IN rs WHERE $mineral IN coalesce(r.minerals, [r.mineral]))' : '';

/**
 * Every load returns at most `maxFacilities + 1` facility rows (`facilityRows`), so a request whose
 * subnetwork is larger is told so (see checkNetworkSize) without loading all of it.
 */
const rowsFor = (maxFacilities: number) => maxFacilities + 1;

/** Facilities upstream of the roots (roots included), up to the largest maxDepth. */
export function upstreamNetwork(
  roots: readonly string[],
  mineral?: string | null,
  maxFacilities: number = ANALYSIS_DEFAULTS.maxFacilities,
): CypherQuery {
  return cypher(
    `UNWIND $roots AS rootId
     MATCH (t:Entity {id: rootId}) WHERE t:Facility
     MATCH (t)<-${supplies(0, mineral)}-(u:Facility) ${ONE_MINERAL(mineral)}
     WITH DISTINCT u
     ${FACILITY_ROW}`,
    { roots, mineral: mineral ?? null, facilityRows: rowsFor(maxFacilities) },
  );
}

/** Facilities downstream of the root (root included), up to the largest maxDepth, with their inbound links. */
export function downstreamNetwork(
  root: string,
  mineral?: string | null,
  maxFacilities: number = ANALYSIS_DEFAULTS.maxFacilities,
): CypherQuery {
  return cypher(
    `MATCH (t:Entity {id: $root}) WHERE t:Facility
     MATCH (t)-${supplies(0, mineral)}->(u:Facility) ${ONE_MINERAL(mineral)}
     WITH DISTINCT u
     ${FACILITY_ROW}`,
    { root, mineral: mineral ?? null, facilityRows: rowsFor(maxFacilities) },
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
  mineral?: string | null,
  maxFacilities: number = ANALYSIS_DEFAULTS.maxFacilities,
): CypherQuery {
  return cypher(
    `CALL () {
       UNWIND $removedFacilities AS removedId
       MATCH (f:Entity {id: removedId}) WHERE f:Facility AND EXISTS { (f)-[:SUPPLIES]->(:Facility) }
       MATCH (f)-${supplies(1, mineral)}->(d:Facility) ${ONE_MINERAL(mineral)}
       WITH DISTINCT d
       MATCH (d)<-${supplies(0, mineral)}-(u:Facility) ${ONE_MINERAL(mineral)}
       RETURN u
       UNION
       UNWIND $removedMinerals AS m
       MATCH (:Facility)-[r:SUPPLIES]->(u:Facility) WHERE m IN coalesce(r.minerals, [r.mineral])
       RETURN u
     }
     WITH DISTINCT u
     ${facilityRow('lean')}`,
    {
      removedFacilities,
      removedMinerals,
      mineral: mineral ?? null,
      facilityRows: rowsFor(maxFacilities),
    },
  );
}

/**
 * The whole supply network, lean (see facilityRow): every facility with a SUPPLIES link in or out,
 * with all its inbound links; read once per database state by the snapshot cache
 * (supply-snapshot.ts), streamed row by row.
 */
export function wholeNetwork(maxFacilities: number = ANALYSIS_DEFAULTS.maxFacilities): CypherQuery {
  return cypher(
    `MATCH (u:Facility) WHERE EXISTS { (u)-[:SUPPLIES]-(:Facility) }
     ${facilityRow('lean')}`,
    { mineral: null, facilityRows: rowsFor(maxFacilities) },
  );
}
