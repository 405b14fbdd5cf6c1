import fs from 'node:fs';
import path from 'node:path';
import { getSchema } from '../../../src/graphql/schema';
import { createDriver, GraphDatabase } from '../../../src/neo4j/driver';
import { type LocalNeo4j, REPO_ROOT } from '../../../src/neo4j/local';
import { applyMigrations } from '../../../src/neo4j/migrations';
import { formatIssue, seedFromDirectory } from '../../../src/seed';
import { type AppOptions, type RunningApp, startApp } from '../../../src/server/app';
import { postGraphQL } from '../../support/http';
import { startOwnNeo4j } from '../../support/own-neo4j';

export const SEED_DIR = path.join(REPO_ROOT, 'seed');

/** A Neo4j of the test file's own holding exactly the bundled seed/ data, and the API on it. */
export interface BundledGraph {
  neo4j: LocalNeo4j;
  db: GraphDatabase;
  app: RunningApp;
  /** POSTs a query over HTTP; throws on GraphQL errors so a test sees them. `T` is the shape of `data`. */
  ask<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<BundledAnswer<T>>;
  close(): Promise<void>;
}

export interface BundledAnswer<T> {
  data: T;
  extensions: Record<string, unknown> & { roundTrips?: number };
}

export async function startBundledGraph(name: string, app: Partial<AppOptions> = {}): Promise<BundledGraph> {
  const neo4j = await startOwnNeo4j(name);
  const db = new GraphDatabase(createDriver(neo4j.uri, 'neo4j', ''), { database: 'neo4j', timeoutMs: 60_000 });
  await applyMigrations(db);
  const report = await seedFromDirectory(db, SEED_DIR);
  if (report.issues.length) throw new Error(report.issues.map(formatIssue).join('\n'));
  const running = await startApp(
    { schema: await getSchema(), db, development: true, limits: { rateLimitPerMinute: 0 }, ...app },
    0,
    '127.0.0.1',
  );
  return {
    neo4j,
    db,
    app: running,
    async ask<T>(query: string, variables?: Record<string, unknown>) {
      const body = await postGraphQL<T>(running.url, query, variables);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { data: body.data!, extensions: body.extensions ?? {} };
    },
    async close() {
      await running.stop();
      await db.close();
      await neo4j.stop();
    },
  };
}

/**
 * A tiny RFC 4180 reader (quotes, doubled quotes, commas and newlines in quotes), independent of
 * the product's CSV code: the expected figures of the tests are counted with it from seed/.
 */
export function readCsv(file: string): Array<Record<string, string>> {
  const text = fs.readFileSync(path.join(SEED_DIR, file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.some((c) => c.trim() !== ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/** Counts of values; a row may give several values (or none: counted under null). */
export function tally<T>(
  items: T[],
  keysOf: (item: T) => Array<string | number | null>,
): Map<string | number | null, number> {
  const counts = new Map<string | number | null, number>();
  for (const item of items) {
    const keys = keysOf(item);
    for (const k of keys.length ? [...new Set(keys)] : [null]) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The fenced blocks of one language in the README's "Totals and maps" section, in order. */
export function readmeBlocks(language: 'graphql' | 'bash'): string[] {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Totals and maps'));
  if (!section) throw new Error('README.md has no "## Totals and maps" section');
  return [...section.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}
