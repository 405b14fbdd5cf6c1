import { type GraphDatabase } from '../../neo4j/driver';
import { agreementCountries, controlledFacilities, entitiesByIds, removedFacilities } from './queries/lookup.cypher';
import { downstreamNetwork, impactNetwork, upstreamNetwork } from './queries/network.cypher';

/** An id no entity has: the warm-up queries plan and run, and find nothing. */
const NOBODY = '__warm-up__';

/**
 * Plans every analytics load once, with and without a mineral (the parameter types of real calls),
 * so the first request after start-up finds its plan in Neo4j's query cache. One text per load
 * whatever maxDepth is asked (see queries/network.cypher.ts), so this covers every depth.
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
  ];
  const started = performance.now();
  await db.readTransaction(async (run) => {
    for (const q of queries) await run(q);
  });
  return performance.now() - started;
}
