import readline from 'node:readline/promises';
import { ConfigError, loadConfig } from '../../config';
import { createDriver, GraphDatabase } from '../../neo4j/driver';
import { type LocalNeo4j, startLocalNeo4j } from '../../neo4j/local';
import { applyMigrations } from '../../neo4j/migrations';
import { parseSeedArgs, type SeedArgs, USAGE } from './seed-cli-args';
import { countEntities } from '../write/graph.cypher';
import { progressFor, silentProgress } from '../progress';
import { formatReport } from '../report';
import { seedFromDirectory } from '../seed';

/** The process around the CLI, replaceable in tests. */
export interface CliIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

const say = (stream: NodeJS.WriteStream, line: string) => stream.write(`${line}\n`);

/** `npm run seed -- <dir>`: exit status 0 loaded, 1 problems or failure, 2 usage error. */
export async function main(argv: readonly string[], io: CliIo = process): Promise<number> {
  const args = parseSeedArgs(argv);
  if (typeof args === 'string') {
    say(io.stderr, `${args}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    say(io.stdout, USAGE);
    return 0;
  }
  let config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      say(io.stderr, error.message);
      return 2;
    }
    throw error;
  }
  const dir = args.dir ?? config.SEED_DIR;
  const askWipe = args.wipe && !args.yes && !args.dryRun;
  if (askWipe && !io.stdin.isTTY) {
    say(io.stderr, 'Refusing to --wipe without confirmation: stdin is not a terminal. Add --yes to confirm.');
    return 2;
  }

  let local: LocalNeo4j | undefined;
  let db: GraphDatabase | undefined;
  try {
    let uri = config.NEO4J_URI;
    if (!uri) {
      say(
        io.stderr,
        `NEO4J_URI is not set: starting a local Neo4j on port ${config.NEO4J_LOCAL_PORT} (data in ${config.NEO4J_LOCAL_DATA})...`,
      );
      local = await startLocalNeo4j({ port: config.NEO4J_LOCAL_PORT, dataDir: config.NEO4J_LOCAL_DATA });
      uri = local.uri;
    }
    db = new GraphDatabase(createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD, 4), {
      database: config.NEO4J_DATABASE,
      timeoutMs: config.SEED_TX_TIMEOUT_MS,
      app: 'naig-seed',
    });
    await db.verifyConnectivity();
    if (askWipe && !(await confirmWipe(io, db, `${uri} (database ${config.NEO4J_DATABASE})`))) {
      say(io.stderr, 'Aborted: nothing was changed.');
      return 1;
    }
    // The id constraint makes every MERGE an index lookup; without it a load crawls.
    if (!args.dryRun) await applyMigrations(db);
    return await load(io, db, dir, args);
  } finally {
    await db?.close();
    await local?.stop();
  }
}

async function load(io: CliIo, db: GraphDatabase, dir: string, args: SeedArgs): Promise<number> {
  const report = await seedFromDirectory(db, dir, {
    batchSize: args.batchSize,
    concurrency: args.concurrency,
    dryRun: args.dryRun,
    strict: args.strict,
    coverage: args.report,
    wipe: args.wipe,
    maxIssues: args.maxErrors,
    progress: args.quiet ? silentProgress : progressFor(io.stderr),
    lease: { onWait: (holder) => say(io.stderr, `Waiting for another load to finish writing (${holder})...`) },
    timeoutMs: db.options.timeoutMs,
    onRetry: (r) =>
      void say(
        io.stderr,
        `Retrying ${r.rows} ${r.target} rows of ${r.file} in ${r.delayMs} ms (attempt ${r.attempt}, ${r.code})`,
      ),
  });
  const lines = formatReport(report);
  for (const line of lines) say(report.ok ? io.stdout : io.stderr, line);
  return report.ok ? 0 : 1;
}

async function confirmWipe(io: CliIo, db: GraphDatabase, target: string): Promise<boolean> {
  const entities = await countEntities(db);
  const rl = readline.createInterface({ input: io.stdin, output: io.stderr });
  try {
    const answer = await rl.question(
      `--wipe deletes all ${entities.toLocaleString('en-US')} entities in ${target}. Type "yes" to continue: `,
    );
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
