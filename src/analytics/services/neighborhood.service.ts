import { type RelationshipType } from '../../domain/enums';
import { type GraphDatabase } from '../../neo4j/driver';
import { type EntityRecord, toEntity } from '../../neo4j/mappers';
import { checkIds, checkRange, EDGES_PER_NODE, LIMITS } from './limits';
import { requireEntities } from './network-loader';
import { edgesAmong, neighborhoodLevel } from './queries/paths.cypher';

export interface NeighborhoodArgs {
  id: string;
  depth: number;
  relationshipTypes?: readonly RelationshipType[] | null;
  limit: number;
}

export interface NeighborhoodResult {
  center: EntityRecord;
  nodes: Array<{ entity: EntityRecord; depth: number }>;
  edges: Array<{ type: RelationshipType; from: string; to: string; properties: Record<string, unknown> }>;
  /** True when `limit` (nodes) or the edge bound cut the neighbourhood short. */
  truncated: boolean;
}

/**
 * The entities within `depth` relationships of an entity (nearest first, at most `limit` besides
 * the centre) and the relationships among them: one breadth-first level per round trip.
 */
export async function neighborhood(db: GraphDatabase, args: NeighborhoodArgs): Promise<NeighborhoodResult> {
  const depth = checkRange('depth', args.depth, LIMITS.neighborhoodDepth);
  const limit = checkRange('limit', args.limit, LIMITS.neighborhoodLimit);
  checkIds('id', [args.id]);
  return db.readTransaction(async (run) => {
    const center = (await requireEntities(run, [{ argument: 'id', ids: [args.id] }])).get(args.id)!;
    const nodes: NeighborhoodResult['nodes'] = [{ entity: center, depth: 0 }];
    const seen = new Set([args.id]);
    let frontier = [args.id];
    let truncated = false;
    for (let d = 1; d <= depth && frontier.length; d++) {
      const room = limit + 1 - nodes.length;
      if (room <= 0) {
        truncated = true;
        break;
      }
      const rows = await run(neighborhoodLevel(frontier, [...seen], args.relationshipTypes, room + 1));
      if (rows.length > room) truncated = true;
      frontier = [];
      for (const r of rows.slice(0, room)) {
        const e = toEntity(r.node)!;
        seen.add(e.id);
        frontier.push(e.id);
        nodes.push({ entity: e, depth: d });
      }
    }
    const maxEdges = EDGES_PER_NODE * nodes.length;
    const edges = (await run(edgesAmong([...seen], args.relationshipTypes, maxEdges + 1))).map((r) => ({
      type: r.type as RelationshipType,
      from: r.from as string,
      to: r.to as string,
      properties: (r.properties as Record<string, unknown>) ?? {},
    }));
    if (edges.length > maxEdges) truncated = true;
    return { center, nodes, edges: edges.slice(0, maxEdges), truncated };
  });
}
