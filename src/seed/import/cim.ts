import { type DatasetInfo, emptyBatch, type ImportBatch, skip } from './batch';
import { resolveCompany } from './companies';
import { type CompanyMatcher, slug, splitCompanies } from './names';
import { type Row, type Table } from './table';

/** Clean Investment Monitor facility export (manufacturing segment). Mapping tables: src/seed/import/README.md. */
export const CIM_DATASET: DatasetInfo = {
  key: 'cim',
  title: 'the Clean Investment Monitor',
  version: '2024_Q4.20250218.0',
  licence: 'CC BY 4.0',
  url: 'https://www.cleaninvestmentmonitor.org',
};

/** The snapshot date of the release's statuses (Q4 2024). */
export const CIM_STATUS_AS_OF = '2024-12';

export const CIM_STATUS: Record<string, string> = {
  Operating: 'OPERATING',
  'Under Construction': 'CONSTRUCTION',
  Announced: 'PLANNED',
  'Canceled prior to operation': 'CANCELLED',
  Retired: 'CLOSED',
};

/**
 * CIM says "EAM" (electrode active materials) for cathode, anode and other cell materials alike. The
 * company decides the kind: these lists name the EAM companies by product line (from the companies'
 * own descriptions of the plants); an EAM company not listed becomes BATTERY_COMPONENT.
 */
export const EAM_CATHODE = [
  '6K Energy',
  'Ascend Elements',
  'Mitra Chem',
  'Tesla',
  'LG Chem',
  'Redwood Materials',
  'ICL',
  'Wanrun New Energy',
  'SK ecoplant',
  'Gotion',
  'Aleon Renewables Metals',
];
export const EAM_ANODE = [
  'Advano',
  'Anovion Technologies',
  'Epsilon Advanced Material',
  'Graphite One',
  'Group14 Technologies',
  'NanoGraf',
  'Novonix',
  'Sila Nanotechnologies',
  'OneD Battery Sciences',
  'Amprius Technologies',
  'Superior Graphite',
  'Syrah Technologies',
  'Enzinc',
];
export const EAM_RECYCLING = [
  'American Battery Technology Company',
  'Cirba Solutions',
  'Cirba/Heritage Battery Recycling',
  'Ecobat',
  'Green Li-Ion',
];
/** Critical-minerals rows that recover metals from batteries rather than refine ore or brine. */
export const CM_RECYCLING = [
  'Ascend Elements',
  'BlueWhale Materials',
  'Li-Cycle',
  'Aqua Metals',
  'Nth Cycle',
  'Cirba Solutions',
];
/** Critical-minerals rows that are mines (CIM puts an ore mine's restart in the same category). */
export const CM_MINE = ['Titan Mining Corp'];

/** Subcategory words to mineral ids of `minerals.csv`, for critical-minerals and polysilicon rows. */
const MINERAL_WORDS: Array<[RegExp, string]> = [
  [/lithium|spodumene/i, 'lithium'],
  [/nickel/i, 'nickel'],
  [/cobalt/i, 'cobalt'],
  [/graphite/i, 'graphite'],
  [/manganese/i, 'manganese'],
  [/neodymium/i, 'neodymium'],
  [/rare.earth/i, 'rare-earths'],
  [/zinc/i, 'zinc'],
  [/polysilicon|wafer|ingot/i, 'silicon'],
];

const FACT_COLUMNS = ['kind', 'status', 'operator', 'country', 'region', 'city', 'lat', 'lon'];

const isAmong = (company: string, list: readonly string[]) =>
  list.some((name) => company.toLowerCase().startsWith(name.toLowerCase()));

/** The graph kind of a CIM manufacturing row, or undefined when the row is outside the chain (filtered). */
export function cimKind(technology: string, subcategory: string, company: string): string | undefined {
  const sub = subcategory.toLowerCase();
  switch (technology) {
    case 'Batteries':
      if (sub === 'aam') return 'ANODE';
      if (sub.includes('cells')) return 'CELL';
      if (sub === 'modules') return 'PACK';
      if (sub === 'eam') {
        if (isAmong(company, EAM_RECYCLING)) return 'RECYCLING';
        if (isAmong(company, EAM_CATHODE)) return 'CATHODE';
        if (isAmong(company, EAM_ANODE)) return 'ANODE';
        return 'BATTERY_COMPONENT';
      }
      return undefined;
    case 'Zero Emission Vehicles':
      return 'EV_ASSEMBLY';
    case 'Critical Minerals':
      if (isAmong(company, CM_RECYCLING)) return 'RECYCLING';
      if (isAmong(company, CM_MINE)) return 'MINE';
      return 'REFINERY';
    case 'Solar':
      if (sub.includes('polysilicon')) return 'POLYSILICON';
      if (sub.includes('wafer')) return 'WAFER';
      return undefined;
    default:
      return undefined;
  }
}

const SECTORS: Record<string, string> = {
  Batteries: 'sec:batteries;sec:electric-vehicles',
  'Zero Emission Vehicles': 'sec:electric-vehicles',
  'Critical Minerals': 'sec:critical-minerals',
  Solar: 'sec:semiconductors',
};

/** City from a CIM address "Street, City, ST  ZIP" (the part before the state); empty when the address has no such part. */
export function cityOf(address: string): string {
  const parts = address.split(',').map((p) => p.trim());
  if (parts.length < 2 || !/^[A-Z]{2}\s+\d{5}/.test(parts[parts.length - 1])) return '';
  const city = parts[parts.length - 2];
  return /^[A-Za-z][A-Za-z .'-]+$/.test(city) && !/\./.test(city.replace(/^(St|Ft|Mt)\. /, '')) ? city : '';
}

function mineralsOf(subcategory: string): string[] {
  const found = MINERAL_WORDS.filter(([re]) => re.test(subcategory)).map(([, id]) => id);
  // Rare-earth oxides with neodymium named: keep both; otherwise the group entry.
  return [...new Set(found)];
}

/**
 * Turns the CIM facility export (the whole file or its manufacturing subset) into seed rows: the
 * manufacturing segment, technologies of the battery/EV/critical-minerals/semiconductor chain only.
 */
export function importCim(table: Table, matcher: CompanyMatcher): ImportBatch {
  const batch = emptyBatch(CIM_DATASET, FACT_COLUMNS);
  for (const r of table.rows) {
    batch.read++;
    if (r.Segment !== 'Manufacturing') {
      skip(batch, `segment '${r.Segment}' (not manufacturing)`);
      continue;
    }
    const kind = cimKind(r.Technology, r.Subcategory, r.Company);
    if (!kind) {
      skip(batch, `technology '${r.Technology} / ${r.Subcategory}' outside the chain`);
      continue;
    }
    const status = CIM_STATUS[r.Current_Facility_Status];
    if (!status) {
      skip(batch, `unknown status '${r.Current_Facility_Status}'`);
      continue;
    }
    batch.facilities.push(facilityRow(r, kind, status, matcher, batch));
    for (const mineral of kind === 'REFINERY' ||
    kind === 'MINE' ||
    kind === 'RECYCLING' ||
    kind === 'POLYSILICON' ||
    kind === 'WAFER'
      ? mineralsOf(r.Subcategory)
      : []) {
      batch.outputs.push({
        facility: facilityId(r),
        mineral,
        confidence: 'confirmed',
        note: `CIM subcategory '${r.Subcategory}'.`,
        source: CIM_DATASET.url,
      });
    }
  }
  return batch;
}

export const facilityId = (r: Row) => `fac:cim-${slug(r.unique_id)}`;

function facilityRow(r: Row, kind: string, status: string, matcher: CompanyMatcher, batch: ImportBatch): Row {
  const names = splitCompanies(r.Company);
  const operator = names.length === 1 ? resolveCompany(names[0], matcher, batch, CIM_DATASET) : undefined;
  const city = cityOf(r.Address);
  const approximate = r.LatLon_Valid !== 'True';
  const eam = r.Subcategory === 'EAM';
  const notes = [
    `CIM: ${r.Technology} / ${r.Subcategory}; status '${r.Current_Facility_Status}'; company '${r.Company}'; project type ${r.Project_Type}.`,
    eam
      ? `CIM says only 'EAM' (electrode active materials); kind ${kind} assigned from the company's product line (importer table).`
      : '',
    names.length > 1 ? 'Several companies named: no operator set (see cim_company).' : '',
    approximate ? 'CIM marks the coordinates approximate (LatLon_Valid False).' : '',
    'CIM row has no URL; source is the CIM landing page.',
  ];
  return {
    id: facilityId(r),
    name: `${r.Company.replace(/\s*\(.*?\)/g, '')} ${city ? `${city} ` : ''}(${r.Subcategory})`
      .replace(/\s+/g, ' ')
      .trim(),
    kind,
    status,
    operator: operator ?? '',
    country: 'US',
    region: /^[A-Z]{2}$/.test(r.State) ? `US-${r.State}` : '',
    city,
    lat: r.Latitude ?? '',
    lon: r.Longitude ?? '',
    sectors: SECTORS[r.Technology] ?? '',
    source: CIM_DATASET.url,
    source_kind: 'dataset-landing-page',
    confidence: eam ? 'reported' : 'confirmed',
    note: notes.filter((n) => n !== '').join(' '),
    dataset_ref: `cim:${r.unique_id}`,
    geo_source: approximate ? 'cim-approximate' : 'cim',
    status_as_of: CIM_STATUS_AS_OF,
    cim_company: r.Company,
    cim_capex_musd_2023: r.Estimated_Total_Facility_CAPEX ?? '',
    cim_announced: r.Announcement_Date ?? '',
  };
}
