import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extraColumnProblem, SEED_FILES } from '../../../../src/seed/contract';
import { CsvParser, type CsvRecord } from '../../../../src/seed/read/csv';
import { generateDataset } from '../../../../src/seed/generate';
import { HEADERS } from '../../../../src/seed/generate/context';
import { Random } from '../../../../src/seed/generate/prng';
import { validateFiles } from '../../../../src/seed/validate/validate-directory';
import { removeDir } from '../../../fixtures/seed/fixture';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'naig-gen-'));

function table(dir: string, file: string): Array<Record<string, string>> {
  const out: CsvRecord[] = [];
  const parser = new CsvParser();
  parser.push(fs.readFileSync(path.join(dir, file), 'utf8'), out);
  parser.end(out);
  const [header, ...rows] = out;
  return rows.map((r) => Object.fromEntries(header.cells.map((h, i) => [h, r.cells[i]])));
}

describe('generator headers', () => {
  it('name contract columns (or acceptable extra columns) of their files, all required ones included', () => {
    for (const spec of SEED_FILES) {
      const header = HEADERS[spec.file] ?? spec.required;
      expect({
        file: spec.file,
        unknown: header.filter(
          (c) => ![...spec.required, ...spec.optional].includes(c) && extraColumnProblem(spec, c) !== undefined,
        ),
      }).toEqual({
        file: spec.file,
        unknown: [],
      });
      expect({ file: spec.file, missing: spec.required.filter((c) => !header.includes(c)) }).toEqual({
        file: spec.file,
        missing: [],
      });
    }
  });
});

describe('Random (mulberry32)', () => {
  it('is deterministic per seed and uniform enough', () => {
    const a = new Random(42);
    const b = new Random(42);
    const xs = Array.from({ length: 10_000 }, () => a.next());
    expect(Array.from({ length: 10_000 }, () => b.next())).toEqual(xs);
    expect(new Random(43).next()).not.toBe(xs[0]);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateDataset', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));
  const generate = async (facilities: number, seed: number, idPrefix = '') => {
    const dir = tmp();
    dirs.push(dir);
    return { dir, summary: await generateDataset({ facilities, outDir: dir, seed, idPrefix }) };
  };
  const read = (dir: string) =>
    Object.fromEntries(SEED_FILES.map((f) => [f.file, fs.readFileSync(path.join(dir, f.file), 'utf8')]));

  it('writes byte-identical files for the same seed, and different ones for another seed', async () => {
    const [a, b, c] = await Promise.all([generate(1500, 7), generate(1500, 7), generate(1500, 8)]);
    expect(read(a.dir)).toEqual(read(b.dir));
    expect(read(c.dir)['supply.csv']).not.toEqual(read(a.dir)['supply.csv']);
    expect(a.summary.rows['facilities.csv']).toBe(1500);
    expect(a.summary.totalRows).toBe(Object.values(a.summary.rows).reduce((s, r) => s + r, 0));
  });

  it('writes every file of the contract, which the loader validates without a single problem', async () => {
    const { dir } = await generate(3000, 3, 'g:');
    const result = await validateFiles(dir, SEED_FILES, { dbNote: '', batchSize: 1000, maxIssues: 20 });
    expect(result.issues.sorted([])).toEqual([]);
    expect(result.rows.get('facilities.csv')).toBe(3000);
    // Every file the generator has columns for gets rows; the others are written with their header only.
    for (const f of SEED_FILES)
      expect({ file: f.file, rows: (result.rows.get(f.file) ?? 0) > 0 }).toEqual({
        file: f.file,
        rows: f.file in HEADERS,
      });
  });

  it('makes a plausible supply network: minerals and volumes mostly given, 1-4 suppliers per customer and mineral', async () => {
    const { dir } = await generate(4000, 1);
    const supply = table(dir, 'supply.csv');
    expect(supply.length).toBeGreaterThan(3000);
    expect(supply.filter((s) => s.mineral).length / supply.length).toBeGreaterThan(0.85);
    expect(supply.filter((s) => s.volume).length / supply.length).toBeGreaterThan(0.75);
    const perCustomerMineral = new Map<string, number>();
    for (const s of supply)
      if (s.mineral)
        perCustomerMineral.set(
          `${s.customer}|${s.mineral}`,
          (perCustomerMineral.get(`${s.customer}|${s.mineral}`) ?? 0) + 1,
        );
    const degrees = [...perCustomerMineral.values()];
    // Refineries may take a mineral both from mines and from recyclers: at most 4 + 4.
    expect(Math.max(...degrees)).toBeLessThanOrEqual(8);
    expect(degrees.filter((d) => d <= 4).length / degrees.length).toBeGreaterThan(0.97);
    expect(new Set(supply.map((s) => `${s.supplier}|${s.customer}|${s.mineral}`)).size).toBe(supply.length);
    expect(supply.every((s) => s.supplier !== s.customer)).toBe(true);
  });

  it('keeps upstream traversals from EV plants bounded, with a few recycling cycles', async () => {
    const { dir } = await generate(20_000, 1);
    const kinds = new Map(table(dir, 'facilities.csv').map((f) => [f.id, f.kind]));
    const suppliers = new Map<string, string[]>();
    for (const s of table(dir, 'supply.csv'))
      suppliers.set(s.customer, [...(suppliers.get(s.customer) ?? []), s.supplier]);
    const upstream = (start: string) => {
      const seen = new Set<string>([start]);
      const stack = [start];
      while (stack.length)
        for (const s of suppliers.get(stack.pop()!) ?? [])
          if (!seen.has(s)) {
            seen.add(s);
            stack.push(s);
          }
      return seen;
    };
    const ev = [...kinds].filter(([, k]) => k === 'EV_ASSEMBLY').map(([id]) => id);
    const sizes = ev.map((id) => upstream(id).size).sort((a, b) => a - b);
    expect(ev.length).toBeGreaterThan(300);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThan(20); // they do reach mines
    expect(sizes[sizes.length - 1]).toBeLessThan(2000); // never the whole 20,000
    // Cycles: some facility reaches itself; they all go through a recycler.
    const cyclic = [...kinds.keys()].filter((id) => (suppliers.get(id) ?? []).some((s) => upstream(s).has(id)));
    expect(cyclic.length).toBeGreaterThan(0);
    expect(cyclic.length / kinds.size).toBeLessThan(0.05);
    expect(cyclic.some((id) => kinds.get(id) === 'RECYCLING')).toBe(true);
  });

  it('refuses a non-positive facility count', async () => {
    await expect(generateDataset({ facilities: 0, outDir: tmp() })).rejects.toThrow('positive integer');
  });
});
