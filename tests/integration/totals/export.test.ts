import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { createApiKey } from '../../../src/auth/api-keys';
import { Role } from '../../../src/auth/roles';
import { getSchema } from '../../../src/graphql/schema';
import { cypher } from '../../../src/neo4j/cypher';
import { formatIssue, seedFromDirectory, wipeGraph } from '../../../src/seed';
import { startApp } from '../../../src/server/app';
import { type GraphQLErrorBody } from '../../support/http';
import { matching } from '../../support/matchers';
import { type BundledGraph, readCsv, readmeBlocks, SEED_DIR, startBundledGraph } from './bundled-graph';

/**
 * Export over real HTTP from the bundled data: facility CSV that loads back through the seed into
 * the same graph, GeoJSON valid by RFC 7946 (checked with @placemarkio/check-geojson, positions
 * lon,lat compared to the CSV), the API's filters, and the same auth and rate limit as /graphql.
 */
jest.setTimeout(600_000);

const facilities = readCsv('facilities.csv');
const regionCountry = new Map(readCsv('regions.csv').map((r) => [r.id, r.country]));
const countryOf = (f: Record<string, string>) => f.country || regionCountry.get(f.region) || null;

/** Every entity and every relationship between entities, as sorted canonical text. */
async function dumpEntities(graph: BundledGraph): Promise<string[]> {
  const nodes = await graph.db.read(
    cypher('MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id'),
  );
  const rels = await graph.db.read(
    cypher('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props'),
  );
  const stable = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(stable).join(',')}]`
      : v && typeof v === 'object'
        ? `{${Object.keys(v)
            .sort()
            .map((k) => `${k}:${stable((v as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : JSON.stringify(v);
  return [
    ...nodes.map((n) => `node ${stable({ labels: [...(n.labels as string[])].sort(), props: n.props })}`),
    ...rels.map((r) => `rel ${stable(r)}`),
  ].sort();
}

describe('export', () => {
  let graph: BundledGraph;
  let base: string;
  beforeAll(async () => {
    graph = await startBundledGraph('totals-export');
    base = graph.app.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => graph?.close());

  const get = (pathAndQuery: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${pathAndQuery}`, { headers });
  const where = (w: unknown) => `where=${encodeURIComponent(JSON.stringify(w))}`;

  it('serves facilities as GeoJSON points (lon,lat) with their properties, filtered like the API', async () => {
    const res = await get(`/export/facilities.geojson?${where({ country: 'CA' })}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="facilities.geojson"');
    const text = await res.text();
    const geojson = check(text) as FeatureCollection; // throws on any RFC 7946 issue
    const canadian = facilities.filter((f) => countryOf(f) === 'CA');
    expect(geojson.features).toHaveLength(canadian.length);
    for (const f of canadian) {
      const feature = geojson.features.find((x) => x.id === f.id)!;
      expect(feature.properties).toMatchObject({ name: f.name, kind: f.kind.toUpperCase(), country: 'CA' });
      if (f.lat) expect(feature.geometry).toEqual({ type: 'Point', coordinates: [Number(f.lon), Number(f.lat)] });
      else expect(feature.geometry).toBeNull();
    }
  });

  it('takes its filter from a GraphQL query, as text or in its persisted (APQ) form', async () => {
    const query = `query Quebec($r: ID!) { facilities(where: { region: $r, NOT: { status: OPERATING } }, first: 5) { nodes { id } } }`;
    const variables = JSON.stringify({ r: 'CA-QC' });
    const expected = facilities
      .filter((f) => f.region === 'CA-QC' && f.status.toUpperCase() !== 'OPERATING')
      .map((f) => f.id)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    const idsOf = async (res: Response) => {
      expect(res.status).toBe(200);
      const [, ...rows] = (await res.text()).trim().split('\r\n');
      return rows.map((r) => r.split(',')[0]).sort();
    };
    // The query text: paging and selection do not shape the file, only the filter does.
    const byText = await get(
      `/export/facilities.csv?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables)}`,
    );
    expect(await idsOf(byText)).toEqual(expected);

    // Persisted: unknown until a client registers it with /graphql (Apollo's APQ protocol).
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    const unknown = await get(
      `/export/facilities.csv?extensions=${extensions}&variables=${encodeURIComponent(variables)}`,
    );
    expect(unknown.status).toBe(400);
    expect(
      ((await unknown.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
    ).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await fetch(graph.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query,
        variables: { r: 'CA-QC' },
        extensions: { persistedQuery: { version: 1, sha256Hash } },
      }),
    });
    expect(registered.status).toBe(200);
    const byHash = await get(
      `/export/facilities.csv?extensions=${extensions}&variables=${encodeURIComponent(variables)}`,
    );
    expect(await idsOf(byHash)).toEqual(expected);

    // A query without the exported list, or both forms at once, is refused with its location.
    const other = await get(
      `/export/companies.csv?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables)}`,
    );
    expect(other.status).toBe(400);
    const both = await get(
      `/export/facilities.csv?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables)}&${where({ country: 'CA' })}`,
    );
    expect(both.status).toBe(400);
  });

  it('serves supply links as GeoJSON lines from supplier to customer, and as supply.csv', async () => {
    const supply = readCsv('supply.csv');
    const mineralsOf = (s: Record<string, string>) =>
      [...new Set([s.mineral, ...(s.minerals ?? '').split(';')].filter(Boolean))].sort().join(';');
    const linkId = (s: Record<string, string>) =>
      `${s.supplier}>${s.customer}${mineralsOf(s) ? `:${mineralsOf(s)}` : ''}`;
    const links = new Set(supply.map(linkId));
    const located = new Map(facilities.filter((f) => f.lat).map((f) => [f.id, [Number(f.lon), Number(f.lat)]]));
    const geo = check(await (await get('/export/supply.geojson')).text()) as FeatureCollection;
    expect(geo.features).toHaveLength(links.size);
    for (const s of supply) {
      const feature = geo.features.find((x) => x.id === linkId(s))!;
      const [from, to] = [located.get(s.supplier), located.get(s.customer)];
      expect(feature.geometry).toEqual(from && to ? { type: 'LineString', coordinates: [from, to] } : null);
      expect(feature.properties).toMatchObject({ supplier: s.supplier, customer: s.customer });
      const carried = [feature.properties!.mineral as string, ...((feature.properties!.minerals as string[]) ?? [])];
      expect(carried.filter(Boolean).sort().join(';')).toBe(mineralsOf(s));
    }
    const csv = await get('/export/supply.csv?mineral=lithium');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="supply.csv"');
    const lines = (await csv.text()).trim().split('\r\n');
    // The documented column order of supply.csv (seed/README.md 1.1).
    expect(lines[0].startsWith('supplier,customer,mineral,minerals,product,volume,unit,agreement,confidence')).toBe(
      true,
    );
    expect(lines).toHaveLength(1 + supply.filter((s) => mineralsOf(s).split(';').includes('lithium')).length);
  });

  it('serves a supply chain and an impact analysis as GeoJSON features', async () => {
    const chain = check(
      await (await get('/export/supply-chain.geojson?facility=fac:gm-spring-hill&direction=UPSTREAM')).text(),
    ) as FeatureCollection;
    const points = chain.features.filter((f) => f.properties?.depth !== undefined);
    expect(points.find((f) => f.id === 'fac:gm-spring-hill')?.properties).toMatchObject({ role: 'ROOT', depth: 0 });
    expect(points.length).toBeGreaterThan(1);
    expect(chain.features.some((f) => f.geometry?.type === 'LineString')).toBe(true);
    const impact = check(
      await (await get('/export/impact.geojson?remove=fac:tesla-robstown-lithium-refinery')).text(),
    ) as FeatureCollection;
    expect(impact.features[0]).toMatchObject({
      id: 'fac:tesla-robstown-lithium-refinery',
      properties: { impact: 'REMOVED' },
    });
    expect(impact.features.filter((f) => f.properties?.impact !== 'REMOVED').length).toBeGreaterThan(0);
    expect((await get('/export/impact.geojson?remove=fac:no-such-facility')).status).toBe(404);
  });

  it('serves every export URL of the README "Totals and maps" section', async () => {
    const urls = readmeBlocks('bash').flatMap((block) => [...block.matchAll(/curl -OJ '([^']+)'/g)].map((m) => m[1]));
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      const res = await get(url.replace('http://localhost:4000', ''));
      const body = await res.text();
      expect([url, res.status]).toEqual([url, 200]);
      if (url.includes('.geojson')) expect((check(body) as FeatureCollection).features.length).toBeGreaterThan(0);
      else expect(body.trim().split('\r\n').length).toBeGreaterThan(1);
    }
  });

  it('refuses a bad filter or an unknown export with a located error', async () => {
    const bad = await get(`/export/facilities.csv?${where({ kind: 'VOLCANO' })}`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: GraphQLErrorBody[] }).errors[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'where.kind', message: matching.stringContaining('VOLCANO') }],
      },
    });
    expect((await get('/export/facilities.csv?where={')).status).toBe(400);
    expect((await get('/export/companies.geojson')).status).toBe(400);
    expect((await get('/export/volcanoes.csv')).status).toBe(404);
  });

  it('keeps /export behind the auth gate and the rate limit of /graphql', async () => {
    const guarded = await startApp(
      {
        schema: await getSchema(),
        db: graph.db,
        development: false,
        auth: { reads: 'private', keyCacheMs: 0 },
        limits: { rateLimitPerMinute: 2 },
      },
      0,
      '127.0.0.1',
    );
    try {
      const url = `${guarded.url.replace(/\/graphql$/, '')}/export/countries.csv`;
      expect((await fetch(url)).status).toBe(401);
      const { key } = await createApiKey(graph.db, Role.reader, 'export-test');
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(url, { headers: { 'x-api-key': key } })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await guarded.stop();
    }
  });

  it('exports facilities.csv that re-seeds into an emptied graph as the same graph', async () => {
    const before = await dumpEntities(graph);
    const res = await get('/export/facilities.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="facilities.csv"');
    const exported = await res.text();
    expect(exported.split('\r\n')[0]).toMatch(
      /^id,name,kind,status,operator,country,region,city,lat,lon,startYear,sectors,source,/,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-roundtrip-'));
    try {
      for (const file of fs.readdirSync(SEED_DIR).filter((f) => f.endsWith('.csv')))
        fs.copyFileSync(path.join(SEED_DIR, file), path.join(dir, file));
      fs.writeFileSync(path.join(dir, 'facilities.csv'), exported);
      await wipeGraph(graph.db);
      expect(await dumpEntities(graph)).toEqual([]);
      const report = await seedFromDirectory(graph.db, dir);
      expect(report.issues.map(formatIssue)).toEqual([]);
      const after = await dumpEntities(graph);
      expect(after.length).toBe(before.length);
      expect(after).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
