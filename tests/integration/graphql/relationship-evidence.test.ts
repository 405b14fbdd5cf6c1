import { cypher } from '../../../src/neo4j/cypher';
import { deleteByPrefix, uniquePrefix } from '../../support/db';
import { type GraphQLErrorBody, startTestServer, type TestServer } from '../../support/server';

/**
 * The evidence fields of relationship mutations (confidence, source, note, since, until) over real
 * HTTP against the real Neo4j: written typed, read back typed, refused with located problems.
 */
interface Properties {
  confidence?: string | null;
  source?: string | null;
  note?: string | null;
  since?: string | null;
  until?: string | null;
  share?: number | null;
  volume?: number | null;
  minerals?: string[] | null;
}
interface RelationshipResult {
  type: string;
  properties: Properties;
}

const EVIDENCE = 'confidence source note since until';
const CREATE = `mutation($i: RelationshipInput!) { createRelationship(input: $i) { type properties { ${EVIDENCE} volume share } } }`;
const UPDATE = `mutation($i: RelationshipInput!) { updateRelationship(input: $i) { type properties { ${EVIDENCE} volume } } }`;

describe('relationship mutations with evidence', () => {
  let s: TestServer;
  const p = uniquePrefix();
  const id = (x: string) => `${p}${x}`;

  beforeAll(async () => {
    s = await startTestServer();
    await s.db.write(
      cypher(
        `UNWIND $facilities AS f CREATE (:Entity:Facility {id: f, name: f, kind: 'MINE', status: 'OPERATING'})
         WITH count(*) AS made
         CREATE (:Entity:Company {id: $company, name: 'Owner'}), (:Entity:Mineral {id: $li, name: 'Lithium'}),
                (:Entity:Agreement {id: $agreement, name: 'A', kind: 'OFFTAKE', status: 'IN_FORCE'})`,
        {
          facilities: ['a', 'b', 'c', 'm1', 'm2'].map(id),
          company: id('co'),
          li: id('li'),
          agreement: id('agr'),
        },
      ),
    );
  });
  afterAll(async () => {
    await deleteByPrefix(s.db, p);
    await s.close();
  });

  const ok = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await s.gql<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const refused = async (query: string, variables: Record<string, unknown>): Promise<GraphQLErrorBody> => {
    const res = await s.gql<{ createRelationship?: unknown; updateRelationship?: unknown }>(query, variables);
    expect(res.data?.createRelationship ?? res.data?.updateRelationship ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    return res.errors![0];
  };
  const stored = async (from: string, to: string, type: string) => {
    const rows = await s.db.read(
      cypher(`MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN properties(r) AS p`, {
        from: id(from),
        to: id(to),
        type,
      }),
    );
    return rows.map((r) => r.p as Record<string, unknown>);
  };

  const supply = { type: 'SUPPLIES', from: id('a'), to: id('b'), mineral: id('li') };

  it('create: SUPPLIES with every evidence field, typed on the way back, stored as the seed stores it', async () => {
    const evidence = {
      confidence: 'REPORTED',
      source: 'https://example.org/offtake-2023',
      note: 'the offtake names the mine, not the plant',
      since: '2023-06',
      until: '2026',
    };
    const created = await ok<{ createRelationship: RelationshipResult }>(CREATE, {
      i: { ...supply, volume: 12, ...evidence },
    });
    expect(created.createRelationship).toEqual({
      type: 'SUPPLIES',
      properties: { ...evidence, volume: 12, share: null },
    });
    const [props] = await stored('a', 'b', 'SUPPLIES');
    expect(props).toMatchObject({ confidence: 'reported', since: '2023-06', until: '2026', volume: 12 });
    // The same evidence on the read side (a facility's suppliers), typed alike.
    const read = await ok<{ facility: { suppliers: { edges: Array<Properties & { node: { id: string } }> } } }>(
      `query($f: ID!) { facility(id: $f) { suppliers { edges { ${EVIDENCE} node { id } } } } }`,
      { f: id('b') },
    );
    expect(read.facility.suppliers.edges).toEqual([{ ...evidence, node: { id: id('a') } }]);
  });

  it('update: sets and clears evidence fields; the rest stays', async () => {
    const updated = await ok<{ updateRelationship: RelationshipResult }>(UPDATE, {
      i: { ...supply, confidence: 'CONFIRMED', until: null, note: null },
    });
    expect(updated.updateRelationship.properties).toEqual({
      confidence: 'CONFIRMED',
      source: 'https://example.org/offtake-2023',
      note: null,
      since: '2023-06',
      until: null,
      volume: 12,
    });
  });

  it('OWNS and PARTY_TO take evidence too (the types whose model declares it)', async () => {
    const owns = await ok<{ createRelationship: RelationshipResult }>(CREATE, {
      i: { type: 'OWNS', from: id('co'), to: id('a'), share: 0.4, confidence: 'CONFIRMED', since: '2019-03-15' },
    });
    expect(owns.createRelationship.properties).toMatchObject({
      share: 0.4,
      confidence: 'CONFIRMED',
      since: '2019-03-15',
    });
    const party = await ok<{ createRelationship: RelationshipResult }>(CREATE, {
      i: { type: 'PARTY_TO', from: id('co'), to: id('agr'), confidence: 'INFERRED', until: '2030-12' },
    });
    expect(party.createRelationship.properties).toMatchObject({ confidence: 'INFERRED', until: '2030-12' });
  });

  it('since after until is a located BAD_USER_INPUT, on create and against the stored dates on update', async () => {
    const create = await refused(CREATE, {
      i: { type: 'SUPPLIES', from: id('a'), to: id('c'), mineral: id('li'), since: '2025-02', until: '2025' },
    });
    expect(create.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.until', message: 'since 2025-02 is after until 2025' }],
    });
    expect(await stored('a', 'c', 'SUPPLIES')).toEqual([]);
    // The link has since 2023-06 and no until: an until before it is refused at `until` ...
    const until = await refused(UPDATE, { i: { ...supply, until: '2023' } });
    expect(until.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.until', message: 'since 2023-06 is after until 2023' }],
    });
    await ok(UPDATE, { i: { ...supply, until: '2024' } });
    // ... and, with until 2024 stored, a since after it at `since`; nothing changed.
    const since = await refused(UPDATE, { i: { ...supply, since: '2024-02' } });
    expect(since.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.since', message: 'since 2024-02 is after until 2024' }],
    });
    const [props] = await stored('a', 'b', 'SUPPLIES');
    expect(props).toMatchObject({ since: '2023-06', until: '2024' });
  });

  it('a source must be an http(s) URL; evidence on a type without it is refused; all problems at once', async () => {
    const bad = await refused(CREATE, {
      i: { type: 'SUPPLIES', from: id('a'), to: id('c'), mineral: id('li'), source: 'javascript:alert(1)' },
    });
    expect(bad.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.source', message: 'must be an absolute http:// or https:// URL' }],
    });
    const covers = await refused(CREATE, {
      i: { type: 'COVERS', from: id('agr'), to: id('a'), confidence: 'CONFIRMED', note: 'x', since: '2020' },
    });
    expect(covers.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        { path: 'input.confidence', message: "COVERS has no property 'confidence'" },
        { path: 'input.note', message: "COVERS has no property 'note'" },
        { path: 'input.since', message: "COVERS has no property 'since'" },
      ],
    });
    expect(await stored('agr', 'a', 'COVERS')).toEqual([]);
  });

  it('a malformed date or confidence never reaches the writer: the input types refuse it at its place', async () => {
    const date = await refused(CREATE, { i: { ...supply, to: id('c'), until: '2024-13' } });
    expect(date.extensions?.code).toBe('BAD_USER_INPUT');
    expect(date.message).toMatch(/"i\.until"/);
    const confidence = await refused(CREATE, { i: { ...supply, to: id('c'), confidence: 'maybe' } });
    expect(confidence.extensions?.code).toBe('BAD_USER_INPUT');
    expect(confidence.message).toMatch(/"i\.confidence"/);
    expect(await stored('a', 'c', 'SUPPLIES')).toEqual([]);
  });

  it('a multi-mineral link shows its minerals and is addressed by them, in any order', async () => {
    await s.db.write(
      cypher(
        `UNWIND $minerals AS m CREATE (:Entity:Mineral {id: m, name: m})
         WITH collect(m) AS minerals
         MATCH (a:Entity {id: $m1}), (b:Entity {id: $m2})
         CREATE (a)-[:SUPPLIES {minerals: minerals, volume: 50, confidence: 'confirmed'}]->(b)`,
        { m1: id('m1'), m2: id('m2'), minerals: [id('cobalt'), id('ni')] },
      ),
    );
    const link = { type: 'SUPPLIES', from: id('m1'), to: id('m2') };
    const updated = await ok<{ updateRelationship: { properties: Properties } }>(
      `mutation($i: RelationshipInput!) { updateRelationship(input: $i) { properties { minerals volume confidence } } }`,
      { i: { ...link, minerals: [id('ni'), id('cobalt')], volume: 60 } },
    );
    expect(updated.updateRelationship.properties).toEqual({
      minerals: [id('cobalt'), id('ni')],
      volume: 60,
      confidence: 'CONFIRMED',
    });
    // Without its minerals the input names another link (one without minerals), which does not exist.
    const other = await refused(UPDATE, { i: { ...link, volume: 70 } });
    expect(other.extensions?.code).toBe('NOT_FOUND');
    expect(await stored('m1', 'm2', 'SUPPLIES')).toEqual([expect.objectContaining({ volume: 60 })]);
  });

  it('create and delete a link carrying several minerals; each must be a mineral', async () => {
    await s.db.write(
      cypher(`UNWIND $ids AS m CREATE (:Entity:Mineral {id: m, name: m})`, { ids: [id('cu'), id('cb')] }),
    );
    const link = { type: 'SUPPLIES', from: id('a'), to: id('m1') };
    const created = await ok<{ createRelationship: { properties: Properties } }>(
      `mutation($i: RelationshipInput!) { createRelationship(input: $i) { properties { minerals volume } } }`,
      { i: { ...link, minerals: [id('cu'), id('cb'), id('cu')], volume: 5, unit: 't' } },
    );
    expect(created.createRelationship.properties).toEqual({ minerals: [id('cb'), id('cu')], volume: 5 });
    const [props] = await stored('a', 'm1', 'SUPPLIES');
    expect(props).toEqual({ minerals: [id('cb'), id('cu')], volume: 5, unit: 't' });

    const again = await refused(CREATE, { i: { ...link, minerals: [id('cb'), id('cu')] } });
    expect(again.extensions?.code).toBe('CONFLICT');

    const notMineral = await refused(CREATE, { i: { ...link, to: id('c'), minerals: [id('cu'), id('co')] } });
    expect(notMineral.extensions?.problems).toEqual([
      { path: 'input.minerals', message: `'${id('co')}' is a Company; SUPPLIES needs Mineral` },
    ]);
    const outside = await refused(CREATE, {
      i: { ...link, to: id('c'), mineral: id('li'), minerals: [id('cu'), id('cb')] },
    });
    expect(outside.extensions?.problems).toEqual([
      { path: 'input.mineral', message: `'${id('li')}' is not one of minerals (${id('cu')};${id('cb')})` },
    ]);

    const deleted = await ok<{ deleteRelationship: { type: string } }>(
      `mutation($i: RelationshipInput!) { deleteRelationship(input: $i) { type } }`,
      { i: { ...link, minerals: [id('cu'), id('cb')] } },
    );
    expect(deleted.deleteRelationship.type).toBe('SUPPLIES');
    expect(await stored('a', 'm1', 'SUPPLIES')).toEqual([]);
  });

  it('CONSUMES: a volume needs its unit (the model rule the seed applies too)', async () => {
    const res = await refused(CREATE, { i: { type: 'CONSUMES', from: id('b'), to: id('li'), volume: 12 } });
    expect(res.extensions?.problems).toEqual([{ path: 'input.unit', message: 'a volume needs its unit' }]);
    await ok(CREATE, { i: { type: 'CONSUMES', from: id('b'), to: id('li'), volume: 12, unit: 't/y LCE' } });
    expect(await stored('b', 'li', 'CONSUMES')).toEqual([{ volume: 12, unit: 't/y LCE' }]);
  });
});
