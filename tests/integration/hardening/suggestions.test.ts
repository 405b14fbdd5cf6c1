import { startTestServer, type TestServer } from '../../support/server';
import { postJson } from '../../support/http';

/**
 * Defect 8: production leaked "Did you mean …?" through variable-coercion errors. With
 * production settings no error message carries a suggestion, whatever produced it; development
 * keeps them.
 */
describe('schema suggestions are masked in production', () => {
  let production: TestServer;
  let development: TestServer;

  beforeAll(async () => {
    production = await startTestServer({ app: { hideSchemaDetails: true } });
    development = await startTestServer({ app: { hideSchemaDetails: false } });
  });
  afterAll(() => Promise.all([production.close(), development.close()]));

  const cases: Array<[string, { query: string; variables?: Record<string, unknown> }]> = [
    [
      'variable coercion (enum value)',
      {
        query: 'query($w: FacilityWhere) { facilities(where: $w) { totalCount } }',
        variables: { w: { kind: 'MIN' } },
      },
    ],
    [
      'variable coercion (input field)',
      {
        query: 'query($w: FacilityWhere) { facilities(where: $w) { totalCount } }',
        variables: { w: { nameContain: 'x' } },
      },
    ],
    ['field name', { query: '{ facilitys { totalCount } }' }],
    ['enum literal', { query: '{ facilities(where: { kind: MIN }) { totalCount } }' }],
    ['argument name', { query: '{ facilities(wher: {}) { totalCount } }' }],
    ['type name', { query: 'query($w: FacilityWher) { facilities(where: $w) { totalCount } }' }],
  ];

  it.each(cases)('%s: no suggestion in production, one in development', async (_name, body) => {
    const prod = await postJson(production.url, body);
    const messages = (prod.body.errors as Array<{ message: string }>).map((e) => e.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).not.toMatch(/did you mean/i);
    const dev = await postJson(development.url, body);
    expect((dev.body.errors as Array<{ message: string }>).some((e) => /Did you mean/.test(e.message))).toBe(true);
  });
});
