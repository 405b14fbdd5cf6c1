import { cypher } from '../../../src/neo4j/cypher';
import { appliedVersion, applyMigrations, LATEST_MIGRATION } from '../../../src/neo4j/migrations';
import { testDatabase } from '../../support/db';

describe('migrations', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  it('are idempotent and leave the constraint and indexes online', async () => {
    await applyMigrations(db);
    await applyMigrations(db);
    expect(await appliedVersion(db)).toBe(LATEST_MIGRATION);
    const rows = await db.read(cypher('SHOW INDEXES YIELD name, type, state RETURN name, type, state'));
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('entity_id_unique')).toMatchObject({ type: 'RANGE', state: 'ONLINE' });
    expect(byName.get('entity_name_fulltext')).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
    expect(byName.get('facility_location')).toMatchObject({ type: 'POINT', state: 'ONLINE' });
    const constraints = await db.read(
      cypher("SHOW CONSTRAINTS YIELD name, type WHERE name = 'entity_id_unique' RETURN type"),
    );
    expect(constraints).toEqual([{ type: 'UNIQUENESS' }]);
  });
});
