import { cypher, CypherQuery } from '../../../neo4j/cypher';

/** Projection of a node: its properties plus its labels (mapped to `label` by toEntity). */
export const NODE = (v: string) => `${v} {.*, __labels: labels(${v})}`;

/** The entities with these ids (null node for an unknown id), in one round trip. */
export function entitiesByIds(ids: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
     OPTIONAL MATCH (n:Entity {id: id})
     RETURN id, CASE WHEN n IS NULL THEN null ELSE ${NODE('n')} END AS node`,
    { ids },
  );
}

/** The countries party to an agreement (companies that are parties do not form the bloc). */
export function agreementCountries(agreement: string): CypherQuery {
  return cypher(
    `MATCH (a:Entity {id: $agreement}) WHERE a:Agreement
     MATCH (c:Country)-[:PARTY_TO]->(a)
     RETURN DISTINCT ${NODE('c')} AS node ORDER BY node.id`,
    { agreement },
  );
}

/**
 * The facilities each removed entity takes out: a facility itself, the facilities a company
 * operates, the facilities located in a region or country (a mineral takes out links, not facilities).
 */
export function removedFacilities(ids: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     RETURN id, CASE
       WHEN e:Facility THEN [e.id]
       WHEN e:Company THEN [(e)-[:OPERATES]->(f:Facility) | f.id]
       WHEN e:Region OR e:Country THEN [(e)<-[:LOCATED_IN]-(f:Facility) | f.id]
       ELSE [] END AS facilities`,
    { ids },
  );
}
