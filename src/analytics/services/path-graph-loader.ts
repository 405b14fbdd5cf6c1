import { RELATIONSHIP_TYPES } from '../../domain/enums';
import { kindFromLabels, RELATIONSHIPS } from '../../domain/model';
import { type Run } from './network-loader';
import {
  type Neighbor,
  type PathSearchGraph,
  type SearchEdge,
  type SearchEnd,
  type SearchNode,
} from '../algorithms/path-search';
import { commonNeighbors, type SearchPattern, searchStart, searchStep } from './queries/path-search.cypher';

interface NodeRow {
  id: string;
  labels: string[];
  degree: number;
  cost: number | null;
}

function searchNode(r: NodeRow): SearchNode {
  return {
    id: r.id,
    kind: kindFromLabels(r.labels ?? []) ?? 'Entity',
    degree: Number(r.degree),
    cost: Number(r.cost ?? r.degree),
  };
}

function neighbor(r: NodeRow & { from: string; rel: string; type: string; forward: boolean }): Neighbor {
  const edge: SearchEdge = {
    rel: r.rel,
    type: r.type,
    start: r.forward ? r.from : r.id,
    end: r.forward ? r.id : r.from,
  };
  return { from: r.from, node: searchNode(r), edge };
}

/**
 * The ends of a search that exist, with their kinds, degrees and (when not hubs) their
 * neighbours, in one round trip.
 */
export async function searchEnds(
  run: Run,
  from: string,
  to: string,
  avoid: readonly string[],
  hubDegree: number,
  p: SearchPattern,
): Promise<Map<string, SearchEnd>> {
  const rows = await run(searchStart(from, to, avoid, hubDegree, p));
  return new Map(
    rows.map((r) => {
      const node = searchNode(r as unknown as NodeRow);
      const neighbors =
        node.degree <= hubDegree ? (r.neighbors as Parameters<typeof neighbor>[0][]).map(neighbor) : undefined;
      return [node.id, { node, neighbors }];
    }),
  );
}

/** The search's view of the graph: each call one Cypher round trip in the request's transaction. */
export function cypherSearchGraph(run: Run, p: SearchPattern, avoid: readonly string[]): PathSearchGraph {
  const types = p.types?.length ? p.types : RELATIONSHIP_TYPES;
  return {
    async step(request) {
      const [row] = await run(searchStep(request.expand, request.adjacent, avoid, p));
      return {
        expanded: request.expand.map(({ side }) =>
          (row[`expanded${side}`] as Parameters<typeof neighbor>[0][]).map(neighbor),
        ),
        adjacent: ((row.adjacent as Array<SearchEdge & { pair: [string, string] }>) ?? []).map(({ pair, ...edge }) => ({
          pair,
          edge,
        })),
      };
    },
    async commonNeighbor(pairs) {
      const [row] = await run(commonNeighbors(pairs, avoid, p));
      if (!row) return undefined;
      const [first, second] = row.edges as [SearchEdge, SearchEdge];
      return { pair: row.pair as [string, string], node: row.node as string, first, second };
    },
    canBeAdjacent(kind1, kind2) {
      return types.some((t) => {
        const s = RELATIONSHIPS[t];
        const fits = (a: string, b: string) =>
          (s.from as readonly string[]).includes(a) && (s.to as readonly string[]).includes(b);
        return fits(kind1, kind2) || (!p.directed && fits(kind2, kind1));
      });
    },
  };
}
