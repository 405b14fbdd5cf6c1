import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../neo4j/local';

/** The explorer's front-end sources (typed ES modules) and where the build puts its bundle. */
export const EXPLORER_SOURCE = path.join(REPO_ROOT, 'web', 'explorer');
export const EXPLORER_BUNDLE_DIR = path.join(REPO_ROOT, 'dist', 'explorer');

/**
 * Bundles web/explorer/main.ts and its npm imports (d3-geo, d3-zoom, d3-selection, topojson-client)
 * into one minified script, and copies the stylesheet. esbuild only strips types: the front-end is
 * type-checked by `tsc -p web/explorer/tsconfig.json` in `npm run build` before this runs.
 */
export async function buildExplorer(outDir = EXPLORER_BUNDLE_DIR): Promise<string[]> {
  // esbuild is a build-time tool (a devDependency): loaded here only, never by the running server.
  const esbuild = await import('esbuild');
  fs.mkdirSync(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(EXPLORER_SOURCE, 'main.ts')],
    outfile: path.join(outDir, 'explorer.js'),
    bundle: true,
    format: 'iife',
    target: ['es2020'],
    minify: true,
    sourcemap: 'linked',
    logLevel: 'silent',
  });
  fs.copyFileSync(path.join(EXPLORER_SOURCE, 'explorer.css'), path.join(outDir, 'explorer.css'));
  return fs.readdirSync(outDir).map((f) => path.join(outDir, f));
}
