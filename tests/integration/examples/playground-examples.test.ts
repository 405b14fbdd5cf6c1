import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { Logger } from '../../../src/logger';
import { LocalNeo4j, REPO_ROOT, startLocalNeo4j } from '../../../src/neo4j/local';
import { PLAYGROUND_EXAMPLES } from '../../../src/server/playground/examples';
import { RunningService, startService } from '../../../src/server/service';
import { freePort } from '../../support/ports';

/**
 * The playground's saved examples answer the analyst questions on the bundled dataset: a fresh
 * Neo4j of its own, the service loading `seed/` on the empty graph (as `npm start` does), then
 * every example over HTTP. Ids, field names and arguments drifting from the data fail here.
 */
jest.setTimeout(600_000);


/** Something was found: not null, not an empty list, and (below the top) at least one id. */
function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return JSON.stringify(value).includes('"id":') || JSON.stringify(value).includes('"name":');
}

describe('saved playground examples on the bundled dataset', () => {
  const dataDir = path.join(REPO_ROOT, '.neo4j-local', `examples-test-${process.pid}`);
  let neo4j: LocalNeo4j;
  let service: RunningService;

  beforeAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    neo4j = await startLocalNeo4j({ port: await freePort(), dataDir });
    service = await startService(
      loadConfig({ NODE_ENV: 'test', NEO4J_URI: neo4j.uri, PORT: '0', HOST: '127.0.0.1', SEED_ON_EMPTY: 'true', QUERY_TIMEOUT_MS: '60000' }),
      pino({ level: 'silent' }) as Logger,
    );
  });
  afterAll(async () => {
    await service?.stop();
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(PLAYGROUND_EXAMPLES.map(e => [e.title, e] as const))('%s', async (_title, example) => {
    const res = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query, variables: example.variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    for (const [field, value] of Object.entries(body.data!)) {
      expect([field, hasContent(value)]).toEqual([field, true]);
    }
  });

  it('finds the lithium route from the NAL mine to Gigafactory Texas', async () => {
    const example = PLAYGROUND_EXAMPLES.find(e => e.query.includes('shortestPath'))!;
    const res = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query, variables: example.variables }),
    });
    const { data } = (await res.json()) as { data: { shortestPath: { length: number; entities: Array<{ id: string }> } } };
    expect(data.shortestPath.entities[0].id).toBe('fac:nal-mine');
    expect(data.shortestPath.entities.at(-1)!.id).toBe('fac:tesla-giga-texas');
    expect(data.shortestPath.length).toBe(data.shortestPath.entities.length - 1);
  });
});
