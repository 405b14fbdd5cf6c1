import { randomBytes } from 'node:crypto';
import { createDriver, GraphDatabase } from '../../src/neo4j/driver';
import { cypher } from '../../src/neo4j/cypher';

/** A GraphDatabase on the test run's Neo4j (started by the global setup). Close it in afterAll. */
export function testDatabase(): GraphDatabase {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: the jest global setup starts Neo4j');
  return new GraphDatabase(createDriver(uri, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    timeoutMs: 60_000,
  });
}

/** A prefix unique to one test file, so fixtures never collide: ids become `${prefix}x`. */
export function uniquePrefix(): string {
  return `t${randomBytes(4).toString('hex')}_`;
}

/** Removes every node whose id starts with the prefix. */
export async function deleteByPrefix(db: GraphDatabase, prefix: string): Promise<void> {
  await db.write(cypher('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }));
}
