import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type GraphDatabase } from '../../../src/neo4j/driver';
import { seedFromDirectory } from '../../../src/seed';

/** A one-mine Québec graph under a test's unique id prefix, loaded through the seed CSV contract. */
export interface QuebecFixture {
  country: string;
  region: string;
  company: string;
  mineral: string;
  mine: string;
}

export async function loadQuebecFixture(db: GraphDatabase, prefix: string): Promise<QuebecFixture> {
  const f: QuebecFixture = {
    country: `${prefix}CA`,
    region: `${prefix}CA-QC`,
    company: `${prefix}co-sayona`,
    mineral: `${prefix}lithium`,
    mine: `${prefix}nal-mine`,
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-fixture-'));
  const files: Record<string, string[]> = {
    'countries.csv': ['id,name', `${f.country},Canada (fixture)`],
    'regions.csv': ['id,name,country', `${f.region},Québec (fixture),${f.country}`],
    'companies.csv': ['id,name,country', `${f.company},Sayona Québec,${f.country}`],
    'minerals.csv': ['id,name,symbol', `${f.mineral},Lithium,Li`],
    'facilities.csv': [
      'id,name,kind,status,operator,country,region,city,lat,lon,startYear',
      `${f.mine},North American Lithium,MINE,OPERATING,${f.company},${f.country},${f.region},La Corne,48.3,-77.9,2012`,
    ],
    'outputs.csv': ['facility,mineral,capacity,unit', `${f.mine},${f.mineral},226000,t/y spodumene concentrate`],
  };
  try {
    for (const [name, lines] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
    const report = await seedFromDirectory(db, dir);
    if (!report.ok) throw new Error(`fixture rejected: ${JSON.stringify(report.issues.slice(0, 3))}`);
    return f;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
