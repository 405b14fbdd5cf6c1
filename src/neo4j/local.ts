import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

/**
 * Starts the project's embedded Neo4j (tools/neo4j-local: the real Neo4j Community engine from
 * Maven Central jars) and resolves once Bolt answers. The child exits when our stdin pipe closes,
 * so a crashed parent never leaves a database behind. It runs in its own process group, so a
 * Ctrl-C in the terminal reaches only the parent, which stops it after draining its requests.
 */
export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  /** The first run resolves the jars through Maven: allow for it. */
  startTimeoutMs?: number;
  onLog?: (line: string) => void;
}

export const REPO_ROOT = path.resolve(
  __dirname,
  '..',
  '..',
  __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '',
);

export function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const script = path.join(REPO_ROOT, 'tools', 'neo4j-local', 'run.sh');
  const dataDir = path.resolve(REPO_ROOT, options.dataDir);
  const child = spawn('bash', [script, '--port', String(options.port), '--data', dataDir, '--exit-on-stdin-close'], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const log = options.onLog ?? (() => undefined);
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
    log(line);
  });

  return new Promise<LocalNeo4j>((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`Local Neo4j did not become ready within ${options.startTimeoutMs ?? 900_000} ms`));
    }, options.startTimeoutMs ?? 900_000);
    const onExit = (code: number | null) => {
      clearTimeout(timeout);
      reject(new Error(`Local Neo4j exited (code ${code}) before it was ready:\n${stderrTail.join('\n')}`));
    };
    child.once('exit', onExit);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^NEO4J_READY (\S+)/.exec(line);
      if (m) {
        clearTimeout(timeout);
        child.off('exit', onExit);
        resolve({ uri: m[1], pid: child.pid!, stop: () => stopChild(child) });
      } else {
        log(line);
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
