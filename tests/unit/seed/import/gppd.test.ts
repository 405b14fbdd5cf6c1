import { importGppd } from '../../../../src/seed/import/gppd';
import { CompanyMatcher } from '../../../../src/seed/import/names';
import { readTable } from '../../../../src/seed/import/table';
import { dataset } from './datasets';

describe('GPPD importer on slices of the v1.3.0 country tables', () => {
  const matcher = () => new CompanyMatcher([{ id: 'co:hydro-quebec', name: 'Hydro-Québec' }]);

  it('keeps Canadian plants of at least 100 MW, as operating power plants dated to the capacity data year', () => {
    const batch = importGppd(readTable(dataset('gppd', 'gppd_CAN_slice.csv')), matcher());
    expect(batch.read).toBe(4);
    expect(batch.skipped).toEqual(new Map([['capacity below 100 MW', 2]]));
    const rb = batch.facilities.find((f) => f.dataset_ref === 'gppd:CAN0002223')!;
    expect(rb).toMatchObject({
      kind: 'POWER_PLANT',
      status: 'OPERATING',
      country: 'CA',
      capacity_mw: '5616',
      primary_fuel: 'Hydro',
      confidence: 'reported',
    });
    expect(rb.status_as_of).toMatch(/^\d{4}$/);
    expect(rb.source).toMatch(/^https?:\/\//);
  });

  it('records the owner as OWNS, reusing a curated company, and adds no company for a plant without owner', () => {
    const batch = importGppd(readTable(dataset('gppd', 'gppd_CAN_slice.csv')), matcher());
    expect(batch.ownership).toEqual([
      expect.objectContaining({ company: 'co:hydro-quebec', facility: 'fac:pp-robert-bourassa-can0002223' }),
    ]);
    expect(batch.companies).toEqual([]);
  });

  it('applies 500 MW in the US', () => {
    const us = importGppd(readTable(dataset('gppd', 'gppd_USA_slice.csv')), matcher(), { minMw: 600 });
    expect(us.facilities.map((f) => f.name).sort()).toEqual(['Grand Coulee', 'Palo Verde']);
    expect(us.skipped).toEqual(new Map([['capacity below 600 MW', 1]]));
  });

  it('takes the threshold from the options', () => {
    const batch = importGppd(readTable(dataset('gppd', 'gppd_CAN_slice.csv')), matcher(), { minMw: 20 });
    expect(batch.facilities.map((f) => f.name).sort()).toEqual(['Aberfeldie', 'Churchill Falls', 'Robert-Bourassa']);
  });

  it('cites the record URL when it is http(s), the dataset page otherwise', () => {
    const us = importGppd(readTable(dataset('gppd', 'gppd_USA_slice.csv')), matcher());
    expect(us.facilities).toHaveLength(3);
    for (const f of us.facilities) expect(f.source).toMatch(/^https?:\/\//);
    const mx = importGppd(readTable(dataset('gppd', 'gppd_MEX_slice.csv')), matcher());
    expect(mx.facilities.map((f) => f.country)).toEqual(['MX', 'MX']);
  });
});
