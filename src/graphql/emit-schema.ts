import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema';

export const SCHEMA_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '',
  'schema',
  'schema.graphql',
);

/** The SDL exactly as checked in: sorted, with a header, so diffs stay readable. */
export async function printSdl(): Promise<string> {
  const sdl = printSchema(lexicographicSortSchema(await getSchema()));
  return `# Generated from the type-graphql classes in src/graphql by \`npm run schema:emit\`. Do not edit.\n\n${sdl}\n`;
}

if (require.main === module) {
  printSdl()
    .then((sdl) => {
      fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
      fs.writeFileSync(SCHEMA_FILE, sdl);
      process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
    })
    .catch((err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    });
}
