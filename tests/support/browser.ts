import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { REPO_ROOT } from '../../src/neo4j/local';

/**
 * The headless Chromium the browser tests drive: the one at CHROMIUM_PATH when set, otherwise the
 * chrome-headless-shell shipped (brotli-packed) inside the `@sparticuz/chromium` npm package, so
 * `npm ci` installs it and no system package or browser download is needed. It is unpacked once per
 * package version into node_modules/.cache (the package's own `executablePath()` unpacks into a
 * shared /tmp/chromium whatever version put it there first). The binary links only against glibc,
 * NSS and expat, which a machine with a JDK already has (openjdk depends on libnss3).
 */
export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  // The package exports no package.json: its root is two levels above its CommonJS entry (build/cjs/).
  const pkgDir = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const target = path.join(REPO_ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`, 'chromium');
  if (fs.existsSync(target)) return target;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Unpack beside the target and rename: parallel runs never see a half-written binary.
  const partial = `${target}.${process.pid}.partial`;
  await pipeline(
    fs.createReadStream(path.join(pkgDir, 'bin', 'chromium.br')),
    zlib.createBrotliDecompress(),
    fs.createWriteStream(partial, { mode: 0o755 }),
  );
  fs.renameSync(partial, target);
  return target;
}
