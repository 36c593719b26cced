import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';

/**
 * A year of market signals made inside PostgreSQL with generate_series, consistent with each other the way
 * the writer would have stored them: persons (1 distinct id each, 1% bots, 40% identified by a sign-up),
 * 1–4 visits a person (30% from campaigns, skewed so a few campaigns carry most traffic; the rest organic
 * search, direct, referral, social), 4 events a visit ($pageview first with the visit's UTM; sign-up,
 * activation, feature use, purchase with revenue later in it), campaigns in programs, two goals. First visits
 * are spread evenly over 366 days, today included: today's share is packed into its hours so far, so a view
 * through today meets a full day of events (its worst case, late in the day), not a few minutes' worth.
 * At scale 1: 1,000,000 persons, 2,500,000 visits, 10,000,000 events, 50,000 campaigns, 500 programs.
 * Not generated: event_keys (dedup only; no query reads them) and groups.
 *
 * Ids are made from row numbers (valid UUIDs with the version bits), so events, visits and persons
 * agree without lookups; hashint8 gives each row its pseudo-random choices.
 */

export type SignalsScale = { persons: number; campaigns: number; programs: number };

export const signalsScale = (f: number): SignalsScale => ({
  persons: Math.max(1_000, Math.round(1_000_000 * f)),
  campaigns: Math.max(100, Math.round(50_000 * f)),
  programs: Math.max(10, Math.round(500 * f)),
});

const uuidOf = (prefix: string, expr: string) =>
  `('00000000-0000-4000-${prefix}-' || lpad(to_hex(${expr}), 12, '0'))::uuid`;
export const personId = (p: string) => uuidOf('8000', p);
const visitId = (p: string, k: string) => uuidOf('9000', `(${p})::bigint * 8 + ${k}`);
const eventId = (p: string, k: string, j: string) => uuidOf('a000', `(${p})::bigint * 32 + ${k} * 4 + ${j}`);

const PATHS = `array['/', '/pricing', '/blog/launch-notes', '/docs/getting-started', '/signup', '/customers']`;
// By campaign number mod 6: the campaign's channel, the visit's channel group, utm_medium, utm_source.
const CAMPAIGN_CHANNELS = `array['email','paid_search','paid_social','content','events','webinar']`;
const VISIT_CHANNELS = `array['email','paid_search','paid_social','referral','other','email']`;
const MEDIUMS = `array['email','cpc','paid-social','content','event','webinar']`;
const SOURCES = `array['newsletter','google','linkedin','blog','event','webinar']`;

/**
 * One row per visit of persons [a, b]: p, k (visit number), n (visits of the person), started, and the
 * visit's origin. h = the person's hash, hv = the visit's.
 */
function visitsOf(a: number, b: number, s: SignalsScale, t0: string) {
  return `
  with pp as (
    select p, h, 1 + h % 4 as n,
      ${t0}::timestamptz + make_interval(days => (h % 366)::int) + case when h % 366 < 365
        then make_interval(secs => ((h / 366) % 86400)::double precision)
        -- Today's share of first visits fits in the part of today that is over, so today is as busy as a full day.
        else (now() - interval '10 minutes' - date_trunc('day', now())) * (((h / 366) % 86400) / 86400.0) end as first_seen
    from (select p, hashint8(p) & 2147483647 as h from generate_series(${a}::bigint, ${b}::bigint) p) x
  ), pg as (
    select *, least(make_interval(days => 1 + (h / 7) % 21),
                    (now() - interval '10 minutes' - first_seen) / n) as gap
    from pp
  ), vv as (
    select p, h, n, k, first_seen + gap * k as started,
      hashint8(p * 8 + k) & 2147483647 as hv
    from pg cross join lateral generate_series(0, n - 1) k
  )
  select vv.*,
    hv % 10 < 3 as from_campaign,
    1 + floor(${s.campaigns} * power(((hv / 16) % 100000) / 100000.0, 2))::int as c,
    h % 100 = 0 as bot,
    k = 0 and h % 5 < 2 as signup,
    k = 0 and h % 5 < 1 as activated,
    k = n - 1 and h % 25 < 2 as purchase,
    (${PATHS})[1 + (hv / 7) % 6] as landing
  from vv`;
}

/** Per-visit origin columns, from the row visitsOf answers. */
const ORIGIN = `
  case when from_campaign then (${VISIT_CHANNELS})[1 + c % 6]
       when hv % 10 in (3, 4) then 'organic_search' when hv % 10 = 8 then 'referral'
       when hv % 10 = 9 then 'organic_social' else 'direct' end as channel,
  case when from_campaign then null when hv % 10 in (3, 4) then 'google.com'
       when hv % 10 = 8 then 'news.ycombinator.com' when hv % 10 = 9 then 'linkedin.com' end as referrer_domain,
  case when from_campaign then (${SOURCES})[1 + c % 6] end as utm_source,
  case when from_campaign then (${MEDIUMS})[1 + c % 6] end as utm_medium,
  case when from_campaign then 'campaign-' || c end as utm_campaign`;

async function step(label: string, work: () => Promise<unknown>) {
  const t = Date.now();
  process.stdout.write(`  ${label}…`);
  await work();
  process.stdout.write(` ${((Date.now() - t) / 1000).toFixed(0)} s\n`);
}

/** Monthly partitions named as the writer names them (events_pYYYYMM, UTC bounds), a year back and 2 ahead. */
export async function ensurePartitions(database: Database) {
  const now = new Date();
  for (let m = -13; m <= 2; m++) {
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + m, 1));
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    const name = `events_p${from.getUTCFullYear()}${String(from.getUTCMonth() + 1).padStart(2, '0')}`;
    const exists = await database.db.execute(sql`select 1 from pg_class where relname = ${name}`);
    if ((exists as unknown as { rows: unknown[] }).rows.length) continue;
    await database.exec(`create table if not exists ${name} partition of events
      for values from ('${from.toISOString()}') to ('${to.toISOString()}')`);
  }
}

/** Drops a table's secondary indexes for the bulk load and answers the statements that make them again. */
async function dropIndexes(database: Database, tables: string[]): Promise<string[]> {
  const found = (await database.db.execute(sql`
    select i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = 'public' and i.tablename = any(string_to_array(${tables.join(',')}, ','))
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`)) as unknown as {
    rows: { indexname: string; indexdef: string }[];
  };
  for (const r of found.rows) await database.exec(`drop index if exists "${r.indexname}" cascade`);
  // A partitioned table's index reads `CREATE INDEX … ON ONLY events …`, which makes an invalid parent index and
  // none on the partitions: without ONLY it is built on every partition, as the migration made it.
  return found.rows.map((r) => r.indexdef.replace(' ON ONLY ', ' ON '));
}

/** Visits, events, persons and distinct ids of persons [a, b], from the staged visits. */
async function fillChunk(database: Database, ws: string, src: string, a: number, b: number) {
  const v = `(select * from bench_vv where p between ${a} and ${b})`;
  await database.exec(`insert into visits (workspace_id, id, source_id, person_id, started_at, ended_at, events,
      pageviews, landing_path, referrer_domain, utm_source, utm_medium, utm_campaign, channel, is_bot)
    select '${ws}', ${visitId('p', 'k')}, '${src}', ${personId('p')}, started, started + interval '270 seconds', 4,
      1 + (not signup)::int + (not purchase)::int, landing, referrer_domain, utm_source, utm_medium, utm_campaign,
      channel, bot
    from ${v} v`);
  await database.exec(`insert into events (workspace_id, id, source_id, time, received_at, name, distinct_id,
      person_id, session_id, url, path, referrer, referrer_domain, utm_source, utm_medium, utm_campaign,
      channel, is_bot, properties)
    select '${ws}', ${eventId('p', 'k', 'j')}, '${src}', t, t, name, 'd' || p, ${personId('p')}, ${visitId('p', 'k')},
      'https://www.example.test' || path || case when j = 0 and utm_campaign is not null
        then '?utm_source=' || utm_source || '&utm_medium=' || utm_medium || '&utm_campaign=' || utm_campaign else '' end,
      path, case when j = 0 and referrer_domain is not null then 'https://' || referrer_domain || '/' end,
      case when j = 0 then referrer_domain end, case when j = 0 then utm_source end,
      case when j = 0 then utm_medium end, case when j = 0 then utm_campaign end,
      case when j = 0 then channel else 'direct' end, bot,
      jsonb_build_object('$current_url', 'https://www.example.test' || path, '$browser', 'Chrome',
        '$os', 'Mac OS X', '$device_type', 'Desktop', '$screen_width', 1440, '$lib', 'web',
        '$lib_version', '1.200.0', 'plan', case when h % 2 = 0 then 'pro' else 'free' end)
      || case when name = 'purchase' then jsonb_build_object('revenue', 20 + h % 480, 'currency', 'USD')
              when name = 'feature_used' then jsonb_build_object('feature', 'feature-' || hv % 40)
              else '{}'::jsonb end
    from (
      select v.*, j, started + make_interval(secs => j * 90) as t,
        case when j = 0 then landing else (${PATHS})[1 + (hv / 11 + j) % 6] end as path,
        case when j = 1 and signup then 'signed_up' when j = 2 and activated then 'activated'
             when j = 2 then 'feature_used' when j = 3 and purchase then 'purchase' else '$pageview' end as name
      from ${v} v cross join generate_series(0, 3) j
    ) e`);
  await database.exec(`insert into persons (workspace_id, id, first_seen_at, last_seen_at, session_id, email,
      identified_at, properties, is_bot)
    select '${ws}', ${personId('p')}, min(started), max(started) + interval '270 seconds',
      ${visitId('p', 'max(k)')}, case when bool_or(signup) then 'person' || p || '@example.test' end,
      case when bool_or(signup) then min(started) + interval '90 seconds' end,
      jsonb_build_object('plan', case when min(h) % 2 = 0 then 'pro' else 'free' end), bool_or(bot)
    from ${v} v group by p`);
  await database.exec(`insert into person_distinct_ids (workspace_id, distinct_id, person_id)
    select '${ws}', 'd' || p, ${personId('p')} from generate_series(${a}, ${b}) p`);
}

export async function seedSignals(database: Database, ws: string, userId: string, s: SignalsScale) {
  const db = database.db;
  const source = (await db.execute(sql`insert into sources (workspace_id, name, kind, domains, key)
    values (${ws}, 'Website', 'website', '["www.example.test"]'::jsonb, 'tdm_benchsignalsqueries0000000000001')
    returning id`)) as unknown as { rows: { id: string }[] };
  const src = source.rows[0]!.id;
  const t0 = `(date_trunc('day', now()) - interval '365 days')`;
  await ensurePartitions(database);
  await step('programs and campaigns', async () => {
    await db.execute(sql`insert into programs (workspace_id, name, channels, owner_id, start_date, end_date, planned_budget, status)
      select ${ws}, 'Program ' || i, array['email', 'paid_search'], ${userId},
        current_date - 365 + (i % 300), current_date - 365 + (i % 300) + 90, 50000, 'in_progress'
      from generate_series(1, ${s.programs}) i`);
    await db.execute(sql`insert into campaigns (workspace_id, program_id, name, channel, start_date, end_date,
        planned_spend, actual_spend, status, utm_source, utm_medium, utm_campaign)
      select ${ws}, p.ids[1 + (i % ${s.programs})], 'Campaign ' || i,
        (${sql.raw(CAMPAIGN_CHANNELS)})[1 + i % 6], current_date - 365 + (i % 330), current_date - 365 + (i % 330) + 30 + i % 60,
        (i % 100) * 100, (i % 97) * 90, 'active',
        (${sql.raw(SOURCES)})[1 + i % 6], (${sql.raw(MEDIUMS)})[1 + i % 6], 'campaign-' || i
      from generate_series(1, ${s.campaigns}) i,
        (select array_agg(id order by name) ids from programs where workspace_id = ${ws}) p`);
    await db.execute(sql`insert into goals (workspace_id, name, event, revenue_property)
      values (${ws}, 'Purchase', 'purchase', 'revenue'), (${ws}, 'Sign-up', 'signed_up', null)`);
  });
  const indexes = await dropIndexes(database, ['events', 'visits', 'persons', 'person_distinct_ids']);
  // Every visit once, with its choices, in an unlogged staging table the inserts below read in chunks.
  await step('visits staged', () =>
    database.exec(`drop table if exists bench_vv; create unlogged table bench_vv as
      select *, ${ORIGIN} from (${visitsOf(1, s.persons, s, t0)}) v0;
      create index on bench_vv (p); analyze bench_vv`),
  );
  const chunk = 50_000;
  const chunks: [number, number][] = [];
  for (let a = 1; a <= s.persons; a += chunk) chunks.push([a, Math.min(s.persons, a + chunk - 1)]);
  const t = Date.now();
  let done = 0;
  // Two connections at once: the machine has two cores, and one INSERT … SELECT uses one.
  const worker = async () => {
    for (let c = chunks.shift(); c; c = chunks.shift()) {
      await fillChunk(database, ws, src, c[0], c[1]);
      done += c[1] - c[0] + 1;
      process.stdout.write(
        `\r  persons, their visits and events: ${done.toLocaleString()} / ${s.persons.toLocaleString()} (${((Date.now() - t) / 1000).toFixed(0)} s)`,
      );
    }
  };
  await Promise.all([worker(), worker()]);
  process.stdout.write('\n');
  await database.exec('drop table bench_vv');
  // Written an hour ago: settled, so the traffic rollup (attribution/rollups.ts) is built on first read.
  await step('event day marks', () =>
    db.execute(sql`insert into event_day_marks (workspace_id, day, changed_at)
      select ${ws}, d::date, now() - interval '1 hour'
      from generate_series(current_date - 366, current_date, interval '1 day') d
      on conflict do nothing`),
  );
  await step(`indexes again (${indexes.length})`, async () => {
    // One statement string runs on one connection, so the setting applies to the build.
    for (const def of indexes) await database.exec(`set maintenance_work_mem = '512MB'; ${def}`);
  });
  await step('rows in time order', () => inTimeOrder(database));
  await step('vacuum (analyze)', () => database.exec('vacuum (analyze)'));
}

/**
 * Rewrites events (each partition) and visits in time order, as the writer stores them: rows are appended as
 * they arrive, so a day's rows sit together (what the BRIN index on events.time and a range of
 * visits_started_idx rely on). Generated by person, a day's rows would be spread over the whole table.
 */
export async function inTimeOrder(database: Database) {
  const parts = (await database.db.execute(sql`
    select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
    where i.inhparent = 'events'::regclass order by 1`)) as unknown as { rows: { relname: string }[] };
  for (const { relname } of parts.rows) {
    await database.exec(`set maintenance_work_mem = '512MB'; create index bench_time_order on ${relname} (time);
      cluster ${relname} using bench_time_order; drop index bench_time_order`);
  }
  await database.exec(`set maintenance_work_mem = '512MB'; cluster visits using visits_started_idx`);
}
