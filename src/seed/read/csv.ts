import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * Streaming RFC 4180 reader. Hand-written rather than csv-parse because the loader parses every
 * file twice (validate, then write) and csv-parse 7 measured ~60k rows/s here, a large share of
 * the time budget; this one is a single pass over char codes. It also reports the physical line
 * a record starts on (header = line 1), which located error messages need.
 *
 * Accepts a UTF-8 BOM and CRLF, LF or CR line ends (mixed is fine); quoted fields may hold commas,
 * doubled quotes and line breaks. Cells are returned verbatim (no trimming).
 */
export interface CsvRecord {
  /** Physical line number on which the record starts. */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

export class CsvParser {
  private line = 1;
  private recordLine = 1;
  private cells: string[] = [];
  private field = '';
  private state = State.FieldStart;
  private skipLf = false; // a CR ended the previous chunk: a leading LF belongs to it
  private crInQuotes = false;
  private started = false;

  /** Parses one chunk, appending complete records to `out`. */
  push(chunk: string, out: CsvRecord[]): void {
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.skipLf) {
      this.skipLf = false;
      if (chunk.charCodeAt(i) === LF) i++;
    }
    const n = chunk.length;
    let start = i;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.state === State.Quoted) {
        if (c === QUOTE) {
          this.field += chunk.slice(start, i);
          this.state = State.QuoteInQuoted;
          start = i + 1;
        } else if (c === LF) {
          if (!this.crInQuotes) this.line++;
          this.crInQuotes = false;
        } else if (c === CR) {
          this.line++;
          this.crInQuotes = true;
        } else this.crInQuotes = false;
        i++;
        continue;
      }
      if (c === COMMA) {
        this.cells.push(this.field + chunk.slice(start, i));
        this.field = '';
        this.state = State.FieldStart;
        start = ++i;
      } else if (c === LF || c === CR) {
        this.cells.push(this.field + chunk.slice(start, i));
        this.endRecord(out);
        i++;
        if (c === CR) {
          if (i === n) this.skipLf = true;
          else if (chunk.charCodeAt(i) === LF) i++;
        }
        start = i;
      } else if (c === QUOTE) {
        if (this.state === State.FieldStart) {
          this.state = State.Quoted;
          start = ++i;
        } else if (this.state === State.QuoteInQuoted) {
          this.field += '"'; // a doubled quote inside a quoted field
          this.state = State.Quoted;
          start = ++i;
        } else
          throw new CsvSyntaxError(
            this.line,
            'a quote inside an unquoted field (quote the whole field and double the quote)',
          );
      } else {
        if (this.state === State.QuoteInQuoted)
          throw new CsvSyntaxError(this.line, 'unexpected text after a closing quote');
        this.state = State.Unquoted;
        i++;
      }
    }
    if (this.state !== State.QuoteInQuoted) this.field += chunk.slice(start, n);
  }

  /** Flushes the last record (a file need not end with a line break). */
  end(out: CsvRecord[]): void {
    if (this.state === State.Quoted) throw new CsvSyntaxError(this.recordLine, 'a quoted field is never closed');
    if (this.cells.length > 0 || this.field !== '' || this.state !== State.FieldStart) {
      this.cells.push(this.field);
      this.endRecord(out);
    }
  }

  private endRecord(out: CsvRecord[]): void {
    out.push({ line: this.recordLine, cells: this.cells });
    this.cells = [];
    this.field = '';
    this.state = State.FieldStart;
    this.line++;
    this.recordLine = this.line;
  }
}

export interface CsvChunk {
  records: CsvRecord[];
  /** Bytes of the file read so far (for progress). */
  bytesRead: number;
  /** Bytes that are not UTF-8 (decoded as U+FFFD) were seen in the file so far: callers find the rows. */
  invalidUtf8: boolean;
}

/**
 * Streams a CSV file as chunks of records; memory is bounded by the chunk size. 64 KiB keeps each
 * decoded chunk in V8's young generation; 1 MiB chunks land in large-object space, which only a
 * full GC frees (validating 1,018,219 generated rows: 169 vs 425 MB peak RSS, 4.0 vs 8.3 s).
 */
export async function* readCsv(path: string, chunkBytes = 64 * 1024): AsyncGenerator<CsvChunk> {
  const parser = new CsvParser();
  const decoder = new StringDecoder('utf8');
  let bytesRead = 0;
  let invalidUtf8 = false; // sticky: a record may span chunks
  const stream = fs.createReadStream(path, { highWaterMark: chunkBytes });
  try {
    for await (const buf of stream as AsyncIterable<Buffer>) {
      bytesRead += buf.length;
      const records: CsvRecord[] = [];
      const text = decoder.write(buf);
      invalidUtf8 ||= text.includes('\uFFFD');
      parser.push(text, records);
      if (records.length > 0) yield { records, bytesRead, invalidUtf8 };
    }
    const records: CsvRecord[] = [];
    const text = decoder.end();
    invalidUtf8 ||= text.includes('\uFFFD');
    parser.push(text, records);
    parser.end(records);
    yield { records, bytesRead, invalidUtf8 };
  } finally {
    stream.destroy();
  }
}
