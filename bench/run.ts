import fs from 'node:fs';
import path from 'node:path';

/** `npm run bench -- <name> [flags]` runs bench/<name>.bench.ts (compiled); no name lists them. */
const available = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.js'))
  .map((f) => f.replace(/\.bench\.js$/, ''));
const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}> [flags]`);
  process.exit(name ? 1 : 0);
}
process.argv.splice(2, 1);
import(path.join(__dirname, `${name}.bench.js`)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
