/**
 * Dashboards benchmark (issue 14 §7): the FIRST VIEW of each function's dashboard, as the web app requests it,
 * on PostgreSQL over a year of market signals (bench/signals-seed.ts) plus surveys, deals and metrics
 * (bench/dashboards-seed.ts). One client: a view's requests are sent together, as the browser sends them
 * (TanStack Query starts every query of the page on mount), and the view takes as long as its slowest.
 *
 *   npm run bench -- --suite dashboards [--scale small|full] [--runs 15] [--reuse] [--no-write] [--explain-ms 150]
 *                    [--budget 120]  (seconds a view is timed for at most, after 3 rounds) [--seed-only]
 *
 * full (default): 10M events + 100,000 answers in BENCH_DATABASE_URL (default tandem_bench_signals, the signals
 * suite's query data: with --reuse the events it generated are kept, and this suite adds its own rows once).
 * small: 200k events + 5,000 answers in a database of its own (… _dashboards_small), a few minutes end to end.
 * The app runs in this process (buildApp + inject, the server's pool and prepared statements), so each SQL
 * statement can be timed: the parts table after the figures is one request of each endpoint alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { WsCtx } from '../src/core/context.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { dashboardsScale, seedDashboards } from './dashboards-seed.ts';
import { type Call, captured, endpointOf, pct, timeView, type View } from './dashboards-time.ts';
import {
  ensurePgDatabase,
  freshSignalsWorkspace,
  machine,
  markdownTable,
  pgSettings,
  type Row,
  seededOnce,
  timeQueries,
  writeSection,
} from './lib.ts';
import { seedSignals, signalsScale } from './signals-seed.ts';

const { values: args } = parseArgs({
  strict: false,
  options: {
    scale: { type: 'string', default: 'full' },
    runs: { type: 'string', default: '15' },
    reuse: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'explain-ms': { type: 'string', default: '150' },
    budget: { type: 'string', default: '120' },
    'seed-only': { type: 'boolean', default: false },
  },
});
const small = args.scale === 'small';
const runs = Math.max(1, Number(args.runs));
const signalsUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgres://tandem:tandem@127.0.0.1:5432/tandem_bench_signals';
const url = (() => {
  if (!small) return signalsUrl;
  const u = new URL(signalsUrl);
  u.pathname = `${u.pathname}_dashboards_small`;
  return u.toString();
})();
const events = signalsScale(small ? 0.02 : 1);

type Base = { scale: number; token: string; workspaceId: string };

/** A fresh database with a year of signals (the signals suite's generator), its member and token. */
async function prepareBase(): Promise<Base> {
  await ensurePgDatabase(url);
  const database = await openDatabase({ engine: 'postgres', url });
  try {
    const { user, token, ws } = await freshSignalsWorkspace(database);
    await seedSignals(database, ws.id, user.id, events);
    return { scale: small ? 0.02 : 1, token, workspaceId: ws.id };
  } finally {
    await database.close();
  }
}

console.log(`\n== dashboards, ${small ? 'small scale' : 'full scale'}: ${url.replace(/\/\/[^@]*@/, '//')}`);
// Full scale reuses the signals suite's 10M events when they are kept (its marker file); otherwise generates.
// Its marker is left alone; when this suite generates the data instead, the signals suite's marker goes (its
// data is gone) and this suite keeps its own.
const signalsMarker = path.join(os.tmpdir(), 'tandem-bench-signals-queries.json');
const kept = (file: string) =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Base) : null;
const reuse = Boolean(args.reuse);
const base =
  !small && reuse && kept(signalsMarker)?.scale === 1
    ? kept(signalsMarker)!
    : await seededOnce<Base>(small ? 'dashboards-small' : 'dashboards-full', reuse, async () => {
        if (!small) fs.rmSync(signalsMarker, { force: true });
        return prepareBase();
      });

// Every SQL statement is timed in this process; only the parts pass reads what was captured.
timeQueries(
  (q) => captured.list.push(q),
  () => captured.on,
);

const database = await openDatabase({ engine: 'postgres', url });
// Kept data gets the migrations added since (surveys, deals, metrics on the signals suite's database).
await migrate(database.db);
const q = async <T>(query: ReturnType<typeof sql>) =>
  ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
const ws = base.workspaceId;
const [{ answers } = { answers: 0 }] = await q<{ answers: number }>(
  sql`select count(*)::int as answers from survey_answers where workspace_id = ${ws}`,
);
if (answers === 0) {
  const [user] = await q<{ id: string; name: string; email: string }>(
    sql`select id, name, email from users where email = 'bench@example.test'`,
  );
  const ctx: WsCtx = {
    db: database.db,
    actor: { userId: user!.id, name: user!.name, email: user!.email },
    workspaceId: ws,
    role: 'admin',
  };
  console.log('  adding surveys, deals and metrics');
  await seedDashboards(database, ctx, dashboardsScale(small), events.persons);
} else
  console.log(`  reusing the surveys, deals and metrics added earlier (${answers.toLocaleString()} answers)`);
const [counts] = await q<Record<string, number>>(sql`select
  (select count(*)::int from events where workspace_id = ${ws}) as events,
  (select count(*)::int from visits where workspace_id = ${ws}) as visits,
  (select count(*)::int from persons where workspace_id = ${ws}) as persons,
  (select count(*)::int from campaigns where workspace_id = ${ws}) as campaigns,
  (select count(*)::int from survey_answers where workspace_id = ${ws}) as answers,
  (select count(*)::int from feedback where workspace_id = ${ws}) as feedback,
  (select count(*)::int from deals where workspace_id = ${ws}) as deals,
  (select count(*)::int from metrics where workspace_id = ${ws}) as metrics,
  (select count(*)::int from features where workspace_id = ${ws} and status = 'shipped') as shipped`);
const n = (k: string) => Number(counts![k]).toLocaleString('en-US');
const data = `${n('events')} events, ${n('visits')} visits, ${n('persons')} persons, ${n('campaigns')} campaigns over a year; ${n('answers')} survey answers (${n('feedback')} feedback items from their comments), ${n('deals')} deals, ${n('shipped')} shipped features with adoption signals, ${n('metrics')} metrics with monthly targets`;
console.log(`  data: ${data}`);
if (args['seed-only']) {
  await database.close();
  process.exit(0);
}

const app = await buildApp({
  database,
  config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
});
await app.ready();

// The last hour as a live workspace has it: events keep arriving, so the hour before now holds an hour's
// share of them, written through the app's writer (its visits, persons and hour marks as ingestion leaves
// them). They are yesterday's events of the same hour replayed a day later (the same mix of pageviews,
// feature use, sign-ups and purchases, by persons seen before), each with a message id of its own so a
// rerun stores none twice. Hours that ended before now − 5 minutes get the marks a writer running through
// them would have left (a minute after each hour's end): what a memo of today up to an hour is kept by.
const live = await liveHour();
console.log(
  `  the last hour: ${live.stored.toLocaleString()} events written through the writer (${live.duplicates} already there)`,
);
async function liveHour() {
  const [source] = await q<{ id: string; domains: string[] }>(
    sql`select id, domains from sources where workspace_id = ${ws} order by created_at limit 1`,
  );
  const to = Date.now() - 86_400_000;
  const replayed = await q<{
    id: string;
    name: string;
    distinct_id: string;
    time: string;
    url: string | null;
    referrer: string | null;
    properties: Record<string, unknown>;
  }>(
    sql`select id, name, distinct_id, time::text as time, url, referrer, properties from events
        where workspace_id = ${ws} and time >= ${new Date(to - 3_600_000).toISOString()}::timestamptz
          and time < ${new Date(to).toISOString()}::timestamptz and not is_bot
        order by time`,
  );
  const total = { stored: 0, duplicates: 0 };
  const ref = { workspaceId: ws, sourceId: source!.id, kind: 'website' as const, domains: source!.domains };
  for (let i = 0; i < replayed.length; i += 500) {
    const r = await app.events.write(
      ref,
      replayed.slice(i, i + 500).map((e) => ({
        messageId: `replay-${e.id}`,
        name: e.name,
        distinctId: e.distinct_id,
        time: new Date(new Date(e.time).getTime() + 86_400_000),
        properties: e.properties,
        ...(e.url ? { url: e.url } : {}),
        ...(e.referrer ? { referrer: e.referrer } : {}),
      })),
    );
    total.stored += r.stored;
    total.duplicates += r.duplicates;
  }
  await database.db.execute(
    sql`update event_hour_marks set changed_at = hour + interval '61 minutes'
        where workspace_id = ${ws} and hour + interval '1 hour' < now() - interval '5 minutes'
          and changed_at > hour + interval '61 minutes'`,
  );
  return total;
}

const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
const now = new Date();
const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
const P = `/api/v1/workspaces/${ws}`;
const range = (days: number) => `from=${day(days - 1)}&to=${day(0)}&compare=1`;
const summary = (role: string, r: string) => `${P}/metrics/summary?ownerRole=${role}&${r}`;
// The lookups the pages' filter pickers load (app/lookups.ts: 200 a page; launches in the PMM filter bar).
const lookups = {
  products: `${P}/products?limit=200`,
  personas: `${P}/personas?limit=200`,
  launches: `${P}/launches`,
};

const views: View[] = [];
for (const days of [30, 90]) {
  const r = range(days);
  const label = days === 30 ? 'last 30 days + previous (default)' : 'last 90 days + previous';
  views.push(
    { name: `Marketing, ${label}`, urls: [`${P}/dashboards/marketing?${r}`, summary('marketer', r)] },
    {
      name: `Product marketing, ${label}`,
      urls: [
        `${P}/dashboards/product-marketing?${r}`,
        summary('product_marketer', r),
        lookups.products,
        lookups.personas,
        lookups.launches,
      ],
    },
    {
      name: `Product management, ${label}`,
      urls: [`${P}/dashboards/product-management?${r}`, summary('product_manager', r), lookups.products],
    },
  );
}
const month = `from=${monthStart.toISOString().slice(0, 10)}&to=${monthEnd.toISOString().slice(0, 10)}&compare=1`;
for (const role of ['marketer', 'product_marketer', 'product_manager', 'sales'])
  views.push({ name: `Home's metrics (${role}), this month + previous`, urls: [summary(role, month)] });

const inject = async (u: string): Promise<Call> => {
  const t = performance.now();
  const res = await app.inject({ method: 'GET', url: u, headers: { authorization: `Bearer ${base.token}` } });
  const ms = performance.now() - t;
  if (res.statusCode !== 200) console.warn(`  ${res.statusCode} ${u}: ${res.body.slice(0, 300)}`);
  return { url: u, ms, status: res.statusCode };
};

// Run 0 is each view's cold first view (the first request of each endpoint in this process: rollups built,
// no prepared statement yet); then `runs` rounds, every view once a round, in the same order.
const results = new Map<string, { cold: Call[]; coldWall: number; walls: number[]; calls: Call[][] }>();
// A view slower than the budget allows is timed fewer times: at least 3 rounds, then until its budget is spent.
const budgetMs = Number(args['budget']) * 1000;
const spent = new Map<string, number>();
for (let round = 0; round <= runs; round++) {
  for (const v of views) {
    const before = results.get(v.name);
    if (before && before.walls.length >= 3 && (spent.get(v.name) ?? 0) > budgetMs) continue;
    const t = await timeView(v, inject);
    spent.set(v.name, (spent.get(v.name) ?? 0) + t.wall);
    const r = before ?? { cold: t.calls, coldWall: t.wall, walls: [], calls: [] };
    if (round > 0) {
      r.walls.push(t.wall);
      r.calls.push(t.calls);
    }
    results.set(v.name, r);
  }
  process.stdout.write(`\r  round ${round} of ${runs}`);
}
process.stdout.write('\n');

const rows: Row[] = [];
for (const v of views) {
  const r = results.get(v.name)!;
  const failed = [...r.cold, ...r.calls.flat()].filter((c) => c.status !== 200);
  const per = v.urls.map((u, i) => ({ u, ms: r.calls.map((c) => c[i]!.ms) }));
  const slowest = [...per].sort((a, b) => pct(b.ms, 50) - pct(a.ms, 50))[0]!;
  const p50 = pct(r.walls, 50);
  const row: Row = {
    engine: 'postgres',
    scenario: `${v.name}: ${v.urls.map(endpointOf).join(' ∥ ')}`,
    target: 'p50 < 300 ms',
    result: `${failed.length ? `INVALID (${failed.length} non-200): ` : ''}p50 ${p50.toFixed(0)} ms, p95 ${pct(r.walls, 95).toFixed(0)} ms (${r.walls.length} views); cold ${r.coldWall.toFixed(0)} ms; slowest request ${endpointOf(slowest.u)} p50 ${pct(slowest.ms, 50).toFixed(0)} ms`,
    met: failed.length === 0 && p50 < 300,
  };
  rows.push(row);
  console.log(`  ${row.scenario}: ${row.result} ${row.met ? 'met' : 'MISSED'}`);
}

// The parts: each distinct request once more, alone, every SQL statement it ran timed; EXPLAIN the slow ones.
// JIT off, as the app's pool runs (db/client.ts): a plan's JIT compile would otherwise dwarf the query.
const explainer = new pg.Client({ connectionString: url, options: '-c jit=off' });
await explainer.connect();
const explainMs = Number(args['explain-ms']);
const parts: string[] = [];
for (const u of [...new Set(views.flatMap((v) => v.urls))]) {
  if (Object.values(lookups).includes(u)) continue;
  captured.list = [];
  captured.on = true;
  const c = await inject(u);
  await new Promise((r) => setTimeout(r, 20));
  captured.on = false;
  const list = captured.list.filter((s) => /^\s*(select|with)\b/i.test(s.text)).sort((a, b) => b.ms - a.ms);
  const label = (s: { text: string }) => s.text.replace(/\s+/g, ' ').trim().slice(0, 110);
  parts.push(
    `| ${endpointOf(u)} ${u.includes('from=') ? u.split('from=')[1]!.slice(0, 24).replace('&to=', '…') : ''} | ${c.ms.toFixed(0)} ms | ${captured.list.length} | ${list
      .slice(0, 3)
      .map((s) => `${s.ms.toFixed(0)} ms \`${label(s).replace(/\|/g, '\\|')}…\``)
      .join('<br>')} |`,
  );
  if (c.ms < explainMs) continue;
  for (const s of list.slice(0, 2)) {
    console.log(
      `\n-- ${endpointOf(u)}: ${s.ms.toFixed(0)} ms: ${s.text.replace(/\s+/g, ' ').slice(0, 1500)}`,
    );
    const plan = await explainer.query({ text: `explain (analyze, buffers) ${s.text}`, values: s.values });
    console.log(plan.rows.map((x: Record<string, string>) => x['QUERY PLAN']).join('\n'));
  }
}
await explainer.end();
await app.close();
await database.close();

const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const table = markdownTable(rows);
const partsTable = [
  '| request (range) | alone | statements | slowest statements (they overlap: a request runs its parts in parallel) |',
  '|---|---|---|---|',
  ...parts,
].join('\n');
const settings = await pgSettings(url);
console.log(`\n${table}\n\n${partsTable}\n\n${settings}`);
if (!args['no-write'])
  writeSection(
    `## Dashboards (issue 14), ${new Date().toISOString().slice(0, 10)}${small ? ': SMALL SCALE (not the issue’s 10M events)' : ''}\n\nCommand: \`${command}\` on ${machine()}. ${settings}. Data: ${data}. Each view's requests are sent together through the app in this process (Fastify inject, the server's pool of 10 connections and prepared statements), one view at a time; a view's time is until its slowest answer. Cold = the first view after start; then ${runs} rounds over every view (a view over ${args['budget']} s of timing stops after 3). Survey answers are bulk-inserted (bench/dashboards-seed.ts), not recorded one by one.\n\n${table}\n\nThe parts (each request alone once after the rounds, every SQL statement timed):\n\n${partsTable}\n`,
  );
process.exit(0);
