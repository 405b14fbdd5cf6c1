import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Page } from 'playwright-core';
import { getSchema } from '../src/graphql/schema';
import { REPO_ROOT } from '../src/neo4j/local';
import { generateDataset, seedFromDirectory } from '../src/seed';
import { startApp } from '../src/server/app';
import { buildExplorer } from '../src/server/explorer';
import { guardPage, launchBrowser } from '../tests/support/browser';
import { MAP_PAGE } from '../web/explorer/queries';
import { benchDatabase } from './lib/neo4j';
import { summarize } from './lib/stats';

/**
 * Explorer: time to first render of the map in headless Chromium (navigation start to the first
 * frame with facilities, read from the page's own clock), time until every facility of the view is
 * loaded and drawn, the work of one zoom frame, and the page's JS heap; on the bundled data and on N
 * generated facilities. Reference in the same run: the same map pages fetched from Node alone (the
 * API's share of the load time).
 *
 *   npm run bench -- explorer [--facilities 20000] [--runs 5] [--zooms 20] [--reference-runs 2]
 */
const { values: opt } = parseArgs({
  options: {
    facilities: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
    zooms: { type: 'string', default: '20' },
    'reference-runs': { type: 'string', default: '2' },
  },
});
const runs = Number(opt.runs);
const ms = (v: number) => `${v.toFixed(0)} ms`;

interface Sample {
  firstFrameMs: number;
  completeMs: number;
  markers: number;
  clustered: number;
  heapMb: number;
}

/**
 * The few browser globals the page functions read. This project's types are Node's (no DOM lib);
 * the functions run in the page, so they name these through `globalThis`.
 */
interface BrowserGlobals {
  document: { querySelector(selector: string): { dataset: Record<string, string | undefined> } | null };
  performance: { now(): number; memory?: { usedJSHeapSize: number } };
}

async function openOnce(page: Page, url: string): Promise<Sample> {
  await page.goto(url);
  await page.locator('#map[data-first-frame-ms]').waitFor({ timeout: 120_000 });
  await page.locator('#status[data-complete="1"]').waitFor({ timeout: 600_000 });
  // Let the frame that draws the last page run.
  await page.waitForFunction(() => {
    const g = globalThis as unknown as BrowserGlobals;
    const status = g.document.querySelector('#status')!;
    const map = g.document.querySelector('#map')!;
    return Number(status.dataset.loaded) === Number(status.dataset.total) && Number(map.dataset.frames) > 0;
  });
  return page.evaluate(() => {
    const g = globalThis as unknown as BrowserGlobals;
    const map = g.document.querySelector('#map')!;
    return {
      firstFrameMs: Number(map.dataset.firstFrameMs),
      completeMs: g.performance.now(),
      markers: Number(map.dataset.markers),
      clustered: Number(map.dataset.clustered),
      heapMb: (g.performance.memory?.usedJSHeapSize ?? 0) / 2 ** 20,
    };
  });
}

/** Zooms in and out around the centre of the map with the wheel; the work of each frame. */
async function zoomFrames(page: Page, zooms: number): Promise<number[]> {
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.55);
  const samples: number[] = [];
  for (let i = 0; i < zooms; i++) {
    const before = await page.locator('#map').getAttribute('data-frames');
    await page.mouse.wheel(0, i < zooms / 2 ? -240 : 240);
    await page.waitForFunction(
      (b) => (globalThis as unknown as BrowserGlobals).document.querySelector('#map')!.dataset.frames !== b,
      before,
    );
    samples.push(Number(await page.locator('#map').getAttribute('data-render-ms')));
  }
  return samples;
}

async function apiOnly(url: string): Promise<number> {
  const started = performance.now();
  let after: string | null = null;
  for (;;) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: MAP_PAGE, variables: { where: {}, after } }),
    });
    const body = (await res.json()) as {
      data: { facilities: { pageInfo: { hasNextPage: boolean; endCursor: string } } };
    };
    if (!body.data.facilities.pageInfo.hasNextPage) break;
    after = body.data.facilities.pageInfo.endCursor;
  }
  return performance.now() - started;
}

async function main() {
  await buildExplorer();
  const bench = await benchDatabase();
  const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-explorer-bench-'));
  const browser = await launchBrowser();
  const guard = await guardPage(browser.context, browser.page);
  const rows: string[][] = [];
  try {
    const datasets = [
      { name: 'bundled seed/', dir: path.join(REPO_ROOT, 'seed') },
      { name: `${Number(opt.facilities).toLocaleString('en-US')} generated`, dir: generated, generate: true },
    ];
    for (const dataset of datasets) {
      if (dataset.generate) await generateDataset({ facilities: Number(opt.facilities), outDir: generated, seed: 1 });
      process.stderr.write(`explorer bench: loading ${dataset.name}\n`);
      const report = await seedFromDirectory(bench.db, dataset.dir, { wipe: true });
      if (!report.ok) throw new Error(`seed of ${dataset.dir} failed: ${report.issueCount} problems`);
      const app = await startApp(
        { schema: await getSchema(), db: bench.db, development: false, limits: { rateLimitPerMinute: 0 } },
        0,
        '127.0.0.1',
      );
      try {
        const origin = app.url.replace(/\/graphql$/, '');
        const samples: Sample[] = [];
        // Run 0 is cold (empty HTTP cache for the bundle and outlines); the rest reuse the cache.
        for (let i = 0; i <= runs; i++) {
          const page = i === 0 ? browser.page : await browser.context.newPage();
          samples.push(await openOnce(page, `${origin}/explore`));
          if (i === runs) {
            const shot = path.join(
              REPO_ROOT,
              'bench',
              'out',
              `explorer-${dataset.generate ? 'generated' : 'bundled'}.png`,
            );
            fs.mkdirSync(path.dirname(shot), { recursive: true });
            await page.screenshot({ path: shot });
            const frames = summarize(await zoomFrames(page, Number(opt.zooms)));
            rows.push([
              dataset.name,
              'zoom frame (JS work)',
              `p50 ${frames.p50.toFixed(1)} ms`,
              `p95 ${frames.p95.toFixed(1)} ms`,
            ]);
          }
          if (i > 0) await page.close();
        }
        const warm = samples.slice(1);
        const first = summarize(warm.map((s) => s.firstFrameMs));
        const complete = summarize(warm.map((s) => s.completeMs));
        // One at a time, like the page: the same pages with nothing drawn.
        const reference: number[] = [];
        for (let i = 0; i < Number(opt['reference-runs']); i++) reference.push(await apiOnly(app.url));
        const api = summarize(reference);
        const last = samples.at(-1)!;
        rows.push(
          [dataset.name, 'first render, cold cache', ms(samples[0].firstFrameMs), ''],
          [dataset.name, `first render (${warm.length} warm runs)`, `p50 ${ms(first.p50)}`, `p95 ${ms(first.p95)}`],
          [dataset.name, 'all facilities drawn', `p50 ${ms(complete.p50)}`, `p95 ${ms(complete.p95)}`],
          [
            dataset.name,
            'reference: map pages from Node alone',
            `p50 ${ms(api.p50)}`,
            `ratio ${(complete.p50 / api.p50).toFixed(2)}×`,
          ],
          [
            dataset.name,
            'drawn',
            `${last.markers} markers + ${last.clustered} in clusters`,
            `JS heap ${last.heapMb.toFixed(0)} MB`,
          ],
        );
      } finally {
        await app.stop();
        await new Promise((r) => app.httpServer.close(r));
      }
    }
  } finally {
    await browser.close();
    await bench.close();
    fs.rmSync(generated, { recursive: true, force: true });
  }
  if (guard.offHost.length || guard.consoleErrors.length)
    throw new Error(`off-host requests ${guard.offHost.join(', ')}; console errors ${guard.consoleErrors.join(' | ')}`);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `explorer benchmark (headless Chromium, ${os.cpus().length} cores, load average ${load}; ${new Date().toISOString()})`,
  );
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
