import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.ts';
import { loadConfig } from '../../config.ts';
import { listPartitions, monthKey, prunePartitions } from './partitions.ts';
import { at, ev, newSource, query } from './test-helpers.ts';
import { createEventSink } from './writer.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const count = async (table: string, ws: string) =>
  (
    await query<{ n: number }>(
      env,
      sql`select count(*)::int as n from ${sql.identifier(table)} where workspace_id = ${ws}`,
    )
  )[0]!.n;

describe('partitions and retention', () => {
  it('creates the months ahead at start and the partition of any month a batch holds', async () => {
    const now = new Date();
    const sink = createEventSink(env.database, { delayMs: 1 });
    const source = await newSource(env);
    const old = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 15));
    const soon = new Date(now.getTime() + 12 * 3_600_000);
    const far = new Date(now.getTime() + 3 * 86_400_000);
    const ancient = new Date(Date.UTC(now.getUTCFullYear() - 3, 0, 1));
    const result = await sink.write(source, [
      ev({ distinctId: 'a', time: old }),
      ev({ distinctId: 'a', time: soon }),
      ev({ distinctId: 'a', time: far }), // a clock days ahead: taken as received now
      ev({ distinctId: 'a', time: ancient }), // before the retention window: dropped
    ]);
    await sink.close();
    expect(result).toEqual({ stored: 3, duplicates: 0, dropped: 1 });
    const partitions = await listPartitions(env.app.db);
    const ahead = [0, 1, 2].map((i) =>
      monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1))),
    );
    for (const m of [monthKey(old), monthKey(soon), ...ahead]) expect(partitions).toContain(`events_p${m}`);
    expect(partitions).not.toContain(`events_p${monthKey(ancient)}`);
    const times = await query<{ t: number }>(
      env,
      sql`select (extract(epoch from time) * 1000)::float8 as t from events where workspace_id = ${source.workspaceId} order by time`,
    );
    expect(times[0]!.t).toBe(old.getTime());
    expect(times[1]!.t).toBeLessThan(soon.getTime());
    expect(times[1]!.t).toBeGreaterThanOrEqual(now.getTime());
    expect(times[2]!.t).toBe(soon.getTime());
  });

  it('drops whole partitions past the retention window, with their keys and visits', async () => {
    // Far in the past, so that no other test's events are near: "now" is January 2001 for this writer.
    const source = await newSource(env);
    const sink = createEventSink(env.database, { now: () => at('2001-01-15T00:00:00Z'), retentionMonths: 1 });
    expect(
      await sink.write(source, [
        ev({ distinctId: 'r', time: at('2000-12-10T10:00:00Z'), messageId: 'old' }),
        ev({ distinctId: 'r', time: at('2001-01-10T10:00:00Z'), messageId: 'kept' }),
      ]),
    ).toEqual({ stored: 2, duplicates: 0 });
    await sink.close();
    expect(await listPartitions(env.app.db)).toContain('events_p200012');
    // In February 2001, with one month kept before the current one, December 2000 goes.
    const dropped = await prunePartitions(env.app.db, 1, at('2001-02-10T00:00:00Z'));
    expect(dropped).toContain('events_p200012');
    expect(dropped).not.toContain('events_p200101');
    const partitions = await listPartitions(env.app.db);
    expect(partitions).not.toContain('events_p200012');
    expect(partitions).toContain('events_p200101');
    expect(await count('events', source.workspaceId)).toBe(1);
    expect(await count('event_keys', source.workspaceId)).toBe(1);
    expect(await count('visits', source.workspaceId)).toBe(1);
    // The dropped month's message is new again only because it left the window; a writer drops it anyway.
    const later = createEventSink(env.database, {
      now: () => at('2001-02-10T00:00:00Z'),
      retentionMonths: 1,
    });
    expect(
      await later.write(source, [
        ev({ distinctId: 'r', time: at('2000-12-10T10:00:00Z'), messageId: 'old' }),
      ]),
    ).toEqual({
      stored: 0,
      duplicates: 0,
      dropped: 1,
    });
    await later.close();
  });

  it('reads the retention window from TANDEM_EVENTS_RETENTION_MONTHS: 25 months by default, at least 1', () => {
    expect(loadConfig({}).eventsRetentionMonths).toBe(25);
    expect(loadConfig({ TANDEM_EVENTS_RETENTION_MONTHS: '3' }).eventsRetentionMonths).toBe(3);
    expect(() => loadConfig({ TANDEM_EVENTS_RETENTION_MONTHS: '0' })).toThrow(
      /TANDEM_EVENTS_RETENTION_MONTHS/,
    );
  });

  it('deleting a workspace deletes its events, keys, visits and day marks', async () => {
    const source = await newSource(env);
    await env.app.events.write(source, [ev({ distinctId: 'w' }), ev({ distinctId: 'w', messageId: 'k' })]);
    for (const t of ['events', 'event_keys', 'visits', 'event_day_marks'])
      expect(await count(t, source.workspaceId)).toBeGreaterThan(0);
    const res = await source.admin.delete(`/api/v1/workspaces/${source.workspaceId}`);
    expect(res.statusCode, res.body).toBe(204);
    for (const t of ['events', 'event_keys', 'visits', 'event_day_marks', 'persons', 'person_distinct_ids'])
      expect(await count(t, source.workspaceId), t).toBe(0);
  });
});
