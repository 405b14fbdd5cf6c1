import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyBatch, type ImportBatch } from '../../../../src/seed/import/batch';
import { mergeBatch, readSeedTables, type SeedTables } from '../../../../src/seed/import/merge';
import { formatMergeReport } from '../../../../src/seed/import/report';
import { main } from '../../../../src/seed/import/cli';
import { type Table } from '../../../../src/seed/import/table';
import { dataset } from './datasets';

const DATASET = {
  key: 'cim',
  title: 'CIM',
  version: 'v2',
  licence: 'CC BY 4.0',
  url: 'https://www.cleaninvestmentmonitor.org',
};
const table = (header: string[], rows: Array<Record<string, string>>): Table => ({ header, rows });

function tables(): SeedTables {
  return {
    facilities: table(
      ['id', 'name', 'kind', 'status', 'city', 'dataset_ref', 'imported_from'],
      [
        {
          id: 'fac:curated',
          name: 'Curated plant',
          kind: 'CATHODE',
          status: 'OPERATING',
          city: '',
          dataset_ref: 'cim:A;gppd:X',
          imported_from: '',
        },
        {
          id: 'fac:cim-b',
          name: 'B',
          kind: 'CELL',
          status: 'PLANNED',
          city: 'Old',
          dataset_ref: 'cim:B',
          imported_from: 'cim v1',
        },
        {
          id: 'fac:cim-gone',
          name: 'Gone',
          kind: 'CELL',
          status: 'PLANNED',
          city: '',
          dataset_ref: 'cim:GONE',
          imported_from: 'cim v1',
        },
        {
          id: 'fac:cim-c',
          name: 'Taken id',
          kind: 'CELL',
          status: 'PLANNED',
          city: '',
          dataset_ref: '',
          imported_from: '',
        },
      ],
    ),
    companies: table(['id', 'name'], [{ id: 'co:x', name: 'X' }]),
    ownership: table(['company', 'facility'], []),
    outputs: table(['facility', 'mineral'], [{ facility: 'fac:curated', mineral: 'lithium' }]),
  };
}

function batch(): ImportBatch {
  const b = emptyBatch(DATASET, ['kind', 'status', 'city', 'lat']);
  b.facilities.push(
    {
      id: 'fac:cim-a',
      name: 'A from dataset',
      kind: 'PRECURSOR_CATHODE',
      status: 'OPERATING',
      city: 'Here',
      lat: '35.606',
      dataset_ref: 'cim:A',
    },
    {
      id: 'fac:cim-b',
      name: 'B',
      kind: 'CELL',
      status: 'CONSTRUCTION',
      city: 'Old',
      dataset_ref: 'cim:B',
      operator: 'co:new',
    },
    { id: 'fac:cim-c', name: 'C', kind: 'CELL', status: 'PLANNED', city: '', dataset_ref: 'cim:C' },
  );
  b.companies.push({ id: 'co:new', name: 'New' }, { id: 'co:unused', name: 'Unused' });
  b.outputs.push({ facility: 'fac:cim-a', mineral: 'lithium' }, { facility: 'fac:cim-c', mineral: 'nickel' });
  return b;
}

describe('mergeBatch', () => {
  it('keeps curated values, fills their empty cells, and reports every differing value', () => {
    const t = tables();
    const report = mergeBatch(t, batch());
    const curated = t.facilities.rows.find((r) => r.id === 'fac:curated')!;
    expect(curated).toMatchObject({
      name: 'Curated plant',
      kind: 'CATHODE',
      city: 'Here',
      lat: '35.606',
      imported_from: '',
    });
    expect(report.kept).toEqual(['fac:curated']);
    expect(report.conflicts).toEqual([
      { id: 'fac:curated', column: 'kind', curated: 'CATHODE', dataset: 'PRECURSOR_CATHODE' },
    ]);
    expect(report.filled.map((f) => f.column).sort()).toEqual(['city', 'lat']);
  });

  it('refreshes rows of an earlier import, adds new ones under a free id, and reports those the dataset dropped', () => {
    const t = tables();
    const report = mergeBatch(t, batch());
    expect(t.facilities.rows.find((r) => r.id === 'fac:cim-b')).toMatchObject({
      status: 'CONSTRUCTION',
      imported_from: 'cim v2',
    });
    expect(report.updated).toEqual([{ id: 'fac:cim-b', columns: ['status', 'operator'] }]);
    expect(report.added).toEqual(['fac:cim-c-2']);
    expect(report.missing).toEqual(['fac:cim-gone']);
    expect(t.facilities.header).toContain('lat');
  });

  it('adds only the companies a written row names, and outputs keyed to the final ids', () => {
    const t = tables();
    const report = mergeBatch(t, batch());
    expect(t.companies.rows.map((r) => r.id)).toEqual(['co:x', 'co:new']);
    expect(t.outputs.rows).toEqual([
      { facility: 'fac:curated', mineral: 'lithium' },
      { facility: 'fac:cim-c-2', mineral: 'nickel' },
    ]);
    expect(report.outputsAdded).toBe(1);
  });

  it('reports as gone only rows the file speaks for', () => {
    const t = tables();
    const b = batch();
    b.covers = (token) => token !== 'cim:GONE';
    expect(mergeBatch(t, b).missing).toEqual([]);
  });

  it('is idempotent: a second run of the same batch changes nothing', () => {
    const t = tables();
    mergeBatch(t, batch());
    const again = mergeBatch(t, batch());
    expect(again.added).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.unchanged).toBe(2);
    expect(formatMergeReport(again).join('\n')).toContain('facilities added: 0');
  });
});

describe('seed:import CLI', () => {
  function seedCopy(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-import-'));
    fs.writeFileSync(
      path.join(dir, 'facilities.csv'),
      'id,name,kind,status,dataset_ref\r\nfac:rb,Robert-Bourassa,POWER_PLANT,OPERATING,gppd:CAN0002223\r\n',
    );
    return dir;
  }
  const sink = () => {
    let text = '';
    return { stream: { write: (s: string) => (text += s) }, text: () => text };
  };

  it('merges a GPPD slice into a seed directory and prints the report', () => {
    const dir = seedCopy();
    const out = sink();
    expect(main(['gppd', dataset('gppd', 'gppd_CAN_slice.csv'), '--out', dir], out.stream, sink().stream)).toBe(0);
    expect(out.text()).toContain('facilities added: 1');
    expect(out.text()).toContain('curated facilities matched (kept): 1');
    const t = readSeedTables(dir);
    expect(t.facilities.rows.map((r) => r.id)).toEqual(['fac:rb', 'fac:pp-churchill-falls-can0002128']);
    expect(fs.readFileSync(path.join(dir, 'facilities.csv'), 'utf8')).toMatch(/\r\n$/);
    expect(t.facilities.rows[1].imported_from).toMatch(/^gppd 1\.3\.0/);
    const again = sink();
    expect(main(['gppd', dataset('gppd', 'gppd_CAN_slice.csv'), '--out', dir], again.stream, sink().stream)).toBe(0);
    expect(again.text()).toContain('facilities added: 0');
    expect(again.text()).toContain('facilities of earlier imports refreshed: 0 changed, 1 unchanged');
  });

  it('writes nothing on --dry-run', () => {
    const dir = seedCopy();
    const before = fs.readFileSync(path.join(dir, 'facilities.csv'), 'utf8');
    expect(
      main(['gppd', dataset('gppd', 'gppd_CAN_slice.csv'), '--out', dir, '--dry-run'], sink().stream, sink().stream),
    ).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'facilities.csv'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(dir, 'companies.csv'))).toBe(false);
  });

  it('refuses a file of another dataset with a located error, and a usage error with status 2', () => {
    const dir = seedCopy();
    const err = sink();
    expect(main(['cim', dataset('gppd', 'gppd_CAN_slice.csv'), '--out', dir], sink().stream, err.stream)).toBe(1);
    expect(err.text()).toMatch(/gppd_CAN_slice\.csv:1: missing column\(s\) 'unique_id'/);
    expect(main(['nope', 'x'], sink().stream, sink().stream)).toBe(2);
  });
});
