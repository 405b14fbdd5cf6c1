import fs from 'node:fs';
import path from 'node:path';
import { startLocalNeo4j, REPO_ROOT } from '../../src/neo4j/local';
import { createDriver, GraphDatabase } from '../../src/neo4j/driver';
import { applyMigrations } from '../../src/neo4j/migrations';
import { freePort } from './ports';

/**
 * One real Neo4j for the integration and e2e tests: the one at NEO4J_URI when given, otherwise the
 * project's local Neo4j on a throw-away data directory. On a fresh clone the launcher is built
 * first (tools/neo4j-local/run.sh runs Maven when its target/ is empty), so `npm ci && npm test`
 * needs no other step.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const port = process.env.NEO4J_TEST_PORT ? Number(process.env.NEO4J_TEST_PORT) : await freePort();
    const dataDir = path.join(REPO_ROOT, '.neo4j-local', `test-${process.pid}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    const started = Date.now();
    if (!fs.existsSync(path.join(REPO_ROOT, 'tools', 'neo4j-local', 'target', 'neo4j-local.jar')))
      process.stdout.write('\nBuilding the Neo4j launcher (first run: Maven resolves the Neo4j jars)...\n');
    const neo4j = await startLocalNeo4j({
      port,
      dataDir,
      // The launcher's own messages (e.g. a first-run build) are worth seeing; Neo4j's log is not.
      onLog: (line) => void (line.startsWith('neo4j-local:') && process.stdout.write(`${line}\n`)),
    });
    process.stdout.write(`\nLocal Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms\n`);
    (globalThis as Record<string, unknown>).__LOCAL_NEO4J__ = { ...neo4j, dataDir };
    process.env.NEO4J_URI = neo4j.uri;
    process.env.NEO4J_TEST_LOCAL_DATA = dataDir;
  }
  const db = new GraphDatabase(
    createDriver(process.env.NEO4J_URI, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    { database: process.env.NEO4J_DATABASE ?? 'neo4j', timeoutMs: 60_000 },
  );
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
}
