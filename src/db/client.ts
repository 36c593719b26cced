import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** A Drizzle handle on either engine, or a transaction on one: domain code takes this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  /** Runs raw SQL (several statements allowed, no parameters): migrations and tests. */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
};

export type OpenOptions =
  | {
      engine: 'postgres';
      url: string;
      poolSize?: number;
      /** Server-side prepared statements (see preparedStatements); off for poolers in transaction mode. */
      prepare?: boolean;
    }
  | {
      engine: 'pglite';
      dataDir?: string;
      /** A tarball of a data folder (PGlite's dumpDataDir) to start from: tests copy one migrated database. */
      loadDataDir?: Blob;
    };

/** Raised when the embedded database's folder is already used by another process. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Tandem process (pid ${pid}). ` +
        'PGlite allows one process per data folder: stop that process first, or run this command through it, ' +
        'or use a PostgreSQL server with DATABASE_URL.',
    );
  }
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.engine === 'postgres') {
    // JIT compilation pays off for long analytical queries, not for Tandem's short OLTP ones: the planner's
    // cost estimate for correlated subqueries (feature rank) triggered ~350 ms of JIT on a 2 ms query.
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      options: '-c jit=off',
    });
    if (options.prepare ?? true) pool.on('connect', preparedStatements);
    // A pool that cannot reach the server should fail at start, not on the first request.
    const client = await pool.connect();
    client.release();
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      exec: async (text) => {
        await pool.query(text);
      },
      close: () => pool.end(),
    };
  }
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    // Loaded only for the embedded engine: a server on PostgreSQL never holds PGlite's code.
    const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('drizzle-orm/pglite'),
    ]);
    const client = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      engine: 'pglite',
      exec: async (text) => {
        await client.exec(text);
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** Statements kept prepared per connection, at most: bounds the server's memory for them. */
const MAX_PREPARED = 300;
const names = new Map<string, string>();

/**
 * Makes every parameterised query on this connection a named prepared statement, the first time its text is
 * seen. PostgreSQL then parses a text once per connection instead of once per query, and after a few runs
 * plans it once too (a generic plan) when that plan is as good: on the hot paths, parsing and planning cost
 * more than running the query. Texts are named by their hash, so a name always means one text; past
 * MAX_PREPARED distinct texts a connection runs further new texts unnamed, as before.
 */
function preparedStatements(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const prepared = new Set<string>();
  client.query = ((config: unknown, ...rest: unknown[]) => {
    if (config && typeof config === 'object' && !('name' in config && config.name)) {
      const text = (config as { text?: unknown }).text;
      if (typeof text === 'string') {
        const name = statementName(text);
        if (prepared.has(name) || prepared.size < MAX_PREPARED) {
          prepared.add(name);
          return query({ ...config, name }, ...rest);
        }
      }
    }
    return query(config, ...rest);
  }) as typeof client.query;
}

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `t${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size >= 5_000) names.clear();
    names.set(text, name);
  }
  return name;
}

/**
 * Takes the data folder's lock file, or throws DataDirLockedError naming the holder.
 * A lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'tandem.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid))
        throw new DataDirLockedError(dataDir, pid);
      if (pid === process.pid) throw new DataDirLockedError(dataDir, pid);
      fs.unlinkSync(lockPath);
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
