import { Role } from '../../../src/auth/roles';
import { cypher } from '../../../src/neo4j/cypher';
import { signTestToken } from '../../support/auth';
import { useTestGraph } from '../../support/test-graph';

/**
 * Defect 4: a write that answered with an error may have committed, and a client that retried
 * created a duplicate or got a conflict. Every mutation takes an `idempotencyKey`: a retry with
 * the same key and arguments answers the first result without writing again (even when the
 * first answer never reached the client), the same key with other arguments is a CONFLICT, and
 * keys of different callers never meet.
 */
describe('idempotent mutations', () => {
  const {
    p,
    id,
    server: s,
  } = useTestGraph(`CREATE (:Entity:Country {id: $p + 'CA', name: 'Canada'})`, {
    cleanUp: async (server) => {
      await server.db.write(cypher('MATCH (r:IdempotencyRecord) WHERE r.operation IS NULL DELETE r'));
    },
  });
  type Created = { createFacility: { id: string; name: string } };

  const CREATE = `mutation($i: FacilityInput!, $k: String) { createFacility(input: $i, idempotencyKey: $k) { id name } }`;
  const facility = (x: string, name = 'Plant') => ({
    id: id(x),
    name,
    kind: 'MINE',
    status: 'OPERATING',
    country: id('CA'),
  });
  const count = async (x: string) =>
    (await s.db.read(cypher('MATCH (f:Facility {id: $id}) RETURN count(f) AS n', { id: id(x) })))[0].n;

  it('a retried create answers the first result instead of CONFLICT', async () => {
    const first = await s.gql<Created>(CREATE, { i: facility('a'), k: `${p}key-a` });
    expect(first.data?.createFacility).toEqual({ id: id('a'), name: 'Plant' });
    const retry = await s.gql<Created>(CREATE, { i: facility('a'), k: `${p}key-a` });
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.createFacility).toEqual({ id: id('a'), name: 'Plant' });
    expect(await count('a')).toBe(1);
    // Without a key the same create is a CONFLICT, as before.
    const unkeyed = await s.gql<Created>(CREATE, { i: facility('a') });
    expect(unkeyed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a retry after a lost answer does not write again: the result is stored with the write', async () => {
    // The first request commits, but its answer never reaches the client (it is dropped here).
    const editor = { authorization: `Bearer ${await signTestToken(Role.editor)}` };
    const UPDATE = `mutation($k: String) { updateFacility(input: {id: "${id('a')}", city: "Val-d'Or"}, idempotencyKey: $k) { id city } }`;
    await s.gql<{ updateFacility: unknown }>(UPDATE, { k: `${p}key-u` }, editor);
    // Someone else changes the city meanwhile; the client retries its update.
    await s.db.write(cypher('MATCH (f:Facility {id: $id}) SET f.city = $c', { id: id('a'), c: 'Other' }));
    const retry = await s.gql<{ updateFacility: unknown }>(UPDATE, { k: `${p}key-u` }, editor);
    expect(retry.data?.updateFacility).toEqual({ id: id('a'), city: "Val-d'Or" });
    // Not written again: the other change stands.
    const [row] = await s.db.read(cypher('MATCH (f:Facility {id: $id}) RETURN f.city AS city', { id: id('a') }));
    expect(row.city).toBe('Other');
  });

  it('the same key with a different request is a CONFLICT and writes nothing', async () => {
    await s.gql<Created>(CREATE, { i: facility('b'), k: `${p}key-b` });
    const other = await s.gql<Created>(CREATE, { i: facility('c'), k: `${p}key-b` });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', idempotencyKey: `${p}key-b` });
    expect(await count('c')).toBe(0);
  });

  it('concurrent retries with one key write once and all answer the same result', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => s.gql<Created>(CREATE, { i: facility('d', 'Concurrent'), k: `${p}key-d` })),
    );
    expect(responses.map((r) => r.errors)).toEqual(responses.map(() => undefined));
    expect(responses.map((r) => r.data?.createFacility.id)).toEqual(responses.map(() => id('d')));
    expect(await count('d')).toBe(1);
  });

  it('a failed mutation stores nothing: fixing the input and retrying with the key works', async () => {
    const bad = await s.gql<Created>(CREATE, { i: { ...facility('e'), country: id('nowhere') }, k: `${p}key-e` });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const good = await s.gql<Created>(CREATE, { i: facility('e'), k: `${p}key-e` });
    expect(good.data?.createFacility.id).toBe(id('e'));
  });

  it('keys are per caller: another caller with the same key gets its own answer', async () => {
    const other = await signTestToken(Role.editor, { sub: `${p}someone-else` });
    const res = await s.gql<Created>(
      CREATE,
      { i: facility('a'), k: `${p}key-a` },
      { authorization: `Bearer ${other}` },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT'); // its own create of an existing id
    expect(res.errors?.[0]?.extensions?.idempotencyKey).toBeUndefined();
  });

  it('deletes and relationship mutations take the key too; a retried delete answers the first result', async () => {
    const DELETE = `mutation($id: ID!, $k: String) { deleteFacility(id: $id, idempotencyKey: $k) { id detached { otherId } } }`;
    const first = await s.gql<{ deleteFacility: unknown }>(DELETE, { id: id('b'), k: `${p}key-del` });
    expect(first.data?.deleteFacility).toEqual({ id: id('b'), detached: [{ otherId: id('CA') }] });
    const retry = await s.gql<{ deleteFacility: unknown }>(DELETE, { id: id('b'), k: `${p}key-del` });
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.deleteFacility).toEqual(first.data?.deleteFacility);
    const REL = `mutation($i: RelationshipInput!, $k: String) { createRelationship(input: $i, idempotencyKey: $k) { type } }`;
    const rel = { type: 'SUPPLIES', from: id('a'), to: id('d') };
    expect(
      (await s.gql<{ createRelationship: unknown }>(REL, { i: rel, k: `${p}key-rel` })).data?.createRelationship,
    ).toEqual({ type: 'SUPPLIES' });
    expect(
      (await s.gql<{ createRelationship: unknown }>(REL, { i: rel, k: `${p}key-rel` })).data?.createRelationship,
    ).toEqual({ type: 'SUPPLIES' });
  });

  it('refuses a malformed key', async () => {
    const res = await s.gql<Created>(CREATE, { i: facility('f'), k: 'not a key!' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
