import { type CsvRecord, CsvSyntaxError, readCsv } from './csv';
import { extraColumnProblem, type FileSpec } from '../contract';
import { type SeedIssue } from '../issues';
import { type Header, RowReader } from './cell-reader';

/**
 * One seed file as a stream of rows: checks the header against the contract, skips blank lines,
 * reports rows of the wrong width and malformed CSV (then stops reading that file).
 */
export interface RowBatch {
  rows: RowReader[];
  bytesRead: number;
}

type Report = (issue: SeedIssue) => void;

export async function* readTable(path: string, spec: FileSpec, report: Report): AsyncGenerator<RowBatch> {
  let header: Header | undefined;
  try {
    for await (const chunk of readCsv(path)) {
      const rows: RowReader[] = [];
      for (const rec of chunk.records) {
        if (chunk.invalidUtf8 && rec.cells.some((c) => c.includes('\uFFFD'))) {
          report({ file: spec.file, line: rec.line, column: '-', message: 'not valid UTF-8 (save the file as UTF-8)' });
          if (header === undefined) header = parseHeader(spec, rec, report);
        } else if (header === undefined) header = parseHeader(spec, rec, report);
        else if (rec.cells.every((c) => c.trim() === '')) continue;
        else if (rec.cells.length !== header.width) {
          report({
            file: spec.file,
            line: rec.line,
            column: '-',
            message: `has ${rec.cells.length} fields, the header has ${header.width}`,
          });
        } else rows.push(new RowReader(spec.file, rec.line, rec.cells, header, report));
      }
      yield { rows, bytesRead: chunk.bytesRead };
    }
    if (header === undefined)
      report({ file: spec.file, line: 1, column: '-', message: 'the file is empty: a header row is required' });
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    report({ file: spec.file, line: error.line, column: '-', message: `malformed CSV: ${error.message}` });
  }
}

export function parseHeader(spec: FileSpec, rec: CsvRecord, report: Report): Header {
  const known = new Set([...spec.required, ...spec.optional]);
  const columns = new Map<string, number>();
  const extras: Array<readonly [string, number]> = [];
  const seen = new Set<string>();
  const problem = (column: string, message: string) => report({ file: spec.file, line: rec.line, column, message });
  rec.cells.forEach((raw, i) => {
    const name = raw.trim();
    if (name === '') return problem(`(column ${i + 1})`, 'empty column name');
    if (seen.has(name)) return problem(name, 'column appears more than once');
    seen.add(name);
    if (known.has(name)) return void columns.set(name, i);
    const why = extraColumnProblem(spec, name);
    if (why) problem(name, why);
    else extras.push([name, i]);
  });
  for (const required of spec.required) if (!columns.has(required)) problem(required, 'required column is missing');
  return { columns, extras, width: rec.cells.length };
}
