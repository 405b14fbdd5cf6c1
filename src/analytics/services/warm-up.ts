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
 * The path queries of a shortestPath / shortestPaths call with the default arguments (every
 * relationship type, undirected, the default maxHops, nothing avoided, SUPPLIES filtered by the
 * default evidence filter): the hub-aware search's round trips and Cypher's searches. Other
 * arguments give other texts, planned on their first call.
 */
function defaultPathQueries() {
  const evidence = supplyEvidence(evidenceFilter({}), []);
  const pattern: SearchPattern = { directed: false, evidence };
  const path = { from: NOBODY, to: NOBODY, directed: false, maxHops: LIMITS.maxHops.default, avoid: [], evidence };
  return [
    agreementEnds(),
    searchStart(NOBODY, NOBODY, [], PATH_SEARCH.hubDegree, pattern),
    searchStep([{ side: 0, nodes: [NOBODY] }], [[NOBODY, NOBODY]], [], pattern),
    commonNeighbors([{ pair: [NOBODY, NOBODY], smaller: 0 }], [], pattern),
    shortestPaths(path),
    shortestPaths({ ...path, all: LIMITS.pathLimit.default }),
  ];
}

/**
 * Plans every analytics load once, with and without a mineral (the parameter types of real calls),
 * so the first request after start-up finds its plan in Neo4j's query cache. One text per load
 * whatever maxDepth is asked (see queries/network.cypher.ts), so this covers every depth; the path
 * queries with their default arguments (defaultPathQueries).
 */
export async function warmAnalyticsPlans(db: GraphDatabase): Promise<number> {
  const queries = [
    ...[null, NOBODY].flatMap((mineral) => [
      upstreamNetwork([NOBODY], mineral),
      downstreamNetwork(NOBODY, mineral),
      impactNetwork([NOBODY], [NOBODY], mineral),
    ]),
    entitiesByIds([NOBODY]),
    agreementCountries([NOBODY]),
    controlledFacilities([NOBODY], [NOBODY], 0.25),
    removedFacilities([NOBODY]),
    ...defaultPathQueries(),
  ];
  const started = performance.now();
  await db.readTransaction(async (run) => {
    for (const q of queries) await run(q);
  });
  return performance.now() - started;
}
