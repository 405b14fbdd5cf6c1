import { cimKind, cityOf, importCim } from '../../../../src/seed/import/cim';
import { CompanyMatcher } from '../../../../src/seed/import/names';
import { readTable } from '../../../../src/seed/import/table';
import { dataset } from './datasets';

const curated = new CompanyMatcher([
  { id: 'co:tesla', name: 'Tesla, Inc.' },
  { id: 'co:ultium-cells', name: 'Ultium Cells LLC' },
  { id: 'co:hemlock', name: 'Hemlock Semiconductor Corporation' },
]);

describe('CIM importer on a slice of the 2024_Q4 export', () => {
  const batch = importCim(readTable(dataset('cim', 'cim_manufacturing_slice.csv')), curated);
  const byRef = (ref: string) => batch.facilities.find((f) => f.dataset_ref === `cim:${ref}`);

  it('keeps the chain technologies of the manufacturing segment and says why the others are left out', () => {
    expect(batch.read).toBe(19);
    expect(batch.facilities.map((f) => f.dataset_ref).sort()).toEqual(
      [
        'M.B.6K_TN_0',
        'M.B.ABB_VA_0',
        'M.B.Cirba_OH_0',
        'M.B.Entek_IN_0',
        'M.B.Novonix_TN_1',
        'M.B.Syrah_LA_0',
        'M.B.Tesla_NV_1',
        'M.B.Ultium_OH_0',
        'M.CM.Albemarle_NV_0',
        'M.CM.Nth_OH_0',
        'M.CM.Titan_NY_0',
        'M.CM.USARare_OK_0',
        'M.S.Hemlock_MI_1',
        'M.S.NorSun_OK_0',
        'M.S.Qcells_GA_3',
        'M.Z.Arrival_NC_0',
      ].map((id) => `cim:${id}`),
    );
    expect([...batch.skipped.keys()].sort()).toEqual([
      "segment 'Energy and Industry' (not manufacturing)",
      "technology 'Fueling Equipment / EV Chargers' outside the chain",
      "technology 'Solar / Modules' outside the chain",
    ]);
  });

  it('maps categories to kinds by the documented table', () => {
    const kinds = Object.fromEntries(batch.facilities.map((f) => [f.dataset_ref.slice(4), f.kind]));
    expect(kinds).toMatchObject({
      'M.B.6K_TN_0': 'CATHODE',
      'M.B.Novonix_TN_1': 'ANODE',
      'M.B.Cirba_OH_0': 'RECYCLING',
      'M.B.Entek_IN_0': 'BATTERY_COMPONENT',
      'M.B.Syrah_LA_0': 'ANODE',
      'M.B.Tesla_NV_1': 'CELL',
      'M.B.ABB_VA_0': 'PACK',
      'M.Z.Arrival_NC_0': 'EV_ASSEMBLY',
      'M.CM.Albemarle_NV_0': 'REFINERY',
      'M.CM.Nth_OH_0': 'RECYCLING',
      'M.CM.Titan_NY_0': 'MINE',
      'M.S.Hemlock_MI_1': 'POLYSILICON',
      'M.S.NorSun_OK_0': 'WAFER',
      'M.S.Qcells_GA_3': 'WAFER',
    });
    expect(cimKind('Wind', 'Blades', 'X')).toBeUndefined();
  });

  it('maps statuses, dates them to the release, and marks EAM kinds as reported', () => {
    const sixK = byRef('M.B.6K_TN_0')!;
    expect(sixK).toMatchObject({
      status: 'CONSTRUCTION',
      status_as_of: '2024-12',
      confidence: 'reported',
      country: 'US',
      region: 'US-TN',
      city: 'Jackson',
    });
    expect(sixK.note).toContain("CIM says only 'EAM'");
    expect(byRef('M.B.Ultium_OH_0')).toMatchObject({
      status: 'OPERATING',
      confidence: 'confirmed',
      operator: 'co:ultium-cells',
    });
  });

  it('names an operator only when the row names one company, matching curated companies by name', () => {
    expect(byRef('M.B.Tesla_NV_1')!.operator).toBe('');
    expect(byRef('M.B.Tesla_NV_1')!.cim_company).toBe('Tesla Inc, Panasonic Corp');
    expect(byRef('M.S.Hemlock_MI_1')!.operator).toBe('co:hemlock');
    expect(byRef('M.B.6K_TN_0')!.operator).toBe('co:6k-energy');
    expect(batch.companies.find((c) => c.id === 'co:6k-energy')).toMatchObject({
      name: '6K Energy',
      confidence: 'reported',
    });
  });

  it('records what a processing plant produces from its subcategory', () => {
    const outputs = batch.outputs.map((o) => `${o.facility}>${o.mineral}`).sort();
    expect(outputs).toEqual(
      expect.arrayContaining([
        'fac:cim-m-cm-albemarle-nv-0>lithium',
        'fac:cim-m-cm-titan-ny-0>zinc',
        'fac:cim-m-cm-usarare-ok-0>neodymium',
        'fac:cim-m-cm-usarare-ok-0>rare-earths',
        'fac:cim-m-s-hemlock-mi-1>silicon',
      ]),
    );
    expect(batch.outputs.some((o) => o.facility === 'fac:cim-m-b-tesla-nv-1')).toBe(false);
  });

  it('reads the city only from a well-formed address', () => {
    expect(cityOf('Riverside Dr, Jackson, TN  38301')).toBe('Jackson');
    expect(cityOf('1 Main St, S.C.')).toBe('');
  });
});
