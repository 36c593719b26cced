import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Database } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createToken, createUser } from '../src/modules/auth/auth.ts';
import { createWorkspace } from '../src/modules/workspaces/workspaces.ts';

/** Shared pieces of the benchmarks: databases, the server process, and the results file. */

export const ROOT = path.resolve(import.meta.dirname, '..');
export const PG_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://tandem:tandem@127.0.0.1:5432/tandem_bench';

/** The go-to-market suite seeds its own database beside the core one, so each can be kept with --reuse. */
export const pgUrlFor = (suite: 'core' | 'gtm') => {
  if (suite === 'core') return PG_URL;
  const u = new URL(PG_URL);
  u.pathname = `${u.pathname}_${suite}`;
  return u.toString();
};

/**
 * Seeding takes minutes at full scale; with --reuse a run keeps what the last run of the same suite and
 * engine seeded (its token and ids are kept in a file in the temp folder) and only seeds when there is none.
 */
export async function seededOnce<T>(key: string, reuse: boolean, seed: () => Promise<T>): Promise<T> {
  const file = path.join(os.tmpdir(), `tandem-bench-${key}.json`);
  if (reuse && fs.existsSync(file)) {
    console.log(`  reusing the data seeded earlier (${file})`);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  }
  fs.rmSync(file, { force: true });
  const made = await seed();
  fs.writeFileSync(file, JSON.stringify(made));
  return made;
}

export type Row = { engine: string; scenario: string; target: string; result: string; met: boolean | null };

export async function ensurePgDatabase(url: string) {
  const u = new URL(url);
  const dbName = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [dbName]);
  if (exists.rowCount === 0) await admin.query(`create database ${pg.escapeIdentifier(dbName)}`);
  await admin.end();
}

/**
 * The PostgreSQL server's version and the settings that move these figures, for the report: the
 * Debian package's defaults (shared_buffers 128MB) are sized for a small machine, not this one.
 */
export async function pgSettings(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const shown: string[] = [];
    for (const name of ['server_version', 'shared_buffers', 'work_mem', 'max_wal_size']) {
      const { rows } = await client.query(`show ${name}`);
      shown.push(`${name} ${Object.values(rows[0] as Record<string, string>)[0]}`);
    }
    return `PostgreSQL settings: ${shown.join(', ')}`;
  } finally {
    await client.end();
  }
}

/** Starts `tandem serve` on the engine and resolves once it listens. */
export async function startServer(
  engine: 'postgres' | 'pglite',
  dataDir: string,
  port: number,
  pgUrl = PG_URL,
  /** HTTP worker processes (TANDEM_WORKERS); PostgreSQL only. */
  workers = 1,
): Promise<ChildProcess> {
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    TANDEM_WORKERS: String(workers),
    ...(engine === 'postgres' ? { DATABASE_URL: pgUrl } : { TANDEM_DATA_DIR: dataDir, DATABASE_URL: '' }),
  };
  // The server as `npm start` runs it: compiled (dist/server), built here when the sources are newer.
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts/build-server.ts'), '--if-stale'],
    {
      stdio: 'inherit',
    },
  );
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/tandem.js'), 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 120 s')), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Tandem is running')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

/**
 * Resident memory of the server: its process and, with workers, theirs added up. The peak is each process's
 * own high-water mark added up, so with workers it can only overstate the moment of highest use.
 */
export function rssMb(pid: number): { rss: number; peak: number; processes: number } {
  const pids = [pid, ...childrenOf(pid)];
  let rss = 0;
  let peak = 0;
  for (const p of pids) {
    const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    rss += kb('VmRSS') / 1024;
    peak += kb('VmHWM') / 1024;
  }
  return { rss, peak, processes: pids.length };
}

function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).map(Number);
}

export function markdownTable(results: Row[]): string {
  return [
    '| engine | scenario | target | measured | |',
    '|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.engine} | ${r.scenario} | ${r.target} | ${r.result} | ${r.met === null ? '' : r.met ? 'met' : '**missed**'} |`,
    ),
  ].join('\n');
}

/** Puts a new section at the top of docs/benchmarks.md, keeping the earlier ones below it. */
export function writeSection(section: string) {
  const out = path.join(ROOT, 'docs/benchmarks.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const head =
    '# Benchmarks\n\nMeasured, never asserted in CI (this machine is shared and noisy). Each section names the command that produced it.\n\n';
  const previous = fs.existsSync(out) ? fs.readFileSync(out, 'utf8').replace(head, '') : '';
  fs.writeFileSync(out, `${head}${section}\n${previous}`);
  console.log(`\nwritten to ${out}`);
}

export const machine = () => `${os.cpus().length} cores, Node ${process.version}`;

export type TimedQuery = { text: string; values: unknown[]; ms: number };

/**
 * Times every SQL statement of this process (node-postgres clients, pooled or not): `record` gets each one's
 * text, values and milliseconds, while `when()` says so.
 */
export function timeQueries(record: (q: TimedQuery) => void, when: () => boolean = () => true) {
  const original = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
    const c = config as { text?: string; values?: unknown[] };
    if (!when() || !c || typeof c !== 'object' || typeof c.text !== 'string')
      return original.call(this, config, ...rest);
    const t = performance.now();
    const values = Array.isArray(rest[0]) ? (rest[0] as unknown[]) : (c.values ?? []);
    const done = () => record({ text: c.text!, values, ms: performance.now() - t });
    // pg-pool passes a callback; a client used directly answers a promise.
    const last = rest[rest.length - 1];
    if (typeof last === 'function') {
      rest[rest.length - 1] = (...a: unknown[]) => {
        done();
        return (last as (...x: unknown[]) => unknown)(...a);
      };
      return original.call(this, config, ...rest);
    }
    const result = original.call(this, config, ...rest);
    if (result instanceof Promise) void result.then(done, () => {});
    return result;
  } as typeof pg.Client.prototype.query;
}

/**
 * The bench's member, an API token and a workspace in the open database, migrated first: what every suite
 * seeds its data into.
 */
export async function benchWorkspace(database: Database, name: string) {
  await migrate(database.db);
  const user = await createUser(database.db, {
    email: 'bench@example.test',
    password: 'load test passphrase',
    name: 'Bench',
  });
  const { token } = await createToken(database.db, user.id, 'bench');
  const actor = { userId: user.id, name: user.name, email: user.email };
  const ws = await createWorkspace({ db: database.db, actor }, { name });
  return { user, actor, token, ws };
}

/**
 * An empty, migrated schema in the open database with the bench's member, an API token and a workspace:
 * what the signals and dashboards suites generate their year of events into.
 */
export async function freshSignalsWorkspace(database: Database) {
  await database.exec('drop schema if exists public cascade; create schema public;');
  return benchWorkspace(database, 'Bench signals');
}
