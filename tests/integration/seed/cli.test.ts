import { main } from '../../../src/seed/cli/seed-cli';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { captureIo } from '../../fixtures/seed/cli-io';
import { materialize, removeDir, writeSeedDir } from '../../fixtures/seed/fixture';
import { countByPrefix } from './graph-dump';

describe('npm run seed (in-process)', () => {
  const db = testDatabase();
  const p = uniquePrefix();
  const env = { ...process.env };
  afterAll(async () => {
    await deleteByPrefix(db, p);
    await db.close();
  });

  it('--dry-run validates, says so, and writes nothing', async () => {
    const dir = materialize('valid', p);
    try {
      const io = captureIo(env);
      expect(await main([dir, '--dry-run', '--quiet'], io)).toBe(0);
      expect(io.out()).toContain(`Dry run: ${dir} is valid (45 rows in 13 files); nothing was written.`);
      expect(await countByPrefix(db, p)).toEqual({ nodes: 0, rels: 0 });
    } finally {
      removeDir(dir);
    }
  });

  it('loads a directory, then reports no changes on a rerun', async () => {
    const dir = materialize('valid', p);
    try {
      const first = captureIo(env);
      expect(await main([dir, '--batch-size', '4'], first)).toBe(0);
      expect(first.out()).toContain('Nodes: created 23, updated 0, unchanged 0.');
      expect(first.out()).toContain('Relationships: created 46, updated 0, unchanged 0.');
      expect(first.err()).toMatch(/write: 57 \/ 57 \(100%\)/); // plain progress lines off a terminal: node rows + rows of files that make relationships
      const again = captureIo(env);
      expect(await main([dir, '--quiet'], again)).toBe(0);
      expect(again.out()).toContain('No changes: the graph already matched the files.');
    } finally {
      removeDir(dir);
    }
  });

  it('exits 1 and lists every problem as file:line: column: message on stderr', async () => {
    const q = uniquePrefix();
    const dir = materialize('broken', q);
    try {
      const io = captureIo(env);
      expect(await main([dir, '--quiet'], io)).toBe(1);
      expect(io.err()).toContain(`facilities.csv:3: operator: unknown Company '${q}ghost'`);
      expect(io.err()).toContain(`29 problem(s) in ${dir}; nothing was written.`);
      expect(await countByPrefix(db, q)).toEqual({ nodes: 0, rels: 0 });
    } finally {
      removeDir(dir);
    }
  });

  it('warns about a facility outside its region, refuses it with --strict, and prints coverage with --report', async () => {
    // Real ISO region ids (no prefix) so the region's bounding box applies; --dry-run writes nothing.
    const dir = writeSeedDir({
      'countries.csv': 'id,name\nUS,United States\n',
      'regions.csv': 'id,name,country\nUS-TN,Tennessee,US\n',
      'facilities.csv': `id,name,kind,status,region,lat,lon\n${p}tn,Tennessee plant,CELL,OPERATING,US-TN,46.34,-72.43\n`,
    });
    try {
      const lenient = captureIo(env);
      expect(await main([dir, '--dry-run', '--quiet', '--report'], lenient)).toBe(0);
      expect(lenient.out()).toContain('warning: facilities.csv:2: lat: 46.34, -72.43 lies outside US-TN');
      expect(lenient.out()).toContain('1 data-quality warning(s); --strict makes them errors.');
      expect(lenient.out()).toContain('facilities by country: US 1');
      const strict = captureIo(env);
      expect(await main([dir, '--dry-run', '--quiet', '--strict'], strict)).toBe(1);
      expect(strict.err()).toContain('facilities.csv:2: lat: 46.34, -72.43 lies outside US-TN');
      expect(strict.err()).toContain('1 problem(s)');
    } finally {
      removeDir(dir);
    }
  });
});
