import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { can } from '../../policies/ownership.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let customerId: string;
let otherCustomerId: string;
let contactId: string;
let npsId: string;
let competitorId: string;
let wonId: string;
let lostId: string;

const day = (d: number) => new Date(Date.UTC(2026, 9, d, 12)).toISOString();

beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Signals'), await newTeam(env.app, 'Elsewhere')];
  const ok = <T extends { statusCode: number; body: string }>(res: T, status = 201) => {
    expect(res.statusCode, res.body).toBe(status);
    return res;
  };
  const productId = ok(await team.admin.post(`${team.ws}/products`, { name: 'Northwind' })).data.id;
  customerId = ok(await team.admin.post(`${team.ws}/customers`, { name: 'Contoso', annualRevenue: 50_000 }))
    .data.id;
  // A second customer of the same workspace whose answers and deals must not count.
  const bystander = ok(await team.admin.post(`${team.ws}/customers`, { name: 'Fabrikam' })).data.id;
  otherCustomerId = ok(await other.admin.post(`${other.ws}/customers`, { name: 'Contoso' })).data.id;
  contactId = ok(
    await team.admin.post(`${team.ws}/contacts`, {
      name: 'Maya Lin',
      email: 'maya@contoso.example',
      customerId,
    }),
  ).data.id;
  const survey = async (kind: string) =>
    ok(await team.product_marketer.post(`${team.ws}/surveys`, { kind, productId, question: `${kind}?` })).data
      .id as string;
  npsId = await survey('nps');
  const answer = async (surveyId: string, body: Record<string, unknown>) =>
    ok(await team.product_marketer.post(`${team.ws}/surveys/${surveyId}/answers`, body));
  await answer(npsId, {
    score: 10,
    customerId,
    contactId,
    answeredAt: day(1),
    comment: 'Setup was <b>quick</b>',
  });
  await answer(npsId, { score: 9, customerId, answeredAt: day(2) });
  await answer(npsId, {
    score: 4,
    customerId,
    contactId,
    answeredAt: day(3),
    comment: 'Exports keep failing',
  });
  await answer(npsId, { score: 0, customerId: bystander, answeredAt: day(4) });

  competitorId = ok(await team.product_marketer.post(`${team.ws}/competitors`, { name: 'Globex' })).data.id;
  const deal = async (body: Record<string, unknown>) =>
    ok(await team.sales.post(`${team.ws}/deals`, { name: 'Deal', ...body })).data.id as string;
  wonId = await deal({
    name: 'Contoso renewal',
    customerId,
    amount: 5000,
    outcome: 'won',
    competitorId,
    closedOn: '2026-10-05',
  });
  lostId = await deal({
    name: 'Contoso expansion',
    customerId,
    amount: 2000,
    outcome: 'lost',
    reason: 'price',
    reasonDetail: 'Went with a cheaper plan',
    closedOn: '2026-10-20',
  });
  await deal({ customerId: bystander, amount: 9000, outcome: 'won', closedOn: '2026-10-21' });
});
afterAll(() => env.close());

const signalsOf = (client: Team['admin'], ws: string, id: string) =>
  client.get(`${ws}/customers/${id}/signals`);

describe("a customer's market signals", () => {
  it("counts the customer's own answers and deals with the scores' maths", async () => {
    const res = await signalsOf(team.product_manager, team.ws, customerId);
    expect(res.statusCode, res.body).toBe(200);
    // Two promoters (10, 9) and one detractor (4) of three: NPS = 67 % − 33 % = 33.3.
    expect(res.data.surveys).toEqual({
      nps: { score: 33.3, answers: 3, promoters: 2, passives: 0, detractors: 1 },
      csat: null,
      ces: null,
    });
    expect(res.data.answers.map((a: { score: number }) => a.score)).toEqual([4, 9, 10]);
    const [newest, , oldest] = res.data.answers;
    expect(newest).toMatchObject({
      surveyId: npsId,
      kind: 'nps',
      band: 'detractor',
      comment: 'Exports keep failing',
      contact: { id: contactId, name: 'Maya Lin' },
      answeredAt: day(3),
    });
    expect(newest.feedbackId).toEqual(expect.any(String));
    expect(oldest).toMatchObject({ band: 'promoter', comment: 'Setup was <b>quick</b>' });
    expect(res.data.answers[1]).toMatchObject({
      band: 'promoter',
      contact: null,
      comment: '',
      feedbackId: null,
    });

    expect(res.data.deals).toMatchObject({ won: 1, lost: 1, noDecision: 0, winRate: 50, amountWon: 5000 });
    expect(res.data.deals.list).toEqual([
      {
        id: lostId,
        name: 'Contoso expansion',
        outcome: 'lost',
        amount: 2000,
        competitor: null,
        reason: 'price',
        reasonDetail: 'Went with a cheaper plan',
        closedOn: '2026-10-20',
      },
      expect.objectContaining({ id: wonId, competitor: { id: competitorId, name: 'Globex' }, amount: 5000 }),
    ]);
  });

  it('leaves the survey part out for roles that may not read surveys, deals in for everyone', async () => {
    for (const role of ALL_ROLES) {
      const res = await signalsOf(team[role], team.ws, customerId);
      expect(res.statusCode, role).toBe(200);
      const readsSurveys = can(role, 'survey', 'read');
      expect(readsSurveys, role).toBe(!['sales', 'viewer'].includes(role));
      if (readsSurveys) {
        expect(res.data.surveys.nps.answers, role).toBe(3);
        expect(res.data.answers, role).toHaveLength(3);
      } else {
        expect(res.data.surveys, role).toBeNull();
        expect(res.data.answers, role).toBeNull();
        expect(res.body, role).not.toContain('Exports keep failing');
      }
      expect(res.data.deals.list, role).toHaveLength(2);
    }
  });

  it("answers 404 for another workspace's customer, and 400 for a malformed id", async () => {
    const theirs = await signalsOf(team.admin, team.ws, otherCustomerId);
    expect(theirs.statusCode, theirs.body).toBe(404);
    const ours = await signalsOf(other.admin, other.ws, customerId);
    expect(ours.statusCode, ours.body).toBe(404);
    const outsider = await signalsOf(other.admin, team.ws, customerId);
    expect(outsider.statusCode, 'a non-member does not learn the workspace exists').toBe(404);
    const bad = await signalsOf(team.admin, team.ws, 'not-a-uuid');
    expect(bad.statusCode).toBe(400);
  });

  it('answers empty figures for a customer with no signals', async () => {
    const fresh = await team.admin.post(`${team.ws}/customers`, { name: `Quiet ${crypto.randomUUID()}` });
    const res = await signalsOf(team.marketer, team.ws, fresh.data.id);
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({
      surveys: { nps: null, csat: null, ces: null },
      answers: [],
      deals: { won: 0, lost: 0, noDecision: 0, winRate: null, amountWon: 0, list: [] },
    });
  });
});
