import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

/**
 * The one place that knows where the test browser comes from: Debian's `chromium` package
 * (`/usr/bin/chromium`, or CHROMIUM_PATH), driven by playwright-core. Tests and benchmarks call
 * `launchBrowser()`; swapping the binary changes this file only.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<LaunchedBrowser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (as .ci/run does), or set CHROMIUM_PATH`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A URL the page may load: this machine (loopback http), or data:/blob: made by the page itself. */
export function isLocalUrl(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'data:' || u.protocol === 'blob:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
}

/**
 * Fails every request that would leave the machine (and records it), and records console errors
 * and uncaught page errors: what a test then asserts is empty.
 */
export async function guardPage(context: BrowserContext, page: Page) {
  const offHost: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (isLocalUrl(url)) return route.continue();
    offHost.push(url);
    return route.abort('blockedbyclient');
  });
  const watch = (p: Page) => {
    p.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
    p.on('pageerror', (e) => consoleErrors.push(e.message));
  };
  watch(page);
  context.on('page', watch);
  return { offHost, requests, consoleErrors };
}
