import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/neo4j/local';

/**
 * The headless Chromium the browser tests drive: the one at CHROMIUM_PATH when set, otherwise the
 * chrome-headless-shell shipped (brotli-packed) inside the `@sparticuz/chromium` npm package, so
 * `npm ci` installs it and no system package or browser download is needed. It is unpacked once per
 * package version into node_modules/.cache (the package's own `executablePath()` unpacks into a
 * shared /tmp/chromium whatever version put it there first). The binary links only against glibc,
 * NSS and expat, which a machine with a JDK already has (openjdk depends on libnss3).
 */
export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  // The package exports no package.json: its root is two levels above its CommonJS entry (build/cjs/).
  const pkgDir = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const target = path.join(REPO_ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`, 'chromium');
  if (fs.existsSync(target)) return target;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Unpack beside the target and rename: parallel runs never see a half-written binary.
  const partial = `${target}.${process.pid}.partial`;
  await pipeline(
    fs.createReadStream(path.join(pkgDir, 'bin', 'chromium.br')),
    zlib.createBrotliDecompress(),
    fs.createWriteStream(partial, { mode: 0o755 }),
  );
  fs.renameSync(partial, target);
  return target;
}

/** Chromium flags of every browser test: headless, no sandbox, no traffic of its own. */
export const CHROMIUM_FLAGS = [
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

/**
 * A headless Chromium (`chromiumExecutable()`) in a throw-away profile, downloads accepted: what the
 * explorer's test and benchmark drive. Swapping the browser changes this file only.
 */
export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<LaunchedBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: await chromiumExecutable(),
    headless: true,
    args: CHROMIUM_FLAGS,
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
