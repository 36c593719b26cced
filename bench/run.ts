/**
 * Load benchmark: seeds one workspace at scale, starts a real Tandem server process, and measures
 * the hot paths with autocannon over 127.0.0.1. Writes a Markdown table to docs/benchmarks.md.
 *
 *   npm run bench -- [--engine postgres|pglite|both] [--scale 1] [--duration 10] [--no-write] [--reuse]
 *                    [--workers 1]  (server processes on PostgreSQL, TANDEM_WORKERS)
 *   npm run bench -- --suite gtm | signals | dashboards   (their own options: see bench/<suite>.ts)
 *
 * --reuse keeps the data the last run seeded (same engine) instead of seeding again.
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://tandem:tandem@127.0.0.1:5432/tandem_bench,
 * created when missing; start the server with scripts/postgres-up.sh).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { WsCtx } from '../src/core/context.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { rescoreFeatures } from '../src/modules/scoring/rescore.ts';
import {
  benchWorkspace,
  ensurePgDatabase,
  markdownTable,
  PG_URL,
  pgSettings,
  type Row,
  seededOnce,
  rssMb,
  startServer,
  writeSection,
  machine,
} from './lib.ts';
import { type Scale, scaled, seedBulk } from './seed.ts';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    /** HTTP worker processes of the server on PostgreSQL (TANDEM_WORKERS). */
    workers: { type: 'string', default: '1' },
    products: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    suite: { type: 'string', default: 'core' },
    // --suite signals only (bench/signals.ts reads them):
    runs: { type: 'string' },
    only: { type: 'string' },
    'copy-rows': { type: 'string' },
    // --suite dashboards only (bench/dashboards.ts reads them):
    'explain-ms': { type: 'string' },
    budget: { type: 'string' },
    'seed-only': { type: 'boolean' },
  },
});
if (args.suite === 'gtm') {
  // The go-to-market scenarios (issue 3) seed and measure on their own: bench/gtm.ts.
  await import('./gtm.ts');
  process.exit(0);
}
if (args.suite === 'signals') {
  // Market signals (issue 13): COPY ceiling, ingestion, attribution and analytics queries: bench/signals.ts.
  await import('./signals.ts');
  process.exit(0);
}
if (args.suite === 'dashboards') {
  // Each dashboard's first view (issue 14 §7): bench/dashboards.ts (it exits when done).
  await import('./dashboards.ts');
}

const scale = { ...scaled(Number(args.scale)), products: Number(args.products) };
const duration = Number(args.duration);
const connections = Number(args.connections);
const workers = Number(args.workers);
const engines =
  args.engine === 'both' ? (['postgres', 'pglite'] as const) : [args.engine as 'postgres' | 'pglite'];

const results: Row[] = [];
const record = (r: Row, title?: string) => {
  if (r.engine === 'postgres' && workers > 1) r.engine = `postgres, ${workers} workers`;
  const failed = title ? failures.get(title) : undefined;
  if (failed) {
    r.result = `INVALID (${failed}): ${r.result}`;
    r.met = false;
  }
  results.push(r);
  console.log(
    `  ${r.engine} | ${r.scenario} | ${r.result} (target ${r.target}) ${r.met === null ? '' : r.met ? 'met' : 'MISSED'}`,
  );
};

async function prepare(engine: 'postgres' | 'pglite', dataDir: string) {
  let database: Database;
  if (engine === 'postgres') {
    await ensurePgDatabase(PG_URL);
    database = await openDatabase({ engine: 'postgres', url: PG_URL });
    await database.exec('drop schema if exists public cascade; create schema public;');
  } else {
    fs.rmSync(dataDir, { recursive: true, force: true });
    database = await openDatabase({ engine: 'pglite', dataDir });
  }
  const { user, actor, token, ws } = await benchWorkspace(database, 'Bench');
  const started = Date.now();
  await seedBulk(database, ws.id, user.id, scale);
  const ctx: WsCtx = { db: database.db, actor, workspaceId: ws.id, role: 'admin' };
  const products = await database.db.execute(
    (await import('drizzle-orm')).sql`select id from products where workspace_id = ${ws.id} order by name`,
  );
  const ids = (products as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  for (const productId of ids) await rescoreFeatures(ctx, { productId });
  // Measure a settled database, not the clean-up after a bulk load: without this, autovacuum works through
  // the new rows (hint bits, visibility map, the rescoring's dead rows) during the first scenarios.
  await database.exec('vacuum (analyze)');
  console.log(
    `  seeded ${engine} in ${((Date.now() - started) / 1000).toFixed(0)} s (${ids.length} products)`,
  );
  await database.close();
  return { token, workspaceId: ws.id, productIds: ids };
}

/** A run with failed answers measures nothing worth reporting: it is marked invalid, never 'met'. */
const failures = new Map<string, string>();

async function load(opts: autocannon.Options) {
  const result = await autocannon({ connections, duration, ...opts });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    const note = `${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`;
    failures.set(opts.title!, note);
    console.warn(`  warning: ${note} on ${opts.title}`);
  }
  return result;
}

async function runEngine(engine: 'postgres' | 'pglite') {
  console.log(`\n== ${engine}: seeding ${JSON.stringify(scale)}`);
  const dataDir = path.join(os.tmpdir(), 'tandem-bench-pglite');
  const { token, workspaceId, productIds } = await seededOnce(`core-${engine}`, args.reuse, () =>
    prepare(engine, dataDir),
  );
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = await startServer(engine, dataDir, port, undefined, engine === 'postgres' ? workers : 1);
  const base = `http://127.0.0.1:${port}`;
  const ws = `/api/v1/workspaces/${workspaceId}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  try {
    const ranked = (statuses: string) =>
      productIds.map((p) => ({
        method: 'GET' as const,
        path: `${ws}/features?productId=${p}&status=${statuses}&sort=-score&limit=50`,
      }));
    // Warm-up: caches, JIT, connection pool.
    await autocannon({ url: base, connections: 4, duration: 5, headers, requests: ranked('planned') });

    const r1 = await load({ title: 'ranked', url: base, headers, requests: ranked('planned') });
    const p50 = r1.latency.p50;
    const p99 = r1.latency.p99;
    const pgTarget = engine === 'postgres';
    record(
      {
        engine,
        scenario: 'ranked feature list (limit 50, by score, one product, status=planned)',
        target: pgTarget ? 'p50 < 10 ms, p99 < 40 ms' : 'p50 < 25 ms',
        result: `p50 ${p50} ms, p99 ${p99} ms, ${Math.round(r1.requests.average)} req/s`,
        met: pgTarget ? p50 < 10 && p99 < 40 : p50 < 25,
      },
      'ranked',
    );
    const r1one = await autocannon({
      url: base,
      connections: 1,
      duration,
      headers,
      requests: ranked('planned'),
    });
    record({
      engine,
      scenario: 'ranked feature list, one client (status=planned)',
      target: pgTarget ? 'p50 < 10 ms, p99 < 40 ms' : 'p50 < 25 ms',
      result: `p50 ${r1one.latency.p50} ms, p99 ${r1one.latency.p99} ms, ${Math.round(r1one.requests.average)} req/s`,
      met: null,
    });
    const r1b = await load({
      title: 'ranked-multi',
      url: base,
      headers,
      requests: ranked('idea,discovery,planned'),
    });
    record(
      {
        engine,
        scenario: 'ranked feature list, three statuses (idea,discovery,planned)',
        target: pgTarget ? 'p50 < 10 ms, p99 < 40 ms' : 'p50 < 25 ms',
        result: `p50 ${r1b.latency.p50} ms, p99 ${r1b.latency.p99} ms, ${Math.round(r1b.requests.average)} req/s`,
        met: pgTarget ? r1b.latency.p50 < 10 && r1b.latency.p99 < 40 : r1b.latency.p50 < 25,
      },
      'ranked-multi',
    );

    const words = [
      'export',
      'dashboard',
      'salesforce',
      'invoice',
      'latency',
      'onboarding',
      'spreadsheet',
      'gdpr',
    ];
    // Warm-up: the matches' heap pages into PostgreSQL's buffers, as on a server that has been answering.
    await autocannon({
      url: base,
      connections: 4,
      duration: 5,
      headers,
      requests: words.map((w) => ({
        method: 'GET' as const,
        path: `${ws}/feedback?q=${w}%20blocking&limit=50`,
      })),
    });
    const r2 = await load({
      title: 'search',
      url: base,
      headers,
      requests: words.map((w) => ({
        method: 'GET' as const,
        path: `${ws}/feedback?q=${w}%20blocking&limit=50`,
      })),
    });
    record(
      {
        engine,
        scenario: 'feedback full-text search (two words, limit 50, by relevance)',
        target: pgTarget ? 'p50 < 30 ms' : '—',
        result: `p50 ${r2.latency.p50} ms, p99 ${r2.latency.p99} ms`,
        met: pgTarget ? r2.latency.p50 < 30 : null,
      },
      'search',
    );

    const r2one = await autocannon({
      url: base,
      connections: 1,
      duration,
      headers,
      requests: words.map((w) => ({
        method: 'GET' as const,
        path: `${ws}/feedback?q=${w}%20blocking&limit=50`,
      })),
    });
    record({
      engine,
      scenario: 'feedback full-text search, one client',
      target: pgTarget ? 'p50 < 30 ms' : '—',
      result: `p50 ${r2one.latency.p50} ms, p99 ${r2one.latency.p99} ms`,
      met: null,
    });

    const r3 = await load({
      title: 'create',
      url: `${base}${ws}/feedback`,
      headers,
      method: 'POST',
      body: JSON.stringify({
        text: 'Exports to spreadsheet time out on large workspaces',
        source: 'api',
        tags: ['export'],
      }),
    });
    const rps = Math.round(r3.requests.average);
    record(
      {
        engine,
        scenario: 'feedback creation',
        target: pgTarget ? '≥ 2,000 req/s' : '≥ 600 req/s',
        result: `${rps} req/s (p50 ${r3.latency.p50} ms, p99 ${r3.latency.p99} ms)`,
        met: rps >= (pgTarget ? 2000 : 600),
      },
      'create',
    );

    // Rescoring: change the model of the product holding the most features; the answer returns after rescoring.
    const timings: number[] = [];
    const kinds = ['ice', 'value_effort', 'rice'];
    const modelRes = await fetch(`${base}${ws}/scoring-models`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ productId: productIds[0], kind: 'rice' }),
    });
    // With --reuse the product already has its model from an earlier run: change that one.
    const model = (
      modelRes.status === 409
        ? (
            (await (
              await fetch(`${base}${ws}/scoring-models?productId=${productIds[0]}`, { headers })
            ).json()) as {
              items: { id: string }[];
            }
          ).items[0]
        : await modelRes.json()
    ) as { id: string };
    for (const kind of kinds) {
      const t0 = performance.now();
      const res = await fetch(`${base}${ws}/scoring-models/${model.id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ kind }),
      });
      timings.push(performance.now() - t0);
      if (!res.ok) {
        failures.set('rescore', `answered ${res.status}`);
        console.warn(`  rescoring answered ${res.status}: ${await res.text()}`);
      }
    }
    const perProduct = Math.round(scale.features / scale.products);
    const worst = Math.max(...timings);
    record(
      {
        engine,
        scenario: `rescoring after a model change (${perProduct.toLocaleString()} features of one product)`,
        target: pgTarget ? '100,000 features < 2 s' : '—',
        result: timings.map((t) => `${(t / 1000).toFixed(2)} s`).join(', '),
        met: pgTarget && perProduct >= 100_000 ? worst < 2000 : null,
      },
      'rescore',
    );

    const mem = rssMb(server.pid!);
    record({
      engine,
      scenario: `server resident memory after the runs above${mem.processes > 1 ? ` (${mem.processes} processes added up)` : ''}`,
      target: pgTarget ? '< 250 MB' : '—',
      result: `${mem.rss.toFixed(0)} MB now, ${mem.peak.toFixed(0)} MB peak`,
      met: pgTarget ? mem.peak < 250 : null,
    });
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

for (const engine of engines) await runEngine(engine);

const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const table = markdownTable(results);
const settings = engines.includes('postgres') ? ` ${await pgSettings(PG_URL)}.` : '';
console.log(settings);
console.log(`\n${table}`);
if (!args['no-write'])
  writeSection(
    `## Core (issue 2), ${new Date().toISOString().slice(0, 10)}\n\nCommand: \`${command}\` on ${machine()}. Data: ${describe(scale)}. Load: autocannon, ${connections} connections, ${duration} s per scenario, on the same machine as the server and database. Server on PostgreSQL: ${workers === 1 ? 'one process' : `${workers} worker processes (TANDEM_WORKERS)`}.${settings}\n\n${table}\n`,
  );

function describe(s: Scale) {
  return `${s.features.toLocaleString()} features in ${s.products} products, ${s.feedback.toLocaleString()} feedback items, ${s.links.toLocaleString()} links, ${s.customers.toLocaleString()} customers`;
}
