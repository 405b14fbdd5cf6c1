import { type DatasetInfo, emptyBatch, type ImportBatch, skip } from './batch';
import { resolveCompany } from './companies';
import { type CompanyMatcher, slug } from './names';
import { type Row, type Table } from './table';

/** Global Power Plant Database, per-country source tables (USA, CAN, MEX). */
export const GPPD_DATASET: DatasetInfo = {
  key: 'gppd',
  title: 'the Global Power Plant Database',
  version: '1.3.0 (wri/global-power-plant-database commit 7a91cfb)',
  licence: 'CC BY 4.0',
  url: 'https://github.com/wri/global-power-plant-database',
};

export const GPPD_COUNTRIES: Record<string, string> = { USA: 'US', CAN: 'CA', MEX: 'MX' };
/**
 * Smallest capacity kept, by country: 500 MW in the US; 100 MW in Canada and Mexico, whose grids are smaller and
 * hydro-heavy (their 100-500 MW stations include the smelters' own hydro plants, e.g. Rio Tinto's Saguenay stations).
 */
export const DEFAULT_MIN_MW: Readonly<Record<string, number>> = { US: 500, CA: 100, MX: 100 };

const FACT_COLUMNS = ['kind', 'status', 'country', 'lat', 'lon', 'capacity_mw', 'primary_fuel'];

export interface GppdOptions {
  /** Plants below this capacity (MW) are left out; one figure for every country, or one per country. */
  minMw: number | Readonly<Record<string, number>>;
}

/** Turns a GPPD country table into power-plant rows: plants of at least the minimum capacity with coordinates, in CA/US/MX. */
export function importGppd(
  table: Table,
  matcher: CompanyMatcher,
  options: GppdOptions = { minMw: DEFAULT_MIN_MW },
): ImportBatch {
  const batch = emptyBatch(GPPD_DATASET, FACT_COLUMNS);
  // A country file speaks only for its own country's plants (gppd_idnr starts with the country code).
  const countries = new Set<string>();
  batch.covers = (token) => [...countries].some((c) => token.startsWith(`gppd:${c}`));
  for (const r of table.rows) {
    batch.read++;
    countries.add(r.country);
    const country = GPPD_COUNTRIES[r.country];
    if (!country) {
      skip(batch, `country '${r.country}' outside North America`);
      continue;
    }
    const mw = Number(r.capacity_mw);
    const min = typeof options.minMw === 'number' ? options.minMw : (options.minMw[country] ?? 500);
    if (!(mw >= min)) {
      skip(batch, `capacity below ${min} MW`);
      continue;
    }
    if (r.latitude === '' || r.longitude === '') {
      skip(batch, 'no coordinates');
      continue;
    }
    const id = `fac:pp-${slug(r.name)}-${r.gppd_idnr.toLowerCase()}`;
    const owners = r.owner
      .split(';')
      .map((o) => o.trim())
      .filter((o) => o !== '');
    for (const owner of owners) {
      const company = resolveCompany(owner, matcher, batch, GPPD_DATASET);
      if (company) {
        batch.ownership.push({
          company,
          facility: id,
          confidence: 'reported',
          note: `GPPD owner field '${r.owner}' (data year ${r.year_of_capacity_data || 'not given'}); share not given.`,
        });
      }
    }
    batch.facilities.push(plantRow(r, id, country, mw));
  }
  return batch;
}

function plantRow(r: Row, id: string, country: string, mw: number): Row {
  const year = r.commissioning_year ? String(Math.floor(Number(r.commissioning_year))) : '';
  const recordUrl = /^https?:\/\//.test(r.url) ? r.url : '';
  return {
    id,
    name: r.name,
    kind: 'POWER_PLANT',
    status: 'OPERATING',
    country,
    lat: r.latitude,
    lon: r.longitude,
    sectors: 'sec:energy',
    source: recordUrl || GPPD_DATASET.url,
    source_kind: recordUrl ? 'dataset-record-url' : 'dataset-landing-page',
    confidence: 'reported',
    note: `GPPD ${r.primary_fuel || 'unknown fuel'} plant, ${mw} MW (capacity data year ${r.year_of_capacity_data || 'not given'}; source '${r.source}'). Status is as of the data year: GPPD is not maintained since 2022, so a plant closed since then still shows OPERATING.`,
    dataset_ref: `gppd:${r.gppd_idnr}`,
    geo_source: 'gppd',
    status_as_of: r.year_of_capacity_data || '2019',
    capacity_mw: String(mw),
    primary_fuel: r.primary_fuel,
    gppd_commissioning_year: year,
    gppd_owner: r.owner,
  };
}
