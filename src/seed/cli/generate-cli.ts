import { parseArgs } from 'node:util';
import { generateDataset } from '../generate';

const USAGE = `Usage: npm run seed:generate -- --facilities <n> --out <dir> [--seed <s>] [--prefix <p>]

Writes a synthetic supply-chain dataset in the seed CSV contract (load it with npm run seed -- <dir>).
  --facilities <n>  number of facilities (about 5 rows of all files per facility)
  --out <dir>       output directory (created; existing seed files are overwritten)
  --seed <s>        PRNG seed, an integer (default 1): the same seed gives identical files
  --prefix <p>      prepended to every id (default none)
  --help            show this help`;

/** Exit codes: 0 done, 2 usage error, 1 failure. */
export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        facilities: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        prefix: { type: 'string', default: '' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const facilities = Number(values.facilities);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(facilities) || facilities < 1 || !Number.isInteger(seed)) {
    process.stderr.write(
      `--facilities (a positive integer) and --out are required; --seed must be an integer\n\n${USAGE}\n`,
    );
    return 2;
  }
  const started = performance.now();
  const summary = await generateDataset({ facilities, outDir: values.out, seed, idPrefix: values.prefix });
  for (const [file, rows] of Object.entries(summary.rows))
    process.stdout.write(`  ${file.padEnd(22)} ${rows.toLocaleString('en-US').padStart(11)} rows\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Wrote ${summary.totalRows.toLocaleString('en-US')} rows to ${summary.outDir} in ${seconds} s (seed ${summary.seed}).\n`,
  );
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`seed:generate failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
