import { type Plan } from 'neo4j-driver';
import { INPUT_BOUNDS } from '../../../src/domain/input-bounds';
import { NodeKind } from '../../../src/domain/enums';
import { cypher, type CypherQuery } from '../../../src/neo4j/cypher';
import { compileAnchoredMatch } from '../../../src/neo4j/queries/filters';
import { type GraphQLResponse } from '../../support/http';
import { useTestGraph } from '../../support/test-graph';

/**
 * Defect 1: one request could hold Neo4j for seconds with a huge filter string (a
 * `toLower($p)` evaluated per row) or a huge `idIn`. Every string and list that reaches the
 * database is bounded and refused with BAD_USER_INPUT naming `limit` / `max` before any query
 * runs (`extensions.roundTrips` 0), and the case-insensitive predicates compare against a
 * parameter lower-cased once (checked in the plan).
 */
describe('bounded inputs', () => {
  const { p, server } = useTestGraph(
    `CREATE (:Entity:Facility {id: $p + 'f1', name: 'Bécancour Lithium Plant', kind: 'REFINERY', status: 'OPERATING'})
     CREATE (:Entity:Country {id: $p + 'CA', name: 'Canada'})`,
    { role: null },
  );

  const refusal = (res: GraphQLResponse) => ({
    code: res.errors?.[0]?.extensions?.code,
    limit: res.errors?.[0]?.extensions?.limit,
    max: res.errors?.[0]?.extensions?.max,
    roundTrips: res.extensions?.roundTrips,
  });

  it('refuses a filter string over the maximum length, before touching the database', async () => {
    const huge = 'x'.repeat(1_000_000 - 100);
    const res = await server.gql('query($t: String) { facilities(where: { nameContains: $t }) { totalCount } }', {
      t: huge.slice(0, 100_000),
    });
    expect(refusal(res)).toEqual({
      code: 'BAD_USER_INPUT',
      limit: 'maxFilterTextLength',
      max: INPUT_BOUNDS.maxFilterTextLength,
      roundTrips: 0,
    });
    for (const [field, type] of [
      ['nameStartsWith', 'String'],
      ['name', 'String'],
      ['city', 'String'],
      ['id', 'ID'],
    ]) {
      const r = await server.gql(`query($t: ${type}) { facilities(where: { ${field}: $t }) { totalCount } }`, {
        t: 'y'.repeat(INPUT_BOUNDS.maxFilterTextLength + 1),
      });
      expect(refusal(r)).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxFilterTextLength' });
    }
  });

  it('accepts a filter at the maximum length and still matches case-insensitively', async () => {
    const ok = await server.gql('query($t: String) { facilities(where: { nameContains: $t }) { totalCount } }', {
      t: 'z'.repeat(INPUT_BOUNDS.maxFilterTextLength),
    });
    expect(ok.errors).toBeUndefined();
    const found = await server.gql<{ a: { nodes: Array<{ id: string }> }; b: { nodes: Array<{ id: string }> } }>(
      'query($t: String, $s: String) { a: facilities(where: { nameContains: $t }) { nodes { id } } b: facilities(where: { nameStartsWith: $s }) { nodes { id } } }',
      { t: 'LITHIUM PL', s: 'bÉCANCOUR' },
    );
    expect(found.data?.a.nodes.map((n) => n.id)).toContain(`${p}f1`);
    expect(found.data?.b.nodes.map((n) => n.id)).toContain(`${p}f1`);
  });

  it('refuses an id list over the maximum, in top-level and nested filters', async () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => `id${i}`);
    const res = await server.gql('query($ids: [ID!]) { facilities(where: { idIn: $ids }) { totalCount } }', { ids });
    expect(refusal(res)).toEqual({
      code: 'BAD_USER_INPUT',
      limit: 'maxFilterListLength',
      max: INPUT_BOUNDS.maxFilterListLength,
      roundTrips: 0,
    });
    const nested = await server.gql(
      'query($ids: [ID!], $c: [ID!]) { countries(where: { idIn: $c }) { nodes { facilities(where: { idIn: $ids }) { totalCount } } } }',
      { ids: ids.slice(0, INPUT_BOUNDS.maxFilterListLength + 1), c: [`${p}CA`] },
    );
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxFilterListLength' });
  });

  it('refuses search text over the maximum length', async () => {
    const res = await server.gql('query($t: String!) { search(text: $t) { score } }', { t: 'lithium '.repeat(1000) });
    expect(refusal(res)).toEqual({
      code: 'BAD_USER_INPUT',
      limit: 'maxSearchTextLength',
      max: INPUT_BOUNDS.maxSearchTextLength,
      roundTrips: 0,
    });
  });

  it('refuses an impact `remove` list over its maximum', async () => {
    const remove = Array.from({ length: 101 }, (_, i) => `x${i}`);
    const res = await server.gql('query($r: [ID!]!) { impact(remove: $r) { removedFacilityCount } }', { r: remove });
    expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'remove', max: 100 });
  });

  it('compares against a parameter lower-cased once: no toLower($param) in the plan', async () => {
    const plan = async (q: CypherQuery) => {
      const session = server.db.driver.session({ defaultAccessMode: 'READ' });
      try {
        const result = await session.run(`EXPLAIN ${q.cypher}`, q.params);
        const details: string[] = [];
        const walk = (n: Plan) => {
          details.push(String(n.arguments?.Details ?? ''));
          (n.children ?? []).forEach(walk);
        };
        if (result.summary.plan) walk(result.summary.plan);
        return details.join('\n');
      } finally {
        await session.close();
      }
    };
    // The top-level list query's MATCH and WHERE, as compiled for it.
    const m = compileAnchoredMatch(NodeKind.Facility, { nameContains: 'LiThIuM', nameStartsWith: 'Bé' });
    const query = cypher(`${m.match} ${m.clause} RETURN n.id AS id LIMIT 10`, m.params);
    expect(query.params).toMatchObject({ w_nameContains: 'lithium', w_nameStartsWith: 'bé' });
    const details = await plan(query);
    expect(details).toMatch(/CONTAINS \$w_nameContains/);
    expect(details).toMatch(/STARTS WITH \$w_nameStartsWith/);
    expect(details).not.toMatch(/toLower\(\$/);
  });
});
