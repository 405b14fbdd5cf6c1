import fs from 'node:fs';
import { once } from 'node:events';

export type Cell = string | number | undefined;

/** Quotes a cell only when RFC 4180 requires it; undefined is an empty cell. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Appends rows to a CSV file: rows are buffered and written with `flush()`, which waits for the
 * stream to drain, so memory stays bounded however many rows the generator writes.
 */
export class CsvWriter {
  rows = 0;
  private buffer: string[] = [];
  private error: Error | undefined;

  private constructor(private readonly stream: fs.WriteStream) {
    stream.on('error', (e) => (this.error ??= e));
  }

  static open(file: string, header: readonly string[]): CsvWriter {
    const writer = new CsvWriter(fs.createWriteStream(file));
    writer.buffer.push(`${header.join(',')}\n`);
    return writer;
  }

  row(cells: readonly Cell[]): void {
    this.buffer.push(`${cells.map(csvCell).join(',')}\n`);
    this.rows++;
  }

  async flush(): Promise<void> {
    if (this.error) throw this.error;
    if (this.buffer.length === 0) return;
    const ok = this.stream.write(this.buffer.join(''));
    this.buffer = [];
    if (!ok) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (this.error) throw this.error;
  }
}
