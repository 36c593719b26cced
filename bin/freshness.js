// Whether dist/server/tandem.js was built from the current sources (shared by bin/tandem.js and the build).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Two folders deep, like the sources it comes from (src/cli/serve.ts), so their relative paths still hold.
export const BUNDLE = join(ROOT, 'dist', 'server', 'tandem.js');

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

export function bundleIsFresh() {
  if (!existsSync(BUNDLE)) return false;
  const built = statSync(BUNDLE).mtimeMs;
  return newest(join(ROOT, 'src')) < built && statSync(join(ROOT, 'package-lock.json')).mtimeMs < built;
}
