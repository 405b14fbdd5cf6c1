import fs from 'node:fs';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/neo4j/local';
import { buildExplorer, EXPLORER_CSP } from '../../src/server/explorer';
import { guardPage, launchBrowser, type LaunchedBrowser } from '../support/browser';
import { type BundledService, startBundledService } from '../support/service';

/**
 * The explorer in a real headless Chromium on the bundled dataset (a Neo4j of its own, loaded by the
 * service at start-up as `npm start` does). Every expectation is read from the rendered page and
 * compared with the public API's answer to the same question. Screenshots: test-output/explorer-*.png.
 */
jest.setTimeout(600_000);

const OUT = path.join(REPO_ROOT, 'test-output');
const ROBSTOWN = 'fac:tesla-robstown-lithium-refinery';
const GIGA_TEXAS = 'fac:tesla-giga-texas';

/** The parts of the API's answers these tests compare with the page. */
type Id = { id: string };
type PageInfo = { hasNextPage: boolean; endCursor: string | null };
type FacilityPage = {
  totalCount: number;
  pageInfo: PageInfo;
  nodes: Array<Id & { location: { latitude: number } | null }>;
};
type CustomerPage = {
  pageInfo: PageInfo;
  nodes: Array<
    Id & {
      location: { latitude: number } | null;
      customers: { totalCount: number; edges: Array<{ confidence: string | null; node: Id }> };
    }
  >;
};

/**
 * The few browser globals the page functions read. The tests are compiled without the DOM library;
 * those functions run in the page, so they name these through `globalThis`.
 */
interface BrowserGlobals {
  document: { querySelector(selector: string): { dataset: Record<string, string | undefined> } | null };
  location: { href: string };
}

describe('explorer in headless Chromium on the bundled data', () => {
  let service: BundledService;
  let origin: string;
  let browser: LaunchedBrowser;
  let page: Page;
  let guard: Awaited<ReturnType<typeof guardPage>>;

  beforeAll(async () => {
    await buildExplorer();
    service = await startBundledService('explorer-e2e');
    origin = service.url.replace(/\/graphql$/, '');
    browser = await launchBrowser();
    page = browser.page;
    guard = await guardPage(browser.context, page);
    fs.mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  async function ask<D>(query: string, variables?: Record<string, unknown>): Promise<D> {
    const body = await service.post<D>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  /** Every facility of a filter, through the API's pages: ids, and the ids of those with a location. */
  async function facilitiesOf(where: Record<string, unknown>) {
    const ids: string[] = [];
    const located: string[] = [];
    let totalCount = 0;
    let after: string | null = null;
    for (;;) {
      const { facilities }: { facilities: FacilityPage } = await ask(
        `query($where: FacilityWhere, $after: String) { facilities(where: $where, first: 500, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id location { latitude } } } }`,
        { where, after },
      );
      totalCount = facilities.totalCount;
      for (const n of facilities.nodes) {
        ids.push(n.id);
        if (n.location) located.push(n.id);
      }
      if (!facilities.pageInfo.hasNextPage) break;
      after = facilities.pageInfo.endCursor;
    }
    expect(ids.length).toBe(totalCount);
    return { totalCount, ids, located: located.sort() };
  }

  /** The map has every facility of the current filter (all pages loaded and drawn). */
  async function mapComplete(p: Page): Promise<void> {
    await p.locator('#status[data-complete="1"]').waitFor();
    // Runs in the page.
    await p.waitForFunction(() => {
      const doc = (globalThis as unknown as BrowserGlobals).document;
      const map = doc.querySelector('#map');
      const status = doc.querySelector('#status');
      const drawn = Number(map?.dataset.markers ?? -1) + Number(map?.dataset.clustered ?? 0);
      return !!status && drawn === Number(status.dataset.loaded) - Number(status.dataset.unlocated);
    });
  }

  const panelReady = (p: Page, tab: string) => p.locator(`#panel[data-tab="${tab}"][data-ready="1"]`).waitFor();
  const markerIds = (p: Page, selector: string) =>
    p
      .locator(selector)
      .evaluateAll((els: { getAttribute(name: string): string | null }[]) =>
        els.map((e) => e.getAttribute('data-id')!).sort(),
      );
  const urlParam = (p: Page, name: string, value: string) =>
    p.waitForFunction(
      ([n, v]) => new URL((globalThis as unknown as BrowserGlobals).location.href).searchParams.get(n) === v,
      [name, value] as const,
    );
  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(OUT, `explorer-${name}.png`) });

  it('is served with a same-origin-only CSP, its assets from the service', async () => {
    const res = await fetch(`${origin}/explore`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).toMatch(/^default-src 'self';/);
    const html = await res.text();
    for (const asset of ['/explore/assets/explorer.js', '/explore/assets/explorer.css'])
      expect([asset, html.includes(asset)]).toEqual([asset, true]);
    const outlines = await fetch(`${origin}/explore/assets/countries-50m.json`);
    expect(outlines.status).toBe(200);
    expect(((await outlines.json()) as { type: string }).type).toBe('Topology');
  });

  it('draws one marker per facility of a filter: as many as the API counts', async () => {
    await page.goto(`${origin}/explore`);
    await mapComplete(page);
    // Every bundled facility that has a location is drawn (below 2,500 there is no clustering).
    const all = await facilitiesOf({});
    expect(await page.locator('#status').getAttribute('data-total')).toBe(String(all.totalCount));
    expect(await page.locator('#status').getAttribute('data-unlocated')).toBe(
      String(all.totalCount - all.located.length),
    );
    expect(await page.locator('#map circle.marker').count()).toBe(all.located.length);

    await page.locator('select[data-filter="country"]').selectOption('US');
    await page.locator('select[data-filter="kind"]').selectOption('REFINERY');
    await urlParam(page, 'kind', 'REFINERY');
    await mapComplete(page);
    const refineries = await facilitiesOf({ country: 'US', kind: 'REFINERY' });
    expect(refineries.totalCount).toBeGreaterThan(3);
    expect(await page.locator('#status').getAttribute('data-total')).toBe(String(refineries.totalCount));
    // The header counts those without a location; each of the others is one marker.
    expect(await page.locator('#status').getAttribute('data-unlocated')).toBe(
      String(refineries.totalCount - refineries.located.length),
    );
    expect(await page.locator('#map circle.marker').count()).toBe(refineries.located.length);
    expect(await markerIds(page, '#map circle.marker')).toEqual(refineries.located);
    expect(await page.locator('#map g.cluster').count()).toBe(0);
    await shot(page, 'map-filter');
  });

  it('shows the card of a facility clicked on the map, with its evidence', async () => {
    await page.locator(`#map circle.marker[data-id="${ROBSTOWN}"]`).click();
    const card = page.locator(`#card article.card[data-id="${ROBSTOWN}"]`);
    await card.waitFor();
    expect(await card.locator('h2').innerText()).toBe('Tesla lithium refinery (Robstown)');
    expect(await card.innerText()).toMatch(/Operated by\s+Tesla/);
    const { facility } = await ask<{
      facility: {
        suppliers: { edges: Array<{ confidence: string; node: { name: string } }> };
        customers: { edges: Array<{ node: { name: string } }> };
      };
    }>(
      `query($id: ID!) { facility(id: $id) { suppliers { edges { confidence node { name } } } customers { edges { node { name } } } } }`,
      { id: ROBSTOWN },
    );
    const suppliers = card.locator('section.card-section', { hasText: 'Suppliers' });
    for (const e of facility.suppliers.edges) {
      const item = suppliers.locator('li', { hasText: e.node.name });
      expect(await item.locator('.confidence').innerText()).toBe(e.confidence);
    }
    const customers = await card.locator('section.card-section', { hasText: 'Customers' }).innerText();
    for (const e of facility.customers.edges) expect(customers).toContain(e.node.name);
    await expect(page.locator(`#map circle.marker.selected[data-id="${ROBSTOWN}"]`).count()).resolves.toBe(1);
    await shot(page, 'card');
  });

  it('draws the upstream supply graph of Gigafactory Texas with the API’s facilities and links', async () => {
    await page.locator('button', { hasText: 'Reset filters' }).click();
    await page.locator('input[data-filter="q"]').fill('Gigafactory Texas - vehicle');
    await urlParam(page, 'q', 'Gigafactory Texas - vehicle');
    await mapComplete(page);
    await page.locator(`#panel table tr[data-id="${GIGA_TEXAS}"]`).click();
    await page.locator(`#card article.card[data-id="${GIGA_TEXAS}"]`).waitFor();
    await page.locator('#card button[data-action="upstream"]').click();
    await panelReady(page, 'graph');

    const { supplyChain } = await ask<{
      supplyChain: { facilities: Array<{ facility: Id }>; links: Array<{ from: string; to: string }> };
    }>(
      `query($id: ID!) { supplyChain(facility: $id, direction: UPSTREAM, maxDepth: 10) { facilities { facility { id } } links { from to } } }`,
      { id: GIGA_TEXAS },
    );
    const expected = supplyChain.facilities.map((f) => f.facility.id).sort();
    expect(expected).toEqual(expect.arrayContaining([GIGA_TEXAS, ROBSTOWN, 'fac:nal-concentrator', 'fac:nal-mine']));
    expect(await markerIds(page, '#graph g.node')).toEqual(expected);
    expect(await page.locator('#graph g.link').count()).toBe(supplyChain.links.length);
    // The refinery's links are inferred (seed/supply.csv): drawn dashed.
    expect(
      await page.locator(`#graph g.link.inferred[data-from="fac:nal-concentrator"][data-to="${ROBSTOWN}"]`).count(),
    ).toBe(1);
    // Sources left, the plant right.
    const x = async (id: string) => (await page.locator(`#graph g.node[data-id="${id}"]`).boundingBox())!.x;
    expect(await x('fac:nal-mine')).toBeLessThan(await x(ROBSTOWN));
    expect(await x(ROBSTOWN)).toBeLessThan(await x(GIGA_TEXAS));
    await shot(page, 'graph');
  });

  let scenarioUrl: string;
  let cutOffOnMap: string[];

  it('removing the Robstown refinery colours the plants it cuts off', async () => {
    await page.locator('button', { hasText: 'Reset filters' }).click();
    await mapComplete(page);
    await page.locator('#scenario-search').fill('Robstown');
    await page.locator('#scenario-results button', { hasText: 'Tesla lithium refinery (Robstown)' }).click();
    await panelReady(page, 'scenario');
    await page.locator(`#map circle.marker[data-impact="removed"][data-id="${ROBSTOWN}"]`).waitFor();

    const { impact } = await ask<{
      impact: {
        cutOffCount: number;
        degradedCount: number;
        cutOff: Array<{ facility: Id }>;
        degraded: Array<{ facility: Id }>;
      };
    }>(
      `query($r: [ID!]!) { impact(remove: $r, limit: 5000) { cutOffCount degradedCount cutOff { facility { id } } degraded { facility { id } } } }`,
      { r: [ROBSTOWN] },
    );
    const expectedCutOff = impact.cutOff.map((f) => f.facility.id).sort();
    expect(expectedCutOff).toEqual(expect.arrayContaining(['fac:tesla-giga-texas-cathode']));
    cutOffOnMap = await markerIds(page, '#map circle.marker[data-impact="cut-off"]');
    expect(cutOffOnMap).toEqual(expectedCutOff);
    expect(await markerIds(page, '#map circle.marker[data-impact="degraded"]')).toEqual(
      impact.degraded.map((f) => f.facility.id).sort(),
    );
    expect(await page.locator('#scenario-summary').getAttribute('data-cut-off')).toBe(String(impact.cutOffCount));
    expect(await page.locator('#panel [data-table="scenario"] tbody tr').count()).toBe(
      impact.cutOffCount + impact.degradedCount,
    );
    scenarioUrl = page.url();
    expect(new URL(scenarioUrl).searchParams.get('remove')).toBe(ROBSTOWN);
    await shot(page, 'scenario');
  });

  it('reopens the same scenario from its URL', async () => {
    const second = await browser.context.newPage();
    try {
      await second.goto(scenarioUrl);
      await mapComplete(second);
      await panelReady(second, 'scenario');
      await second.locator('#map circle.marker[data-impact="cut-off"]').first().waitFor();
      expect(await markerIds(second, '#map circle.marker[data-impact="cut-off"]')).toEqual(cutOffOnMap);
      expect(await markerIds(second, '#removed li')).toEqual([ROBSTOWN]);
      expect(await second.locator('#panel [data-table="scenario"] tbody tr').count()).toBe(
        await page.locator('#panel [data-table="scenario"] tbody tr').count(),
      );
      expect(second.url()).toBe(scenarioUrl);
      await shot(second, 'scenario-reopened');
    } finally {
      await second.close();
    }
  });

  it('charts the dependencies of a plant by country and step, and its coverage under USMCA', async () => {
    await page.goto(
      `${origin}/explore?facility=${encodeURIComponent(GIGA_TEXAS)}&tab=dependencies&agreement=agr:usmca`,
    );
    await mapComplete(page);
    await panelReady(page, 'dependencies');
    const { dependencies, agreementCoverage } = await ask<{
      dependencies: { minerals: Array<{ mineral: Id; sourcesByCountry: unknown[] }> };
      agreementCoverage: { minerals: Array<{ coveredShare: number }> };
    }>(
      `query($id: ID!) {
        dependencies(facility: $id) { minerals { mineral { id } sourcesByCountry { share } } }
        agreementCoverage(facility: $id, agreement: "agr:usmca") { minerals { mineral { name } coveredShare } }
      }`,
      { id: GIGA_TEXAS },
    );
    expect(dependencies.minerals.length).toBeGreaterThan(0);
    for (const m of dependencies.minerals)
      expect(await page.locator(`[data-chart="sources-${m.mineral.id}"] rect.bar`).count()).toBe(
        m.sourcesByCountry.length,
      );
    const covered = await page.locator('[data-chart="coverage"] text.bar-value').allTextContents();
    expect(covered).toEqual(agreementCoverage.minerals.map((m) => `${Math.round(m.coveredShare * 100)}%`));
    await shot(page, 'dependencies');
  });

  it('draws the supply links as arcs when asked, inferred ones apart', async () => {
    // Over the Robstown scenario: the picture of docs/explorer.png.
    await page.goto(
      `${origin}/explore?facility=${encodeURIComponent(ROBSTOWN)}&remove=${encodeURIComponent(ROBSTOWN)}&tab=scenario`,
    );
    await mapComplete(page);
    await panelReady(page, 'scenario');
    await page.locator(`#card article.card[data-id="${ROBSTOWN}"]`).waitFor();
    await page.locator('#arcs').check();
    await page.locator('#map-host[data-links-complete="1"]').waitFor();
    await urlParam(page, 'arcs', '1');
    const located = new Set<string>();
    const links: { from: string; to: string; confidence: string | null }[] = [];
    let after: string | null = null;
    for (;;) {
      const { facilities }: { facilities: CustomerPage } = await ask(
        `query($after: String) { facilities(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
          nodes { id location { latitude } customers(first: 20) { totalCount edges { confidence node { id } } } } } }`,
        { after },
      );
      for (const f of facilities.nodes) {
        if (f.location) located.add(f.id);
        expect(f.customers.totalCount).toBe(f.customers.edges.length);
        for (const e of f.customers.edges) links.push({ from: f.id, to: e.node.id, confidence: e.confidence });
      }
      if (!facilities.pageInfo.hasNextPage) break;
      after = facilities.pageInfo.endCursor;
    }
    const drawable = links.filter((l) => located.has(l.from) && located.has(l.to));
    expect(drawable.length).toBeGreaterThan(20);
    expect(await page.locator('#map path.arc').count()).toBe(drawable.length);
    expect(await page.locator('#map path.arc.inferred').count()).toBe(
      drawable.filter((l) => l.confidence?.toLowerCase() === 'inferred').length,
    );
    await shot(page, 'arcs');
  });

  it('downloads the table on screen as CSV', async () => {
    await page.locator('button[data-tab="facilities"]').click();
    await panelReady(page, 'facilities');
    const rows = Number(await page.locator('#status').getAttribute('data-loaded'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-csv="facilities"]').click(),
    ]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    const lines = text.trimEnd().split('\r\n');
    // The Robstown scenario is on screen: the table and its CSV carry each facility's fate.
    expect(lines[0]).toBe('id,name,kind,status,country,region,capacity,unit,latitude,longitude,scenario,retained');
    expect(lines.length).toBe(rows + 1);
    expect(lines.find((l) => l.startsWith('fac:tesla-giga-texas-cathode,'))).toMatch(/,cut-off,0$/);
    expect(lines.find((l) => l.startsWith(`${ROBSTOWN},`))).toMatch(/,removed,0$/);
    expect(lines.find((l) => l.startsWith('fac:nal-mine,'))).toMatch(/,unaffected,1$/);
  });

  it('loaded everything from the service itself: no request left the machine, no console errors', () => {
    expect(guard.requests.length).toBeGreaterThan(20);
    expect(guard.offHost).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });
});
