import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { ensurePgDatabase, freshSignalsWorkspace, type Row, seededOnce, startServer } from './lib.ts';
import { seedSignals, signalsScale } from './signals-seed.ts';

/**
 * The attribution and analytics answers over a year of generated signals, through HTTP against a real
 * server process on PostgreSQL, one client, one request at a time.
 */

type Seeded = {
  scale: number;
  token: string;
  workspaceId: string;
  /** Campaigns from the busiest to the quietest: [utm number, id, visits in the last 90 days]. */
  campaigns: [number, string, number][];
  counts: { events: number; persons: number; visits: number; campaigns: number };
};

async function prepare(url: string, scale: number): Promise<Seeded> {
  await ensurePgDatabase(url);
  const database = await openDatabase({ engine: 'postgres', url });
  try {
    const { user, token, ws } = await freshSignalsWorkspace(database);
    const s = signalsScale(scale);
    const t = Date.now();
    await seedSignals(database, ws.id, user.id, s);
    console.log(`  generated in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    const q = async <T>(query: ReturnType<typeof sql>) =>
      ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
    const picks = [1, 2, 3, 5, 10, 30, 100, 300, 1000, 3000, 10000, 30000, 50000].filter(
      (n) => n <= s.campaigns,
    );
    const found = await q<{ n: number; id: string; visits: number }>(sql`
      select substr(c.utm_campaign, 10)::int as n, c.id,
        (select count(*)::int from visits v where v.workspace_id = c.workspace_id and v.utm_campaign = c.utm_campaign
           and v.started_at >= now() - interval '90 days') as visits
      from campaigns c where c.workspace_id = ${ws.id} and c.utm_campaign = any(string_to_array(${picks.map((n) => `campaign-${n}`).join(',')}, ','))
      order by 1`);
    const [counts] = await q<Seeded['counts']>(sql`select
      (select count(*)::int from events) as events, (select count(*)::int from persons) as persons,
      (select count(*)::int from visits) as visits, (select count(*)::int from campaigns) as campaigns`);
    return {
      scale,
      token,
      workspaceId: ws.id,
      campaigns: found.map((r) => [r.n, r.id, r.visits]),
      counts: counts!,
    };
  } finally {
    await database.close();
  }
}

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

type Req = { method: 'GET' | 'POST'; path: string; body?: unknown };

export async function runQueries(opts: { url: string; scale: number; reuse: boolean }) {
  // One database holds the data of the last scale generated: reuse it only at that scale.
  let seeded = await seededOnce('signals-queries', opts.reuse, () => prepare(opts.url, opts.scale));
  if (seeded.scale !== opts.scale) {
    console.log(`  the kept data is at scale ${seeded.scale}: generating scale ${opts.scale}`);
    seeded = await seededOnce('signals-queries', false, () => prepare(opts.url, opts.scale));
  }
  const { counts } = seeded;
  const data = `${counts.events.toLocaleString('en-US')} events, ${counts.persons.toLocaleString('en-US')} persons, ${counts.visits.toLocaleString('en-US')} visits, ${counts.campaigns.toLocaleString('en-US')} campaigns over a year (bench/signals-seed.ts)`;
  console.log(`  data: ${data}`);
  // Data kept with --reuse gets the migrations added since (before the server starts: an index built over
  // millions of rows would outlast the server's start timeout).
  const database = await openDatabase({ engine: 'postgres', url: opts.url });
  await migrate(database.db);
  await database.close();
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = await startServer('postgres', '', port, opts.url);
  const base = `http://127.0.0.1:${port}`;
  const ws = `/api/v1/workspaces/${seeded.workspaceId}`;
  const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
  const rows: Row[] = [];

  /** Times `times` requests one after another after `warm` untimed ones; answers ms and the failures. */
  async function time(reqs: Req[], times: number, warm: number) {
    const ms: number[] = [];
    const failures: string[] = [];
    const started = performance.now();
    for (let i = 0; i < warm + times; i++) {
      // A slow answer is timed fewer times: at least 3, then until a minute has gone.
      if (ms.length >= 3 && performance.now() - started > 60_000) break;
      const r = reqs[i % reqs.length]!;
      const t = performance.now();
      const res = await fetch(`${base}${r.path}`, {
        method: r.method,
        headers,
        body: r.body === undefined ? undefined : JSON.stringify(r.body),
      });
      const text = await res.text();
      if (i >= warm) ms.push(performance.now() - t);
      if (!res.ok && failures.length < 3) failures.push(`${res.status} ${r.path}: ${text.slice(0, 300)}`);
      // An endpoint that is not there answers at once: no point timing it further.
      if (res.status === 404 && text.includes('No route for')) break;
    }
    for (const f of failures) console.warn(`  failed: ${f}`);
    return { ms, failures };
  }

  function record(scenario: string, target: string, limit: number, t: { ms: number[]; failures: string[] }) {
    const p50 = pct(t.ms, 50);
    const missing = t.failures.some((f) => f.includes('No route for'));
    const invalid = t.failures.length ? `INVALID (answered ${t.failures[0]!.split(' ')[0]}): ` : '';
    const row: Row = {
      engine: 'postgres',
      scenario,
      target,
      result: missing
        ? 'not measured: the endpoint does not exist in this build'
        : `${invalid}p50 ${p50.toFixed(0)} ms, p99 ${pct(t.ms, 99).toFixed(0)} ms (${t.ms.length} requests)`,
      met: missing ? null : !invalid && p50 < limit,
    };
    rows.push(row);
    console.log(
      `  ${scenario}: ${row.result} (target ${target}) ${row.met === null ? '' : row.met ? 'met' : 'MISSED'}`,
    );
  }

  try {
    const from90 = day(90);
    const to = day(0);
    const results = (id: string): Req => ({
      method: 'GET',
      path: `${ws}/campaigns/${id}/results?from=${from90}&to=${to}`,
    });
    const busiest = seeded.campaigns[0]!;
    record(
      `one campaign's results for 90 days, the busiest (${busiest[2].toLocaleString('en-US')} visits in range)`,
      'p50 < 50 ms',
      50,
      await time([results(busiest[1])], 30, 3),
    );
    record(
      `one campaign's results for 90 days, ${seeded.campaigns.length} campaigns from the busiest to the quietest in turn`,
      'p50 < 50 ms',
      50,
      await time(
        seeded.campaigns.map((c) => results(c[1])),
        seeded.campaigns.length * 3,
        seeded.campaigns.length,
      ),
    );
    record(
      'traffic by channel by day, 90 days',
      'p50 < 100 ms',
      100,
      await time(
        [{ method: 'GET', path: `${ws}/traffic?from=${from90}&to=${to}&interval=day&by=channel` }],
        20,
        2,
      ),
    );
    const steps = [
      { event: '$pageview' },
      { event: 'signed_up' },
      { event: 'activated' },
      { event: 'purchase' },
    ];
    record(
      '4-step funnel over 30 days ($pageview → signed_up → activated → purchase, 14-day window)',
      '< 1 s',
      1000,
      await time(
        [{ method: 'POST', path: `${ws}/funnels/query`, body: { steps, from: day(30), to, windowDays: 14 } }],
        5,
        1,
      ),
    );
    record(
      '12-week retention (weekly cohorts by first seen, returning on any event)',
      '< 1 s',
      1000,
      await time([{ method: 'GET', path: `${ws}/retention?interval=week&from=${day(84)}` }], 5, 1),
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  return { rows, data };
}
