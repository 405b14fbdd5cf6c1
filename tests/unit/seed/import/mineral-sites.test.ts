import {
  importMinmod,
  importUsgsLithium,
  lithiumSiteStatus,
  lithiumStateOf,
  minmodRef,
  parsePoint,
} from '../../../../src/seed/import/mineral-sites';
import { readTable } from '../../../../src/seed/import/table';
import { dataset } from './datasets';

const usgs = (file: string) => readTable(dataset('mineral_sites', 'usgs_lithium_deposits_us_2019', file));

describe('USGS lithium deposits importer', () => {
  const batch = importUsgsLithium(usgs('Site.csv'), usgs('History.csv'), lithiumStateOf(usgs('Loc_Pt.csv')));
  const site = (id: string) => batch.facilities.find((f) => f.dataset_ref === `usgs-li:${id}`);

  it('adds producers and past producers, leaves prospects out', () => {
    expect(batch.read).toBe(5);
    expect(site('NV00144')).toMatchObject({ kind: 'MINE', status: 'OPERATING', region: 'US-NV', country: 'US' });
    expect(site('NC00002')).toMatchObject({ status: 'CLOSED', region: 'US-NC' });
    expect(site('NV00118')).toBeUndefined();
    expect(batch.skipped.get('no production or development in its history (occurrence or prospect)')).toBe(1);
  });

  it('records a lithium output only where the history says lithium was produced', () => {
    expect(batch.outputs.map((o) => o.facility)).toContain(site('NV00144')!.id);
    expect(site('AR00002')!.note).toContain('no lithium output');
    expect(batch.outputs.map((o) => o.facility)).not.toContain(site('AR00002')!.id);
  });

  it('reads the status from History entries', () => {
    expect(
      lithiumSiteStatus(
        [{ Status: 'Active', Year_From: '1967', Year_To: '<Null>', StatDetail: 'Li2CO3' }],
        '2019-08-05',
      ),
    ).toEqual({
      status: 'OPERATING',
      asOf: '2019-08-05',
      producedLithium: true,
    });
    expect(
      lithiumSiteStatus([{ Status: 'Exploration', Year_From: '2017', Year_To: '2018', StatDetail: '' }], '2019-08-05'),
    ).toBeUndefined();
    expect(
      lithiumSiteStatus([{ Status: 'Development', Year_From: '1994', Year_To: '1994', StatDetail: '' }], '2019-08-05')
        ?.status,
    ).toBe('PLANNED');
  });
});

describe('MinMod importer', () => {
  const table = readTable(dataset('mineral_sites', 'minmod', 'nickel_sites_slice.csv'));

  it('fills only rows that cite a record, and lists significant deposits as candidates', () => {
    const batch = importMinmod(table, new Set(['minmod:major-deposits:1069']));
    expect(batch.facilities).toEqual([
      expect.objectContaining({ dataset_ref: 'minmod:major-deposits:1069', geo_source: 'minmod' }),
    ]);
    expect(batch.facilities[0].kind).toBeUndefined();
    expect(batch.candidates.join('\n')).toContain("Voisey's Bay");
    expect(batch.candidates.join('\n')).not.toContain('Raglan');
  });

  it('parses WKT points and builds the reference token the bundled rows use', () => {
    expect(parsePoint('POINT (-73.68 61.9)')).toEqual({ lon: -73.68, lat: 61.9 });
    expect(parsePoint('nonsense')).toBeUndefined();
    expect(minmodRef({ source_id: 'https://mrdata.usgs.gov/mrds', record_id: '10212814' })).toBe(
      'minmod:mrds:10212814',
    );
    expect(minmodRef({ source_id: 'https://doi.org/10.5066/P9K1HBNT', record_id: '194' })).toBe('minmod:P9K1HBNT:194');
  });
});
