import { Router } from 'express';
import { GraphDatabase } from '../neo4j/driver';
import { appliedVersion, LATEST_MIGRATION } from '../neo4j/migrations';

/** /healthz: the process answers. /readyz: Neo4j answers and the schema migrations are applied. */
export function healthRoutes(db: GraphDatabase): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      const version = await appliedVersion(db);
      const ready = version >= LATEST_MIGRATION;
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending', neo4j: 'up', migration: version, expected: LATEST_MIGRATION });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', neo4j: 'down', error: (error as { code?: string }).code ?? 'unknown' });
    }
  });
  return router;
}
