import { type Writable } from 'node:stream';

/** Bytes gathered before a write: large enough to keep syscalls few, small enough to keep memory flat. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Text written to a stream in chunks with back-pressure: `write` waits while the stream's buffer
 * is full, so a slow client slows the database read instead of filling memory. `write` resolves
 * false once the stream is closed (the client went away): the producer stops.
 */
export class TextSink {
  private parts: string[] = [];
  private size = 0;
  private closed = false;

  constructor(private readonly out: Writable) {
    out.once('close', () => (this.closed = true));
  }

  async write(text: string): Promise<boolean> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_BYTES) await this.flush();
    return !this.closed;
  }

  async flush(): Promise<void> {
    if (!this.parts.length || this.closed) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.out.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.out.off('drain', done);
        this.out.off('close', done);
        resolve();
      };
      this.out.once('drain', done);
      this.out.once('close', done);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }
}
