import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { createDriver, GraphDatabase } from '../neo4j/driver';
import { createApiKey, listApiKeyInfos, revokeApiKeyById } from './api-keys';
import { parseRole, Role } from './roles';

const USAGE = `Usage:
  npm run keys -- create --role <reader|editor|admin> --name <label>   prints the new key once
  npm run keys -- list                                                 every key (never secrets)
  npm run keys -- revoke <keyId>                                       refuses the key within AUTH_KEY_CACHE_MS
Connects to NEO4J_URI, or to the local Neo4j of a running \`npm start\` (bolt://localhost:NEO4J_LOCAL_PORT).`;

export class UsageError extends Error {}

/** Runs one CLI command; returns the text for stdout. */
export async function runKeysCommand(argv: string[], db: GraphDatabase): Promise<string> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseCommandArgs(rest);
  switch (command) {
    case 'create': {
      const role = parseRole(values.role);
      if (!role) throw new UsageError(`--role must be one of ${Object.values(Role).join(', ')}`);
      const name = values.name?.trim();
      if (!name) throw new UsageError('--name is required (a label such as "ci" or "alice")');
      const { key, info } = await createApiKey(db, role, name);
      return `${key}\n\nkeyId ${info.keyId}, role ${info.role}, name "${info.name}". The key is shown only now: store it safely.\n`;
    }
    case 'list': {
      const keys = await listApiKeyInfos(db);
      if (keys.length === 0) return 'No API keys.\n';
      return (
        keys
          .map(
            (k) =>
              `${k.keyId}  ${k.role.padEnd(6)}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}  created ${k.createdAt}  ${k.name}`,
          )
          .join('\n') + '\n'
      );
    }
    case 'revoke': {
      const [keyId] = positionals;
      if (!keyId) throw new UsageError('revoke needs a keyId (see `list`)');
      const revoked = await revokeApiKeyById(db, keyId);
      if (!revoked) throw new UsageError(`No API key with id ${keyId}`);
      return `Revoked ${revoked.keyId} (${revoked.name}) at ${revoked.revokedAt}.\n`;
    }
    default:
      throw new UsageError(USAGE);
  }
}

function parseCommandArgs(args: string[]) {
  try {
    return parseArgs({ args, options: { role: { type: 'string' }, name: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const uri = config.NEO4J_URI ?? `bolt://localhost:${config.NEO4J_LOCAL_PORT}`;
  const db = new GraphDatabase(createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD, 2), {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.QUERY_TIMEOUT_MS,
    app: 'naig-keys',
  });
  try {
    process.stdout.write(await runKeysCommand(process.argv.slice(2), db));
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    const known = error instanceof UsageError || error instanceof ConfigError;
    process.stderr.write(`${known ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(known ? 2 : 1);
  });
}
