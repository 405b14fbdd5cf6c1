import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { getSchema } from '../../src/graphql/schema';
import { createDriver, GraphDatabase } from '../../src/neo4j/driver';
import { startApp } from '../../src/server/app';
import { PEER_CASES, type PeerCase } from './peer-queries';
import { PEER_TYPE_DEFS } from './peer-typedefs';

/**
 * The three servers of the peer benchmark, in one child process (so the load generator does not
 * share their event loop), each with its own driver on the same Neo4j (NEO4J_URI):
 * - api: the project's server (src/server/app.ts), rate limit off;
 * - peer: @neo4j/graphql on Apollo Server over Express, like the project's;
 * - raw: a bare node:http server that runs one hand-written Cypher query per request.
 * Prints one JSON line with their URLs, then serves until stdin closes.
 */
const TIMEOUT_MS = 60_000;
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const driver = () =>
  createDriver(process.env.NEO4J_URI!, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

async function startApi() {
  const db = new GraphDatabase(driver(), { database, timeoutMs: TIMEOUT_MS });
  const app = await startApp(
    { schema: await getSchema(), db, development: false, limits: { rateLimitPerMinute: 0 } },
    0,
    '127.0.0.1',
  );
  return { url: app.url, stop: async () => (await app.stop(), await db.close()) };
}

async function startPeer() {
  const neo = driver();
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: neo }).getSchema();
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: () => Promise.resolve({ sessionConfig: { database } }) }),
  );
  const url = `${await listen(server)}/graphql`;
  return { url, stop: async () => (await apollo.stop(), server.close(), await neo.close()) };
}

async function startRaw() {
  const neo = driver();
  const byKey = new Map(PEER_CASES.map((c) => [c.key, c.raw.cypher]));
  const server = http.createServer((req, res) => void answer(req, res));
  async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const { query, params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: PeerCase['key'];
        params: Record<string, unknown>;
      };
      const text = byKey.get(query);
      if (!text) throw new Error(`unknown query ${query}`);
      const session = neo.session({ database, defaultAccessMode: 'READ' });
      try {
        const result = await session.executeRead((tx) => tx.run(text, params), { timeout: TIMEOUT_MS });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ rows: result.records.map((r) => r.toObject()) }));
      } finally {
        await session.close();
      }
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(error) }));
    }
  }
  const url = await listen(server);
  return { url, stop: async () => (server.close(), await neo.close()) };
}

async function main() {
  const servers = { api: await startApi(), peer: await startPeer(), raw: await startRaw() };
  process.stdout.write(
    `${JSON.stringify({ api: servers.api.url, peer: servers.peer.url, raw: servers.raw.url, pid: process.pid })}\n`,
  );
  process.stdin.resume();
  process.stdin.on('end', () => {
    void Promise.all(Object.values(servers).map((s) => s.stop())).then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
