import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cypher } from '../../src/neo4j/cypher';
import { type GraphDatabase } from '../../src/neo4j/driver';
import { seedFromDirectory } from '../../src/seed';
import { generateDataset } from '../../src/seed/generate/generate';

/**
 * A generated network of `size` facilities with ids prefixed `prefix` (the seeding generator,
 * src/seed/generate), loaded once: reused when the database already holds it.
 */
export async function ensureDataset(db: GraphDatabase, size: number, prefix: string, seed: number): Promise<void> {
  const [{ n }] = await db.read(
    cypher('MATCH (f:Facility) WHERE f.id STARTS WITH $prefix RETURN count(f) AS n', { prefix }),
  );
  if (Number(n) >= size) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-analytics-bench-'));
  try {
    const t = performance.now();
    await generateDataset({ facilities: size, outDir: dir, seed, idPrefix: prefix });
    const report = await seedFromDirectory(db, dir, { timeoutMs: 600_000 });
    if (!report.ok) throw new Error(`seeding ${size} facilities failed: ${report.issueCount} problems`);
    console.log(`  generated and loaded ${size} facilities in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
