import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import type { WsCtx } from '../core/context.ts';
import { hashPassword } from '../core/secrets.ts';
import { type Database, type Db, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { row, rows } from '../db/sql.ts';
import { featureAdoption } from '../modules/analytics/adoption.ts';
import { trafficBreakdown } from '../modules/attribution/breakdown.ts';
import { affiliateResults, campaignResults } from '../modules/attribution/results.ts';
import { buildDemo } from './build.ts';
import { seedDemoEvents } from './events.ts';
import { seedDemoIfEmpty } from './seed.ts';

/**
 * The demo's market signals. The start-up path (`npm start` on a fresh folder: seedDemoIfEmpty on an empty
 * embedded database) is run once at full volume, on PGlite whatever the engine of the run, and read back with
 * the attribution and analytics functions the dashboards use. Its time is a benchmark, not a test: 26,866
 * events in 4.9 s of CPU after the demo transaction's 0.7 s (`rm -rf /tmp/ds/seed && time
 * TANDEM_DATA_DIR=/tmp/ds/seed node bin/tandem.js seed --demo`; docs/benchmarks.md "Demo seeding", target
 * under 30 s). A smaller copy checks the seeding on the run's engine.
 */

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const to = iso(new Date());
const from = iso(new Date(Date.now() - 89 * DAY));

async function ctxOf(db: Db, workspaceId: string): Promise<WsCtx> {
  const admin = await row<{ user_id: string }>(
    db,
    sql`select user_id from members where workspace_id = ${workspaceId} and role = 'admin'`,
  );
  return {
    db,
    actor: { userId: admin!.user_id, name: 'Admin', email: 'admin@demo.test' },
    workspaceId,
    role: 'admin',
  };
}

/** A fresh embedded database, as `npm start` finds on a fresh folder (from the run's migrated copy when there is one). */
async function freshPglite(): Promise<Database> {
  const template = inject('pgliteTemplate');
  if (template) return openDatabase({ engine: 'pglite', loadDataDir: new Blob([fs.readFileSync(template)]) });
  const database = await openDatabase({ engine: 'pglite' });
  await migrate(database.db);
  return database;
}

describe('npm start on a fresh folder: the demo with 90 days of signals', () => {
  let database: Database;
  let ctx: WsCtx;
  let banner: string | undefined;

  beforeAll(async () => {
    database = await freshPglite();
    banner = await seedDemoIfEmpty(database);
    const ws = await row<{ id: string }>(database.db, sql`select id from workspaces`);
    ctx = await ctxOf(database.db, ws!.id);
  }, 300_000);
  afterAll(() => database?.close());

  it('writes 20-40 thousand events through the writer, on every one of the last 90 days', async () => {
    expect(banner).toContain('Demo workspace');
    const counts = await row<{ events: number; days: number; visits: number; oldest: string }>(
      database.db,
      sql`select count(*)::int as events, count(distinct (time at time zone 'UTC')::date)::int as days,
            count(distinct session_id)::int as visits, min(time)::text as oldest from events`,
    );
    expect(counts!.events).toBeGreaterThan(20_000);
    expect(counts!.events).toBeLessThan(40_000);
    expect(counts!.days).toBe(90);
    expect(Date.parse(counts!.oldest)).toBeGreaterThanOrEqual(Date.parse(`${from}T00:00:00Z`));
    // What only the writer does: visits cut from the events, persons merged by $identify and matched to the
    // demo's contacts and customers, days marked for the traffic rollups.
    const derived = await row<{
      visits: number;
      merged: number;
      contacts: number;
      customers: number;
      marks: number;
    }>(
      database.db,
      sql`select (select count(*)::int from visits) as visits,
            (select count(*)::int from person_distinct_ids where distinct_id like 'usr-%'
              and person_id in (select person_id from person_distinct_ids where distinct_id like 'anon-%')) as merged,
            (select count(*)::int from persons where contact_id is not null) as contacts,
            (select count(distinct customer_id)::int from persons) as customers,
            (select count(*)::int from event_day_marks) as marks`,
    );
    expect(derived!.visits).toBe(counts!.visits);
    expect(derived!.merged).toBeGreaterThan(100);
    expect(derived!.contacts).toBeGreaterThan(20);
    expect(derived!.customers).toBe(25);
    expect(derived!.marks).toBeGreaterThan(0);
  });

  it("shows the campaigns' visits, leads and conversions with revenue", async () => {
    const list = await rows<{ id: string; name: string; start_date: string; end_date: string }>(
      database.db,
      sql`select id, name, start_date::text, end_date::text from campaigns order by name`,
    );
    const running = list.filter(
      (c) => c.start_date <= iso(new Date(Date.now() - 3 * DAY)) && c.end_date >= from,
    );
    expect(running.length).toBeGreaterThanOrEqual(4);
    let withRevenue = 0;
    for (const c of running) {
      const r = await campaignResults(ctx, c.id, { from, to });
      expect(r.visits, c.name).toBeGreaterThan(20);
      expect(r.leads, c.name).toBeGreaterThan(0);
      expect(r.conversions, c.name).toBeGreaterThan(0);
      if (r.revenue > 0) withRevenue++;
    }
    expect(withRevenue).toBeGreaterThanOrEqual(2);
    const partners = await rows<{ id: string }>(
      database.db,
      sql`select id from affiliates where status = 'active'`,
    );
    for (const p of partners)
      expect((await affiliateResults(ctx, p.id, { from, to })).visits).toBeGreaterThan(0);
  });

  it('spreads traffic over several channels', async () => {
    const b = await trafficBreakdown(ctx, { from, to, interval: 'week', by: 'channel', limit: 20 });
    const channels = b.groups.filter((g) => g.visits > 0).map((g) => g.key);
    expect(channels).toEqual(
      expect.arrayContaining([
        'organic_search',
        'direct',
        'referral',
        'organic_social',
        'email',
        'paid_search',
        'affiliate',
      ]),
    );
  });

  it("shows each shipped feature's adoption rising after its release", async () => {
    const shipped = await rows<{ id: string; title: string }>(
      database.db,
      sql`select id, title from features where status = 'shipped' order by title`,
    );
    expect(shipped.length).toBeGreaterThan(0);
    for (const f of shipped) {
      const a = await featureAdoption(ctx, f.id, 12);
      expect(a.signal, f.title).not.toBeNull();
      const weeks = a.weeks.slice(0, -1); // the current week is partial
      expect(weeks.length, f.title).toBeGreaterThanOrEqual(3);
      expect(weeks.at(-1)!.rate!, f.title).toBeGreaterThan(2 * weeks[0]!.rate!);
      const before = await row<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from events e
            where e.time < ${a.shippedAt}::timestamptz and (e.name = ${'event' in a.signal! ? a.signal.event : ''}
              or (e.properties->>'$feature_flag' = ${'flag' in a.signal! ? a.signal.flag : ''}
                and e.properties->'$feature_flag_response' = 'true'::jsonb))`,
      );
      expect(before!.n, f.title).toBe(0);
    }
  });

  it('seeds nothing on the next start', async () => {
    const before = await row<{ n: number }>(database.db, sql`select count(*)::int as n from events`);
    expect(await seedDemoIfEmpty(database)).toBeUndefined();
    const after = await row<{ n: number; ws: number }>(
      database.db,
      sql`select (select count(*)::int from events) as n, (select count(*)::int from workspaces) as ws`,
    );
    expect(after).toEqual({ n: before!.n, ws: 1 });
  });
});

describe('demo signals on the run engine (a smaller copy)', () => {
  let env: TestEnv;
  let ctx: WsCtx;

  beforeAll(async () => {
    env = await createTestEnv();
    const domain = `signals-${randomBytes(4).toString('hex')}.test`;
    const hash = await hashPassword('demo signals');
    const { workspaceId } = await env.database.db.transaction((tx) =>
      buildDemo(tx as unknown as Db, hash, { emailDomain: domain }),
    );
    ctx = await ctxOf(env.database.db, workspaceId);
    const result = await seedDemoEvents(env.database, workspaceId, { days: 21, scale: 0.3 });
    expect(result.stored).toBe(result.events);
  }, 180_000);
  afterAll(() => env?.close());

  it('credits the running campaign with its visits', async () => {
    const [paid] = await rows<{ id: string }>(
      env.database.db,
      sql`select id from campaigns where workspace_id = ${ctx.workspaceId} and channel = 'paid_search'`,
    );
    const r = await campaignResults(ctx, paid!.id, { from: iso(new Date(Date.now() - 20 * DAY)), to });
    expect(r.visits).toBeGreaterThan(0);
    const persons = await row<{ contacts: number }>(
      env.database.db,
      sql`select count(*)::int as contacts from persons where workspace_id = ${ctx.workspaceId} and contact_id is not null`,
    );
    expect(persons!.contacts).toBeGreaterThan(0);
  });
});
