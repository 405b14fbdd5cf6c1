import fs from 'node:fs';
import path from 'node:path';
import { type Request, type Response, Router } from 'express';
import { EXPLORER_BUNDLE_DIR } from './build';
import { EXPLORER_CSP, explorerPage } from './page';

export interface ExplorerOptions {
  /** The GraphQL endpoint (same origin). */
  endpoint?: string;
  /** The explorer's own address. */
  path?: string;
  /** The playground's address, linked from the explorer; null when it is off. */
  playgroundPath?: string | null;
  /** Where `npm run build` put the bundle (tests build into their own folder). */
  bundleDir?: string;
}

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/**
 * The files the page loads: the bundle built from web/explorer (with the npm libraries it imports)
 * and the outlines, straight from the installed `world-atlas` (Natural Earth countries) and
 * `us-atlas` (US Census states) packages. Nothing from a CDN or a tile server.
 */
export function explorerAssets(bundleDir = EXPLORER_BUNDLE_DIR): Map<string, string> {
  return new Map(
    Object.entries({
      'explorer.js': path.join(bundleDir, 'explorer.js'),
      'explorer.js.map': path.join(bundleDir, 'explorer.js.map'),
      'explorer.css': path.join(bundleDir, 'explorer.css'),
      'countries-50m.json': path.join(packageDir('world-atlas'), 'countries-50m.json'),
      'states-10m.json': path.join(packageDir('us-atlas'), 'states-10m.json'),
    }),
  );
}

/** The explorer at `path` (default /explore), its assets under `path`/assets. */
export function explorerRouter(options: ExplorerOptions = {}): Router {
  const base = options.path ?? '/explore';
  const assetsPath = `${base}/assets`;
  const html = explorerPage({
    endpoint: options.endpoint ?? '/graphql',
    assetsPath,
    playgroundPath: options.playgroundPath === null ? undefined : (options.playgroundPath ?? '/playground'),
  });
  const assets = explorerAssets(options.bundleDir);
  const secure = (res: Response) => {
    res.setHeader('content-security-policy', EXPLORER_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
  };

  const router = Router();
  router.get(base, (_req: Request, res: Response) => {
    secure(res);
    res.setHeader('cache-control', 'no-cache');
    // Without the bundle the page cannot work: say how to build it rather than serve a blank page.
    if (!fs.existsSync(assets.get('explorer.js')!)) {
      res.status(503).type('text').send('The explorer is not built: run `npm run build` (npm start does).');
      return;
    }
    res.type('html').send(html);
  });
  router.get(`${assetsPath}/:file`, (req, res, next) => {
    const file = assets.get(req.params.file);
    if (!file) return next();
    secure(res);
    res.sendFile(file, { maxAge: '1h' }, (error) => (error ? next(error) : undefined));
  });
  return router;
}
