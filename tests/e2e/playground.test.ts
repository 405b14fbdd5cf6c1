import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { type GraphDatabase } from '../../src/neo4j/driver';
import { REPO_ROOT } from '../../src/neo4j/local';
import { PLAYGROUND_EXAMPLES } from '../../src/server/playground/examples';
import { type RunningService, startService } from '../../src/server/service';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../support/browser';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../support/db';
import { loadQuebecFixture, type QuebecFixture } from '../integration/examples/quebec-fixture';
import { matching } from '../support/matchers';

/**
 * The playground in a real headless Chromium (the one `npm ci` installs with `@sparticuz/chromium`,
 * or CHROMIUM_PATH; driven by playwright-core): it loads from the service alone, shows the schema docs, autocompletes, runs a
 * query with variables and a header, renders the result, records it in the history, opens a saved
 * example, and no request leaves the machine. Screenshot: test-output/playground.png.
 */
const SCREENSHOT = path.join(REPO_ROOT, 'test-output', 'playground.png');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

jest.setTimeout(180_000);

/** CodeMirror 5 keeps its editor on the wrapper element: read or write an editor's text. */
type CodeMirrorHost = { CodeMirror: { getValue(): string; setValue(value: string): void } };
const editorValue = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el: unknown) => (el as CodeMirrorHost).CodeMirror.getValue());
const setEditorValue = (page: Page, selector: string, value: string) =>
  page.locator(selector).evaluate((el: unknown, v: string) => (el as CodeMirrorHost).CodeMirror.setValue(v), value);

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A JSON log line; the fields these tests read are typed. */
type LogLine = { msg?: string; requestId?: string; [field: string]: unknown };

const QUERY_EDITOR = '.graphiql-query-editor .CodeMirror';
const RESULT = '.result-window .CodeMirror';

describe('playground in headless Chromium', () => {
  const p = uniquePrefix();
  const log: LogLine[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  let db: GraphDatabase;
  let fixture: QuebecFixture;
  let service: RunningService;
  let userDataDir: string;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    db = testDatabase();
    fixture = await loadQuebecFixture(db, p);
    const logger = pino({ level: 'info' }, { write: (s: string) => void log.push(JSON.parse(s) as LogLine) });
    service = await startService(
      loadConfig({
        NODE_ENV: 'test',
        NEO4J_URI: process.env.NEO4J_URI,
        NEO4J_USER: process.env.NEO4J_USER,
        NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
        PORT: '0',
        HOST: '127.0.0.1',
        SEED_ON_EMPTY: 'false',
      }),
      logger,
    );
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-chromium-'));
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: await chromiumExecutable(),
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1400, height: 900 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    await service?.stop();
    if (db) {
      await deleteByPrefix(db, p);
      await db.close();
    }
  });

  it('opens at /graphql with the saved examples as tabs', async () => {
    await page.goto(service.url);
    await page.locator('.graphiql-container').waitFor();
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    const names = PLAYGROUND_EXAMPLES.map((e) => /query\s+(\w+)/.exec(e.query)![1]);
    expect(tabs.map((t) => t.trim())).toEqual(names);
  });

  it('shows the schema documentation', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('facilitiesNear', { exact: true }).first().waitFor();
  });

  it('autocompletes field names from the schema', async () => {
    await page.getByRole('button', { name: 'Add tab' }).click();
    await setEditorValue(page, QUERY_EDITOR, '');
    await page.locator(QUERY_EDITOR).click();
    await page.keyboard.type('{ facil');
    await page.locator('.CodeMirror-hints').waitFor();
    expect(await page.locator('.CodeMirror-hint').allInnerTexts()).toEqual(
      expect.arrayContaining(['facilities', 'facilitiesNear', 'facility']),
    );
    await page.keyboard.press('Escape');
  });

  it('runs a query with variables and a request header, and renders the result', async () => {
    await setEditorValue(
      page,
      QUERY_EDITOR,
      `query PlaygroundE2E($region: ID!) {
  facilities(where: { region: $region }) {
    totalCount
    nodes { id name operator { name } produces { edges { capacity unit node { name } } } }
  }
}`,
    );
    await page.getByRole('button', { name: 'Variables', exact: true }).click();
    await setEditorValue(
      page,
      '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror',
      JSON.stringify({ region: fixture.region }),
    );
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await setEditorValue(
      page,
      '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror',
      JSON.stringify({ 'x-request-id': `${p}playground` }),
    );

    await page.getByRole('button', { name: /^Execute query/ }).click();
    await page.locator('.result-window').getByText('North American Lithium').waitFor();
    expect(JSON.parse(await editorValue(page, RESULT))).toEqual({
      data: {
        facilities: {
          totalCount: 1,
          nodes: [
            {
              id: fixture.mine,
              name: 'North American Lithium',
              operator: { name: 'Sayona Québec' },
              produces: { edges: [{ capacity: 226000, unit: 't/y spodumene concentrate', node: { name: 'Lithium' } }] },
            },
          ],
        },
      },
      extensions: matching.anything(),
    });
    // The header from the headers editor reached the server: the request was logged under its id.
    const line = log.find((l) => l.requestId === `${p}playground`);
    expect(line).toMatchObject({ operation: 'PlaygroundE2E', outcome: 'success', status: 200 });

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  it('keeps the query in the history', async () => {
    await page.getByRole('button', { name: 'Show History' }).click();
    await page.locator('.graphiql-history').getByText('PlaygroundE2E').waitFor();
  });

  it('opens a saved example from the Examples panel in a new tab', async () => {
    await page.getByRole('button', { name: 'Show Examples' }).click();
    await page.getByRole('button', { name: 'A facility and its neighbourhood' }).click();
    const query = await eventually(
      () => editorValue(page, QUERY_EDITOR),
      (q) => q.startsWith('query Facility('),
    );
    expect(query).toMatch(/^query Facility\(\$id: ID!\)/);
    const title = () =>
      page
        .locator('.graphiql-tab-active')
        .innerText()
        .then((t) => t.trim());
    expect(await eventually(title, (t) => t === 'Facility')).toBe('Facility');
  });

  it('loaded everything from the service itself: no request left the machine, no errors', () => {
    expect(requests.length).toBeGreaterThan(6);
    const offHost = requests.filter((u) => {
      const url = new URL(u);
      return !(url.protocol === 'data:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)));
    });
    expect(offHost).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
