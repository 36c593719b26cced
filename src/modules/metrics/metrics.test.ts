import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { factories } from '../../../test/factories.ts';
import { signals } from '../attribution/test-fixtures.ts';
import { metrics, metricValues } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
});
afterAll(() => env.close());

const define = (body: Record<string, unknown>, as: keyof Team = 'marketer') =>
  (team[as] as Team['admin']).post(`${team.ws}/metrics`, {
    name: `Metric ${randomUUID().slice(0, 8)}`,
    ...body,
  });
const summary = (query: string) => team.viewer.get(`${team.ws}/metrics/summary?${query}`);
const MARCH = 'from=2026-03-01&to=2026-03-31';

describe('metric definitions', () => {
  it('creates with the kind’s unit and direction, lists by owner role, and logs the change', async () => {
    const res = await define({ name: 'Cost per lead', kind: 'cost_per_lead', ownerRole: 'marketer' });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({ unit: 'currency', direction: 'down', period: 'month', tolerance: 0.1 });
    const list = await team.viewer.get(`${team.ws}/metrics?ownerRole=marketer`);
    expect(list.data.items.map((m: { id: string }) => m.id)).toContain(res.data.id);
    expect((await team.viewer.get(`${team.ws}/metrics?ownerRole=sales`)).data.items).toEqual([]);
    expect((await make.stored.activityOf(res.data.id)).map((a) => a.action)).toEqual(['created']);
    expect((await other.admin.get(`${other.ws}/metrics/${res.data.id}`)).statusCode).toBe(404);
  });

  it('lets only the metric’s own role (or an admin) define, edit or delete it: 403 naming the role', async () => {
    const theirs = await define({ kind: 'leads', ownerRole: 'product_manager' });
    expect(theirs.statusCode).toBe(403);
    expect(theirs.data.ownerRoles).toEqual(['admin', 'product_manager']);
    const pm = await define({ kind: 'feedback_volume', ownerRole: 'product_manager' }, 'product_manager');
    expect(pm.statusCode).toBe(201);
    const url = `${team.ws}/metrics/${pm.data.id}`;
    const edit = await team.marketer.patch(url, { name: 'Mine now' });
    expect(edit.statusCode).toBe(403);
    expect(edit.data.detail).toMatch(/owned by product manager/);
    expect((await team.marketer.put(`${url}/targets`, { targets: [] })).statusCode).toBe(403);
    expect((await team.marketer.delete(url)).statusCode).toBe(403);
    // Nor may the owner hand it to a role that is not theirs.
    expect((await team.product_manager.patch(url, { ownerRole: 'marketer' })).statusCode).toBe(403);
    expect((await team.viewer.patch(url, { name: 'x' })).statusCode).toBe(403);
    expect((await team.admin.patch(url, { name: 'Feedback received' })).statusCode).toBe(200);
    expect((await team.product_manager.delete(url)).statusCode).toBe(204);
  });

  it('refuses filters its kind does not read, unknown ids and a wrong unit (422 naming the field)', async () => {
    const count = await make.stored.count(metrics);
    const campaign = await make.campaign();
    const nps = await define(
      { kind: 'nps', ownerRole: 'product_marketer', filters: { campaignId: campaign.id } },
      'product_marketer',
    );
    expect(nps.statusCode).toBe(422);
    expect(nps.data.errors[0].path).toBe('filters.campaignId');
    const unknown = await define({
      kind: 'leads',
      ownerRole: 'marketer',
      filters: { campaignId: randomUUID() },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.data.errors[0].path).toBe('filters.campaignId');
    const two = await define({
      kind: 'leads',
      ownerRole: 'marketer',
      filters: { campaignId: campaign.id, programId: campaign.programId },
    });
    expect(two.statusCode).toBe(422);
    expect(two.data.errors[0].path).toBe('filters.programId');
    const adoption = await define(
      { kind: 'feature_adoption', ownerRole: 'product_manager' },
      'product_manager',
    );
    expect(adoption.data.errors[0].path).toBe('filters.featureId');
    const unit = await define({ kind: 'leads', ownerRole: 'marketer', unit: 'percent' });
    expect(unit.statusCode).toBe(422);
    expect(unit.data.errors[0].path).toBe('unit');
    expect(
      (await define({ kind: 'leads', ownerRole: 'marketer', filters: { segment: 'huge' } })).statusCode,
    ).toBe(400);
    expect(await make.stored.count(metrics)).toBe(count);
  });
});

describe('targets and manual values', () => {
  it('takes targets only on the first day of a period of the metric', async () => {
    const m = await define({ kind: 'leads', ownerRole: 'marketer', period: 'quarter' });
    const url = `${team.ws}/metrics/${m.data.id}/targets`;
    const bad = await team.marketer.put(url, {
      targets: [
        { periodStart: '2026-04-01', value: 900 },
        { periodStart: '2026-05-01', value: 300 },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.data.errors).toEqual([
      { path: 'targets.1.periodStart', message: expect.stringMatching(/quarter/) },
    ]);
    const ok = await team.marketer.put(url, { targets: [{ periodStart: '2026-04-01', value: 900 }] });
    expect(ok.statusCode).toBe(200);
    expect(ok.data.targets).toEqual([{ periodStart: '2026-04-01', value: 900 }]);
    const week = await define({ kind: 'leads', ownerRole: 'marketer', period: 'week' });
    const monday = await team.marketer.put(`${team.ws}/metrics/${week.data.id}/targets`, {
      targets: [{ periodStart: '2026-03-03', value: 10 }],
    });
    expect(monday.data.errors[0].message).toMatch(/Monday/);
  });

  it('stores manual values, sums counts over a range, and imports a CSV reporting bad rows', async () => {
    const m = await define(
      { name: 'Pipeline', kind: 'manual', ownerRole: 'sales', unit: 'currency' },
      'sales',
    );
    const url = `${team.ws}/metrics/${m.data.id}`;
    const put = await team.sales.put(`${url}/values`, {
      values: [
        { on: '2026-03-02', value: 1000 },
        { on: '2026-03-09', value: 2500 },
      ],
    });
    expect(put.data).toEqual({ saved: 2 });
    const imported = await team.sales.post(
      `${url}/values/import`,
      'date,value\n2026-03-16,"$1,500"\n2026-03-40,12\n2026-03-23,lots\n2026-03-02,500\n',
      { 'content-type': 'text/csv' },
    );
    expect(imported.statusCode).toBe(200);
    expect(imported.data.imported).toBe(2);
    expect(imported.data.rejected).toEqual([
      {
        row: 2,
        errors: [{ column: 'date', message: expect.any(String) }],
        values: { date: '2026-03-40', value: '12' },
      },
      {
        row: 3,
        errors: [{ column: 'value', message: expect.any(String) }],
        values: { date: '2026-03-23', value: 'lots' },
      },
    ]);
    const badHeader = await team.sales.post(`${url}/values/import`, { csv: 'day,amount\n2026-03-01,1' });
    expect(badHeader.statusCode).toBe(422);
    expect(badHeader.data.errors[0].path).toBe('csv');
    // 500 (replacing 1000) + 2500 + 1500.
    await team.sales.put(`${url}/targets`, { targets: [{ periodStart: '2026-03-01', value: 5000 }] });
    const s = await summary(`ownerRole=sales&${MARCH}`);
    expect(s.data.metrics.find((x: { id: string }) => x.id === m.data.id)).toMatchObject({
      value: 4500,
      target: 5000,
      status: 'at_risk',
    });
    expect((await team.sales.delete(`${url}/values/2026-03-16`)).statusCode).toBe(204);
    expect((await team.sales.delete(`${url}/values/2026-03-16`)).statusCode).toBe(404);
    const detail = await team.viewer.get(url);
    expect(detail.data.values).toEqual([
      { on: '2026-03-02', value: 500 },
      { on: '2026-03-09', value: 2500 },
    ]);
    expect(
      detail.data.periods.find((p: { periodStart: string }) => p.periodStart === '2026-03-01'),
    ).toMatchObject({
      value: 3000,
      status: 'off_track',
    });
    const computed = await define({ kind: 'leads', ownerRole: 'marketer' });
    const refused = await team.marketer.put(`${team.ws}/metrics/${computed.data.id}/values`, {
      values: [{ on: '2026-03-02', value: 1 }],
    });
    expect(refused.statusCode).toBe(422);
    expect(await make.stored.count(metricValues, sql`metric_id = ${computed.data.id}`)).toBe(0);
  });
});

describe('computed values', () => {
  it('computes leads and revenue (whole workspace and by campaign), NPS and win rate from the data', async () => {
    const s = signals(env.database.db, team.workspaceId);
    await s.goal({ name: 'Purchase', event: 'purchase', revenueProperty: 'revenue' });
    const campaign = await make.campaign();
    const utm = campaign.utm.campaign;
    const fromCampaign = await s.person({ identifiedAt: '2026-03-10T10:00:00Z' });
    await s.visit(fromCampaign, '2026-03-10T09:50:00Z', { campaign: utm });
    await s.event(fromCampaign, 'purchase', '2026-03-12T10:00:00Z', { revenue: 300 });
    const direct = await s.person({ identifiedAt: '2026-03-20T10:00:00Z' });
    await s.visit(direct, '2026-03-20T09:00:00Z');
    await s.event(direct, 'purchase', '2026-03-21T10:00:00Z', { revenue: 200 });
    await s.person({ identifiedAt: '2026-04-02T10:00:00Z' }); // outside March

    const product = await make.product();
    const survey = randomUUID();
    const db = env.database.db;
    await db.execute(
      sql`insert into surveys (workspace_id, id, name, kind, product_id, question)
          values (${team.workspaceId}, ${survey}, 'NPS', 'nps', ${product.id}, 'How likely…')`,
    );
    // 4 promoters, 2 passives, 4 detractors of 10 → NPS 0; and one in April.
    for (const [score, at] of [10, 9, 10, 9, 8, 7, 3, 6, 0, 5, 10].map((sc, i) => [
      sc,
      i < 10 ? '2026-03-15' : '2026-04-15',
    ]))
      await db.execute(
        sql`insert into survey_answers (workspace_id, survey_id, kind, product_id, score, channel, answered_at)
            values (${team.workspaceId}, ${survey}, 'nps', ${product.id}, ${score}, 'api', ${`${at}T12:00:00Z`}::timestamptz)`,
      );
    for (const [outcome, on] of [
      ['won', '2026-03-05'],
      ['won', '2026-03-06'],
      ['lost', '2026-03-07'],
      ['no_decision', '2026-03-08'],
      ['lost', '2026-02-20'],
    ])
      await db.execute(
        sql`insert into deals (workspace_id, name, outcome, closed_on) values (${team.workspaceId}, 'Deal', ${outcome}, ${on}::date)`,
      );

    const ids: Record<string, string> = {};
    for (const [key, body, as] of [
      ['leads', { kind: 'leads', ownerRole: 'marketer' }, 'marketer'],
      [
        'campaignLeads',
        { kind: 'leads', ownerRole: 'marketer', filters: { campaignId: campaign.id } },
        'marketer',
      ],
      ['revenue', { kind: 'revenue', ownerRole: 'marketer' }, 'marketer'],
      [
        'campaignRevenue',
        { kind: 'revenue', ownerRole: 'marketer', filters: { campaignId: campaign.id } },
        'marketer',
      ],
      [
        'nps',
        { kind: 'nps', ownerRole: 'product_marketer', filters: { productId: product.id } },
        'product_marketer',
      ],
      ['winRate', { kind: 'win_rate', ownerRole: 'product_marketer' }, 'product_marketer'],
    ] as const) {
      const res = await define(body, as);
      expect(res.statusCode).toBe(201);
      ids[key] = res.data.id;
    }
    await team.product_marketer.put(`${team.ws}/metrics/${ids.nps}/targets`, {
      targets: [{ periodStart: '2026-03-01', value: 30 }],
    });
    const res = await summary(`${MARCH}&compare=1`);
    expect(res.statusCode).toBe(200);
    const by = (id: string) => res.data.metrics.find((m: { id: string }) => m.id === id);
    expect(by(ids.leads!)).toMatchObject({ value: 2, previous: 0, change: 2 });
    expect(by(ids.campaignLeads!).value).toBe(1);
    expect(by(ids.revenue!).value).toBe(500);
    expect(by(ids.campaignRevenue!).value).toBe(300);
    expect(by(ids.nps!)).toMatchObject({ value: 0, target: 30, status: 'off_track' });
    expect(by(ids.nps!).rule).toMatch(/^Off track: 0 < target 30/);
    // 2 won, 1 lost; no decision left out; February's loss outside the range.
    expect(by(ids.winRate!)).toMatchObject({ value: 66.7, previous: 0, status: 'no_target' });
    expect(
      by(ids.leads!)
        .series.map((p: { value: number }) => p.value)
        .reduce((a: number, b: number) => a + b),
    ).toBe(2);
  });

  it('refuses a bad range (422 naming the field)', async () => {
    const res = await summary('from=2026-04-01&to=2026-03-01');
    expect(res.statusCode).toBe(422);
    expect(res.data.errors[0].path).toBe('from');
  });
});
