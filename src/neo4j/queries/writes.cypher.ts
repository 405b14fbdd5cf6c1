import { NodeKind, type RelationshipType } from '../../domain/enums';
import { cypher, type CypherQuery } from '../cypher';

/** Write queries of the mutations. Labels and types are interpolated from the fixed enums only. */

export function labelsOf(ids: readonly string[]): CypherQuery {
  return cypher('UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN id, labels(n) AS labels', { ids });
}

/**
 * Creates a node and all its links in one statement. The node is new, so none of its links can
 * exist: they are CREATEd, not MERGEd. A relationship MERGE takes exclusive locks on both ends
 * (to re-check under lock), so concurrent creates linking the same region, country, operator or
 * sector queued on that node; CREATE on a dense node (over 50 relationships) takes only a shared
 * node lock (Neo4j's relationship-chain locking), and one round trip keeps the locks short.
 * Every linked id must have been checked to exist with the right label.
 */
export function createNodeWithLinks(
  label: NodeKind,
  props: Record<string, unknown>,
  links: readonly LinkReplacement[],
): CypherQuery {
  const params: Record<string, unknown> = { props };
  const calls = links.map((link, i) => {
    params[`l${i}`] = link.ids;
    const arrow = link.direction === 'OUT' ? `(n)-[:${link.type}]->(o)` : `(n)<-[:${link.type}]-(o)`;
    return `CALL (n) { UNWIND $l${i} AS oid MATCH (o:${link.other} {id: oid}) CREATE ${arrow} }`;
  });
  return cypher(
    `CREATE (n:Entity:${label}) SET n = $props
     WITH n
     ${calls.join('\n     ')}
     RETURN n {.*, __labels: labels(n)} AS node`,
    params,
  );
}

/** `props` entries that are null remove the property. */
export function updateNode(label: NodeKind, id: string, props: Record<string, unknown>): CypherQuery {
  return cypher(`MATCH (n:${label} {id: $id}) SET n += $props RETURN n {.*, __labels: labels(n)} AS node`, {
    id,
    props,
  });
}

export interface LinkReplacement {
  type: RelationshipType;
  /** Direction seen from the node being written. */
  direction: 'OUT' | 'IN';
  other: NodeKind;
  /** The complete new set of linked ids (empty: remove the links). */
  ids: readonly string[];
}

export function replaceLinks(label: NodeKind, id: string, link: LinkReplacement): CypherQuery {
  const pattern = (rel: string, o: string) =>
    link.direction === 'OUT'
      ? `(n)-[${rel}:${link.type}]->(${o}:${link.other})`
      : `(n)<-[${rel}:${link.type}]-(${o}:${link.other})`;
  return cypher(
    `MATCH (n:${label} {id: $id})
     CALL (n) { MATCH ${pattern('r', 'old')} WHERE NOT old.id IN $ids DELETE r }
     WITH n
     UNWIND $ids AS oid
     MATCH (o:${link.other} {id: oid})
     ${link.direction === 'OUT' ? `MERGE (n)-[:${link.type}]->(o)` : `MERGE (n)<-[:${link.type}]-(o)`}
     RETURN count(*) AS linked`,
    { id, ids: link.ids },
  );
}

/**
 * Relationship properties that hold an entity id (not a relationship of their own), and what a
 * delete of that entity does to them: `mineral` is part of a SUPPLIES link's identity (a flow of
 * that mineral), so the link goes; `agreement` only says what the link runs under, so it is cleared.
 */
export const ID_PROPERTIES: Partial<
  Record<NodeKind, { property: 'mineral' | 'agreement'; action: 'REMOVED' | 'CLEARED' }>
> = {
  [NodeKind.Mineral]: { property: 'mineral', action: 'REMOVED' },
  [NodeKind.Agreement]: { property: 'agreement', action: 'CLEARED' },
};

/**
 * Deletes a node with its relationships (`detached`) and every reference to its id held in a
 * relationship property (`references`), in one statement: no property is left pointing at it.
 */
export function deleteNode(label: NodeKind, id: string): CypherQuery {
  const byProperty = ID_PROPERTIES[label];
  const references = byProperty
    ? `CALL (n) {
       OPTIONAL MATCH (a:Facility)-[s:SUPPLIES]->(b:Facility) WHERE s.${byProperty.property} = n.id
       WITH s, CASE WHEN s IS NULL THEN null ELSE {type: 'SUPPLIES', from: a.id, to: b.id,
            property: '${byProperty.property}', action: '${byProperty.action}'} END AS reference
       ${byProperty.action === 'REMOVED' ? 'DELETE s' : `REMOVE s.${byProperty.property}`}
       RETURN collect(reference) AS references
     }`
    : 'WITH n, [] AS references';
  return cypher(
    `MATCH (n:${label} {id: $id})
     ${references}
     CALL (n) {
       OPTIONAL MATCH (n)-[r]-(m:Entity)
       RETURN collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
               otherId: m.id, otherLabel: [l IN labels(m) WHERE l <> 'Entity'][0]} END) AS detached
     }
     WITH n, n {.*, __labels: labels(n)} AS node, detached, references
     DETACH DELETE n
     RETURN node, detached, references`,
    { id },
  );
}

export function regionCountry(regionId: string): CypherQuery {
  return cypher('MATCH (:Region {id: $id})-[:PART_OF]->(c:Country) RETURN c.id AS country', { id: regionId });
}

/** After a facility moves country, its region link must not point into another country. */
export function dropRegionOutsideCountry(facilityId: string, countryId: string): CypherQuery {
  return cypher(
    `MATCH (:Facility {id: $id})-[r:LOCATED_IN]->(reg:Region)
     WHERE NOT EXISTS { (reg)-[:PART_OF]->(:Country {id: $country}) }
     DELETE r`,
    { id: facilityId, country: countryId },
  );
}
