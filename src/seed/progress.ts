import { Presets, SingleBar } from 'cli-progress';

/** Progress of a load: a bar on a terminal, plain lines in logs and CI, nothing in tests. */
export interface SeedProgress {
  /** A phase starts: 'validate' counts bytes read, 'write' counts rows written. */
  start(phase: string, total: number, unit: 'bytes' | 'rows'): void;
  update(done: number): void;
  stop(): void;
}

export const silentProgress: SeedProgress = { start: () => undefined, update: () => undefined, stop: () => undefined };

const show = (v: number, unit: 'bytes' | 'rows') =>
  unit === 'bytes' ? `${(v / 1048576).toFixed(1)} MB` : v.toLocaleString('en-US');

export function terminalProgress(stream: NodeJS.WriteStream): SeedProgress {
  let bar: SingleBar | undefined;
  let unit: 'bytes' | 'rows' = 'rows';
  return {
    start(phase, total, u) {
      bar?.stop();
      unit = u;
      bar = new SingleBar(
        {
          stream,
          format: `${phase.padEnd(8)} [{bar}] {percentage}% | {shown} | ETA {eta_formatted}`,
          hideCursor: true,
          etaBuffer: 50,
        },
        Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), 0, { shown: `0 / ${show(total, unit)}` });
    },
    update(done) {
      bar?.update(done, { shown: `${show(done, unit)} / ${show(bar.getTotal(), unit)}` });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

/** One line per `everyMs` at most (and at the end of each phase). */
export function lineProgress(write: (line: string) => void, everyMs = 5_000): SeedProgress {
  let phase = '';
  let total = 0;
  let unit: 'bytes' | 'rows' = 'rows';
  let last = 0;
  let done = 0;
  const print = () =>
    write(`${phase}: ${show(done, unit)} / ${show(total, unit)} (${total ? Math.floor((100 * done) / total) : 100}%)`);
  return {
    start(p, t, u) {
      [phase, total, unit, done, last] = [p, t, u, 0, Date.now()];
    },
    update(d) {
      done = d;
      if (Date.now() - last >= everyMs) {
        last = Date.now();
        print();
      }
    },
    stop() {
      if (phase) print();
      phase = '';
    },
  };
}

/** The bar when the stream is a terminal, plain lines otherwise. */
export function progressFor(stream: NodeJS.WriteStream): SeedProgress {
  return stream.isTTY ? terminalProgress(stream) : lineProgress((line) => stream.write(`${line}\n`));
}
