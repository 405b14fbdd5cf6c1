import { parseSeedArgs } from '../../../../src/seed/cli/seed-cli-args';
import { main } from '../../../../src/seed/cli/seed-cli';
import { captureIo } from '../../../fixtures/seed/cli-io';

describe('seed CLI arguments', () => {
  it('has defaults and takes one directory', () => {
    expect(parseSeedArgs(['seed/'])).toEqual({
      dir: 'seed/',
      dryRun: false,
      strict: false,
      report: false,
      batchSize: 5000,
      concurrency: 2,
      wipe: false,
      yes: false,
      maxErrors: 1000,
      quiet: false,
      help: false,
    });
    expect(parseSeedArgs([])).toMatchObject({ dir: undefined });
    expect(parseSeedArgs(['d', '--strict', '--report'])).toMatchObject({ strict: true, report: true });
    expect(
      parseSeedArgs([
        'd',
        '--dry-run',
        '--batch-size',
        '100',
        '--concurrency',
        '1',
        '--wipe',
        '-y',
        '--max-errors',
        '0',
        '-q',
      ]),
    ).toMatchObject({
      dryRun: true,
      batchSize: 100,
      concurrency: 1,
      wipe: true,
      yes: true,
      maxErrors: 0,
      quiet: true,
    });
  });

  it('rejects unknown options, several directories and bad numbers', () => {
    expect(parseSeedArgs(['--wat'])).toMatch(/Unknown option '--wat'/);
    expect(parseSeedArgs(['a', 'b'])).toBe('expected one directory, got 2: a b');
    expect(parseSeedArgs(['--batch-size', '0'])).toBe('--batch-size must be an integer from 1 to 100000');
    expect(parseSeedArgs(['--batch-size', 'x'])).toBe('--batch-size must be an integer from 1 to 100000');
    expect(parseSeedArgs(['--concurrency', '0'])).toBe('--concurrency must be an integer from 1 to 16');
    expect(parseSeedArgs(['--max-errors=-1'])).toBe('--max-errors must be a non-negative integer');
  });
});

describe('seed CLI', () => {
  const env = { NEO4J_URI: 'bolt://127.0.0.1:1' }; // never reached by these tests

  it('prints help', async () => {
    const io = captureIo(env);
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: npm run seed -- [<dir>] [options]');
  });

  it('exits 2 on a usage error, with the usage', async () => {
    const io = captureIo(env);
    expect(await main(['--batch-size', 'lots'], io)).toBe(2);
    expect(io.err()).toContain('--batch-size must be an integer');
    expect(io.err()).toContain('Usage:');
  });

  it('refuses --wipe without --yes when stdin is not a terminal, before connecting', async () => {
    const io = captureIo(env);
    expect(await main(['seed', '--wipe'], io)).toBe(2);
    expect(io.err()).toContain(
      'Refusing to --wipe without confirmation: stdin is not a terminal. Add --yes to confirm.',
    );
  });

  it('reports a bad configuration', async () => {
    const io = captureIo({ NEO4J_URI: 'http://nope' });
    expect(await main(['seed'], io)).toBe(2);
    expect(io.err()).toContain('NEO4J_URI');
  });
});
