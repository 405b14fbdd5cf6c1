import { cypher, type CypherQuery } from './cypher';
import { type GraphDatabase } from './driver';

/**
 * Schema migrations, applied in order at start-up. Each statement is idempotent (IF NOT EXISTS), so
 * replaying them is harmless; the applied version is recorded on a `:Migration` node so `/readyz`
 * can tell whether the schema is current.
 */
export interface Migration {
  version: number;
  description: string;
  statements: readonly CypherQuery[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'id uniqueness, name full-text index, facility location point index',
    statements: [
      cypher('CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'),
      cypher('CREATE FULLTEXT INDEX entity_name_fulltext IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.id]'),
      cypher('CREATE POINT INDEX facility_location IF NOT EXISTS FOR (n:Facility) ON (n.location)'),
      cypher('CREATE INDEX facility_kind IF NOT EXISTS FOR (n:Facility) ON (n.kind)'),
      cypher('CREATE INDEX facility_status IF NOT EXISTS FOR (n:Facility) ON (n.status)'),
      cypher('CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)'),
      cypher('CREATE INDEX supplies_mineral IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.mineral)'),
      cypher('CREATE CONSTRAINT migration_version_unique IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE'),
    ],
  },
  {
    version: 2,
    description: 'seed write lease: one load writes at a time',
    statements: [
      cypher('CREATE CONSTRAINT seed_lease_id_unique IF NOT EXISTS FOR (l:SeedLease) REQUIRE l.id IS UNIQUE'),
    ],
  },
];

export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1].version;

export async function applyMigrations(db: GraphDatabase): Promise<number[]> {
  const appliedNow: number[] = [];
  const current = await appliedVersion(db);
  for (const m of MIGRATIONS) {
    // Schema statements cannot share a transaction with data writes: one transaction each.
    for (const s of m.statements) await db.write(s);
    if (m.version > current) appliedNow.push(m.version);
    await db.write(
      cypher(
        'MERGE (m:Migration {version: $version}) ON CREATE SET m.description = $description, m.appliedAt = datetime()',
        {
          version: m.version,
          description: m.description,
        },
      ),
    );
  }
  await db.write(cypher('CALL db.awaitIndexes(300)'));
  return appliedNow;
}

export async function appliedVersion(db: GraphDatabase): Promise<number> {
  const rows = await db.read(cypher('MATCH (m:Migration) RETURN coalesce(max(m.version), 0) AS version'));
  return Number(rows[0]?.version ?? 0);
}
