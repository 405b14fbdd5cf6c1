import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { EXPLORER_CSP, explorerRouter } from '../../../src/server/explorer';

/** The explorer's route over real HTTP, with a bundle folder of the test's own. */
describe('explorer route', () => {
  let server: http.Server;
  let base: string;
  let bundleDir: string;

  beforeAll(async () => {
    bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-explorer-'));
    const app = express();
    app.use(explorerRouter({ bundleDir }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    fs.rmSync(bundleDir, { recursive: true, force: true });
  });

  it('says how to build the explorer when the bundle is missing', async () => {
    const res = await fetch(`${base}/explore`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
  });

  it('serves the page with a same-origin-only CSP once built, and no inline script', async () => {
    fs.writeFileSync(path.join(bundleDir, 'explorer.js'), '/* bundle */');
    const res = await fetch(`${base}/explore`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    const html = await res.text();
    expect(html).toContain('<script src="/explore/assets/explorer.js"></script>');
    // The only other <script> is the JSON configuration block, which browsers do not execute.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toEqual([
      '<script id="explorer-config" type="application/json">',
    ]);
  });

  it('serves the outlines from the installed npm packages and nothing outside its list', async () => {
    const states = await fetch(`${base}/explore/assets/states-10m.json`);
    expect(states.status).toBe(200);
    expect(Object.keys(((await states.json()) as { objects: object }).objects)).toEqual(['states', 'nation']);
    expect((await fetch(`${base}/explore/assets/package.json`)).status).toBe(404);
    expect((await fetch(`${base}/explore/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });
});
