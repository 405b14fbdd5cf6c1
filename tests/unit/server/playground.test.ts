import { type GraphQLSchema, Kind, type OperationDefinitionNode, parse, validate } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { getSchema } from '../../../src/graphql/schema';
import { PLAYGROUND_EXAMPLES } from '../../../src/server/playground/examples';
import { PLAYGROUND_CSP, playgroundPage } from '../../../src/server/playground/page';

/** The saved examples are real operations of the current schema; the page loads nothing from elsewhere. */
describe('playground saved examples', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await getSchema();
  });

  it.each(PLAYGROUND_EXAMPLES.map((e) => [e.title, e] as const))(
    '%s: one named operation, valid against the schema, with valid variables',
    (_title, example) => {
      const document = parse(example.query);
      const operations = document.definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations).toHaveLength(1);
      expect(operations[0].name?.value).toMatch(/^[A-Z]\w+$/);
      expect(validate(schema, document)).toEqual([]);
      const coerced = getVariableValues(schema, operations[0].variableDefinitions ?? [], example.variables ?? {});
      expect(coerced.errors).toBeUndefined();
      const declared = (operations[0].variableDefinitions ?? []).map((v) => v.variable.name.value).sort();
      expect(Object.keys(example.variables ?? {}).sort()).toEqual(declared);
    },
  );

  it('covers the analyst questions: listing, search, neighbourhood, paths, supply chain, dependencies, impact, choke points, agreement coverage', () => {
    const fields = new Set(
      PLAYGROUND_EXAMPLES.flatMap((e) => {
        const op = parse(e.query).definitions[0] as OperationDefinitionNode;
        return op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
      }),
    );
    for (const field of [
      'facilities',
      'search',
      'facility',
      'shortestPath',
      'supplyChain',
      'dependencies',
      'impact',
      'chokePoints',
      'agreementCoverage',
      'neighborhood',
    ]) {
      expect(fields).toContain(field);
    }
  });

  it('has distinct titles and operation names, and a first example without variables (GraphiQL shows none for the first tab)', () => {
    const names = PLAYGROUND_EXAMPLES.map((e) => /(?:query|mutation)\s+(\w+)/.exec(e.query)?.[1]);
    expect(new Set(names).size).toBe(PLAYGROUND_EXAMPLES.length);
    expect(new Set(PLAYGROUND_EXAMPLES.map((e) => e.title)).size).toBe(PLAYGROUND_EXAMPLES.length);
    expect(PLAYGROUND_EXAMPLES[0].variables).toBeUndefined();
  });
});

describe('playground page', () => {
  const html = playgroundPage({
    endpoint: '/graphql',
    assetsPath: '/playground/assets',
    examples: [{ title: 'x', description: '</script><script>alert(1)</script>', query: 'query X { __typename }' }],
  });

  it('loads only same-origin assets and has no inline script', () => {
    const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) expect(url).toMatch(/^(\/playground\/assets\/|data:)/);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      if (!attributes.includes('type="application/json"')) expect(body).toBe('');
    }
  });

  it('embeds the configuration so that it cannot close its script element', () => {
    expect(html.match(/<\/script>/g)).toHaveLength(5);
    const json = /<script id="playground-config" type="application\/json">(.*)<\/script>/.exec(html)![1];
    expect((JSON.parse(json) as { examples: Array<{ description: string }> }).examples[0].description).toBe(
      '</script><script>alert(1)</script>',
    );
  });

  it('has a strict content security policy: same origin only', () => {
    expect(PLAYGROUND_CSP).toContain("default-src 'self'");
    expect(PLAYGROUND_CSP).toContain("script-src 'self'");
    expect(PLAYGROUND_CSP).toContain("connect-src 'self'");
    expect(PLAYGROUND_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
