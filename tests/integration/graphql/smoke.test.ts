import { startTestServer, type TestServer } from '../../support/server';
import { deleteByPrefix, uniquePrefix } from '../../support/db';

describe('smoke', () => {
  let s: TestServer;
  const p = uniquePrefix();
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await deleteByPrefix(s.db, p);
    await s.close();
  });

  it('creates a country and reads it back', async () => {
    const created = await s.gql<{ createCountry: unknown }>(
      `mutation($i: CountryInput!) { createCountry(input: $i) { id name label } }`,
      {
        i: { id: `${p}CA`, name: 'Canada' },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCountry).toEqual({ id: `${p}CA`, name: 'Canada', label: 'COUNTRY' });
    const read = await s.gql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { id ... on Entity { name } ... on Country { label } } }`,
      {
        id: `${p}CA`,
      },
    );
    expect(read.data!.node).toEqual({ id: `${p}CA`, name: 'Canada', label: 'COUNTRY' });
  });
});
