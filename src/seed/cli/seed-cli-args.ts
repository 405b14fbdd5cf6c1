import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run seed -- [<dir>] [options]

Validates every CSV file of a seed directory (default: SEED_DIR, i.e. seed/), then loads it into
Neo4j in batches. Nothing is written when any problem is found; problems are listed as
file:line: column: message. Rerunning is safe: the graph ends up matching the files.

Options:
  --dry-run           validate only; write nothing
  --strict            data-quality findings (coordinates outside the region, dates out of
                      order, a link to a facility not operating at its since) are errors
  --report            print coverage: facilities by country, kind and status; links by
                      confidence; critical minerals without a producer
  --batch-size <n>    rows per write transaction (default 5000)
  --concurrency <n>   write transactions in flight at once (default 2)
  --wipe              delete every entity from the graph before loading (asks first)
  --yes, -y           do not ask (needed for --wipe when stdin is not a terminal)
  --max-errors <n>    problems to list (default 1000; all are counted; 0 lists all)
  --quiet, -q         no progress output
  --help, -h          show this help

Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. Without NEO4J_URI a local
Neo4j is started (NEO4J_LOCAL_PORT, NEO4J_LOCAL_DATA) for the load and stopped afterwards.
Exit status: 0 loaded (or valid, with --dry-run), 1 problems found or load failed, 2 usage error.`;

export interface SeedArgs {
  dir?: string;
  dryRun: boolean;
  strict: boolean;
  report: boolean;
  batchSize: number;
  concurrency: number;
  wipe: boolean;
  yes: boolean;
  maxErrors: number;
  quiet: boolean;
  help: boolean;
}

/** Parses the seed CLI's arguments; a string is a usage error. */
export function parseSeedArgs(argv: readonly string[]): SeedArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        'dry-run': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        report: { type: 'boolean', default: false },
        'batch-size': { type: 'string', default: '5000' },
        concurrency: { type: 'string', default: '2' },
        wipe: { type: 'boolean', default: false },
        yes: { type: 'boolean', short: 'y', default: false },
        'max-errors': { type: 'string', default: '1000' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) return `expected one directory, got ${positionals.length}: ${positionals.join(' ')}`;
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000)
    return '--batch-size must be an integer from 1 to 100000';
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)
    return '--concurrency must be an integer from 1 to 16';
  const maxErrors = Number(values['max-errors']);
  if (!Number.isInteger(maxErrors) || maxErrors < 0) return '--max-errors must be a non-negative integer';
  return {
    dir: positionals[0],
    dryRun: values['dry-run'],
    strict: values.strict,
    report: values.report,
    batchSize,
    concurrency,
    wipe: values.wipe,
    yes: values.yes,
    maxErrors,
    quiet: values.quiet,
    help: values.help,
  };
}
