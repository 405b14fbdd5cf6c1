import fs from 'node:fs';
import { parse } from 'csv-parse/sync';

/** One CSV file held in memory: its header (column order kept) and its rows keyed by column. */
export interface Table {
  header: string[];
  rows: Row[];
}

export type Row = Record<string, string>;

/** Reads a whole CSV file (a dataset download or a seed file); a leading BOM is ignored. */
export function readTable(file: string): Table {
  const text = fs.readFileSync(file, 'utf8');
  const records: string[][] = parse(text, { bom: true, relax_column_count: false, skip_empty_lines: true });
  if (records.length === 0) return { header: [], rows: [] };
  const [header, ...body] = records;
  const rows = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { header, rows };
}

/** Reads a seed file, or an empty table with the given header when the file does not exist. */
export function readSeedTable(file: string, header: readonly string[]): Table {
  if (!fs.existsSync(file)) return { header: [...header], rows: [] };
  return readTable(file);
}

/** Quotes a cell only when RFC 4180 requires it. */
export function csvCell(value: string | undefined): string {
  const s = value ?? '';
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Writes a table the way the bundled seed files are written: RFC 4180, CRLF line ends. */
export function writeTable(file: string, table: Table): void {
  const lines = [table.header.map(csvCell).join(',')];
  for (const row of table.rows) lines.push(table.header.map((h) => csvCell(row[h])).join(','));
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, `${lines.join('\r\n')}\r\n`, 'utf8');
  fs.renameSync(tmp, file);
}

/** Adds columns a table does not have yet, at the end, keeping the existing order. */
export function widenHeader(table: Table, columns: Iterable<string>): void {
  for (const c of columns) if (!table.header.includes(c)) table.header.push(c);
}
