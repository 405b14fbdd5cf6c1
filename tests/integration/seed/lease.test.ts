import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { cypher } from '../../../src/neo4j/cypher';
import { acquireSeedLease } from '../../../src/seed/write/lease';
import { testDatabase } from '../../support/db';

describe('seed write lease', () => {
  const db = testDatabase();
  const holders = async () =>
    (await db.read(cypher('MATCH (l:SeedLease) RETURN l.description AS d ORDER BY d'))).map((r) => r.d);

  afterAll(async () => {
    await db.write(cypher('MATCH (l:SeedLease) DELETE l'));
    await db.close();
  });

  it('is held by one load at a time; the next one waits, names the holder, and gives up after waitMs', async () => {
    const a = await acquireSeedLease(db, 'load A');
    try {
      const waitedFor: string[] = [];
      const started = Date.now();
      await expect(
        acquireSeedLease(db, 'load B', { waitMs: 300, pollMs: 50, onWait: (h) => waitedFor.push(h) }),
      ).rejects.toThrow(/Another load has been writing to this graph .*\(load A\)/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(waitedFor).toEqual(['load A']);
      expect(await holders()).toEqual(['load A']);
    } finally {
      await a.release();
    }
    expect(await holders()).toEqual([]);
  });

  it('passes to a waiting load as soon as the holder releases it', async () => {
    const a = await acquireSeedLease(db, 'load A');
    let waiting!: (holder: string) => void;
    const told = new Promise<string>((resolve) => (waiting = resolve));
    const b = acquireSeedLease(db, 'load B', { pollMs: 50, onWait: (h) => waiting(h) });
    expect(await told).toBe('load A'); // B found the lease held and is waiting
    expect(await holders()).toEqual(['load A']);
    await a.release();
    const held = await b;
    expect(await holders()).toEqual(['load B']);
    await held.release();
  });

  it('is taken over from a holder whose heartbeat stopped (a killed load), which cannot release it afterwards', async () => {
    const dead = await acquireSeedLease(db, 'killed load', { heartbeatMs: 60_000 });
    const next = await acquireSeedLease(db, 'next load', { staleMs: 300, pollMs: 50 });
    expect(await holders()).toEqual(['next load']);
    await dead.release();
    expect(await holders()).toEqual(['next load']);
    await next.release();
    expect(await holders()).toEqual([]);
  });

  it('is taken over at once from a holder on this host whose process is gone (a load stopped with Ctrl-C)', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    const plant = (host: string) =>
      db.write(
        cypher(
          'CREATE (:SeedLease {id: $id, owner: $owner, host: $host, pid: $pid, description: $d, heartbeat: timestamp()})',
          {
            id: 'seed-write',
            owner: `dead-${host}`,
            host,
            pid: deadPid,
            d: `load on ${host}`,
          },
        ),
      );
    await plant(os.hostname());
    // At once: with no time to wait and a heartbeat that cannot go stale, only the dead process lets it in.
    const next = await acquireSeedLease(db, 'rerun', { waitMs: 0, staleMs: 3_600_000 });
    expect(await holders()).toEqual(['rerun']);
    await next.release();

    // On another host the process cannot be checked: only the heartbeat tells.
    await plant('another-host');
    await expect(acquireSeedLease(db, 'rerun', { waitMs: 300, pollMs: 50 })).rejects.toThrow(/load on another-host/);
    await db.write(cypher('MATCH (l:SeedLease) DELETE l'));
  });

  it('keeps a live holder against takeover by renewing its heartbeat', async () => {
    const staleMs = 1_500;
    const heartbeat = async () =>
      (await db.read(cypher('MATCH (l:SeedLease) RETURN l.heartbeat AS h')))[0]?.h as number;
    const live = await acquireSeedLease(db, 'live load', { heartbeatMs: 50 });
    try {
      const taken = await heartbeat();
      // Wait (polling the database) until the holder has renewed its heartbeat past staleMs after taking the
      // lease: its first heartbeat alone would now be stale, so only the renewals keep it.
      while ((await heartbeat()) < taken + staleMs) await new Promise((r) => setTimeout(r, 50));
      await expect(acquireSeedLease(db, 'impatient load', { staleMs, waitMs: 0 })).rejects.toThrow(/live load/);
    } finally {
      await live.release();
    }
    expect(await holders()).toEqual([]);
  });
});
