import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import codegenConfig from '../../../examples/typed-client/codegen';
import { createClient, GraphQLRequestError } from '../../../examples/typed-client/src/client';
import { FacilitiesInRegion, FacilityById, Search } from '../../../examples/typed-client/src/operations';
import { REPO_ROOT } from '../../../src/neo4j/local';
import { deleteByPrefix, uniquePrefix } from '../../support/db';
import { startTestServer, type TestServer } from '../../support/server';
import { loadQuebecFixture, type QuebecFixture } from './quebec-fixture';

/**
 * The checked-in SDL is enough for a typed frontend client: GraphQL Code Generator makes typed
 * documents from schema/schema.graphql alone, the example type-checks (and misuse does not), and
 * the client answers against the real server.
 */
jest.setTimeout(180_000);

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'typed-client');
const GENERATED = path.join(EXAMPLE, 'src', 'gql');

describe('typed client example', () => {
  it('its generated code is what codegen makes from schema/schema.graphql today', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-codegen-'));
    try {
      const [target, output] = Object.entries(codegenConfig.generates)[0];
      expect(path.resolve(REPO_ROOT, target)).toBe(`${GENERATED}`);
      const config = { ...codegenConfig, generates: { [`${out}/gql/`]: output } };
      fs.writeFileSync(path.join(out, 'codegen.json'), JSON.stringify(config));
      const cli = path.join(path.dirname(require.resolve('@graphql-codegen/cli/package.json')), 'cjs', 'bin.js');
      execFileSync(process.execPath, [cli, '--silent', '--config', path.join(out, 'codegen.json')], {
        cwd: REPO_ROOT,
        stdio: 'pipe',
      });
      const made = fs.readdirSync(path.join(out, 'gql')).sort();
      expect(made).toEqual(fs.readdirSync(GENERATED).sort());
      for (const file of made) {
        const fresh = fs.readFileSync(path.join(out, 'gql', file), 'utf8');
        const checkedIn = fs.readFileSync(path.join(GENERATED, file), 'utf8');
        // On a mismatch: `npm run codegen:example` and commit examples/typed-client/src/gql.
        expect([file, checkedIn === fresh ? 'up to date' : 'stale: run npm run codegen:example']).toEqual([
          file,
          'up to date',
        ]);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  describe('type checking', () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      path.join(EXAMPLE, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    const diagnosticsWith = (extra: Record<string, string> = {}) => {
      const host = ts.createCompilerHost(parsed.options);
      const readFile = host.readFile.bind(host);
      const fileExists = host.fileExists.bind(host);
      host.readFile = (f) => extra[f] ?? readFile(f);
      host.fileExists = (f) => f in extra || fileExists(f);
      const program = ts.createProgram({
        rootNames: [...parsed.fileNames, ...Object.keys(extra)],
        options: { ...parsed.options, noEmit: true },
        host,
      });
      return ts.getPreEmitDiagnostics(program).map((d) => ({
        file: d.file ? path.relative(EXAMPLE, d.file.fileName) : undefined,
        code: d.code,
        message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
      }));
    };

    it('compiles with strict TypeScript (tsc --noEmit -p examples/typed-client)', () => {
      expect(diagnosticsWith()).toEqual([]);
    });

    it('rejects a wrong variable, missing variables and a field the query did not select', () => {
      const misuse = path.join(EXAMPLE, 'src', 'misuse.virtual.ts');
      const diagnostics = diagnosticsWith({
        [misuse]: [
          "import { createClient } from './client';",
          "import { FacilityById } from './operations';",
          "const request = createClient({ url: 'http://127.0.0.1:4000/graphql' });",
          'export async function misuse() {',
          '  const a = await request(FacilityById, { id: 42 });',
          '  await request(FacilityById);',
          '  return a.facility?.operator;',
          '}',
        ].join('\n'),
      });
      expect(diagnostics.map((d) => [d.file, d.code])).toEqual([
        ['src/misuse.virtual.ts', 2322], // id: number is not a string
        ['src/misuse.virtual.ts', 2554], // variables are required
        ['src/misuse.virtual.ts', 2339], // operator was not selected
      ]);
    });
  });

  describe('against the server', () => {
    let server: TestServer;
    let fixture: QuebecFixture;
    const p = uniquePrefix();

    beforeAll(async () => {
      server = await startTestServer();
      fixture = await loadQuebecFixture(server.db, p);
    });
    afterAll(async () => {
      await deleteByPrefix(server.db, p);
      await server.close();
    });

    it('returns typed data', async () => {
      const request = createClient({ url: server.url });
      const { facilities } = await request(FacilitiesInRegion, { region: fixture.region });
      expect(facilities.totalCount).toBe(1);
      const [mine] = facilities.nodes;
      expect(mine).toEqual({
        id: fixture.mine,
        name: 'North American Lithium',
        kind: 'MINE',
        status: 'OPERATING',
        operator: { name: 'Sayona Québec' },
        produces: {
          edges: [
            { capacity: 226000, unit: 't/y spodumene concentrate', node: { id: fixture.mineral, name: 'Lithium' } },
          ],
        },
      });
      const { facility } = await request(FacilityById, { id: fixture.mine });
      expect(facility?.location).toEqual({ latitude: 48.3, longitude: -77.9 });
      expect(facility?.country).toEqual({ id: fixture.country, name: 'Canada (fixture)' });
      expect((await request(FacilityById, { id: `${p}missing` })).facility).toBeNull();
      const { search } = await request(Search, { text: 'North American Lithium', kinds: ['FACILITY'] });
      expect(search.map((h) => h.entity.id)).toContain(fixture.mine);
    });

    it('raises the API error code for the caller to branch on', async () => {
      const request = createClient({ url: server.url });
      const error = await request(FacilitiesInRegion, { region: fixture.region, first: -1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLRequestError);
      expect((error as GraphQLRequestError).code).toBe('BAD_USER_INPUT');
    });
  });
});
