import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.ts';
import { MIGRATIONS_DIR, migrate } from '../src/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | null;
    /** A tarball of a migrated embedded database, which every test file opens a copy of. */
    pgliteTemplate: string | null;
  }
}

/**
 * The database is migrated once per run, here, not once per test file.
 * On PostgreSQL (TEST_DATABASE_URL), the run gets a database of its own, created here and dropped at the
 * end, so concurrent runs never disturb each other. On PGlite, a migrated data folder is dumped to a
 * tarball: loading it takes a file about 0.6 s, where creating (initdb) and migrating took 2.5 to 5 s.
 */
export default async function setup(project: TestProject) {
  await buildServer();
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    project.provide('databaseUrl', null);
    return pgliteTemplate(project);
  }
  project.provide('pgliteTemplate', null);
  const name = `tandem_run_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${pg.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString() });
  await migrate(database.db);
  await database.close();
  project.provide('databaseUrl', url.toString());
  return async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    await c.end();
  };
}

/**
 * Tests that spawn `tandem` (cli, processes) run the compiled server when it is fresh, as `npm start` does:
 * through tsx, every spawned process spent about 1.5 s of CPU transforming the sources again.
 */
async function buildServer() {
  // bin/ is plain JavaScript without declarations.
  const freshness = '../bin/freshness.js';
  const { bundleIsFresh, ROOT } = (await import(freshness)) as { bundleIsFresh(): boolean; ROOT: string };
  if (bundleIsFresh()) return;
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build-server.ts')], {
    stdio: 'ignore',
  });
}

/**
 * The migrated data folder, kept between runs under a name that hashes the migrations and PGlite's version:
 * a run whose migrations are unchanged skips initdb and migrating (about 3 s) altogether.
 */
async function pgliteTemplate(project: TestProject) {
  const file = path.join(os.tmpdir(), `tandem-test-template-${templateKey()}.tar`);
  if (!fs.existsSync(file)) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const client = await PGlite.create();
    await migrate(drizzle(client) as unknown as Parameters<typeof migrate>[0]);
    // Uncompressed: gunzipping 40 MB in every file would cost more than reading it from the page cache.
    const tarball = await client.dumpDataDir('none');
    await client.close();
    // Written aside and renamed, so a concurrent run never reads half a file.
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    fs.renameSync(partial, file);
  }
  project.provide('pgliteTemplate', file);
}

function templateKey(): string {
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  // The package does not export its package.json; it sits above the resolved entry's dist/ folder.
  const entry = require.resolve('@electric-sql/pglite');
  hash.update(
    fs.readFileSync(
      path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), 'package.json'),
    ),
  );
  for (const name of fs.readdirSync(MIGRATIONS_DIR, { recursive: true }).map(String).sort()) {
    const full = path.join(MIGRATIONS_DIR, name);
    if (fs.statSync(full).isFile()) hash.update(name).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}
