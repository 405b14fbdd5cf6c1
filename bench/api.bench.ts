import 'reflect-metadata';
import path from 'node:path';
import { getSchema } from '../src/graphql/schema';
import { cypher } from '../src/neo4j/cypher';
import { REPO_ROOT } from '../src/neo4j/local';
import { seedFromDirectory } from '../src/seed';
import { startApp } from '../src/server/app';
import { benchDatabase } from './lib/neo4j';
import { fmt, measure, summarize } from './lib/stats';

/**
 * API overhead: p50/p95 of three representative requests over real HTTP (lookup, a filtered page of
 * 100 facilities with operator and minerals nested, a full-text search), beside the same answers
 * fetched with raw Cypher through the driver in the same run.
 *
 *   npm run bench -- api [--dir seed/] [--runs 300]
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

async function main() {
  const dir = path.resolve(REPO_ROOT, arg('dir', 'seed'));
  const runs = Number(arg('runs', '300'));
  const bench = await benchDatabase();
  try {
    const report = await seedFromDirectory(bench.db, dir);
    if (!report.ok) throw new Error(`seed of ${dir} failed: ${report.issueCount} problems`);
    type Busiest = { country: string; facility: string; total: number };
    const [{ country, facility, total }] = (await bench.db.read(
      cypher(
        `MATCH (f:Facility)-[:LOCATED_IN]->(c:Country) WITH c, collect(f.id) AS ids ORDER BY size(ids) DESC LIMIT 1
       RETURN c.id AS country, ids[0] AS facility, size(ids) AS total`,
      ),
    )) as Busiest[];
    // The benchmark is one trusted client: no rate limit, so the figures are the API's, not the limiter's.
    const app = await startApp(
      { schema: await getSchema(), db: bench.db, development: false, limits: { rateLimitPerMinute: 0 } },
      0,
      '127.0.0.1',
    );
    const driver = bench.db.driver;
    const post = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    };
    const raw = async (text: string, params: Record<string, unknown>) => {
      const session = driver.session({ database: bench.db.options.database, defaultAccessMode: 'READ' });
      try {
        return await session.executeRead((tx) => tx.run(text, params), { timeout: 15_000 });
      } finally {
        await session.close();
      }
    };

    const cases = [
      {
        name: 'lookup (facility by id)',
        api: () =>
          post(
            'query($id: ID!) { facility(id: $id) { id name kind status startYear location { latitude longitude } } }',
            { id: facility },
          ),
        raw: () => raw('MATCH (n:Facility {id: $id}) RETURN n {.*} AS n', { id: facility }),
      },
      {
        name: `page of 100 facilities in ${country} with operator and minerals`,
        api: () =>
          post(
            `query($c: ID!) { facilities(where: { country: $c }, first: 100) { totalCount nodes { id name kind
              operator { id name } produces { edges { capacity unit node { id name } } } } } }`,
            { c: country },
          ),
        raw: () =>
          raw(
            `CALL () { MATCH (n:Facility)-[:LOCATED_IN]->(:Country {id: $c}) RETURN count(n) AS total }
              MATCH (n:Facility)-[:LOCATED_IN]->(:Country {id: $c})
              WITH total, n ORDER BY n.name, n.id LIMIT 100
              RETURN total, n {.id, .name, .kind,
                operator: head([(o:Company)-[:OPERATES]->(n) | o {.id, .name}]),
                produces: [(n)-[p:PRODUCES]->(m:Mineral) | {capacity: p.capacity, unit: p.unit, id: m.id, name: m.name}]}`,
            { c: country },
          ),
      },
      {
        name: 'search "lithium" (first 20)',
        api: () => post('{ search(text: "lithium", first: 20) { score entity { id name label } } }', {}),
        raw: () =>
          raw(
            `CALL db.index.fulltext.queryNodes('entity_name_fulltext', '(lithium OR lithium*)') YIELD node, score
              RETURN node {.*} AS node, score ORDER BY score DESC LIMIT 20`,
            {},
          ),
      },
    ];

    console.log(
      `API benchmark: ${dir} (${total} facilities in ${country}), ${runs} sequential runs per case after warm-up\n`,
    );
    console.log('case | API p50 | API p95 | raw p50 | raw p95 | p50 ratio | p95 ratio');
    for (const c of cases) {
      const rawStats = summarize(await measure(c.raw, runs, 30));
      const apiStats = summarize(await measure(c.api, runs, 30));
      console.log(
        `${c.name} | ${fmt(apiStats.p50)} | ${fmt(apiStats.p95)} | ${fmt(rawStats.p50)} | ${fmt(rawStats.p95)} | ${(apiStats.p50 / rawStats.p50).toFixed(2)}x | ${(apiStats.p95 / rawStats.p95).toFixed(2)}x`,
      );
    }
    await app.stop();
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
