/**
 * Compiles the server (src/) into one ES module, dist/server/tandem.js, with esbuild; packages stay
 * external. bin/tandem.js runs it when it is newer than every source, and src/ through tsx otherwise, so
 * a stale build is never run. The compiled server starts without tsx's loader thread and transforms,
 * which saves about a third of an idle server's memory.
 *   tsx scripts/build-server.ts             build
 *   tsx scripts/build-server.ts --if-stale  build only when a source is newer than the last build
 */
import { build } from 'esbuild';
import { BUNDLE, bundleIsFresh, ROOT } from '../bin/freshness.js';

if (process.argv.includes('--if-stale') && bundleIsFresh()) {
  process.stdout.write('Server is up to date (dist/server).\n');
} else {
  await build({
    entryPoints: [`${ROOT}/src/cli/main.ts`],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  process.stdout.write('Server built (dist/server/tandem.js).\n');
}
