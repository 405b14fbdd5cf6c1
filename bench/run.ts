import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm run bench -- <name> [flags]` runs bench/<name>.bench.ts (compiled) with its own defaults
 * (the full sizes). `npm run bench` with no name runs a quick version of every benchmark, one after
 * the other, each in its own process on its own small dataset (QUICK below), to check they all run
 * and to give rough figures; the README's figures come from the full runs.
 */
const QUICK: Record<string, string[]> = {
  analytics: ['--sizes', '2000', '--runs', '20'],
  api: ['--runs', '30'],
  impact: ['--facilities', '2000', '--countries', 'MX,US', '--runs', '2'],
  explorer: ['--facilities', '2000', '--runs', '1', '--zooms', '4', '--reference-runs', '1'],
  peer: ['--facilities', '2000', '--rounds', '1', '--requests', '40', '--deep-page', '20'],
  seed: ['--facilities', '2000', '--rounds', '1', '--warmup', 'none', '--no-rerun'],
};

const available = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.js'))
  .map((f) => f.replace(/\.bench\.js$/, ''));
const name = process.argv[2];
const script = (bench: string) => path.join(__dirname, `${bench}.bench.js`);

if (name === undefined) {
  let failed = 0;
  for (const bench of available) {
    const args = QUICK[bench] ?? [];
    console.log(`\n=== ${bench} (quick: ${args.join(' ') || 'defaults'}) ===`);
    const run = spawnSync(process.execPath, [script(bench), ...args], { stdio: 'inherit' });
    if (run.status !== 0) {
      failed++;
      console.error(`=== ${bench} failed (exit ${run.status ?? run.signal}) ===`);
    }
  }
  console.log(`\nquick benchmarks: ${available.length - failed} ran, ${failed} failed`);
  process.exit(failed ? 1 : 0);
} else if (!available.includes(name)) {
  console.error(`usage: npm run bench [-- <${available.join('|')}> [flags]]  (no name: a quick run of each)`);
  process.exit(1);
} else {
  process.argv.splice(2, 1);
  import(script(name)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
