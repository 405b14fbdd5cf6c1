import { NodeKind, RelationshipType } from '../../../../src/domain/enums';
import { type CypherQuery } from '../../../../src/neo4j/cypher';
import { type GraphDatabase, type Row } from '../../../../src/neo4j/driver';
import { Tallies } from '../../../../src/seed/write/tallies';
import { type BatchInfo, BatchWriter, hash52 } from '../../../../src/seed/write/batch-writer';

/** A stand-in for GraphDatabase.writeTransaction: records each query and reports every row created. */
function fakeDb(fail?: (q: CypherQuery, n: number) => boolean) {
  const queries: CypherQuery[] = [];
  let active = 0;
  let maxActive = 0;
  const db = {
    async writeTransaction<T>(work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>): Promise<T> {
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        // Held until the writer has done all it can without this transaction (every pending promise
        // settled), so the writer's own limit, not the clock, decides how many overlap.
        await new Promise((r) => setImmediate(r));
        return await work((q) => {
          queries.push(q);
          if (fail?.(q, queries.length)) return Promise.reject(new Error('database unavailable'));
          return Promise.resolve([{ outcome: 'created', rows: (q.params.rows as unknown[]).length }]);
        });
      } finally {
        active--;
      }
    },
  } as unknown as GraphDatabase;
  return { db, queries, maxActive: () => maxActive };
}

const node = (id: string) => ({ kind: NodeKind.Country, id, props: { id, name: id } });
const supplies = (from: string, to: string, props: Record<string, unknown>) => ({
  type: RelationshipType.SUPPLIES,
  from,
  to,
  props,
});

describe('BatchWriter', () => {
  it('writes full batches as they fill and the rest at the end, one transaction at a time', async () => {
    const fake = fakeDb();
    const tallies = new Tallies();
    const batches: BatchInfo[] = [];
    const w = new BatchWriter(
      fake.db,
      { batchSize: 2, timeoutMs: 1000, concurrency: 1, afterBatch: (b) => void batches.push(b) },
      tallies,
    );
    for (const id of ['a', 'b', 'c', 'd', 'e']) w.addNode('countries.csv', node(id));
    await w.flushFull(); // submits the full batches; the last may still be in flight
    await w.flushAll();
    expect(fake.queries.map((q) => (q.params.rows as Array<{ id: string }>).map((r) => r.id))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e'],
    ]);
    expect(fake.maxActive()).toBe(1);
    expect(batches.map((b) => [b.batch, b.rows, b.target])).toEqual([
      [1, 2, 'Country'],
      [2, 2, 'Country'],
      [3, 1, 'Country'],
    ]);
    expect(tallies.total('nodes')).toEqual({ created: 5, updated: 0, unchanged: 0 });
  });

  it('keeps the last of two rows for the same relationship in a batch, and splits SUPPLIES by whether a mineral is given', async () => {
    const fake = fakeDb();
    const w = new BatchWriter(fake.db, { batchSize: 10, timeoutMs: 1000 }, new Tallies());
    w.addLink('supply.csv', supplies('x', 'y', { mineral: 'li', volume: 1 }));
    w.addLink('supply.csv', supplies('x', 'y', { mineral: 'ni' }));
    w.addLink('supply.csv', supplies('x', 'y', { mineral: 'li', volume: 2 }));
    w.addLink('supply.csv', supplies('x', 'y', { product: 'power' }));
    await w.flushAll();
    const byQuery = fake.queries.map((q) => [
      q.cypher.includes('{mineral: row.props.mineral}'),
      (q.params.rows as Array<{ props: unknown }>).map((r) => r.props),
    ]);
    expect(byQuery).toEqual([
      [true, [{ mineral: 'li', volume: 2 }, { mineral: 'ni' }]],
      [false, [{ product: 'power' }]],
    ]);
  });

  it('stops at the first failed batch and reports that failure', async () => {
    const fake = fakeDb((_q, n) => n === 2);
    const w = new BatchWriter(fake.db, { batchSize: 1, timeoutMs: 1000, concurrency: 1 }, new Tallies());
    for (const id of ['a', 'b', 'c', 'd']) w.addNode('countries.csv', node(id));
    await expect(w.flushAll()).rejects.toThrow('database unavailable');
    expect(fake.queries.length).toBeLessThanOrEqual(3);
  });

  it('keeps two transactions in flight by default, and submits nothing after a failure', async () => {
    const fake = fakeDb((_q, n) => n === 3);
    const w = new BatchWriter(fake.db, { batchSize: 1, timeoutMs: 1000 }, new Tallies());
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) w.addNode('countries.csv', node(id));
    await expect(w.flushAll()).rejects.toThrow('database unavailable');
    expect(fake.maxActive()).toBe(2);
    // The third fails while the fourth may be in flight; nothing after those two is submitted.
    expect(fake.queries.length).toBeLessThanOrEqual(4);
  });

  it('holds back a batch that repeats a relationship of a batch in flight, so the last row wins', async () => {
    const fake = fakeDb();
    const w = new BatchWriter(fake.db, { batchSize: 2, timeoutMs: 1000 }, new Tallies());
    const owns = (from: string, to: string, share: number) => ({
      type: RelationshipType.OWNS,
      from,
      to,
      props: { share },
    });
    w.addLink('ownership.csv', owns('c1', 'f1', 10));
    w.addLink('ownership.csv', owns('c2', 'f2', 20)); // batch 1 sealed
    w.addLink('ownership.csv', owns('c1', 'f1', 30));
    w.addLink('ownership.csv', owns('c3', 'f3', 40)); // batch 2 repeats c1-f1
    await w.flushFull();
    await w.flushAll();
    expect(fake.maxActive()).toBe(1);
    expect(
      fake.queries.map((q) => (q.params.rows as Array<{ props: { share: number } }>).map((r) => r.props.share)),
    ).toEqual([
      [10, 20],
      [30, 40],
    ]);
  });

  it('creates relationships on a fresh load, and merges a repeat after the batch that created it', async () => {
    const fake = fakeDb();
    const w = new BatchWriter(fake.db, { batchSize: 2, timeoutMs: 1000, fresh: true }, new Tallies());
    const owns = (from: string, to: string, share: number) => ({
      type: RelationshipType.OWNS,
      from,
      to,
      props: { share },
    });
    w.addLink('ownership.csv', owns('c1', 'f1', 10));
    w.addLink('ownership.csv', owns('c1', 'f1', 15)); // same batch: replaces the row
    w.addLink('ownership.csv', owns('c2', 'f2', 20)); // batch 1 sealed
    w.addLink('ownership.csv', owns('c1', 'f1', 30)); // a repeat of a relationship batch 1 creates
    w.addLink('facilities.csv', { type: RelationshipType.OPERATES, from: 'c1', to: 'f1', props: {} }, true);
    await w.flushAll();
    const summary = fake.queries.map((q) => [
      /\bMERGE\b/.test(q.cypher) ? 'merge' : 'create',
      (q.params.rows as Array<{ from: string; props: { share?: number } }>).map((r) => r.props.share ?? r.from),
    ]);
    expect(summary).toEqual([
      ['create', [15, 20]],
      ['merge', [30]],
      ['create', ['c1']],
    ]);
  });

  it('lets the afterBatch hook interrupt the load', async () => {
    const fake = fakeDb();
    const w = new BatchWriter(
      fake.db,
      {
        batchSize: 1,
        timeoutMs: 1000,
        afterBatch: () => {
          throw new Error('killed');
        },
      },
      new Tallies(),
    );
    w.addNode('countries.csv', node('a'));
    w.addNode('countries.csv', node('b'));
    await expect(w.flushAll()).rejects.toThrow('killed');
  });
});

describe('hash52', () => {
  it('gives integers below 2^52, the same for the same text and distinct over 200,000 relationship identities', () => {
    const all: number[] = [];
    for (let i = 0; i < 100_000; i++)
      all.push(hash52(`fac:f${i}\u0000lithium\u0000`), hash52(`fac:f${i}\u0000fac:f${i + 1}\u0000nickel`));
    expect(all.filter((h) => !(Number.isSafeInteger(h) && h >= 0 && h < 2 ** 52))).toEqual([]);
    expect(new Set(all).size).toBe(200_000);
    expect(hash52('a\u0000b\u0000')).toBe(hash52('a\u0000b\u0000'));
    expect(hash52('a\u0000b\u0000')).not.toBe(hash52('b\u0000a\u0000'));
  });
});
