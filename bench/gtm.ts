/**
 * Go-to-market benchmark (issue 3): one workspace with 2,000 personas, 2,000 competitors, 500 programs,
 * 50,000 campaigns and 200,000 touchpoints; measures the marketing calendar for a quarter, launch creation
 * from a 40-task template and a year's budget roll-up against a real server process.
 *
 *   npm run bench -- --suite gtm [--engine postgres|pglite|both] [--duration 10] [--no-write] [--reuse]
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/db/client.ts';
import {
  benchWorkspace,
  ensurePgDatabase,
  machine,
  markdownTable,
  pgSettings,
  pgUrlFor,
  type Row,
  seededOnce,
  startServer,
  writeSection,
} from './lib.ts';

const { values: args } = parseArgs({
  strict: false,
  options: {
    engine: { type: 'string', default: 'postgres' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    /** HTTP worker processes of the server (TANDEM_WORKERS). */
    workers: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const engines =
  args.engine === 'both' ? (['postgres', 'pglite'] as const) : [args.engine as 'postgres' | 'pglite'];
const SCALE = { personas: 2_000, competitors: 2_000, programs: 500, campaigns: 50_000, touchpoints: 200_000 };
const results: Row[] = [];
const GTM_URL = pgUrlFor('gtm');

/** Bulk rows made inside the database with generate_series; dates spread over 2025–2027. */
async function seed(database: Database, ws: string, userId: string) {
  const db = database.db;
  const t0 = Date.now();
  await db.execute(sql`insert into personas (workspace_id, name, title, goals, pains)
    select ${ws}, 'Persona ' || i, 'Title ' || (i % 50), array['Goal a', 'Goal b'], array['Pain a']
    from generate_series(1, ${SCALE.personas}) i`);
  await db.execute(sql`insert into competitors (workspace_id, name, category, strengths, weaknesses)
    select ${ws}, 'Competitor ' || i, 'Category ' || (i % 20), array['Strong'], array['Weak']
    from generate_series(1, ${SCALE.competitors}) i`);
  await db.execute(sql`insert into programs (workspace_id, name, channels, owner_id, start_date, end_date, planned_budget, status)
    select ${ws}, 'Program ' || i, array['email', 'paid_search'], ${userId},
      date '2025-01-01' + (i * 2), date '2025-01-01' + (i * 2) + 90, 50000, 'in_progress'
    from generate_series(1, ${SCALE.programs}) i`);
  await db.execute(sql`insert into campaigns (workspace_id, program_id, name, channel, start_date, end_date,
      planned_spend, actual_spend, status, utm_source, utm_medium, utm_campaign)
    select ${ws}, p.ids[1 + (i % ${SCALE.programs})], 'Campaign ' || i,
      (array['email','paid_search','paid_social','content','events','webinar'])[1 + (i % 6)],
      date '2025-01-01' + (i % 1095), date '2025-01-01' + (i % 1095) + (i % 45),
      (i % 100) * 100, (i % 97) * 90, 'active', 'src', 'cpc', 'campaign-' || i
    from generate_series(1, ${SCALE.campaigns}) i,
      (select array_agg(id order by name) ids from programs where workspace_id = ${ws}) p`);
  await db.execute(sql`insert into touchpoints (workspace_id, campaign_id, stage, position, channel, asset)
    select ${ws}, c.id, (array['awareness','consideration','conversion','retention'])[s], s, 'email', 'Asset ' || s
    from campaigns c, generate_series(1, 4) s where c.workspace_id = ${ws}`);
  await db.execute(sql`insert into budgets (workspace_id, year, quarter, program_id, planned)
    select ${ws}, y, q, p.id, 12000 from programs p, generate_series(2025, 2027) y, generate_series(1, 4) q
    where p.workspace_id = ${ws}`);
  await db.execute(sql`vacuum (analyze)`);
  console.log(`  seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

async function prepare(engine: 'postgres' | 'pglite', dataDir: string) {
  let database: Database;
  if (engine === 'postgres') {
    await ensurePgDatabase(GTM_URL);
    database = await openDatabase({ engine: 'postgres', url: GTM_URL });
    await database.exec('drop schema if exists public cascade; create schema public;');
  } else {
    const fs = await import('node:fs');
    fs.rmSync(dataDir, { recursive: true, force: true });
    database = await openDatabase({ engine: 'pglite', dataDir });
  }
  const { user, token, ws } = await benchWorkspace(database, 'Bench GTM');
  await seed(database, ws.id, user.id);
  await database.close();
  return { token, workspaceId: ws.id };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function runEngine(engine: 'postgres' | 'pglite') {
  console.log(`\n== ${engine}: go-to-market at ${JSON.stringify(SCALE)}`);
  const dataDir = path.join(os.tmpdir(), 'tandem-bench-gtm');
  const { token, workspaceId } = await seededOnce(`gtm-${engine}`, Boolean(args.reuse), () =>
    prepare(engine, dataDir),
  );
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = await startServer(
    engine,
    dataDir,
    port,
    GTM_URL,
    engine === 'postgres' ? Number(args.workers) : 1,
  );
  const base = `http://127.0.0.1:${port}`;
  const ws = `/api/v1/workspaces/${workspaceId}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const isPg = engine === 'postgres';
  try {
    const quarter = { method: 'GET' as const, path: `${ws}/calendar?from=2026-04-01&to=2026-06-30` };
    const sample = (await (await fetch(`${base}${quarter.path}`, { headers })).json()) as {
      items: unknown[];
      truncated: boolean;
    };
    await autocannon({ url: base, connections: 4, duration: 3, headers, requests: [quarter] });
    const cal = await autocannon({ url: base, connections, duration, headers, requests: [quarter] });
    results.push({
      engine,
      scenario: `marketing calendar, one quarter (${sample.items.length} items${sample.truncated ? ', cut at the 2,000 limit' : ''}), ${connections} connections`,
      target: isPg ? 'p50 < 15 ms' : '—',
      result: `p50 ${cal.latency.p50} ms, p99 ${cal.latency.p99} ms, ${Math.round(cal.requests.average)} req/s${cal.non2xx ? `, ${cal.non2xx} non-2xx` : ''}`,
      met: isPg ? cal.latency.p50 < 15 && cal.non2xx === 0 : null,
    });
    const cal1 = await autocannon({ url: base, connections: 1, duration, headers, requests: [quarter] });
    results.push({
      engine,
      scenario: 'marketing calendar, one quarter, one client',
      target: isPg ? 'p50 < 15 ms' : '—',
      result: `p50 ${cal1.latency.p50} ms, p99 ${cal1.latency.p99} ms`,
      met: isPg ? cal1.latency.p50 < 15 && cal1.non2xx === 0 : null,
    });
    const month = {
      method: 'GET' as const,
      path: `${ws}/calendar?from=2026-05-01&to=2026-05-31&kinds=campaign,launch,release&limit=500`,
    };
    const m = await autocannon({ url: base, connections, duration, headers, requests: [month] });
    results.push({
      engine,
      scenario: 'marketing calendar, one month, limit 500 (what a calendar screen asks for)',
      target: '—',
      result: `p50 ${m.latency.p50} ms, p99 ${m.latency.p99} ms`,
      met: null,
    });

    const roll = { method: 'GET' as const, path: `${ws}/budget/rollup?year=2026` };
    const r = await autocannon({ url: base, connections, duration, headers, requests: [roll] });
    results.push({
      engine,
      scenario: `budget roll-up for a year (500 programs, 50,000 campaigns), ${connections} connections`,
      target: isPg ? 'p50 < 50 ms' : '—',
      result: `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms${r.non2xx ? `, ${r.non2xx} non-2xx` : ''}`,
      met: isPg ? r.latency.p50 < 50 && r.non2xx === 0 : null,
    });

    const r1 = await autocannon({ url: base, connections: 1, duration, headers, requests: [roll] });
    results.push({
      engine,
      scenario: 'budget roll-up for a year, one client',
      target: isPg ? 'p50 < 50 ms' : '—',
      result: `p50 ${r1.latency.p50} ms, p99 ${r1.latency.p99} ms`,
      met: isPg ? r1.latency.p50 < 50 && r1.non2xx === 0 : null,
    });

    const tasks = Array.from({ length: 40 }, (_, i) => ({
      title: `Task ${i + 1}`,
      ownerRole: 'marketer',
      offsetDays: i - 30,
    }));
    const put = await fetch(`${base}${ws}/launch-templates/1`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ tasks }),
    });
    if (!put.ok) throw new Error(`template: ${put.status} ${await put.text()}`);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      const res = await fetch(`${base}${ws}/launches`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: `Launch ${i}`, tier: 1, launchDate: '2026-09-01' }),
      });
      if (res.status !== 201) throw new Error(`launch: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      if (i >= 20) times.push(performance.now() - t);
    }
    results.push({
      engine,
      scenario: 'launch creation from a 40-task template (one client, 280 timed after 20 warm-up)',
      target: isPg ? '< 20 ms' : '—',
      result: `p50 ${pct(times, 50).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms`,
      met: isPg ? pct(times, 50) < 20 : null,
    });
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

for (const engine of engines) await runEngine(engine);
if (args.workers !== '1')
  for (const r of results) if (r.engine === 'postgres') r.engine = `postgres, ${args.workers} workers`;
const table = markdownTable(results);
const settings = engines.includes('postgres') ? ` ${await pgSettings(GTM_URL)}.` : '';
console.log(settings);
console.log(`\n${table}`);
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
if (!args['no-write'])
  writeSection(
    `## Go-to-market (issue 3), ${new Date().toISOString().slice(0, 10)}\n\nCommand: \`${command}\` on ${machine()}. Data: one workspace with ${SCALE.personas.toLocaleString()} personas, ${SCALE.competitors.toLocaleString()} competitors, ${SCALE.programs} programs, ${SCALE.campaigns.toLocaleString()} campaigns over three years, ${SCALE.touchpoints.toLocaleString()} touchpoints, ${(SCALE.programs * 12).toLocaleString()} budget lines. Load: autocannon, ${connections} connections, ${duration} s per scenario; launch creation is timed one request at a time. Server on PostgreSQL: ${args.workers === '1' ? 'one process' : `${args.workers} worker processes (TANDEM_WORKERS)`}.${settings}\n\n${table}\n`,
  );
