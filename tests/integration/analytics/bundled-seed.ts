import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/neo4j/local';

/**
 * The columns of each seed file that hold node ids (`;`-separated lists allowed), from the CSV
 * contract: prefixing exactly these keeps the bundled dataset intact but apart from other tests.
 */
const ID_COLUMNS: Record<string, readonly string[]> = {
  'countries.csv': ['id'],
  'regions.csv': ['id', 'country'],
  'sectors.csv': ['id'],
  'minerals.csv': ['id'],
  'companies.csv': ['id', 'country', 'parent'],
  'facilities.csv': ['id', 'operator', 'country', 'region', 'sectors'],
  'agreements.csv': ['id'],
  'outputs.csv': ['facility', 'mineral'],
  'inputs.csv': ['facility', 'mineral'],
  'ownership.csv': ['company', 'facility'],
  'supply.csv': ['supplier', 'customer', 'mineral', 'agreement'],
  'agreement_parties.csv': ['agreement', 'party'],
  'agreement_scope.csv': ['agreement', 'target'],
};

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** A temp copy of the bundled seed/ directory with every node id prefixed. */
export function prefixedBundledSeed(prefix: string): string {
  const from = path.join(REPO_ROOT, 'seed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naig-analytics-seed-'));
  for (const file of fs.readdirSync(from).filter(f => f.endsWith('.csv'))) {
    const rows = parse(fs.readFileSync(path.join(from, file), 'utf8'), { bom: true }) as string[][];
    const [header, ...body] = rows;
    const idCols = new Set((ID_COLUMNS[file] ?? []).map(c => header.indexOf(c)).filter(i => i >= 0));
    const out = body.map(r => r.map((v, i) => (idCols.has(i) && v.trim() ? v.split(';').map(x => `${prefix}${x.trim()}`).join(';') : v)));
    fs.writeFileSync(path.join(dir, file), [header, ...out].map(r => r.map(quote).join(',')).join('\n') + '\n');
  }
  return dir;
}
