import { cypher } from '../../../src/neo4j/cypher';
import { seedFromDirectory } from '../../../src/seed';
import { uniquePrefix } from '../../support/db';
import { type GraphQLResponse } from '../../support/http';
import { useTestGraph } from '../../support/test-graph';
import { materialize, removeDir } from '../../fixtures/seed/fixture';

/**
 * Defect 6: the API accepted what the seed refuses, and both accepted unsafe or impossible values.
 * One set of domain rules (src/domain/rules.ts), each tested from both entry points: no
 * self-supply, http(s) URLs only for `source` / `website`, real dates, ownership of a facility
 * totalling at most 1 (tolerance 0.001).
 */
describe('one set of validation rules for the API and the seed', () => {
  const { id, server: s } = useTestGraph(
    `CREATE (:Entity:Country {id: $p + 'CA', name: 'Canada'})
     CREATE (:Entity:Facility {id: $p + 'a', name: 'A', kind: 'MINE', status: 'OPERATING'})
     CREATE (:Entity:Facility {id: $p + 'b', name: 'B', kind: 'REFINERY', status: 'OPERATING'})
     CREATE (:Entity:Company {id: $p + 'c1', name: 'C1'}), (:Entity:Company {id: $p + 'c2', name: 'C2'}),
            (:Entity:Company {id: $p + 'c3', name: 'C3'})`,
  );

  const REL = `mutation($i: RelationshipInput!) { createRelationship(input: $i) { type } }`;
  const problemOf = (res: GraphQLResponse) => ({
    code: res.errors?.[0]?.extensions?.code,
    paths: (res.errors?.[0]?.extensions?.problems ?? []).map((x) => x.path),
  });
  /** Dry-run seed of the valid fixture with one file edited: the problems found, as text. */
  const seedProblems = async (file: string, edit: (text: string) => string) => {
    const sp = uniquePrefix();
    const dir = materialize('valid', sp, (f, text) => (f === file ? edit(text).replaceAll('{p}', sp) : text));
    try {
      const report = await seedFromDirectory(s.db, dir, { dryRun: true });
      return report.issues.map((i) => `${i.file} ${i.column}: ${i.message}`.replaceAll(sp, '{p}'));
    } finally {
      removeDir(dir);
    }
  };

  describe('no self-supply', () => {
    it('API: SUPPLIES from a facility to itself is refused', async () => {
      const res = await s.gql(REL, { i: { type: 'SUPPLIES', from: id('a'), to: id('a') } });
      expect(problemOf(res)).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.to'] });
      const [{ n }] = await s.db.read(
        cypher('MATCH (:Facility {id: $a})-[r:SUPPLIES]->() RETURN count(r) AS n', { a: id('a') }),
      );
      expect(n).toBe(0);
    });
    it('seed: a supply row with supplier = customer is refused', async () => {
      const problems = await seedProblems('supply.csv', (t) => `${t}{p}mine-1,{p}mine-1,,,,,,,\n`);
      expect(problems).toEqual(['supply.csv customer: a facility cannot supply itself']);
    });
  });

  describe('http(s) URLs only', () => {
    it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/x', 'ftp://example.org/a', 'https://'])(
      'API: source / website %s is refused',
      async (url) => {
        const f = await s.gql(`mutation($i: FacilityInput!) { createFacility(input: $i) { id } }`, {
          i: { id: id(`f-${url.length}`), name: 'X', kind: 'MINE', status: 'PLANNED', source: url },
        });
        expect(problemOf(f)).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.source'] });
        const c = await s.gql(`mutation($i: CompanyInput!) { updateCompany(input: $i) { id } }`, {
          i: { id: id('c1'), website: url },
        });
        expect(problemOf(c)).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.website'] });
        const a = await s.gql(`mutation($i: AgreementInput!) { createAgreement(input: $i) { id } }`, {
          i: { id: id(`g-${url.length}`), name: 'G', kind: 'OFFTAKE', status: 'IN_FORCE', source: url },
        });
        expect(problemOf(a)).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.source'] });
      },
    );
    it('API: an https URL is accepted', async () => {
      const c = await s.gql<{ updateCompany: { website: string } }>(
        `mutation($i: CompanyInput!) { updateCompany(input: $i) { id website } }`,
        {
          i: { id: id('c1'), website: 'https://www.example.com/about?x=1' },
        },
      );
      expect(c.data?.updateCompany.website).toBe('https://www.example.com/about?x=1');
    });
    it('seed: javascript: in facilities.source and companies.website is refused', async () => {
      expect(
        await seedProblems('facilities.csv', (t) => t.replace('https://example.org/a', 'javascript:alert(1)')),
      ).toEqual(["facilities.csv source: 'javascript:alert(1)' is not an absolute http:// or https:// URL"]);
      expect(
        await seedProblems('companies.csv', (t) => t.replace('https://acme.example', 'javascript:alert(1)')),
      ).toEqual(["companies.csv website: 'javascript:alert(1)' is not an absolute http:// or https:// URL"]);
    });
  });

  describe('real calendar dates', () => {
    it('API: SUPPLIES since 2023-13-45 is refused; a year, a month and a day are accepted', async () => {
      // `since` is a PartialDate: the input type refuses it before the writer, naming where it is
      // (the writer's own check, for other callers: tests/unit/editing/relationship-writer.test.ts).
      const bad = await s.gql(REL, { i: { type: 'SUPPLIES', from: id('a'), to: id('b'), since: '2023-13-45' } });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.message).toMatch(/"i\.since"/);
      const feb = await s.gql(`mutation($i: AgreementInput!) { createAgreement(input: $i) { id } }`, {
        i: { id: id('g-feb'), name: 'G', kind: 'OFFTAKE', status: 'IN_FORCE', signed: '2023-02-29' },
      });
      expect(problemOf(feb)).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.signed'] });
      for (const since of ['2023', '2023-06', '2024-02-29']) {
        const ok = await s.gql(
          `mutation($i: RelationshipInput!) { createRelationship(input: $i) { type } deleteRelationship(input: $i) { type } }`,
          { i: { type: 'SUPPLIES', from: id('a'), to: id('b'), since } },
        );
        expect(ok.errors).toBeUndefined();
      }
    });
    it('seed: supply since 2023-13-45 is refused', async () => {
      expect(await seedProblems('supply.csv', (t) => t.replace(',2021,', ',2023-13-45,'))).toEqual([
        "supply.csv since: '2023-13-45' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD, years 1800-2100)",
      ]);
    });
  });

  describe('ownership of a facility totals at most 1', () => {
    it('API: a share taking the total to 1.3 is refused; 1.0005 is within the tolerance', async () => {
      const own = (company: string, share: number) =>
        s.gql(REL, { i: { type: 'OWNS', from: id(company), to: id('b'), share } });
      expect((await own('c1', 0.7)).errors).toBeUndefined();
      expect(problemOf(await own('c2', 0.6))).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.share'] });
      expect((await own('c2', 0.3)).errors).toBeUndefined();
      expect((await own('c3', 0.0005)).errors).toBeUndefined();
      const raise = await s.gql(`mutation($i: RelationshipInput!) { updateRelationship(input: $i) { type } }`, {
        i: { type: 'OWNS', from: id('c1'), to: id('b'), share: 0.9 },
      });
      expect(problemOf(raise)).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.share'] });
    });
    it('seed: ownership rows of one facility totalling 1.3 are refused', async () => {
      expect(await seedProblems('ownership.csv', (t) => t.replace(',.5', ',.8'))).toEqual([
        "ownership.csv share: the ownership shares of '{p}mine-1' add up to 1.3, more than 1 (tolerance 0.001)",
      ]);
    });
  });
});
