import { cypher } from '../../src/neo4j/cypher';
import { deleteByPrefix, uniquePrefix } from './db';
import { startTestServer, type TestServer, type TestServerOptions } from './server';

/** A test server with a small graph of the test file's own, every id under one unique prefix. */
export interface TestGraph {
  /** The prefix of every id of the fixture. */
  p: string;
  /** The full id of a fixture node: `id('CA')` is `${p}CA`. */
  id: (local: string) => string;
  /** The server, usable from the tests and hooks declared after `useTestGraph` (its members are read at call time). */
  server: TestServer;
}

export interface TestGraphOptions extends TestServerOptions {
  /** Runs after the tests, before the fixture is deleted and the server closed (extra clean-up). */
  cleanUp?: (server: TestServer) => Promise<void>;
}

/**
 * Declares, inside a `describe`, a test server and the fixture `create` (Cypher; `$p` is the
 * prefix) written before the tests; after them every node under the prefix is deleted and the
 * server closed.
 */
export function useTestGraph(create: string | undefined, options: TestGraphOptions = {}): TestGraph {
  const { cleanUp, ...serverOptions } = options;
  const p = uniquePrefix();
  let started: TestServer | undefined;
  const running = (): TestServer => {
    if (!started) throw new Error('the test server is not started: use it in tests or hooks after useTestGraph');
    return started;
  };
  beforeAll(async () => {
    started = await startTestServer(serverOptions);
    if (create) await started.db.write(cypher(create, { p }));
  });
  afterAll(async () => {
    if (!started) return;
    try {
      await cleanUp?.(started);
      await deleteByPrefix(started.db, p);
    } finally {
      await started.close();
    }
  });
  const server: TestServer = {
    get url() {
      return running().url;
    },
    get db() {
      return running().db;
    },
    get app() {
      return running().app;
    },
    gql: <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
      running().gql<T>(query, variables, headers),
    close: () => running().close(),
  };
  return { p, id: (local) => `${p}${local}`, server };
}
