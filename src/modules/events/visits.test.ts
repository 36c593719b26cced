import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.ts';
import { at, ev, newSource, query } from './test-helpers.ts';
import type { IncomingEvent } from './types.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

type Visit = { person_id: string; started: number; ended: number; events: number; pageviews: number };

/** The visits as stored, and each visit's events by session_id. */
const stored = (ws: string) =>
  query<Visit & { by_session: number; landing_path: string | null }>(
    env,
    sql`select v.person_id, (extract(epoch from v.started_at) * 1000)::float8 as started,
          (extract(epoch from v.ended_at) * 1000)::float8 as ended, v.events, v.pageviews, v.landing_path,
          (select count(*)::int from events e where e.workspace_id = v.workspace_id and e.session_id = v.id) as by_session
        from visits v where v.workspace_id = ${ws} order by v.person_id, v.started_at`,
  );

/** Visits computed from the raw events alone: a gap of 30 minutes or more starts one. */
const fromRawEvents = (ws: string) =>
  query<Visit>(
    env,
    sql`with e as (
          select person_id, id, time, name,
            case when lag(time) over w is null or time - lag(time) over w >= interval '30 minutes' then 1 else 0 end as starts
          from events where workspace_id = ${ws}
          window w as (partition by person_id order by time, id)
        ), n as (
          select *, sum(starts) over (partition by person_id order by time, id rows unbounded preceding) as visit from e
        )
        select person_id, (extract(epoch from min(time)) * 1000)::float8 as started,
          (extract(epoch from max(time)) * 1000)::float8 as ended, count(*)::int as events,
          (count(*) filter (where name = '$pageview'))::int as pageviews
        from n group by person_id, visit order by person_id, min(time)`,
  );

const MIN = 60_000;

describe('visits', () => {
  it('ends a visit after 30 minutes idle, across batches, and keeps the first event’s origin', async () => {
    const s = await newSource(env);
    const t0 = at('2026-11-10T10:00:00Z').getTime();
    const t = (m: number) => new Date(t0 + m * MIN);
    await env.app.events.write(s, [
      ev({ distinctId: 'v', time: t(0), url: 'https://acme.test/landing?utm_source=news' }),
      ev({ distinctId: 'v', time: t(29), url: 'https://acme.test/pricing' }),
    ]);
    await env.app.events.write(s, [
      ev({ distinctId: 'v', name: 'clicked', time: t(58) }), // 29 min after the last: same visit
      ev({ distinctId: 'v', time: t(88), url: 'https://acme.test/again' }), // exactly 30 min: a new one
    ]);
    const visits = await stored(s.workspaceId);
    expect(
      visits.map(({ started, ended, events, pageviews, by_session, landing_path }) => ({
        started: (started - t0) / MIN,
        ended: (ended - t0) / MIN,
        events,
        pageviews,
        by_session,
        landing_path,
      })),
    ).toEqual([
      { started: 0, ended: 58, events: 3, pageviews: 2, by_session: 3, landing_path: '/landing' },
      { started: 88, ended: 88, events: 1, pageviews: 1, by_session: 1, landing_path: '/again' },
    ]);
  });

  it('extends a visit back for a slightly late event, and gives a much later arrival a visit of its own', async () => {
    const s = await newSource(env);
    const t0 = at('2026-11-11T10:00:00Z').getTime();
    const t = (m: number) => new Date(t0 + m * MIN);
    await env.app.events.write(s, [ev({ distinctId: 'l', time: t(60), url: 'https://acme.test/second' })]);
    await env.app.events.write(s, [ev({ distinctId: 'l', time: t(40), url: 'https://acme.test/first' })]);
    await env.app.events.write(s, [ev({ distinctId: 'l', time: t(0) }), ev({ distinctId: 'l', time: t(5) })]);
    const visits = await stored(s.workspaceId);
    expect(
      visits.map((v) => [(v.started - t0) / MIN, (v.ended - t0) / MIN, v.events, v.landing_path]),
    ).toEqual([
      [0, 5, 2, null],
      [40, 60, 2, '/first'],
    ]);
  });

  it('stays exact against a gap query over the raw events', async () => {
    const s = await newSource(env);
    // A seeded generator: the same events on every run.
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const t0 = at('2026-11-12T00:00:00Z').getTime();
    const people = Array.from({ length: 12 }, (_, i) => `person-${i}`);
    const clock = new Map(people.map((p) => [p, t0 + random() * 60 * MIN]));
    // Twelve batches, each holding the next stretch of time, shuffled inside: sessions continue across batches.
    for (let batch = 0; batch < 12; batch++) {
      const events: IncomingEvent[] = [];
      for (const p of people) {
        const n = Math.floor(random() * 5);
        for (let i = 0; i < n; i++) {
          // Mostly short gaps, sometimes 30 minutes exactly, sometimes long ones.
          const r = random();
          const gap =
            r < 0.6
              ? random() * 10 * MIN
              : r < 0.7
                ? 30 * MIN
                : r < 0.8
                  ? 29.99 * MIN
                  : 31 * MIN + random() * 120 * MIN;
          const time = clock.get(p)! + Math.round(gap);
          clock.set(p, time);
          events.push(
            ev({ distinctId: p, time: new Date(time), name: random() < 0.7 ? '$pageview' : 'clicked' }),
          );
        }
      }
      events.sort(() => random() - 0.5);
      if (events.length) await env.app.events.write(s, events);
    }
    const raw = await fromRawEvents(s.workspaceId);
    const visits = await stored(s.workspaceId);
    expect(raw.length).toBeGreaterThan(20);
    expect(
      visits.map(({ person_id, started, ended, events, pageviews }) => ({
        person_id,
        started,
        ended,
        events,
        pageviews,
      })),
    ).toEqual(raw);
    expect(visits.every((v) => v.by_session === v.events)).toBe(true);
  });
});
