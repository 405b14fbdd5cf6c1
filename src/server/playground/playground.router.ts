import path from 'node:path';
import { type Request, type Response, Router } from 'express';
import { PLAYGROUND_EXAMPLES, type PlaygroundExample } from './examples';
import { PLAYGROUND_CSP, playgroundPage } from './page';

export interface PlaygroundOptions {
  /** The GraphQL endpoint; a browser GET to it (Accept: text/html, no `query`) gets the playground. */
  endpoint?: string;
  /** The playground's own address. */
  path?: string;
  examples?: readonly PlaygroundExample[];
}

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** The files the page loads, all from installed packages or this repository: nothing from a CDN. */
export function playgroundAssets(): Map<string, string> {
  // Beside this module: src/ under ts-jest, dist/src/ once built (`npm run build` copies assets/ there).
  const own = path.join(__dirname, 'assets');
  return new Map(
    Object.entries({
      'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
      'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
      'react.production.min.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
      'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
      'playground.js': path.join(own, 'playground.js'),
      'playground.css': path.join(own, 'playground.css'),
    }),
  );
}

/** A browser navigating to the endpoint, as opposed to a GraphQL client using GET. */
export function wantsPlayground(req: Request): boolean {
  return req.method === 'GET' && req.query.query === undefined && /\btext\/html\b/.test(req.headers.accept ?? '');
}

/**
 * GraphiQL (schema docs, autocompletion, history, headers editor, saved examples) served from the
 * bundled packages at `path` and, for browsers, at the GraphQL endpoint itself.
 */
export function playgroundRouter(options: PlaygroundOptions = {}): Router {
  const endpoint = options.endpoint ?? '/graphql';
  const base = options.path ?? '/playground';
  const assetsPath = `${base}/assets`;
  const html = playgroundPage({ endpoint, assetsPath, examples: options.examples ?? PLAYGROUND_EXAMPLES });
  const assets = playgroundAssets();

  const sendPage = (_req: Request, res: Response) => {
    res.setHeader('content-security-policy', PLAYGROUND_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(html);
  };

  const router = Router();
  router.get(base, sendPage);
  router.get(endpoint, (req, res, next) => (wantsPlayground(req) ? sendPage(req, res) : next()));
  router.get(`${assetsPath}/:file`, (req, res, next) => {
    const file = assets.get(req.params.file);
    if (!file) return next();
    res.setHeader('x-content-type-options', 'nosniff');
    res.sendFile(file, { maxAge: '1h' }, (error) => (error ? next(error) : undefined));
  });
  return router;
}
