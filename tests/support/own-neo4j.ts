import fs from 'node:fs';
import path from 'node:path';
import { type LocalNeo4j, REPO_ROOT, startLocalNeo4j } from '../../src/neo4j/local';
import { freePort } from './ports';

/**
 * A Neo4j of a test file's own, for tests that need a really empty graph: a fresh data directory
 * under .neo4j-local (git-ignored) on a free port; `stop()` also removes the data.
 */
export async function startOwnNeo4j(name: string): Promise<LocalNeo4j> {
  const dataDir = path.join(REPO_ROOT, '.neo4j-local', `${name}-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({ port: await freePort(), dataDir });
  return {
    ...neo4j,
    async stop() {
      await neo4j.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
