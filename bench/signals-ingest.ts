import fs from 'node:fs';
import pg from 'pg';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createUser } from '../src/modules/auth/auth.ts';
import { createWorkspace } from '../src/modules/workspaces/workspaces.ts';
import { ensurePgDatabase, rssMb, startServer } from './lib.ts';
import { batchBody, singleBody } from './signals-data.ts';

/**
 * Ingestion through HTTP against a real server process: PostHog `/batch/` (100 events a request, gzip, as
 * posthog-node sends) and single events on `/i/v0/e/`, many connections, every event with its own uuid.
 */

export const SOURCE_KEY = 'tdm_benchsignalsbenchsignalsbench01';

export type IngestRun = {
  eventsPerSecond: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  statuses: string;
  rssMaxMb: number;
  /** The server process's CPU use during the run: 1.0 = one core. */
  serverCpu: number;
  acknowledged: number;
};

/** A fresh database with one workspace and one website source whose key the bodies carry. */
export async function prepareIngest(engine: 'postgres' | 'pglite', url: string, dataDir: string) {
  let database: Database;
  if (engine === 'postgres') {
    await ensurePgDatabase(url);
    database = await openDatabase({ engine: 'postgres', url });
    await database.exec('drop schema if exists public cascade; create schema public;');
  } else {
    fs.rmSync(dataDir, { recursive: true, force: true });
    database = await openDatabase({ engine: 'pglite', dataDir });
  }
  try {
    await migrate(database.db);
    const user = await createUser(database.db, {
      email: 'bench@example.test',
      password: 'load test passphrase',
      name: 'Bench',
    });
    const actor = { userId: user.id, name: user.name, email: user.email };
    const ws = await createWorkspace({ db: database.db, actor }, { name: 'Bench signals' });
    await database.db.execute(sql`insert into sources (workspace_id, name, kind, domains, key)
      values (${ws.id}, 'Website', 'website', '["www.example.test"]'::jsonb, ${SOURCE_KEY})`);
    return { workspaceId: ws.id };
  } finally {
    await database.close();
  }
}

/** Events stored for the workspace (to check that what was acknowledged is there). */
export async function storedEvents(engine: 'postgres' | 'pglite', url: string, dataDir: string) {
  const database =
    engine === 'postgres'
      ? await openDatabase({ engine: 'postgres', url })
      : await openDatabase({ engine: 'pglite', dataDir });
  try {
    const r = (await database.db.execute(sql`select count(*)::int as n from events`)) as unknown as {
      rows: { n: number }[];
    };
    return r.rows[0]!.n;
  } finally {
    await database.close();
  }
}

/** CPU seconds (user + system) the process used so far. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export type Profile = { rssMaxMb: number; serverCpu: number; activity: Map<string, number> };

/**
 * While `work` runs: the server's highest resident memory, its CPU use (1.0 = one core busy) and, on
 * PostgreSQL, what the database's active backends were doing (statement start and wait event, sampled).
 */
async function sampled<T>(pid: number, pgUrl: string | null, work: () => Promise<T>): Promise<[T, Profile]> {
  let max = rssMb(pid).rss;
  const activity = new Map<string, number>();
  const client = pgUrl ? new pg.Client({ connectionString: pgUrl }) : null;
  await client?.connect();
  let busy = false;
  const timer = setInterval(() => {
    try {
      max = Math.max(max, rssMb(pid).rss);
    } catch {
      // the process ended; the run reports its failures itself
    }
    if (!client || busy) return;
    busy = true;
    client
      .query<{ what: string }>(
        `select coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' | ' ||
           regexp_replace(left(query, 60), '\\s+', ' ', 'g') as what
         from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
      )
      .then((r) => {
        for (const { what } of r.rows) activity.set(what, (activity.get(what) ?? 0) + 1);
      })
      .catch(() => {})
      .finally(() => {
        busy = false;
      });
  }, 200);
  const t0 = performance.now();
  const cpu0 = cpuSeconds(pid);
  try {
    const result = await work();
    const serverCpu = (cpuSeconds(pid) - cpu0) / ((performance.now() - t0) / 1000);
    return [result, { rssMaxMb: max, serverCpu, activity }];
  } finally {
    clearInterval(timer);
    await client?.end();
  }
}

type Kind = 'batch' | 'single';

export async function runIngest(opts: {
  engine: 'postgres' | 'pglite';
  url: string;
  dataDir: string;
  kinds: Kind[];
  runs: number;
  duration: number;
  connections: number;
  batchSize: number;
}): Promise<
  Record<Kind, IngestRun[]> & {
    stored: number;
    acknowledged: number;
    reused: number;
    idleRssMb: number;
  }
> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = await startServer(opts.engine, opts.dataDir, port, opts.url);
  const base = `http://127.0.0.1:${port}`;
  const out: Record<Kind, IngestRun[]> = { batch: [], single: [] };
  // What the server holds before any load (on PGlite the database lives in the same process).
  const idleRssMb = rssMb(server.pid!).rss;
  let counter = 0;
  let acknowledged = 0;
  let reused = 0;
  try {
    // Bodies are made before the run (gzip costs the load generator's CPU, which shares the machine).
    const pool: Buffer[] = [];
    let next = 0;
    const fill = (n: number) => {
      const t = performance.now();
      const before = pool.length;
      while (pool.length - next < n) {
        pool.push(batchBody(SOURCE_KEY, counter, opts.batchSize));
        counter += opts.batchSize;
      }
      if (pool.length > before)
        console.log(
          `  made ${pool.length - before} gzip bodies in ${((performance.now() - t) / 1000).toFixed(1)} s`,
        );
    };
    const batchRequest = (): autocannon.Request => ({
      method: 'POST',
      path: '/ingest/posthog/batch/',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      setupRequest: (req) => {
        // Past the pool's end a body is sent again (its events are duplicates): counted, and the run flagged.
        if (next >= pool.length) reused++;
        return { ...req, body: pool[next++ % pool.length] };
      },
    });
    const singleRequest = (): autocannon.Request => ({
      method: 'POST',
      path: '/ingest/posthog/i/v0/e/',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: singleBody(SOURCE_KEY, counter++) }),
    });

    // Expected rate for sizing the pool: generous, then the measured one.
    let expected = 60_000;
    for (const kind of opts.kinds) {
      const request = kind === 'batch' ? batchRequest : singleRequest;
      const perRequest = kind === 'batch' ? opts.batchSize : 1;
      if (kind === 'batch') fill(Math.ceil((expected * 3) / perRequest) + opts.connections * 2);
      const warm = await autocannon({
        url: base,
        connections: opts.connections,
        duration: 3,
        requests: [request()],
      });
      acknowledged += warm['2xx'] * perRequest;
      for (let r = 0; r < opts.runs; r++) {
        if (kind === 'batch')
          fill(Math.ceil((expected * opts.duration * 1.5) / perRequest) + opts.connections * 2);
        const [res, profile] = await sampled(server.pid!, opts.engine === 'postgres' ? opts.url : null, () =>
          autocannon({
            url: base,
            connections: opts.connections,
            duration: opts.duration,
            requests: [request()],
          }),
        );
        const ok = res['2xx'];
        if (reused) console.warn(`  warning: ${reused} batch bodies sent twice (pool too small)`);
        acknowledged += ok * perRequest;
        const run: IngestRun = {
          eventsPerSecond: (ok * perRequest) / res.duration,
          requestsPerSecond: ok / res.duration,
          p50: res.latency.p50,
          p99: res.latency.p99,
          non2xx: res.non2xx,
          errors: res.errors + res.timeouts,
          statuses: JSON.stringify(res.statusCodeStats),
          rssMaxMb: profile.rssMaxMb,
          serverCpu: profile.serverCpu,
          acknowledged: ok * perRequest,
        };
        if (kind === 'batch') expected = Math.max(expected / 2, run.eventsPerSecond * 1.3);
        out[kind].push(run);
        console.log(
          `  ${opts.engine} ${kind} run ${r + 1}: ${Math.round(run.eventsPerSecond).toLocaleString()} events/s, p50 ${run.p50} ms, p99 ${run.p99} ms, non-2xx ${run.non2xx}, errors ${run.errors}, RSS max ${run.rssMaxMb.toFixed(0)} MB, server CPU ${run.serverCpu.toFixed(2)} cores ${run.statuses}`,
        );
        const top = [...profile.activity].sort((a, b) => b[1] - a[1]).slice(0, 6);
        const samples = [...profile.activity.values()].reduce((a, b) => a + b, 0);
        for (const [what, n] of top) console.log(`    db ${((100 * n) / samples).toFixed(0)}%  ${what}`);
      }
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  const stored = await storedEvents(opts.engine, opts.url, opts.dataDir);
  return { ...out, stored, acknowledged, reused, idleRssMb };
}
