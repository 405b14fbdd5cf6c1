/** The fixed part of a synthetic dataset: countries, regions, minerals and sectors (plausible, not exhaustive). */
export interface CountryDef {
  code: string;
  name: string;
  lat: number;
  lon: number;
}
export interface RegionDef {
  code: string;
  country: string;
  name: string;
  lat: number;
  lon: number;
  cities: readonly string[];
}

export const NORTH_AMERICA = ['CA', 'US', 'MX'] as const;

export const COUNTRIES: readonly CountryDef[] = [
  { code: 'CA', name: 'Canada', lat: 56.1, lon: -106.3 },
  { code: 'US', name: 'United States', lat: 39.8, lon: -98.6 },
  { code: 'MX', name: 'Mexico', lat: 23.6, lon: -102.6 },
  { code: 'AU', name: 'Australia', lat: -25.3, lon: 133.8 },
  { code: 'CL', name: 'Chile', lat: -30.0, lon: -71.0 },
  { code: 'AR', name: 'Argentina', lat: -34.0, lon: -64.0 },
  { code: 'CD', name: 'Democratic Republic of the Congo', lat: -4.0, lon: 21.8 },
  { code: 'ID', name: 'Indonesia', lat: -2.5, lon: 118.0 },
  { code: 'CN', name: 'China', lat: 35.9, lon: 104.2 },
  { code: 'JP', name: 'Japan', lat: 36.2, lon: 138.3 },
  { code: 'KR', name: 'South Korea', lat: 36.5, lon: 127.8 },
  { code: 'DE', name: 'Germany', lat: 51.2, lon: 10.5 },
];

/** Where overseas mines are (the rest of the chain is in North America). */
export const OVERSEAS_MINING = ['AU', 'CL', 'AR', 'CD', 'ID', 'CN'] as const;
/** Headquarters of foreign companies. */
export const OVERSEAS_HQ = ['JP', 'KR', 'CN', 'DE', 'AU'] as const;

const r = (country: string, code: string, name: string, lat: number, lon: number, cities: string[]): RegionDef => ({
  code: `${country}-${code}`,
  country,
  name,
  lat,
  lon,
  cities,
});

export const REGIONS: readonly RegionDef[] = [
  r('CA', 'ON', 'Ontario', 46.5, -81.0, ['Sudbury', 'Windsor', 'St. Thomas', 'Timmins', 'Loyalist']),
  r('CA', 'QC', 'Quebec', 46.8, -71.2, ['Bécancour', 'Montréal', 'Sept-Îles', 'Rouyn-Noranda']),
  r('CA', 'BC', 'British Columbia', 49.1, -117.7, ['Trail', 'Kitimat', 'Kamloops']),
  r('CA', 'AB', 'Alberta', 53.5, -113.5, ['Edmonton', 'Fort Saskatchewan', 'Calgary']),
  r('CA', 'SK', 'Saskatchewan', 52.1, -106.7, ['Saskatoon', 'Regina']),
  r('CA', 'MB', 'Manitoba', 55.7, -97.9, ['Thompson', 'Winnipeg']),
  r('CA', 'NL', 'Newfoundland and Labrador', 47.3, -53.9, ['Long Harbour', "Voisey's Bay"]),
  r('CA', 'NB', 'New Brunswick', 47.6, -65.7, ['Bathurst', 'Moncton']),
  r('CA', 'NT', 'Northwest Territories', 62.5, -114.4, ['Yellowknife']),
  r('US', 'NV', 'Nevada', 40.9, -117.7, ['Winnemucca', 'Reno', 'Tonopah', 'Silver Peak']),
  r('US', 'AZ', 'Arizona', 33.4, -111.9, ['Chandler', 'Morenci', 'Casa Grande']),
  r('US', 'NC', 'North Carolina', 35.2, -81.3, ['Kings Mountain', 'Charlotte', 'Liberty']),
  r('US', 'TN', 'Tennessee', 35.7, -86.9, ['Spring Hill', 'Clarksville', 'Stanton']),
  r('US', 'GA', 'Georgia', 34.2, -83.5, ['Commerce', 'Savannah', 'Bartow']),
  r('US', 'MI', 'Michigan', 42.7, -84.6, ['Detroit', 'Lansing', 'Holland']),
  r('US', 'OH', 'Ohio', 41.2, -80.9, ['Lordstown', 'Marysville', 'Columbus']),
  r('US', 'KY', 'Kentucky', 37.7, -85.9, ['Glendale', 'Bowling Green', 'Georgetown']),
  r('US', 'TX', 'Texas', 30.6, -97.4, ['Taylor', 'Austin', 'Corpus Christi']),
  r('US', 'CA', 'California', 37.5, -121.9, ['Fremont', 'Mountain Pass', 'San Jose']),
  r('US', 'IN', 'Indiana', 40.5, -86.1, ['Kokomo', 'New Carlisle']),
  r('US', 'SC', 'South Carolina', 34.9, -82.2, ['Greer', 'Summerville']),
  r('US', 'MN', 'Minnesota', 46.8, -92.1, ['Tamarack', 'Duluth']),
  r('US', 'NY', 'New York', 42.9, -73.8, ['Malta', 'Syracuse']),
  r('US', 'ID', 'Idaho', 45.2, -113.9, ['Salmon', 'Boise']),
  r('MX', 'SON', 'Sonora', 29.1, -110.9, ['Hermosillo', 'Bacadéhuachi', 'Cananea']),
  r('MX', 'NLE', 'Nuevo León', 25.7, -100.3, ['Monterrey', 'Santa Catarina', 'Apodaca']),
  r('MX', 'COA', 'Coahuila', 25.4, -101.0, ['Saltillo', 'Ramos Arizpe', 'Monclova']),
  r('MX', 'CHH', 'Chihuahua', 28.6, -106.1, ['Chihuahua', 'Ciudad Juárez']),
  r('MX', 'GUA', 'Guanajuato', 20.9, -101.3, ['Silao', 'Celaya']),
  r('MX', 'JAL', 'Jalisco', 20.7, -103.3, ['Guadalajara', 'Tlajomulco']),
  r('MX', 'ZAC', 'Zacatecas', 23.2, -102.9, ['Fresnillo', 'Zacatecas']),
  r('MX', 'SLP', 'San Luis Potosí', 22.2, -101.0, ['San Luis Potosí']),
  r('MX', 'BCN', 'Baja California', 32.5, -115.0, ['Mexicali', 'Tijuana']),
];

export interface MineralDef {
  id: string;
  name: string;
  symbol?: string;
  critical: readonly string[];
}

const BOTH = ['CA-2024', 'US-2025'];
export const MINERALS: readonly MineralDef[] = [
  { id: 'lithium', name: 'Lithium', symbol: 'Li', critical: BOTH },
  { id: 'nickel', name: 'Nickel', symbol: 'Ni', critical: BOTH },
  { id: 'cobalt', name: 'Cobalt', symbol: 'Co', critical: BOTH },
  { id: 'manganese', name: 'Manganese', symbol: 'Mn', critical: BOTH },
  { id: 'graphite', name: 'Graphite', symbol: 'C', critical: BOTH },
  { id: 'copper', name: 'Copper', symbol: 'Cu', critical: BOTH },
  { id: 'aluminum', name: 'Aluminum', symbol: 'Al', critical: BOTH },
  { id: 'silicon', name: 'Silicon metal', symbol: 'Si', critical: BOTH },
  { id: 'gallium', name: 'Gallium', symbol: 'Ga', critical: BOTH },
  { id: 'germanium', name: 'Germanium', symbol: 'Ge', critical: BOTH },
  { id: 'rare-earths', name: 'Rare earth elements', critical: BOTH },
  { id: 'platinum-group', name: 'Platinum group metals', symbol: 'PGM', critical: BOTH },
  { id: 'zinc', name: 'Zinc', symbol: 'Zn', critical: BOTH },
  { id: 'uranium', name: 'Uranium', symbol: 'U', critical: ['CA-2024'] },
  { id: 'iron', name: 'Iron ore', symbol: 'Fe', critical: [] },
];

export const SECTORS = [
  ['mining', 'Mining'],
  ['metals', 'Metals processing'],
  ['chemicals', 'Battery chemicals'],
  ['batteries', 'Batteries'],
  ['automotive', 'Automotive and electric vehicles'],
  ['semiconductors', 'Semiconductors'],
  ['energy', 'Energy'],
  ['recycling', 'Recycling'],
] as const;
export type SectorId = (typeof SECTORS)[number][0];
