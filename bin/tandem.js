#!/usr/bin/env node
// The `tandem` command: the compiled server (dist/server, `npm run build:server`) when it is up to date
// with src/, otherwise the TypeScript sources through tsx's loader.
import { BUNDLE, bundleIsFresh } from './freshness.js';

if (process.env.TANDEM_FROM_SOURCE !== 'true' && bundleIsFresh()) {
  await import(BUNDLE);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
