import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DocumentNode, execute, graphql, type GraphQLSchema, parse } from 'graphql';
import { PEER_CASES, type PeerCase } from '../../../bench/lib/peer-queries';
import { Role } from '../../../src/auth/roles';
import { type GraphContext } from '../../../src/graphql/context';
import { Loaders } from '../../../src/reads/entity-loaders';
import { getSchema } from '../../../src/graphql/schema';
import { type CypherQuery, cypher } from '../../../src/neo4j/cypher';
import { selectedPage } from '../../../src/neo4j/queries/selection.cypher';
import { sortColumns } from '../../../src/neo4j/queries/keyset';
import { NodeKind } from '../../../src/domain/enums';
import { seedFromDirectory } from '../../../src/seed';
import { generateDataset } from '../../../src/seed/generate/generate';
import { uniquePrefix } from '../../support/db';
import { startOwnNeo4j } from '../../support/own-neo4j';
import { createDriver, GraphDatabase } from '../../../src/neo4j/driver';
import { applyMigrations } from '../../../src/neo4j/migrations';
import { type LocalNeo4j } from '../../../src/neo4j/local';

/**
 * Query plans of the selection-aware reads on the real engine, over a generated graph of 1,000
 * facilities: the benchmark's three requests (bench/lib/peer-queries.ts) each take one round trip,
 * start from the filter's node (not a scan of every facility), and cost at most the db hits of the
 * hand-written Cypher for the same answer (plus 10%); deep keyset pages cost what the first does.
 * The graph is this file's own Neo4j: plans follow the database's statistics, which other test
 * files' data in the shared database would skew.
 */
interface PlanNode {
  operatorType: string;
  /** The operator's arguments; `Details` is the text EXPLAIN shows. */
  arguments: { Details?: string } & Record<string, unknown>;
  dbHits: number;
  children: PlanNode[];
}

const operators = (p: PlanNode, out: string[] = []): string[] => {
  out.push(`${p.operatorType.replace(/@.*$/, '')} ${p.arguments.Details ?? ''}`);
  p.children.forEach((c) => operators(c, out));
  return out;
};
const dbHits = (p: PlanNode): number => p.dbHits + p.children.reduce((s, c) => s + dbHits(c), 0);

describe('read query plans', () => {
  let db: GraphDatabase;
  let schema: GraphQLSchema;
  let dir: string;
  const p = uniquePrefix();
  let facility: string;
  let usFacilities: number;

  async function profile(q: CypherQuery, mode: 'PROFILE' | 'EXPLAIN' = 'PROFILE') {
    const session = db.driver.session({ database: db.options.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.run(`${mode} ${q.cypher}`, q.params);
      const plan = (mode === 'PROFILE' ? result.summary.profile : result.summary.plan) as unknown as PlanNode;
      return { operators: operators(plan), dbHits: mode === 'PROFILE' ? dbHits(plan) : NaN };
    } finally {
      await session.close();
    }
  }

  /** The Cypher an API request sends, captured by executing it against the real schema. */
  async function apiQueries(query: string, variables: Record<string, unknown>): Promise<CypherQuery[]> {
    return (await apiRequest(parse(query), variables)).sent;
  }

  /** A request of an already parsed document (as Apollo reuses it): its Cypher and its data. */
  async function apiRequest(document: DocumentNode, variables: Record<string, unknown>) {
    const seen: CypherQuery[] = [];
    const view = db.observe(() => undefined);
    const read = view.read.bind(view);
    view.read = (q: CypherQuery, timeoutMs?: number) => (seen.push(q), read(q, timeoutMs));
    const context: GraphContext = {
      requestId: 'plan-test',
      principal: { role: Role.admin } as GraphContext['principal'],
      db: view,
      loaders: new Loaders(view),
      queryCount: () => seen.length,
    };
    const result = await execute({ schema, document, variableValues: variables, contextValue: context });
    expect(result.errors).toBeUndefined();
    return { sent: seen, data: result.data };
  }

  const paramsOf = (c: PeerCase): Record<string, unknown> =>
    c.key === 'a' ? { country: `${p}US` } : c.key === 'b' ? { facility } : {};

  let neo4j: LocalNeo4j;
  beforeAll(async () => {
    neo4j = await startOwnNeo4j('read-plans');
    db = new GraphDatabase(createDriver(neo4j.uri, 'neo4j', ''), { database: 'neo4j', timeoutMs: 60_000 });
    await applyMigrations(db);
    schema = await getSchema();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-read-plans-'));
    await generateDataset({ facilities: 1000, outDir: dir, seed: 7, idPrefix: p });
    const report = await seedFromDirectory(db, dir);
    expect(report.ok).toBe(true);
    // Plans follow index statistics, which Neo4j samples in the background: make them current
    // (and drop plans cached before the load) so every run plans against the same statistics.
    await db.write(cypher('CALL db.prepareForReplanning(60)'));
    const [row] = await db.read(
      cypher(
        `MATCH (f:Facility) WHERE f.id STARTS WITH $p AND EXISTS { (f)<-[:SUPPLIES]-() } AND EXISTS { (f)-[:SUPPLIES]->() }
         WITH f ORDER BY f.id LIMIT 1
         RETURN f.id AS id, COUNT { (:Country {id: $p + 'US'})<-[:LOCATED_IN]-(:Facility) } AS us`,
        { p },
      ),
    );
    facility = row.id as string;
    usFacilities = Number(row.us);
    expect(usFacilities).toBeGreaterThan(100);
  }, 180_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await db?.close();
    await neo4j?.stop();
  });

  it.each(PEER_CASES.map((c) => [c.key, c] as const))(
    'query (%s) is one round trip costing no more db hits than hand-written Cypher',
    async (_key, c) => {
      const sent = await apiQueries(c.api.query, paramsOf(c));
      expect(sent).toHaveLength(1);
      const api = await profile(sent[0]);
      const raw = await profile(cypher(c.raw.cypher, paramsOf(c)));
      expect(api.dbHits).toBeLessThanOrEqual(raw.dbHits * 1.1);
      // Properties of the selection only: never a whole node.
      expect(sent[0].cypher).not.toContain('.*');
      if (c.key === 'a') {
        // Anchored on the country: one index seek, then its LOCATED_IN relationships; about four
        // db hits per facility of the country (expand, label, name, id) plus the page's rows.
        expect(api.operators.some((o) => /^NodeUniqueIndexSeek .*Entity\(id\) WHERE id = \$w_country/.test(o))).toBe(
          true,
        );
        expect(api.operators.some((o) => o.startsWith('NodeByLabelScan'))).toBe(false);
        expect(api.dbHits).toBeLessThanOrEqual(4 * usFacilities + 50 * 40);
      }
      if (c.key === 'b') expect(api.dbHits).toBeLessThanOrEqual(200);
      if (c.key === 'c') {
        // The first page may be read from the name index in order (IS NOT NULL makes it usable).
        // Whether the planner does depends on the graph: on 20,000 facilities it reads 898 index
        // entries for 100 companies; on this small graph it may scan and sort the few companies.
        expect(sent[0].cypher).toContain('n.name IS NOT NULL');
        expect(api.operators.some((o) => o.startsWith('NodeByLabelScan') && o.includes('Facility'))).toBe(false);
      }
    },
  );

  it('a parsed query sent again with another id reuses its Cypher text; other page sizes do not', async () => {
    const text = `query($f: ID!, $n: Int!) { facility(id: $f) { id name
      suppliers(first: $n) { edges { mineral node { id name } } } customers(first: 3) { nodes { id } } } }`;
    const document = parse(text);
    const [row] = await db.read(
      cypher(
        `MATCH (f:Facility) WHERE f.id STARTS WITH $p AND f.id <> $f AND EXISTS { (f)<-[:SUPPLIES]-() }
         RETURN f.id AS id ORDER BY id LIMIT 1`,
        { p, f: facility },
      ),
    );
    const other = row.id as string;
    const requests = [
      { f: facility, n: 5 },
      { f: other, n: 5 },
      { f: facility, n: 1 },
      { f: facility, n: 5 },
    ];
    const answers = [];
    for (const variables of requests) answers.push(await apiRequest(document, variables));
    const [first, otherId, smaller, again] = answers;
    for (const a of answers) expect(a.sent).toHaveLength(1);
    expect(otherId.sent[0].cypher).toBe(first.sent[0].cypher);
    expect(otherId.sent[0].params).toEqual({ ...first.sent[0].params, id: other });
    expect(again.sent[0]).toEqual(first.sent[0]);
    expect(smaller.sent[0].params).not.toEqual(first.sent[0].params);
    // Each answer is what a fresh parse of the same text gets.
    for (const [i, variables] of requests.entries()) {
      const fresh = await graphql({
        schema,
        source: text,
        variableValues: variables,
        contextValue: { db, loaders: new Loaders(db), queryCount: () => 0 },
      });
      expect(answers[i].data).toEqual(fresh.data);
    }
    type Answer = { facility: { id: string; suppliers: { edges: unknown[] } } };
    expect((otherId.data as Answer).facility.id).toBe(other);
    expect((smaller.data as Answer).facility.suppliers.edges).toHaveLength(1);
  });

  it('totalCount is counted only when selected', async () => {
    const without = await apiQueries(
      `query($c: ID!) { facilities(where: { country: $c }, first: 5) { nodes { id } } }`,
      {
        c: `${p}US`,
      },
    );
    expect(without[0].cypher).not.toContain('count(');
    const withTotal = await apiQueries(
      `query($c: ID!) { facilities(where: { country: $c }, first: 5) { totalCount } }`,
      {
        c: `${p}US`,
      },
    );
    expect(withTotal[0].cypher).toContain('count(n) AS total');
  });

  it.each([
    ['region', `CA-QC`],
    ['operator', `COM-000001`],
    ['produces', `lithium`],
    ['consumes', `nickel`],
    ['sector', `mining`],
    ['owner', `COM-000002`],
  ])('a facility list filtered by %s starts from that node', async (field, local) => {
    const q = selectedPage(
      NodeKind.Facility,
      { where: { [field]: `${p}${local}`, kind: 'MINE' }, columns: sortColumns(undefined), limit: 20, cursors: true },
      true,
      { properties: ['name'], labels: false, relations: [] },
    );
    const plan = await profile(q, 'EXPLAIN');
    expect(plan.operators.filter((o) => o.startsWith('NodeUniqueIndexSeek'))).toHaveLength(2); // page and count
    expect(plan.operators.some((o) => o.startsWith('NodeByLabelScan'))).toBe(false);
    expect(q.cypher).not.toContain('EXISTS');
  });

  /** The cursor `rows` facilities in (a multiple of 100), walked with the API's own cursors. */
  async function cursorRowsIn(rows: number): Promise<string | null> {
    let after: string | null = null;
    for (let i = 0; i < rows / 100; i++) {
      const res = await graphql({
        schema,
        source: `query($after: String) { facilities(first: 100, after: $after) { pageInfo { endCursor } } }`,
        variableValues: { after },
        contextValue: { db, loaders: new Loaders(db), queryCount: () => 0 },
      });
      after = (res.data as { facilities: { pageInfo: { endCursor: string | null } } }).facilities.pageInfo.endCursor;
    }
    return after;
  }

  it('a deep keyset page costs what the first page does', async () => {
    const first = await apiQueries(`{ facilities(first: 50) { pageInfo { endCursor } nodes { id } } }`, {});
    const firstPlan = await profile(first[0]);
    const after = await cursorRowsIn(500);
    const deep = await apiQueries(
      `query($after: String) { facilities(first: 50, after: $after) { pageInfo { endCursor } nodes { id } } }`,
      { after },
    );
    const deepPlan = await profile(deep[0]);
    expect(deepPlan.operators.some((o) => o.startsWith('NodeIndexSeekByRange') && o.includes('Entity(name)'))).toBe(
      true,
    );
    expect(deepPlan.operators.some((o) => o.startsWith('NodeByLabelScan'))).toBe(false);
    expect(deepPlan.dbHits).toBeLessThanOrEqual(firstPlan.dbHits * 1.5 + 50);
  });

  it('a backward keyset page (last/before) reads the name index in reverse from the cursor and costs what the first does', async () => {
    const first = await apiQueries(`{ facilities(first: 50) { pageInfo { endCursor } nodes { id } } }`, {});
    const firstPlan = await profile(first[0]);
    const after = await cursorRowsIn(500);
    const back = await apiQueries(
      `query($before: String) { facilities(last: 50, before: $before) { pageInfo { startCursor } nodes { id } } }`,
      { before: after },
    );
    expect(back).toHaveLength(1);
    expect(back[0].cypher).not.toContain('SKIP');
    expect(back[0].cypher).toContain('ORDER BY n.name DESC, n.id DESC');
    const backPlan = await profile(back[0]);
    expect(backPlan.operators.some((o) => o.startsWith('NodeIndexSeekByRange') && o.includes('Entity(name)'))).toBe(
      true,
    );
    expect(backPlan.operators.some((o) => o.startsWith('NodeByLabelScan'))).toBe(false);
    // Read in index order (descending) and stopped after the page: no sort of everything before the cursor.
    expect(backPlan.operators.some((o) => /^(Sort|Top) /.test(o))).toBe(false);
    expect(backPlan.dbHits).toBeLessThanOrEqual(firstPlan.dbHits * 1.5 + 50);
    // The last page of the list (no cursor) reads the index from its end the same way.
    const tail = await apiQueries(`{ facilities(last: 50) { pageInfo { startCursor } nodes { id } } }`, {});
    const tailPlan = await profile(tail[0]);
    expect(tailPlan.operators.some((o) => o.startsWith('NodeByLabelScan'))).toBe(false);
    expect(tailPlan.dbHits).toBeLessThanOrEqual(firstPlan.dbHits * 1.5 + 50);
  });
});
