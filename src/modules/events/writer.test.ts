import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.ts';
import { at, ev, newSource, query } from './test-helpers.ts';
import { Overloaded } from './types.ts';
import { createEventSink } from './writer.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('the event writer', () => {
  it('stores events with their traffic origin and counts duplicates, in one batch and across batches', async () => {
    const source = await newSource(env);
    const first = await env.app.events.write(source, [
      ev({
        distinctId: 'd1',
        messageId: 'm1',
        url: 'https://acme.test/pricing?utm_source=news&utm_campaign=spring',
      }),
      ev({ distinctId: 'd1', messageId: 'm1' }),
      ev({ distinctId: 'd2', messageId: 'm2', name: 'signed_up', properties: { plan: 'pro' } }),
    ]);
    expect(first).toEqual({ stored: 2, duplicates: 1 });
    // A retry computes another time from the sender's clock: still the same message.
    const again = await env.app.events.write(source, [
      ev({ distinctId: 'd1', messageId: 'm1', time: at('2026-01-02T00:00:00Z') }),
      ev({ distinctId: 'd3' }),
    ]);
    expect(again).toEqual({ stored: 1, duplicates: 1 });
    const stored = await query<{
      name: string;
      utm_campaign: string | null;
      path: string | null;
      props: unknown;
    }>(
      env,
      sql`select name, utm_campaign, path, properties as props from events
          where workspace_id = ${source.workspaceId} order by name, distinct_id`,
    );
    expect(stored).toEqual([
      { name: '$pageview', utm_campaign: 'spring', path: '/pricing', props: {} },
      { name: '$pageview', utm_campaign: null, path: null, props: {} },
      { name: 'signed_up', utm_campaign: null, path: null, props: { plan: 'pro' } },
    ]);
    const [persons] = await query<{ n: number }>(
      env,
      sql`select count(*)::int as n from persons where workspace_id = ${source.workspaceId}`,
    );
    expect(persons!.n).toBe(3);
    // The same message id from another source is another message.
    const other = { ...source, sourceId: crypto.randomUUID() };
    expect(await env.app.events.write(other, [ev({ distinctId: 'd1', messageId: 'm1' })])).toEqual({
      stored: 1,
      duplicates: 0,
    });
  });

  it('batches parallel writes into few transactions, each answered after its commit', async () => {
    const source = await newSource(env);
    const sink = createEventSink(env.database, { delayMs: 20 });
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        sink.write(source, [
          ev({ distinctId: `p${i % 7}`, messageId: `g${i}` }),
          ev({ distinctId: `q${i}` }),
        ]),
      ),
    );
    expect(results.every((r) => r.stored === 2 && r.duplicates === 0)).toBe(true);
    expect(sink.stats.transactions).toBeLessThanOrEqual(3);
    // Resolved means committed: another connection's read sees every event.
    const [n] = await query<{ n: number }>(
      env,
      sql`select count(*)::int as n from events where workspace_id = ${source.workspaceId}`,
    );
    expect(n!.n).toBe(120);
    await sink.close();
  });

  it('runs batches in parallel without losing a write when they create and continue the same persons', async () => {
    const source = await newSource(env);
    const sink = createEventSink(env.database, { delayMs: 5, maxBatch: 150, parallel: 4 });
    const t0 = Date.now() - 3_600_000;
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, r) =>
        sink.write(
          source,
          Array.from({ length: 50 }, (_, i) =>
            ev({ distinctId: `shared-${(r * 7 + i) % 25}`, time: new Date(t0 + r * 1_000 + i) }),
          ),
        ),
      ),
    );
    await sink.close();
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    // No batch failed (a deadlock between them would have sent its requests through one-by-one retries).
    expect(sink.stats.retries).toBe(0);
    const [counts] = await query<{
      events: number;
      persons: number;
      ids: number;
      visits: number;
      visit_events: number;
    }>(
      env,
      sql`select (select count(*)::int from events where workspace_id = ${source.workspaceId}) as events,
            (select count(*)::int from persons where workspace_id = ${source.workspaceId}) as persons,
            (select count(*)::int from person_distinct_ids where workspace_id = ${source.workspaceId}) as ids,
            (select count(*)::int from visits where workspace_id = ${source.workspaceId}) as visits,
            (select sum(events)::int from visits where workspace_id = ${source.workspaceId}) as visit_events`,
    );
    // Every event is within a minute of the others: one person and one visit per distinct id.
    expect(counts).toEqual({ events: 1500, persons: 25, ids: 25, visits: 25, visit_events: 1500 });
  });

  it('fails a bad request alone: the others of its batch are stored', async () => {
    const source = await newSource(env);
    const sink = createEventSink(env.database, { delayMs: 20 });
    // No such workspace: its persons cannot be created (foreign key), so its transaction fails.
    const bad = { ...source, workspaceId: crypto.randomUUID() };
    const [good1, failed, good2] = await Promise.allSettled([
      sink.write(source, [ev({ distinctId: 'ok1' })]),
      sink.write(bad, [ev({ distinctId: 'nope' })]),
      sink.write(source, [ev({ distinctId: 'ok2' })]),
    ]);
    expect(good1).toEqual({ status: 'fulfilled', value: { stored: 1, duplicates: 0 } });
    expect(good2).toEqual({ status: 'fulfilled', value: { stored: 1, duplicates: 0 } });
    expect(failed.status).toBe('rejected');
    expect(sink.stats.flushes).toBe(1);
    expect(sink.stats.retries).toBe(3);
    const [n] = await query<{ n: number }>(
      env,
      sql`select count(*)::int as n from event_keys where workspace_id in (${source.workspaceId}, ${bad.workspaceId})`,
    );
    expect(n!.n).toBe(2);
    await sink.close();
  });

  it('refuses past its bound: 503 when full, 429 past a source’s half', async () => {
    const a = await newSource(env);
    const b = { ...a, sourceId: crypto.randomUUID() };
    const sink = createEventSink(env.database, { maxPending: 10, delayMs: 50 });
    const four = Array.from({ length: 4 }, (_, i) => ev({ distinctId: `a${i}` }));
    const waiting = sink.write(a, four);
    const tooMuchForA = sink.write(a, four.slice(0, 2));
    const fitsB = sink.write(
      b,
      Array.from({ length: 5 }, (_, i) => ev({ distinctId: `b${i}` })),
    );
    const full = sink.write(b, four.slice(0, 3));
    await expect(tooMuchForA).rejects.toMatchObject({ status: 429 });
    await expect(full).rejects.toMatchObject({ status: 503 });
    const err = await full.catch((e) => e);
    expect(err).toBeInstanceOf(Overloaded);
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await waiting).toEqual({ stored: 4, duplicates: 0 });
    expect(await fitsB).toEqual({ stored: 5, duplicates: 0 });
    // Once written, the room is free again.
    expect(
      await sink.write(
        a,
        four.slice(0, 2).map((e) => ({ ...e, messageId: 'x' + e.distinctId })),
      ),
    ).toEqual({
      stored: 2,
      duplicates: 0,
    });
    await sink.close();
  });

  it('close() writes what is queued and refuses new writes', async () => {
    const source = await newSource(env);
    const sink = createEventSink(env.database, { delayMs: 1_000 });
    const queued = sink.write(source, [ev({ distinctId: 'late' })]);
    await sink.close();
    expect(await queued).toEqual({ stored: 1, duplicates: 0 });
    await expect(sink.write(source, [ev({ distinctId: 'after' })])).rejects.toMatchObject({ status: 503 });
  });

  it('strips what PostgreSQL cannot store from every string and JSON property', async () => {
    const source = await newSource(env);
    const result = await env.app.events.write(source, [
      ev({
        distinctId: 'nul\u0000id',
        name: 'clicked\u0000',
        url: 'https://acme.test/a\u0000b',
        properties: { 'k\u0000ey': 'v\u0000al', nested: ['x\ud800y', { deep: '\udc00z' }] },
        set: { name: 'Ann\u0000' },
      }),
    ]);
    expect(result).toEqual({ stored: 1, duplicates: 0 });
    const [row] = await query<{ name: string; distinct_id: string; url: string; properties: unknown }>(
      env,
      sql`select name, distinct_id, url, properties from events where workspace_id = ${source.workspaceId}`,
    );
    expect(row).toEqual({
      name: 'clicked',
      distinct_id: 'nulid',
      url: 'https://acme.test/ab',
      properties: { key: 'val', nested: ['xy', { deep: 'z' }] },
    });
    const [person] = await query<{ properties: unknown }>(
      env,
      sql`select properties from persons where workspace_id = ${source.workspaceId}`,
    );
    expect(person!.properties).toEqual({ name: 'Ann' });
  });

  it('flags bots on events, visits and persons seen only as bots', async () => {
    const source = await newSource(env);
    const bot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
    const human =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
    await env.app.events.write(source, [
      ev({ distinctId: 'crawler', userAgent: bot }),
      ev({ distinctId: 'crawler', userAgent: bot }),
      ev({ distinctId: 'person', userAgent: human }),
      ev({ distinctId: 'mixed', userAgent: bot }),
      ev({ distinctId: 'mixed', userAgent: human }),
    ]);
    const persons = await query<{
      distinct_id: string;
      is_bot: boolean;
      visit_bot: boolean;
      bot_events: number;
    }>(
      env,
      sql`select d.distinct_id, p.is_bot, v.is_bot as visit_bot,
            (select count(*)::int from events e where e.workspace_id = p.workspace_id and e.person_id = p.id and e.is_bot) as bot_events
          from person_distinct_ids d join persons p on p.workspace_id = d.workspace_id and p.id = d.person_id
          join visits v on v.workspace_id = p.workspace_id and v.person_id = p.id
          where d.workspace_id = ${source.workspaceId} order by d.distinct_id`,
    );
    expect(persons).toEqual([
      { distinct_id: 'crawler', is_bot: true, visit_bot: true, bot_events: 2 },
      { distinct_id: 'mixed', is_bot: false, visit_bot: false, bot_events: 1 },
      { distinct_id: 'person', is_bot: false, visit_bot: false, bot_events: 0 },
    ]);
  });

  it('marks each day and hour a batch touched', async () => {
    const source = await newSource(env);
    await env.app.events.write(source, [
      ev({ distinctId: 'x', time: at('2026-03-01T23:59:00Z') }),
      ev({ distinctId: 'x', time: at('2026-03-02T00:01:00Z') }),
      ev({ distinctId: 'y', time: at('2026-03-02T00:59:59Z') }),
    ]);
    const hours = await query<{ hour: string }>(
      env,
      sql`select to_char(hour at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as hour from event_hour_marks
          where workspace_id = ${source.workspaceId} order by hour`,
    );
    expect(hours.map((h) => h.hour)).toEqual(['2026-03-01 23:00', '2026-03-02 00:00']);
    const days = await query<{ day: string }>(
      env,
      sql`select day::text as day from event_day_marks where workspace_id = ${source.workspaceId} order by day`,
    );
    expect(days.map((d) => d.day)).toEqual(['2026-03-01', '2026-03-02']);
  });
});
