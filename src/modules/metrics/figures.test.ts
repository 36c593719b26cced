import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { factories } from '../../../test/factories.ts';
import type { WsCtx } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';
import { signals } from '../attribution/test-fixtures.ts';
import { valueOf } from './compute.ts';
import { type MetricRow } from './metrics.ts';
import { previousRange, seriesBuckets } from './periods.ts';
import { metrics } from './schema.ts';
import { metricsSummary } from './summary.ts';
import { forgetMemos, memoCount, settleMarks, testCtx } from '../analytics/memo-testing.ts';

/**
 * The summary's memoized figures (figures.ts through analytics/memo.ts): over September 2026, closed on
 * `now` (1 December), every event-derived kind answers what a fresh computation of each window answers, from
 * its memo on the next read, and again from the events once an event of the window is written.
 */

let env: TestEnv;
let team: Team;
let ctx: WsCtx;
const now = new Date('2026-12-01T12:00:00Z');
const SEPT = { from: '2026-09-01', to: '2026-09-30', compare: true };

const KINDS = [
  'traffic',
  'unique_visitors',
  'leads',
  'conversions',
  'revenue',
  'conversion_rate',
  'cost_per_lead',
  'cost_per_conversion',
  'roi',
  'feature_adoption',
  'retention',
] as const;

const settle = () => settleMarks(env.database.db, team.workspaceId);
const memos = () => memoCount(env.database.db, team.workspaceId);

/** The summary as the old code computed it: one valueOf per window, nothing memoized. */
async function fresh(list: MetricRow[], last = SEPT.to) {
  const prev = previousRange(SEPT.from, SEPT.to);
  return Promise.all(
    list.map(async (m) => ({
      id: m.id,
      previous: await valueOf(ctx, m, prev.from, prev.to),
      value: await valueOf(ctx, m, SEPT.from, last),
      series: await Promise.all(
        seriesBuckets(SEPT.from, last).map(async (b) => ({
          period: b.start,
          value: await valueOf(ctx, m, b.start, b.end),
        })),
      ),
    })),
  );
}
const figures = async (at = now) =>
  (await metricsSummary(ctx, SEPT, at)).metrics.map((m) => ({
    id: m.id,
    previous: m.previous,
    value: m.value,
    series: m.series,
  }));
const of = (r: Awaited<ReturnType<typeof figures>>, kind: (typeof KINDS)[number]) =>
  r.find((m) => m.id === list.find((x) => x.kind === kind)!.id)!;
const close = (a: Awaited<ReturnType<typeof fresh>>, b: Awaited<ReturnType<typeof fresh>>) => {
  // Sums of a series against one count over the range: the same numbers, added in another order.
  expect(b.map((m) => m.id)).toEqual(a.map((m) => m.id));
  a.forEach((m, i) => {
    const o = b[i]!;
    for (const [x, y] of [
      [m.value, o.value],
      [m.previous, o.previous],
      ...m.series.map((p, j) => [p.value, o.series[j]!.value]),
    ])
      if (x === null || y === null) expect([m.id, x]).toEqual([m.id, y]);
      else expect(x).toBeCloseTo(y!, 9);
  });
};

let list: MetricRow[];
let s: ReturnType<typeof signals>;
let later: string;

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, `Figures ${randomUUID().slice(0, 8)}`);
  ctx = testCtx(env.database.db, team.workspaceId);
  const make = factories(env, team);
  s = signals(env.database.db, team.workspaceId);
  await s.goal({ name: 'Purchase', event: 'purchase', revenueProperty: 'revenue' });
  const feature = await make.feature();
  await env.database.db.execute(
    sql`update features set adoption_event = 'report_exported' where workspace_id = ${team.workspaceId} and id = ${feature.id}`,
  );
  await make.campaign({ actualSpend: 900, startDate: '2026-08-01', endDate: '2026-09-30' });
  // August (the previous range) and September: visitors, leads, purchases, feature use.
  for (const [i, day] of ['2026-08-20', '2026-09-02', '2026-09-09', '2026-09-16', '2026-09-29'].entries()) {
    const p = await s.person({ identifiedAt: `${day}T10:00:00Z` });
    await s.visit(p, `${day}T09:00:00Z`, { campaign: i % 2 ? 'spring' : undefined });
    await s.visit(p, `2026-09-${String(10 + i).padStart(2, '0')}T09:00:00Z`);
    if (i > 0) await s.event(p, 'purchase', `${day}T11:00:00Z`, { revenue: 100 * i });
    if (i % 2) await s.event(p, 'report_exported', `${day}T12:00:00Z`);
  }
  later = await s.person({ identifiedAt: '2026-07-01T10:00:00Z' });
  for (const [i, kind] of KINDS.entries()) {
    const res = await team.admin.post(`${team.ws}/metrics`, {
      name: `${String(i).padStart(2, '0')} ${kind}`,
      kind,
      ownerRole: 'product_manager',
      filters: kind === 'feature_adoption' ? { featureId: feature.id } : {},
    });
    expect(res.statusCode).toBe(201);
  }
  list = (await env.database.db.select().from(metrics)).filter((m) => m.workspaceId === team.workspaceId);
  list.sort((a, b) => a.name.localeCompare(b.name));
  await settle();
});
afterAll(() => env.close());

describe('memoized summary figures', () => {
  it('answer what a fresh computation of each window answers, then from their memos', async () => {
    const first = await figures();
    close(await fresh(list), first);
    expect(of(first, 'leads').value).toBe(4); // four identified in September
    const kept = await memos();
    expect(kept).toBeGreaterThan(0);
    // A visit deleted behind the writer's back (no mark): the memos still answer, so nothing changes.
    await env.database.db.execute(
      sql`delete from visits where workspace_id = ${team.workspaceId} and started_at >= '2026-09-10' and started_at < '2026-09-11'`,
    );
    expect(await figures()).toEqual(first);
    expect(await memos()).toBe(kept);
  });

  it('computes a window again once an event of it is written (its day mark moved)', async () => {
    const before = await figures();
    // On the day whose visit was deleted unmarked: the windows holding it are read from the events again.
    await s.visit(later, '2026-09-10T15:00:00Z');
    await s.event(later, 'purchase', '2026-09-10T16:00:00Z', { revenue: 50 });
    await settle();
    const after = await figures();
    close(await fresh(list), after);
    expect(of(after, 'revenue').value).toBe(of(before, 'revenue').value! + 50);
    expect(of(after, 'conversions').value).toBe(of(before, 'conversions').value! + 1);
  });

  it('keys a figure by its definition: a changed adoption signal is computed afresh', async () => {
    const adoption = list.find((m) => m.kind === 'feature_adoption')!;
    const value = async () => (await figures()).find((m) => m.id === adoption.id)!.value;
    expect(await value()).not.toBe(0);
    await env.database.db.execute(
      sql`update features set adoption_event = 'never_sent' where workspace_id = ${team.workspaceId}`,
    );
    expect(await value()).toBe(0);
  });

  it('counts visitors, leads, outcomes, retention and adoption of a range still open as its kept days plus what today adds', async () => {
    const today = new Date('2026-09-20T12:00:00Z');
    await env.database.db.execute(
      sql`update features set adoption_event = 'report_exported' where workspace_id = ${team.workspaceId}`,
    );
    close(await fresh(list, '2026-09-20'), await figures(today));
    // Today: a person seen on the kept days (counted once), a new one (added), and one of August's cohort
    // whose September visit was deleted (added, and back for retention).
    const before = await figures(today);
    const first = async (day: string) =>
      (
        await rows<{ id: string }>(
          env.database.db,
          sql`select person_id as id from visits where workspace_id = ${team.workspaceId} and started_at >= ${day}::timestamptz order by started_at limit 1`,
        )
      )[0]!.id;
    await s.visit(await first('2026-09-02'), '2026-09-20T08:00:00Z');
    await s.visit(await first('2026-08-20'), '2026-09-20T08:30:00Z');
    const added = await s.person({ identifiedAt: '2026-09-20T09:01:00Z' });
    await s.visit(added, '2026-09-20T09:00:00Z');
    await s.event(added, 'report_exported', '2026-09-20T09:05:00Z');
    await s.event(added, 'purchase', '2026-09-20T09:10:00Z', { revenue: 70 });
    const after = await figures(today);
    expect(of(after, 'unique_visitors').value).toBe(of(before, 'unique_visitors').value! + 2);
    // Leads and outcomes add up: the kept days and today's.
    expect(of(after, 'leads').value).toBe(of(before, 'leads').value! + 1);
    expect(of(after, 'conversions').value).toBe(of(before, 'conversions').value! + 1);
    expect(of(after, 'revenue').value).toBe(of(before, 'revenue').value! + 70);
    expect(of(after, 'retention').value!).toBeGreaterThan(of(before, 'retention').value ?? 0);
    expect(of(after, 'feature_adoption').value!).toBeGreaterThan(of(before, 'feature_adoption').value!);
    close(await fresh(list, '2026-09-20'), after);
    // Once the marks settle, today up to 11:00 (the last settled hour at noon: analytics/active.ts hourCut)
    // is kept too, and read back: the same figures.
    await settle();
    close(after, await figures(today));
    // The new person's 09:00 visit deleted behind the writer's back: the kept part still counts the visitor
    // (traffic, read live, does not).
    await env.database.db.execute(
      sql`delete from visits where workspace_id = ${team.workspaceId} and person_id = ${added}`,
    );
    const stale = await figures(today);
    expect(of(stale, 'unique_visitors').value).toBe(of(after, 'unique_visitors').value);
    expect(of(stale, 'traffic').value).toBe(of(after, 'traffic').value! - 1);
    await forgetMemos(env.database.db, team.workspaceId);
    expect(of(await figures(today), 'unique_visitors').value).toBe(of(after, 'unique_visitors').value! - 1);
  });
});
