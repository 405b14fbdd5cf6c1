import { type DatasetInfo, emptyBatch, type ImportBatch, skip } from './batch';
import { slug } from './names';
import { type Row, type Table } from './table';

/** USGS "Lithium Deposits in the United States" (2019 data release): Site.csv with History.csv. */
export const USGS_LITHIUM_DATASET: DatasetInfo = {
  key: 'usgs-li',
  title: 'the USGS data release Lithium Deposits in the United States',
  version: '2019 (doi:10.5066/P9ZKRWQF, readme of 2019-08-05)',
  licence: 'US public domain',
  url: 'https://doi.org/10.5066/P9ZKRWQF',
};

/** MinMod (DARPA CriticalMAAS) site tables, USGS-sourced rows. */
export const MINMOD_DATASET: DatasetInfo = {
  key: 'minmod',
  title: 'MinMod USGS-sourced mineral sites',
  version: 'umn-ta2-mineral-site-linkage commit 91b8486 (2024-08-30)',
  licence: 'US public domain records; MIT compilation',
  url: 'https://github.com/DARPA-CRITICALMAAS/umn-ta2-mineral-site-linkage',
};

const FACT_COLUMNS = ['kind', 'status', 'country', 'region', 'lat', 'lon'];
const NULL = '<Null>';
const cell = (v: string | undefined) => (v === undefined || v === NULL ? '' : v.trim());
const LITHIUM_WORDS = /lithium|li2co3|spodumene/i;

/**
 * The status of a USGS lithium site from its History entries: a producer (an `Active` entry) is
 * OPERATING when an Active entry is open-ended or runs to the year before the record's update, else
 * CLOSED (past producer); a site with `Development` entries only is PLANNED. Exploration, Discovery
 * and Evaluation alone mean an occurrence or prospect: undefined (left out).
 */
export function lithiumSiteStatus(
  history: Row[],
  updated: string,
): { status: string; asOf: string; producedLithium: boolean } | undefined {
  const active = history.filter((h) => h.Status === 'Active');
  const updatedYear = Number(updated.slice(0, 4));
  const producedLithium = active.some((h) => LITHIUM_WORDS.test(h.StatDetail ?? ''));
  if (active.length > 0) {
    const ongoing = active.some((h) => cell(h.Year_To) === '' || Number(h.Year_To) >= updatedYear - 1);
    if (ongoing) return { status: 'OPERATING', asOf: updated, producedLithium };
    const last = Math.max(...active.map((h) => Number(h.Year_To)).filter((y) => Number.isFinite(y)));
    return { status: 'CLOSED', asOf: Number.isFinite(last) ? String(last) : updated, producedLithium };
  }
  if (history.some((h) => h.Status === 'Development')) {
    const last = Math.max(...history.filter((h) => h.Status === 'Development').map((h) => Number(h.Year_From)));
    return { status: 'PLANNED', asOf: Number.isFinite(last) ? String(last) : updated, producedLithium };
  }
  return undefined;
}

/** Turns Site.csv + History.csv of the USGS lithium release into mine rows: producers and developed sites. */
export function importUsgsLithium(sites: Table, history: Table, stateOf: (row: Row) => string): ImportBatch {
  const batch = emptyBatch(USGS_LITHIUM_DATASET, FACT_COLUMNS);
  for (const s of sites.rows) {
    batch.read++;
    const siteId = s['Site_ID *'];
    const entries = history.rows.filter((h) => h['Site_ID *'] === siteId);
    const status = lithiumSiteStatus(entries, cell(s.Last_Updt));
    if (!status) {
      skip(batch, 'no production or development in its history (occurrence or prospect)');
      continue;
    }
    const id = `fac:usgs-li-${slug(s.Site_Name)}-${siteId.toLowerCase()}`;
    const state = stateOf(s);
    batch.facilities.push({
      id,
      name: s.Site_Name,
      kind: 'MINE',
      status: status.status,
      country: 'US',
      region: state ? `US-${state}` : '',
      lat: cell(s.Approx_Lat),
      lon: cell(s.Approx_Lon),
      sectors: 'sec:critical-minerals',
      source: USGS_LITHIUM_DATASET.url,
      source_kind: 'dataset-landing-page',
      confidence: 'confirmed',
      note: `USGS lithium site ${siteId}; commodities '${cell(s.Commodity)}'. Status from the release's History table as of ${status.asOf}: ${entries
        .map((h) => `${h.Status} ${cell(h.Year_From)}-${cell(h.Year_To)}`)
        .join(
          '; ',
        )}.${status.producedLithium ? '' : ' The history does not say lithium was produced here: no lithium output is recorded.'}`,
      dataset_ref: `usgs-li:${siteId}`,
      geo_source: 'usgs-li',
      status_as_of: status.asOf,
    });
    if (status.producedLithium) {
      batch.outputs.push({
        facility: id,
        mineral: 'lithium',
        confidence: 'confirmed',
        note: `USGS lithium site ${siteId} history.`,
        source: USGS_LITHIUM_DATASET.url,
      });
    }
  }
  return batch;
}

/** The state of a USGS lithium site: from its first point feature (Loc_Pt.csv), else the Site_ID prefix. */
export function lithiumStateOf(points: Table): (site: Row) => string {
  const bySite = new Map<string, string>();
  for (const p of points.rows)
    if (!bySite.has(p['Site_ID *']) && cell(p.State)) bySite.set(p['Site_ID *'], cell(p.State));
  return (site) => bySite.get(site['Site_ID *']) ?? site['Site_ID *'].slice(0, 2);
}

const COUNTRY: Record<string, string> = { 'United States': 'US', Canada: 'CA', Mexico: 'MX' };
/** Significant-deposit compilations among MinMod's USGS sources. */
export const MINMOD_SIGNIFICANT = ['https://mrdata.usgs.gov/major-deposits'];

/** `POINT (lon lat)` to numbers. */
export function parsePoint(wkt: string): { lat: number; lon: number } | undefined {
  const m = /^POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(wkt.trim());
  return m ? { lon: Number(m[1]), lat: Number(m[2]) } : undefined;
}

/** The `dataset_ref` token of a MinMod record: `minmod:<last part of source_id>:<record id>`, e.g. `minmod:mrds:10212814`. */
export function minmodRef(r: Row): string {
  const source = r.source_id.replace(/\/+$/, '').split('/').pop() ?? r.source_id;
  return `minmod:${source}:${r.record_id}`;
}

/**
 * MinMod records carry no status (producer, past producer or occurrence), and the graph needs one: so
 * the MinMod importer adds no facility of its own. It fills coordinates of the rows that cite a record
 * (`dataset_ref`), and lists the significant deposits (USGS major-deposits compilation) that no row
 * cites yet as candidates for a curator.
 */
export function importMinmod(table: Table, cited: ReadonlySet<string>): ImportBatch {
  const batch = emptyBatch(MINMOD_DATASET, FACT_COLUMNS);
  for (const r of table.rows) {
    batch.read++;
    const country = COUNTRY[r.country];
    const ref = minmodRef(r);
    if (!country) {
      skip(batch, `country '${r.country}' outside North America`);
      continue;
    }
    const point = parsePoint(r.location);
    if (cited.has(ref)) {
      batch.facilities.push({
        id: `fac:minmod-${slug(r.record_id)}`,
        name: r.site_name,
        country,
        lat: point ? String(point.lat) : '',
        lon: point ? String(point.lon) : '',
        geo_source: point ? 'minmod' : '',
        dataset_ref: ref,
      });
    } else if (MINMOD_SIGNIFICANT.includes(r.source_id)) {
      batch.candidates.push(
        `${ref} ${r.site_name} (${r.country}${r.state_or_province ? `, ${r.state_or_province}` : ''}): ${r.commodity}`,
      );
      skip(batch, 'significant deposit, no status in the dataset: listed as a candidate');
    } else {
      skip(batch, 'not cited by a facility row and not a significant deposit');
    }
  }
  return batch;
}
