import { type RelationshipType } from '../../domain/enums';
import { badInput, notFoundIds } from '../../errors';
import { type GraphDatabase, type Row } from '../../neo4j/driver';
import { type EntityRecord, toEntity } from '../../neo4j/mappers';
import { checkCount, checkIds, checkRange, LIMITS } from './limits';
import { agreementEndOf, lookupEntities, requireEntities, type Run } from './network-loader';
import { type EvidenceArgs, evidenceFilter } from './request';
import { holdsAt } from '../../domain/evidence';
import { type EvidenceFilter } from '../algorithms/evidence-filter';
import { type PathSearchOptions, type SearchEdge, searchShortestPath } from '../algorithms/path-search';
import { cypherSearchGraph, searchEnds } from './path-graph-loader';
import { pathDetails } from './queries/path-search.cypher';
import { shortestPaths } from './queries/paths.cypher';
import { agreementEnds, searchesSupplies, type SupplyEvidence, supplyEvidence } from './queries/supply-evidence.cypher';

export enum PathDirection {
  FORWARD = 'FORWARD',
  BACKWARD = 'BACKWARD',
}

export interface PathRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  /** FORWARD when the relationship points from the path's i-th entity to the (i+1)-th. */
  direction: PathDirection;
  properties: Record<string, unknown>;
}

export interface PathView {
  length: number;
  entities: EntityRecord[];
  relationships: PathRelationship[];
}

/** `asOf`, `minConfidence` and `includePlanned` decide which SUPPLIES links a path may use. */
export interface PathArgs extends EvidenceArgs {
  from: string;
  to: string;
  relationshipTypes?: readonly RelationshipType[] | null;
  directed: boolean;
  maxHops: number;
  avoid?: readonly string[] | null;
}

function checkPathArgs(args: PathArgs): { avoid: string[]; filter: EvidenceFilter } {
  checkRange('maxHops', args.maxHops, LIMITS.maxHops);
  const filter = evidenceFilter(args);
  const avoid = [...new Set(args.avoid ?? [])];
  checkCount('avoid', avoid, LIMITS.avoid.max);
  checkIds('from', [args.from]);
  checkIds('to', [args.to]);
  checkIds('avoid', avoid);
  if (avoid.includes(args.from) || avoid.includes(args.to)) {
    throw badInput('avoid must not contain from or to', [{ path: 'avoid', message: 'contains an end of the path' }]);
  }
  return { avoid, filter };
}

/**
 * Which SUPPLIES links a search may traverse, when it searches SUPPLIES at all (one round trip for
 * the agreements that have ended by `asOf`: a link without its own `until` ends with them).
 */
async function pathEvidence(run: Run, args: PathArgs, filter: EvidenceFilter): Promise<SupplyEvidence | undefined> {
  if (!searchesSupplies(args.relationshipTypes)) return undefined;
  const ended = (await run(agreementEnds()))
    .filter((r) => !holdsAt(null, agreementEndOf(r.end as Record<string, unknown>), filter.asOf))
    .map((r) => r.id as string)
    .sort();
  return supplyEvidence(filter, ended);
}

function toPath(row: Row): PathView {
  const entities = (row.nodes as unknown[]).map((n) => toEntity(n)!);
  const relationships = (
    row.rels as Array<{ type: RelationshipType; from: string; to: string; properties: Record<string, unknown> }>
  ).map((r, i) => ({
    ...r,
    properties: r.properties ?? {},
    direction: r.from === entities[i].id ? PathDirection.FORWARD : PathDirection.BACKWARD,
  }));
  return { length: relationships.length, entities, relationships };
}

/**
 * The hub-aware search (path-search.ts): entities with more than `hubDegree` relationships of the
 * searched types are never expanded. It hands over to Cypher's shortestPath (in-engine, one round
 * trip) when no hub is near the ends (their first levels have fewer than `handOverBelow`
 * relationships: the engine's search is cheap there) and when an expansion would ship more than
 * `expansionBudget` rows to the client.
 */
export const PATH_SEARCH: Omit<PathSearchOptions, 'maxHops'> = {
  hubDegree: 200,
  expansionBudget: 1_500,
  handOverBelow: 20_000,
};

export interface PathServiceOptions {
  /** false: always Cypher's shortestPath (the reference); otherwise overrides of PATH_SEARCH. */
  search?: Partial<typeof PATH_SEARCH> | false;
}

async function findPaths(db: GraphDatabase, args: PathArgs, all: number | undefined): Promise<PathView[]> {
  const { avoid, filter } = checkPathArgs(args);
  return db.readTransaction(async (run) => {
    const known = await requireEntities(run, [
      { argument: 'from', ids: [args.from] },
      { argument: 'to', ids: [args.to] },
      { argument: 'avoid', ids: avoid },
    ]);
    if (args.from === args.to) return [{ length: 0, entities: [known.get(args.from)!], relationships: [] }];
    const evidence = await pathEvidence(run, args, filter);
    const rows = await run(shortestPaths({ ...args, avoid, types: args.relationshipTypes, all, evidence }));
    return rows.map(toPath);
  });
}

/** One shortest path by the hub-aware search; Cypher's shortestPath when the search hands over. */
async function searchPath(db: GraphDatabase, args: PathArgs, options: PathServiceOptions): Promise<PathView | null> {
  const { avoid, filter } = checkPathArgs(args);
  return db.readTransaction(async (run) => {
    const evidence = await pathEvidence(run, args, filter);
    const pattern = { types: args.relationshipTypes, directed: args.directed, evidence };
    const search = { maxHops: args.maxHops, ...PATH_SEARCH, ...(options.search || {}) };
    const ends = await searchEnds(run, args.from, args.to, avoid, search.hubDegree, pattern);
    const avoided = await lookupEntities(run, avoid);
    const missing = [...new Set([args.from, args.to])]
      .filter((id) => !ends.has(id))
      .concat(avoid.filter((id) => !avoided.has(id)));
    if (missing.length) throw notFoundIds(missing);
    const found = await searchShortestPath(
      cypherSearchGraph(run, pattern, avoid),
      [ends.get(args.from)!, ends.get(args.to)!],
      search,
    );
    if (found.kind === 'none') return null;
    if (found.kind === 'found') return pathFromSearch(run, found.nodes, found.edges);
    const [row] = await run(shortestPaths({ ...args, avoid, types: args.relationshipTypes, evidence }));
    return row ? toPath(row) : null;
  });
}

async function pathFromSearch(run: Run, nodes: string[], edges: SearchEdge[]): Promise<PathView> {
  const [row] = await run(
    pathDetails(
      nodes,
      edges.map((e) => e.rel),
    ),
  );
  const entities = new Map((row.nodes as unknown[]).map((n) => toEntity(n)!).map((e) => [e.id, e]));
  const properties = new Map(
    (row.rels as Array<{ rel: string; properties: Record<string, unknown> }>).map((r) => [r.rel, r.properties ?? {}]),
  );
  return {
    length: edges.length,
    entities: nodes.map((id) => entities.get(id)!),
    relationships: edges.map((e, i) => ({
      type: e.type as RelationshipType,
      from: e.start,
      to: e.end,
      direction: e.start === nodes[i] ? PathDirection.FORWARD : PathDirection.BACKWARD,
      properties: properties.get(e.rel) ?? {},
    })),
  };
}

/** One shortest path between two entities within maxHops, or null. */
export async function shortestPath(
  db: GraphDatabase,
  args: PathArgs,
  options: PathServiceOptions = {},
): Promise<PathView | null> {
  if (options.search !== false && args.from !== args.to) return searchPath(db, args, options);
  const [path] = await findPaths(db, args, undefined);
  return path ?? null;
}

/** All shortest paths between two entities within maxHops (at most `limit`). */
export async function allShortestPaths(db: GraphDatabase, args: PathArgs & { limit: number }): Promise<PathView[]> {
  const limit = checkRange('limit', args.limit, LIMITS.pathLimit);
  return findPaths(db, args, limit);
}
