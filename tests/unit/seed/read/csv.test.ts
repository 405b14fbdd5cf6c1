import fs from 'node:fs';
import path from 'node:path';
import { CsvParser, type CsvRecord, CsvSyntaxError, readCsv } from '../../../../src/seed/read/csv';
import { removeDir, writeSeedDir } from '../../../fixtures/seed/fixture';

function parse(text: string, chunkSize = text.length || 1): CsvRecord[] {
  const parser = new CsvParser();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) parser.push(text.slice(i, i + chunkSize), out);
  parser.end(out);
  return out;
}

describe('CsvParser', () => {
  it('reads a header and rows, with the physical line each record starts on', () => {
    expect(parse('id,name\na,b\n')).toEqual([
      { line: 1, cells: ['id', 'name'] },
      { line: 2, cells: ['a', 'b'] },
    ]);
  });

  it('drops a UTF-8 BOM', () => {
    expect(parse('\uFEFFid,name\r\nx,y')[0].cells).toEqual(['id', 'name']);
  });

  it('keeps empty cells as empty strings and reports blank lines as one empty cell', () => {
    expect(parse('a,,c\n\n,,\n')).toEqual([
      { line: 1, cells: ['a', '', 'c'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['', '', ''] },
    ]);
  });

  it('handles RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes', () => {
    const text = 'id,note\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,"crlf\r\ninside"\n5,""\n6,end';
    expect(parse(text)).toEqual([
      { line: 1, cells: ['id', 'note'] },
      { line: 2, cells: ['1', 'a, b'] },
      { line: 3, cells: ['2', 'say "hi"'] },
      { line: 4, cells: ['3', 'two\nlines'] },
      { line: 6, cells: ['4', 'crlf\r\ninside'] },
      { line: 8, cells: ['5', ''] },
      { line: 9, cells: ['6', 'end'] },
    ]);
  });

  it('accepts CRLF, LF and CR line ends, mixed', () => {
    expect(parse('a\r\nb\nc\rd').map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
  });

  it('gives the same records whatever the chunk boundaries (even one char at a time)', () => {
    const text = '\uFEFFid,note\r\n1,"a ""b""\r\nc"\r\n2,x\r3,"y"\n';
    const whole = parse(text);
    for (const size of [1, 2, 3, 5, 7]) expect(parse(text, size)).toEqual(whole);
  });

  it('reports malformed CSV with its line', () => {
    const err = (text: string) => {
      try {
        parse(text);
      } catch (e) {
        return e instanceof CsvSyntaxError ? `${e.line}: ${e.message}` : String(e);
      }
      return 'no error';
    };
    expect(err('a,b\n1,"open\n\n')).toBe('2: a quoted field is never closed');
    expect(err('a,b\n1,"x"y\n')).toBe('2: unexpected text after a closing quote');
    expect(err('a,b\n1,x"y\n')).toBe(
      '2: a quote inside an unquoted field (quote the whole field and double the quote)',
    );
  });
});

describe('readCsv', () => {
  it('streams a file in chunks, decoding UTF-8 split across chunks', async () => {
    const dir = writeSeedDir({});
    try {
      const file = path.join(dir, 'x.csv');
      const rows = Array.from({ length: 500 }, (_, i) => `${i},"Bécancour ${i}, QC",été`);
      fs.writeFileSync(file, `id,name,season\n${rows.join('\n')}\n`);
      const records: CsvRecord[] = [];
      let bytes = 0;
      for await (const chunk of readCsv(file, 64)) {
        records.push(...chunk.records);
        bytes = chunk.bytesRead;
      }
      expect(records).toHaveLength(501);
      expect(records[500]).toEqual({ line: 501, cells: ['499', 'Bécancour 499, QC', 'été'] });
      expect(bytes).toBe(fs.statSync(file).size);
    } finally {
      removeDir(dir);
    }
  });
});
