import { RelationshipType } from '../../../../src/domain/enums';
import { impactNetwork, upstreamNetwork } from '../../../../src/analytics/services/queries/network.cypher';
import {
  neighborhoodLevel,
  shortestPaths,
  typeAlternation,
} from '../../../../src/analytics/services/queries/paths.cypher';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('analytics Cypher', () => {
  it('shortest paths: types from the enum only, bound interpolated, everything else a parameter', () => {
    const q = shortestPaths({
      from: 'a',
      to: 'b',
      types: [RelationshipType.SUPPLIES, RelationshipType.LOCATED_IN],
      directed: true,
      maxHops: 4,
      avoid: ['x'],
    });
    expect(squash(q.cypher)).toMatchInlineSnapshot(
      `"MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = shortestPath((a)-[:LOCATED_IN|SUPPLIES*1..4]->(b)) WHERE none(n IN nodes(p) WHERE n.id IN $avoid) WITH p LIMIT $limit RETURN [n IN nodes(p) | n {.*, __labels: labels(n)}] AS nodes, [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS rels"`,
    );
    expect({ ...q.params, limit: Number(q.params.limit) }).toEqual({ from: 'a', to: 'b', avoid: ['x'], limit: 1 });
  });

  it('all shortest paths, undirected, all types, no avoid predicate when nothing is avoided', () => {
    const q = shortestPaths({ from: 'a', to: 'b', directed: false, maxHops: 6, avoid: [], all: 10 });
    expect(squash(q.cypher)).toContain(
      'allShortestPaths((a)-[:CONSUMES|COVERS|HEADQUARTERED_IN|IN_SECTOR|LOCATED_IN|OPERATES|OWNS|PARTY_TO|PART_OF|PRODUCES|SUBSIDIARY_OF|SUPPLIES*1..6]-(b)) WITH p LIMIT $limit',
    );
    expect(Number(q.params.limit)).toBe(10);
  });

  it('refuses anything but enum members and validated bounds in the query text', () => {
    expect(() => typeAlternation(['SUPPLIES]-(x) DETACH DELETE x //' as RelationshipType])).toThrow(
      'Unknown relationship type',
    );
    expect(() => shortestPaths({ from: 'a', to: 'b', directed: false, maxHops: 16, avoid: [] })).toThrow(
      'Invalid traversal bound',
    );
    expect(() => shortestPaths({ from: 'a', to: 'b', directed: false, maxHops: 1.5, avoid: [] })).toThrow(
      'Invalid traversal bound',
    );
  });

  it('upstream network: a pruning expand to distinct facilities, each with its complete inbound links', () => {
    const q = upstreamNetwork(['t'], 'li');
    expect(squash(q.cypher)).toMatchInlineSnapshot(
      `"UNWIND $roots AS rootId MATCH (t:Entity {id: rootId}) WHERE t:Facility MATCH (t)<-[rs:SUPPLIES*0..25]-(u:Facility) WHERE all(r IN rs WHERE $mineral IN coalesce(r.minerals, [r.mineral])) WITH DISTINCT u LIMIT toInteger($facilityRows) RETURN u.id AS id, u {.*, __labels: labels(u)} AS node, [(u)-[:LOCATED_IN]->(c:Country) | c {.id, .name}] AS countries, [(u)-[:LOCATED_IN]->(g:Region) | g.id] AS regions, [(o:Company)-[:OPERATES]->(u) | o.id] AS operators, [(u)-[c:CONSUMES]->(m:Mineral) WHERE c.volume IS NOT NULL | {mineral: m.id, volume: c.volume, unit: c.unit, confidence: c.confidence}] AS consumes, [(x:Facility)-[r:SUPPLIES]->(u) WHERE $mineral IS NULL OR $mineral IN coalesce(r.minerals, [r.mineral]) | { from: x.id, fromStatus: x.status, properties: properties(r), agreementEnd: head(COLLECT { MATCH (a:Entity {id: r.agreement}) WHERE a:Agreement RETURN a {.expires, .term_end} })}] AS inbound"`,
    );
    // At most one facility row past the bound (ANALYTICS_MAX_FACILITIES), so a larger network is refused unread.
    expect(q.params).toEqual({ roots: ['t'], mineral: 'li', facilityRows: 150_001 });
    // One text whatever maxDepth is asked: the bound is the largest allowed depth, never a request value.
    expect(upstreamNetwork(['t']).cypher).toContain('[:SUPPLIES*0..25]');
  });

  it('impact network: downstream of the removed facilities, then upstream of those, plus receivers of removed minerals', () => {
    const q = impactNetwork(['f'], ['ni']);
    expect(squash(q.cypher)).toContain(
      'MATCH (f)-[:SUPPLIES*1..25]->(d:Facility) WITH DISTINCT d MATCH (d)<-[:SUPPLIES*0..25]-(u:Facility) RETURN u UNION',
    );
    expect(q.params).toEqual({
      removedFacilities: ['f'],
      removedMinerals: ['ni'],
      mineral: null,
      facilityRows: 150_001,
    });
  });

  it('neighbourhood level: the frontier and seen ids as parameters', () => {
    const q = neighborhoodLevel(['c'], ['c'], [RelationshipType.OPERATES], 5);
    expect(squash(q.cypher)).toBe(
      'UNWIND $frontier AS fid MATCH (a:Entity {id: fid})-[:OPERATES]-(b:Entity) WHERE NOT b.id IN $seen WITH DISTINCT b ORDER BY b.id LIMIT $limit RETURN b {.*, __labels: labels(b)} AS node',
    );
  });
});
