/**
 * Builds the web app into web/dist with Vite.
 *   tsx scripts/build-web.ts             build
 *   tsx scripts/build-web.ts --if-stale  build only when a source is newer than the last build (npm start)
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../web/', import.meta.url));
const stamp = join(web, 'dist', 'index.html');

/** The newest modification time among the web app's sources and configuration. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale = () => !existsSync(stamp) || newestSource(web) > statSync(stamp).mtimeMs;

if (process.argv.includes('--if-stale') && !stale()) {
  process.stdout.write('Web app is up to date (web/dist).\n');
} else {
  process.stdout.write('Building the web app (web/dist)…\n');
  const { build } = await import('vite');
  await build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
  process.stdout.write('Web app built.\n');
}
