import { cypher, type CypherQuery } from '../../../neo4j/cypher';

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

/** The countries party to any of the agreements: the bloc (companies that are parties do not form it). */
export function agreementCountries(agreements: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $agreements AS agreementId
     MATCH (a:Entity {id: agreementId}) WHERE a:Agreement
     MATCH (c:Country)-[:PARTY_TO]->(a)
     WITH DISTINCT c
     RETURN ${NODE('c')} AS node ORDER BY node.id`,
    { agreements: [...agreements] },
  );
}

/**
 * The facilities (of `ids`) controlled from the given countries: operated by, or owned at least
 * `minShare` in total by, companies headquartered there directly or through SUBSIDIARY_OF (any
 * number of steps up). Ownership shares of such companies add up; a missing share counts as 0.
 */
export function controlledFacilities(
  ids: readonly string[],
  countries: readonly string[],
  minShare: number,
): CypherQuery {
  const fromExcluded = (c: string) =>
    `EXISTS { MATCH (${c})-[:SUBSIDIARY_OF*0..]->(:Company)-[:HEADQUARTERED_IN]->(k:Country) WHERE k.id IN $countries }`;
  return cypher(
    `UNWIND $ids AS fid
     MATCH (f:Entity {id: fid}) WHERE f:Facility
     WITH f,
       EXISTS { MATCH (o:Company)-[:OPERATES]->(f) WHERE ${fromExcluded('o')} } AS operated,
       reduce(t = 0.0, s IN [(w:Company)-[r:OWNS]->(f) WHERE ${fromExcluded('w')} | coalesce(r.share, 0.0)] | t + s) AS owned
     WHERE operated OR owned >= $minShare
     RETURN f.id AS id, operated, owned`,
    { ids: [...ids], countries: [...countries], minShare },
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
