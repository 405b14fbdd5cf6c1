import { parseArgs } from 'node:util';
import { formatMergeReport } from './report';
import { DATASETS, type DatasetName, ImportError, runImport } from './run';

export const IMPORT_USAGE = `Usage: npm run seed:import -- <dataset> <file> [--out <seed dir>] [--dry-run] [--min-mw <n>]

Turns a downloaded public dataset into rows of the seed contract and merges them into a seed
directory (default seed/). Curated rows win: a differing value is reported, never overwritten.

Datasets:
  cim           Clean Investment Monitor facility export (CSV without its title block)
  gppd          Global Power Plant Database country source table (database_USA/CAN/MEX.csv)
  usgs-lithium  USGS Lithium Deposits in the United States (the folder with Site.csv, History.csv, Loc_Pt.csv)
  minmod        MinMod USGS-sourced site table (fills coordinates of rows that cite a record)

Options:
  --out <dir>     seed directory to merge into and write back (default seed/)
  --dry-run       report what would change; write nothing
  --min-mw <n>    gppd: smallest plant capacity kept, MW, in every country
                  (default 500 in the US, 100 in Canada and Mexico)`;

/** `npm run seed:import`: exit status 0 imported, 1 failed, 2 usage error. */
/** Where the CLI writes: process.stdout/stderr, or a test's sink. */
export interface Output {
  write(text: string): unknown;
}

export function main(argv: readonly string[], out: Output = process.stdout, err: Output = process.stderr): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string', default: 'seed' },
        'dry-run': { type: 'boolean', default: false },
        'min-mw': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    err.write(`${(error as Error).message}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const [dataset, input] = positionals;
  if (positionals.length !== 2 || !(DATASETS as readonly string[]).includes(dataset)) {
    err.write(`expected a dataset (${DATASETS.join(', ')}) and a file\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const minMw = values['min-mw'] === undefined ? undefined : Number(values['min-mw']);
  if (minMw !== undefined && !(minMw >= 0)) {
    err.write('--min-mw must be a non-negative number\n');
    return 2;
  }
  try {
    const report = runImport({
      dataset: dataset as DatasetName,
      input,
      out: values.out,
      dryRun: values['dry-run'],
      minMw,
    });
    for (const line of formatMergeReport(report)) out.write(`${line}\n`);
    out.write(values['dry-run'] ? 'Dry run: nothing was written.\n' : `Wrote ${values.out}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      err.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
