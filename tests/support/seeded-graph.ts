import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type GraphDatabase } from '../../src/neo4j/driver';
import { formatIssue, seedFromDirectory } from '../../src/seed';
import { removeDir } from '../fixtures/seed/fixture';
import { deleteByPrefix, testDatabase, uniquePrefix } from './db';
import { closeGraphQL } from './graphql';

/** A hand-built graph loaded through the seed loader, every id under one unique prefix. */
export interface SeededGraph {
  db: GraphDatabase;
  p: string;
  /** The full id of a fixture node: `id('mine')` is `${p}mine`. */
  id: (local: string) => string;
  /** The fixture's own id of a full id (the prefix cut off). */
  local: (full: string) => string;
}

/**
 * Declares, inside a `describe`, the seed files `csv` (file name to lines; `{p}` stands for the
 * prefix) loaded before the tests with no issue, and everything under the prefix deleted after
 * them (with the in-process GraphQL schema's resources).
 */
export function useSeededGraph(csv: Record<string, readonly string[]>): SeededGraph {
  const db = testDatabase();
  const p = uniquePrefix();
  let dir: string | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-seeded-'));
    for (const [file, lines] of Object.entries(csv))
      fs.writeFileSync(path.join(dir, file), lines.map((l) => l.replaceAll('{p}', p)).join('\n') + '\n');
    const report = await seedFromDirectory(db, dir);
    expect(report.issues.map(formatIssue)).toEqual([]);
  });
  afterAll(async () => {
    await closeGraphQL();
    await deleteByPrefix(db, p);
    await db.close();
    removeDir(dir);
  });
  return { db, p, id: (local) => `${p}${local}`, local: (full) => full.slice(p.length) };
}
