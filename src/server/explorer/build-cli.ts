import { buildExplorer } from './build';

/** `npm run build` runs this after tsc: the explorer bundle in dist/explorer/. */
buildExplorer().then(
  (files) => process.stdout.write(`explorer: ${files.length} files in dist/explorer\n`),
  (error) => {
    process.stderr.write(`explorer build failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
