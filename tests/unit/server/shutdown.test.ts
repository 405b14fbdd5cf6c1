import { EventEmitter } from 'node:events';
import pino from 'pino';
import { stopOnSignals } from '../../../src/server/shutdown';

/** A JSON log line; `msg` is what these tests read. */
type LogLine = { msg?: string; [field: string]: unknown };

/** The signal handling of `npm start` with a stand-in service and clock (the real process: tests/integration/server/shutdown.test.ts). */
function setUp(stop: () => Promise<void>) {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const lines: LogLine[] = [];
  const service = { stop: jest.fn(stop), abort: jest.fn() };
  const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });
  const remove = stopOnSignals(service, { logger, timeoutMs: 20_000, emitter, exit: (code) => void exits.push(code) });
  return { emitter, exits, lines, service, remove };
}

const never = () => new Promise<void>(() => undefined);

describe('stopOnSignals', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('stops the service once and exits 0 when the stop completes', async () => {
    let stopped!: () => void;
    const t = setUp(() => new Promise<void>((resolve) => (stopped = resolve)));
    t.emitter.emit('SIGINT', 'SIGINT');
    expect(t.service.stop).toHaveBeenCalledTimes(1);
    expect(t.exits).toEqual([]);
    stopped();
    await jest.runOnlyPendingTimersAsync();
    expect(t.exits).toEqual([0]);
    expect(t.service.abort).not.toHaveBeenCalled();
    expect(t.lines[0]).toMatchObject({ signal: 'SIGINT', timeoutMs: 20_000 });
  });

  it('aborts the service and exits 1 when the stop outlasts the timeout', async () => {
    const t = setUp(never);
    t.emitter.emit('SIGTERM', 'SIGTERM');
    await jest.advanceTimersByTimeAsync(19_999);
    expect(t.exits).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(t.service.abort).toHaveBeenCalledTimes(1);
    expect(t.exits).toEqual([1]);
    expect(t.lines.map((l) => l.msg)).toContain('shutdown did not finish in time: exiting now');
  });

  it('exits 1 at once on a second signal, aborting the service', () => {
    const t = setUp(never);
    t.emitter.emit('SIGINT', 'SIGINT');
    t.emitter.emit('SIGINT', 'SIGINT');
    expect(t.service.stop).toHaveBeenCalledTimes(1);
    expect(t.service.abort).toHaveBeenCalledTimes(1);
    expect(t.exits).toEqual([1]);
    expect(t.lines.map((l) => l.msg)).toContain('second signal: exiting now');
    // The deadline no longer fires once the process has exited.
    jest.advanceTimersByTime(60_000);
    expect(t.exits).toEqual([1]);
  });

  it('aborts and exits 1 when the stop fails', async () => {
    const t = setUp(() => Promise.reject(new Error('driver close failed')));
    t.emitter.emit('SIGTERM', 'SIGTERM');
    await jest.advanceTimersByTimeAsync(0);
    expect(t.service.abort).toHaveBeenCalledTimes(1);
    expect(t.exits).toEqual([1]);
  });

  it('removes its handlers', () => {
    const t = setUp(never);
    t.remove();
    expect(t.emitter.listenerCount('SIGINT') + t.emitter.listenerCount('SIGTERM')).toBe(0);
  });
});
