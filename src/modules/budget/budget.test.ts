import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { campaigns } from '../campaigns/schema.ts';
import { programs } from '../requirements/schema.ts';
import { budgets } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
});
afterAll(() => env.close());

let n = 0;
/** Programs and campaigns are another module's; tests insert them directly. */
async function program(t: Team, name: string, plannedBudget: number): Promise<string> {
  const [row] = await env.database.db
    .insert(programs)
    .values({ workspaceId: t.workspaceId, name, plannedBudget, status: 'accepted' })
    .returning({ id: programs.id });
  return row!.id;
}
async function campaign(
  programId: string,
  startDate: string,
  actualSpend: number,
  plannedSpend: number,
  t: Team = team,
  status: 'planned' | 'cancelled' = 'planned',
) {
  await env.database.db.insert(campaigns).values({
    workspaceId: t.workspaceId,
    programId,
    name: `C${++n}`,
    channel: 'email',
    startDate,
    actualSpend,
    plannedSpend,
    status,
    utmSource: 'newsletter',
    utmMedium: 'email',
    utmCampaign: `c-${n}`,
  });
}
const line = (body: Record<string, unknown>) => team.marketer.post(`${team.ws}/budgets`, body);
const stored = () => env.database.db.select().from(budgets).where(eq(budgets.workspaceId, team.workspaceId));

describe('budget', () => {
  it('rolls a year up per quarter and per program against hand-computed figures', async () => {
    const webinars = await program(team, 'Webinar series', 30_000);
    const paid = await program(team, 'Paid search push', 10_000);
    await line({ year: 2031, quarter: 1, programId: webinars, planned: 8_000 });
    await line({ year: 2031, quarter: 2, programId: webinars, planned: 8_000 });
    await line({ year: 2031, quarter: 1, programId: paid, planned: 5_000 });
    await line({ year: 2031, quarter: 1, planned: 2_000 }); // unallocated pool
    await line({ year: 2032, quarter: 1, programId: paid, planned: 99_999 }); // another year
    await campaign(webinars, '2031-01-15', 3_000, 4_000);
    await campaign(webinars, '2031-03-31', 2_500, 2_500);
    await campaign(webinars, '2031-04-01', 9_000, 7_000); // Q2, over its 8,000
    await campaign(paid, '2031-02-10', 6_000, 6_500);
    await campaign(paid, '2030-12-31', 1_000, 1_000); // last year: not in 2031, but spent to date
    const res = await team.viewer.get(`${team.ws}/budget/rollup?year=2031`);
    expect(res.statusCode).toBe(200);
    const { quarters, totals, programs: rows } = res.data;
    expect(quarters[0]).toEqual({
      quarter: 1,
      planned: 15_000,
      actual: 11_500,
      committed: 13_000,
      forecast: 13_000,
      remaining: 3_500,
      overBudget: false,
      overCommitted: false,
      overForecast: false,
    });
    expect(quarters[1]).toEqual({
      quarter: 2,
      planned: 8_000,
      actual: 9_000,
      committed: 7_000,
      forecast: 9_000,
      remaining: -1_000,
      overBudget: true,
      overCommitted: false,
      overForecast: true,
    });
    expect(quarters[2]).toMatchObject({ planned: 0, actual: 0 });
    expect(totals).toEqual({
      planned: 23_000,
      actual: 20_500,
      committed: 20_000,
      forecast: 22_000,
      remaining: 2_500,
      overBudget: false,
      overForecast: false,
      unallocatedPlanned: 2_000,
    });
    const byName = Object.fromEntries(rows.map((p: { name: string }) => [p.name, p]));
    expect(byName['Paid search push']).toMatchObject({
      plannedBudget: 10_000,
      spentToDate: 7_000,
      overBudget: false,
      year: { planned: 5_000, actual: 6_000, committed: 6_500, remaining: -1_000, overBudget: true },
    });
    expect(byName['Webinar series'].quarters[1]).toMatchObject({
      planned: 8_000,
      actual: 9_000,
      overBudget: true,
    });
    expect(byName['Webinar series'].spentToDate).toBe(14_500);
    expect((await team.viewer.get(`${team.ws}/budget/rollup?year=1999`)).statusCode).toBe(400);
  });

  it('counts what live campaigns commit against the plan: nothing planned and $30k committed is over plan', async () => {
    // Issue 12: a $30k campaign in a $25k program, no budget line for the year: "$0 Under plan" in green.
    const launch = await program(team, 'Launch push', 25_000);
    await campaign(launch, '2037-02-01', 0, 30_000);
    await campaign(launch, '2037-03-01', 1_000, 10_000, team, 'cancelled'); // commits nothing more
    const { data } = await team.viewer.get(`${team.ws}/budget/rollup?year=2037`);
    expect(data.totals).toMatchObject({
      planned: 0,
      actual: 1_000,
      committed: 30_000,
      forecast: 31_000,
      overForecast: true,
    });
    expect(data.quarters[0]).toMatchObject({ committed: 30_000, forecast: 31_000, overCommitted: true });
    const row = data.programs.find((p: { id: string }) => p.id === launch);
    expect(row.year).toMatchObject({ planned: 0, committed: 30_000, forecast: 31_000, overForecast: true });
  });

  it('keeps one line per program and quarter, refuses bad lines and other workspaces, writing nothing', async () => {
    const p = await program(team, 'Events', 1_000);
    expect((await line({ year: 2033, quarter: 3, programId: p, planned: 100 })).statusCode).toBe(201);
    const count = (await stored()).length;
    const again = await line({ year: 2033, quarter: 3, programId: p, planned: 200 });
    expect(again.statusCode).toBe(409);
    expect(again.data.errors[0].path).toBe('quarter');
    expect((await line({ year: 2033, quarter: 3, planned: 1 })).statusCode).toBe(201);
    expect((await line({ year: 2033, quarter: 3, planned: 2 })).statusCode).toBe(409); // one unallocated pool per quarter
    expect((await line({ year: 2033, quarter: 5, planned: 1 })).statusCode).toBe(400);
    expect((await line({ year: 2033, quarter: 1, planned: -5 })).statusCode).toBe(400);
    const theirs = await program(other, 'Theirs', 1);
    const cross = await line({ year: 2033, quarter: 1, programId: theirs, planned: 1 });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('programId');
    expect((await stored()).length).toBe(count + 1);
    const listed = await team.viewer.get(`${team.ws}/budgets?year=2033&programId=none`);
    expect(listed.data.items.map((b: { planned: number }) => b.planned)).toEqual([1]);
  });

  it('lets marketers and admins own the budget; everyone reads; stale versions are refused', async () => {
    let q = 0;
    for (const role of ALL_ROLES) {
      const owner = role === 'admin' || role === 'marketer';
      const created = await team[role].post(`${team.ws}/budgets`, {
        year: 2040,
        quarter: (q % 4) + 1,
        planned: 10 + q,
      });
      q++;
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      if (!owner) expect(created.data.ownerRoles).toEqual(['admin', 'marketer']);
      const mine = await line({ year: 2041 + q, quarter: 1, planned: 1 });
      expect(
        (await team[role].patch(`${team.ws}/budgets/${mine.data.id}`, { planned: 2 })).statusCode,
        role,
      ).toBe(owner ? 200 : 403);
      expect((await team[role].delete(`${team.ws}/budgets/${mine.data.id}`)).statusCode, role).toBe(
        owner ? 204 : 403,
      );
      expect((await team[role].get(`${team.ws}/budget/rollup?year=2040`)).statusCode, role).toBe(200);
    }
    const b = await line({ year: 2050, quarter: 1, planned: 5 });
    await team.marketer.patch(`${team.ws}/budgets/${b.data.id}`, { planned: 6 });
    const stale = await team.marketer.patch(`${team.ws}/budgets/${b.data.id}`, { planned: 7, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await team.viewer.get(`${team.ws}/budgets/${b.data.id}`)).data.planned).toBe(6);
    expect((await other.admin.get(`${other.ws}/budgets/${b.data.id}`)).statusCode).toBe(404);
  });
});
