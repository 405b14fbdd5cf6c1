import { RELATIONSHIP_TYPES } from '../domain/enums';
import { kindFromLabels, RELATIONSHIPS } from '../domain/model';
import { Row } from '../neo4j/driver';
import { Run } from './load';
import { PathSearchGraph, SearchEdge, SearchNode, Side } from './path-search';
import { adjacentPairs, commonNeighbors, expandFrontiers, SearchPattern, searchRoots } from './queries/path-search.cypher';

const kindOf = (labels: unknown) => kindFromLabels((labels as string[]) ?? []) ?? 'Entity';

function node(r: Row): SearchNode {
  return { id: r.id as string, kind: kindOf(r.labels), degree: Number(r.degree), cost: Number(r.cost ?? r.degree) };
}

/** The ends of a search that exist, with their kinds and degrees, in one round trip. */
export async function searchEnds(run: Run, from: string, to: string, p: SearchPattern): Promise<Map<string, SearchNode>> {
  return new Map((await run(searchRoots(from, to, p))).map(r => [r.id as string, node(r)]));
}

/** The search's view of the graph: each call one Cypher round trip in the request's transaction. */
export function cypherSearchGraph(run: Run, p: SearchPattern, avoid: readonly string[]): PathSearchGraph {
  const types = p.types?.length ? p.types : RELATIONSHIP_TYPES;
  return {
    async expand(requests) {
      const rows = await run(expandFrontiers(requests, avoid, p));
      return requests.map(({ side }) =>
        rows
          .filter(r => Number(r.side) === side)
          .map(r => {
            const [from, to] = [r.from as string, r.id as string];
            const edge: SearchEdge = { rel: r.rel as string, type: r.type as string, start: r.forward ? from : to, end: r.forward ? to : from };
            return { from, node: node(r), edge };
          }),
      );
    },
    async adjacent(pairs) {
      const rows = await run(adjacentPairs(pairs, p));
      return rows.map(r => ({ pair: r.pair as [string, string], edge: { rel: r.rel, type: r.type, start: r.start, end: r.end } as SearchEdge }));
    },
    async commonNeighbor(pairs) {
      const [row] = await run(commonNeighbors(pairs, avoid, p));
      if (!row) return undefined;
      const [first, second] = row.edges as [SearchEdge, SearchEdge];
      return { pair: row.pair as [string, string], node: row.node as string, first, second };
    },
    canBeAdjacent(kind1, kind2) {
      return types.some(t => {
        const s = RELATIONSHIPS[t];
        const fits = (a: string, b: string) => (s.from as readonly string[]).includes(a) && (s.to as readonly string[]).includes(b);
        return fits(kind1, kind2) || (!p.directed && fits(kind2, kind1));
      });
    },
  };
}
