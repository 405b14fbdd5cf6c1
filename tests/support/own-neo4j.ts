import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, GraphDatabase } from '../../src/neo4j/driver';
import { type LocalNeo4j, REPO_ROOT, startLocalNeo4j } from '../../src/neo4j/local';
import { applyMigrations } from '../../src/neo4j/migrations';
import { formatIssue, seedFromDirectory } from '../../src/seed';
import { generateDataset } from '../../src/seed/generate/generate';
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

/** A Neo4j of a test file's own holding one generated dataset (src/seed/generate), migrated and loaded. */
export interface GeneratedGraph {
  db: GraphDatabase;
  close(): Promise<void>;
}

/**
 * For tests whose outcome depends on the whole database (query plans and their statistics, a cache
 * keyed by the database state): a fixed generated graph that no other test file writes to.
 */
export async function startGeneratedGraph(
  name: string,
  dataset: { facilities: number; seed: number },
): Promise<GeneratedGraph> {
  const neo4j = await startOwnNeo4j(name);
  const db = new GraphDatabase(createDriver(neo4j.uri, 'neo4j', ''), { database: 'neo4j', timeoutMs: 60_000 });
  const close = async () => {
    await db.close();
    await neo4j.stop();
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `naig-${name}-`));
  try {
    await applyMigrations(db);
    await generateDataset({ ...dataset, outDir: dir });
    const report = await seedFromDirectory(db, dir);
    if (!report.ok) throw new Error(report.issues.map(formatIssue).join('\n'));
  } catch (error) {
    await close();
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { db, close };
}
