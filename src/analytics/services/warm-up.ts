import { type GraphDatabase } from '../../neo4j/driver';
import { agreementCountries, controlledFacilities, entitiesByIds, removedFacilities } from './queries/lookup.cypher';
import { downstreamNetwork, impactNetwork, upstreamNetwork } from './queries/network.cypher';
import { commonNeighbors, type SearchPattern, searchStart, searchStep } from './queries/path-search.cypher';
import { shortestPaths } from './queries/paths.cypher';
import { agreementEnds, supplyEvidence } from './queries/supply-evidence.cypher';
import { evidenceFilter } from './request';
import { LIMITS } from './limits';
import { PATH_SEARCH } from './paths.service';

/** An id no entity has: the warm-up queries plan and run, and find nothing. */
const NOBODY = '__warm-up__';

/**
 * Neo4j keys a cached plan by the query text and the types of its parameters, and an empty list
 * has another type than a list of strings: a load planned with `[x]` plans again when a request
 * passes `[]` (measured at 100,000 facilities: the first impact of a removed mine took 200-600 ms
 * after a warm-up without the empty variant, 5 ms with it). So each list that real calls pass empty
 * is warmed both ways.
 */
const LISTS: ReadonlyArray<readonly string[]> = [[NOBODY], []];

/**
 * The path queries of a shortestPath / shortestPaths call with the default arguments (every
 * relationship type, undirected, the default maxHops, nothing avoided, SUPPLIES filtered by the
 * default evidence filter, with and without ended agreements): the hub-aware search's round trips
 * (a step expands one side or both, with or without hub pairs) and Cypher's searches. Other
 * arguments give other texts, planned on their first call.
 */
function defaultPathQueries() {
  return LISTS.flatMap((ended) => {
    const evidence = supplyEvidence(evidenceFilter({}), ended);
    const pattern: SearchPattern = { directed: false, evidence };
    const path = { from: NOBODY, to: NOBODY, directed: false, maxHops: LIMITS.maxHops.default, avoid: [], evidence };
    const steps = LISTS.flatMap((side0) =>
      LISTS.flatMap((side1) =>
        [[[NOBODY, NOBODY] as const], []].map((pairs) =>
          searchStep(
            [
              { side: 0, nodes: side0 },
              { side: 1, nodes: side1 },
            ],
            pairs,
            [],
            pattern,
          ),
        ),
      ),
    );
    return [
      searchStart(NOBODY, NOBODY, [], PATH_SEARCH.hubDegree, pattern),
      ...steps,
      commonNeighbors([{ pair: [NOBODY, NOBODY], smaller: 0 }], [], pattern),
      shortestPaths(path),
      shortestPaths({ ...path, all: LIMITS.pathLimit.default }),
    ];
  });
}

/**
 * Plans every analytics load once, with and without a mineral (the parameter types of real calls),
 * so the first request after start-up finds its plan in Neo4j's query cache. One text per load
 * whatever maxDepth is asked (see queries/network.cypher.ts), so this covers every depth; the path
 * queries with their default arguments (defaultPathQueries).
 */
export async function warmAnalyticsPlans(db: GraphDatabase): Promise<WarmUpResult> {
  const queries = [
    ...[null, NOBODY].flatMap((mineral) => [
      upstreamNetwork([NOBODY], mineral),
      downstreamNetwork(NOBODY, mineral),
      // Removing facilities only, minerals only, or both.
      ...LISTS.flatMap((facilities) =>
        LISTS.filter((minerals) => facilities.length || minerals.length).map((minerals) =>
          impactNetwork(facilities, minerals, mineral),
        ),
      ),
    ]),
    entitiesByIds([NOBODY]),
    agreementCountries([NOBODY]),
    controlledFacilities([NOBODY], [NOBODY], 0.25),
    removedFacilities([NOBODY]),
    agreementEnds(),
    ...defaultPathQueries(),
  ];
  const started = performance.now();
  let failed = 0;
  let firstError: string | undefined;
  // One transaction per query: each plan gets the whole transaction timeout, however many there are.
  // A plan that fails to warm (a timeout on a busy machine) is planned on its first call instead:
  // the warm-up only saves time, so it never stops the service from starting.
  for (const q of queries) {
    try {
      await db.read(q);
    } catch (e) {
      failed += 1;
      firstError ??= e instanceof Error ? e.message : String(e);
    }
  }
  return { ms: performance.now() - started, planned: queries.length - failed, failed, firstError };
}

export interface WarmUpResult {
  ms: number;
  planned: number;
  failed: number;
  /** The first failure's message, when some query could not be warmed. */
  firstError?: string;
}
