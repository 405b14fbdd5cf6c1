import { Router } from 'express';
import { type GraphDatabase } from '../neo4j/driver';
import { appliedVersion, LATEST_MIGRATION } from '../neo4j/migrations';

export interface HealthOptions {
  /** /readyz answers 503 when Neo4j has not answered within this time (default 2000 ms). */
  timeoutMs?: number;
}

export type Readiness =
  | { ready: true; status: 'ready'; neo4j: 'up'; migration: number; expected: number }
  | { ready: false; status: 'migrations pending'; neo4j: 'up'; migration: number; expected: number }
  | { ready: false; status: 'unavailable'; neo4j: 'down'; error: string };

class ReadinessTimeout extends Error {
  readonly code = 'timeout';
}

/** Neo4j answers within `timeoutMs` and the schema migrations are applied. */
export async function checkReadiness(db: GraphDatabase, timeoutMs = 2000): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadinessTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  const check = appliedVersion(db);
  check.catch(() => undefined); // a late failure after the timeout is already reported
  try {
    const version = await Promise.race([check, timeout]);
    return version >= LATEST_MIGRATION
      ? { ready: true, status: 'ready', neo4j: 'up', migration: version, expected: LATEST_MIGRATION }
      : { ready: false, status: 'migrations pending', neo4j: 'up', migration: version, expected: LATEST_MIGRATION };
  } catch (error) {
    return {
      ready: false,
      status: 'unavailable',
      neo4j: 'down',
      error: (error as { code?: string }).code ?? 'unknown',
    };
  } finally {
    clearTimeout(timer);
  }
}

/** /healthz: the process answers. /readyz: Neo4j answers and the schema migrations are applied. */
export function healthRoutes(db: GraphDatabase, options: HealthOptions = {}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    const { ready, ...body } = await checkReadiness(db, options.timeoutMs);
    res.status(ready ? 200 : 503).json(body);
  });
  return router;
}
