import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';

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

async function pgliteTemplate(project: TestProject) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await PGlite.create();
  await migrate(drizzle(client) as unknown as Parameters<typeof migrate>[0]);
  // Uncompressed: gunzipping 40 MB in every file would cost more than reading it from the page cache.
  const tarball = await client.dumpDataDir('none');
  await client.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-test-'));
  const file = path.join(dir, 'migrated.tar');
  fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
