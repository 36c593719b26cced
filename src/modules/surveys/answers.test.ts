import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv, uniqueAddress } from '../../../test/harness.ts';
import { rows } from '../../db/sql.ts';
import { feedback } from '../feedback/schema.ts';
import { ANONYMOUS_ANSWERS_PER_HOUR } from './answers.ts';
import { surveyAnswers, surveyRecipients } from './schema.ts';

let env: TestEnv;
let team: Team;
let productId: string;
/** A customer with revenue and one without, each with a contact. */
let big: { customerId: string; contactId: string; email: string };
let small: { customerId: string; contactId: string };
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Acme');
  productId = (await team.admin.post(`${team.ws}/products`, { name: 'Northwind' })).data.id;
  const customer = async (name: string, annualRevenue: number, segment: string, contact: string) => {
    const c = await team.admin.post(`${team.ws}/customers`, { name, annualRevenue, segment });
    expect(c.statusCode, c.body).toBe(201);
    const email = `${contact.toLowerCase()}@${name.toLowerCase()}.example`;
    const p = await team.admin.post(`${team.ws}/contacts`, { name: contact, email, customerId: c.data.id });
    expect(p.statusCode, p.body).toBe(201);
    return { customerId: c.data.id as string, contactId: p.data.id as string, email };
  };
  big = await customer('Contoso', 120_000, 'enterprise', 'Maya');
  small = await customer('Fabrikam', 0, 'smb', 'Theo');
});
afterAll(() => env.close());

const newSurvey = async (body: Record<string, unknown> = {}) => {
  const res = await team.product_marketer.post(`${team.ws}/surveys`, {
    kind: 'nps',
    productId,
    question: 'How likely are you to recommend Northwind?',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data as { id: string; url: string; name: string };
};
const answer = (surveyId: string, body: Record<string, unknown>) =>
  env.app.inject({
    method: 'POST',
    url: `/api/v1/public/surveys/${surveyId}/answers`,
    payload: body,
    remoteAddress: uniqueAddress(),
  });
const tokenOf = (url: string) => new URL(url).searchParams.get('t')!;
const recipients = async (surveyId: string, list: Record<string, unknown>[]) => {
  const res = await team.product_marketer.post(`${team.ws}/surveys/${surveyId}/recipients`, {
    recipients: list,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data.recipients as {
    id: string;
    url: string;
    contactId: string | null;
    customerId: string | null;
  }[];
};
const storedAnswers = (surveyId: string) =>
  env.database.db.select().from(surveyAnswers).where(eq(surveyAnswers.surveyId, surveyId));

describe('personal links', () => {
  it('gives each recipient a link whose token is stored only as a hash, tied to the contact and customer', async () => {
    const s = await newSurvey();
    const [byContact, byEmail, anonymousOne] = await recipients(s.id, [
      { contactId: big.contactId },
      { email: 'THEO@fabrikam.example' },
      { distinctId: 'anon-42' },
    ]);
    expect(byContact).toMatchObject({ contactId: big.contactId, customerId: big.customerId });
    expect(byEmail).toMatchObject({ contactId: small.contactId, customerId: small.customerId });
    expect(anonymousOne).toMatchObject({ contactId: null, customerId: null });
    const token = tokenOf(byContact!.url);
    expect(byContact!.url.startsWith(`${s.url}?t=`)).toBe(true);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stored = await env.database.db
      .select()
      .from(surveyRecipients)
      .where(eq(surveyRecipients.surveyId, s.id));
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = await team.product_manager.get(`${team.ws}/surveys/${s.id}/recipients`);
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(token);
    expect(listed.data.items).toHaveLength(3);
    const unknown = await team.product_marketer.post(`${team.ws}/surveys/${s.id}/recipients`, {
      recipients: [{ contactId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.data.errors[0].path).toBe('recipients.0.contactId');
  });

  it('takes one answer per token: reuse is 409, and of two at once one is 201 and one 409', async () => {
    const s = await newSurvey();
    const [first, second] = await recipients(s.id, [
      { contactId: big.contactId },
      { contactId: small.contactId },
    ]);
    expect((await answer(s.id, { score: 9, token: tokenOf(first!.url) })).statusCode).toBe(201);
    const again = await answer(s.id, { score: 2, token: tokenOf(first!.url) });
    expect(again.statusCode).toBe(409);
    expect(JSON.parse(again.body).detail).toMatch(/already been used to answer/);
    const both = await Promise.all([
      answer(s.id, { score: 7, token: tokenOf(second!.url) }),
      answer(s.id, { score: 8, token: tokenOf(second!.url) }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const stored = await storedAnswers(s.id);
    expect(stored).toHaveLength(2);
    expect(stored.find((a) => a.score === 9)).toMatchObject({
      contactId: big.contactId,
      customerId: big.customerId,
    });
    const listed = await team.product_manager.get(`${team.ws}/surveys/${s.id}/recipients?answered=true`);
    expect(listed.data.items).toHaveLength(2);
    // A token of another survey, or none at all, is no token here.
    const wrong = await answer(s.id, { score: 5, token: 'not-a-token' });
    expect(wrong.statusCode).toBe(422);
    expect(JSON.parse(wrong.body).errors[0].path).toBe('token');
  });

  it('refuses an answer without a token when the survey requires one', async () => {
    const s = await newSurvey({ requireToken: true });
    const res = await answer(s.id, { score: 9 });
    expect(res.statusCode).toBe(422);
    expect(JSON.parse(res.body).errors[0].path).toBe('token');
    expect(await storedAnswers(s.id)).toHaveLength(0);
    const [r] = await recipients(s.id, [{ email: 'someone@else.example' }]);
    expect((await answer(s.id, { score: 9, token: tokenOf(r!.url) })).statusCode).toBe(201);
    // A member importing answers by API vouches for them.
    const imported = await team.product_marketer.post(`${team.ws}/surveys/${s.id}/answers`, { score: 6 });
    expect(imported.statusCode, imported.body).toBe(201);
  });

  it('deletes a survey with its answers and links; the feedback its comments became stays', async () => {
    const s = await newSurvey();
    await recipients(s.id, [{ contactId: big.contactId }]);
    expect((await answer(s.id, { score: 1, comment: 'Delete me not' })).statusCode).toBe(201);
    expect((await team.product_manager.delete(`${team.ws}/surveys/${s.id}`)).statusCode).toBe(403);
    const res = await team.product_marketer.delete(`${team.ws}/surveys/${s.id}`);
    expect(res.statusCode).toBe(204);
    expect(await storedAnswers(s.id)).toHaveLength(0);
    const links = await env.database.db
      .select()
      .from(surveyRecipients)
      .where(eq(surveyRecipients.surveyId, s.id));
    expect(links).toHaveLength(0);
    expect(
      await env.database.db.select().from(feedback).where(eq(feedback.text, 'Delete me not')),
    ).toHaveLength(1);
    const log = await team.product_marketer.get(
      `${team.ws}/activity?entityType=survey&entityId=${s.id}&action=deleted`,
    );
    expect(log.data.items[0].changes.answers).toEqual({ before: 1, after: null });
    expect((await team.product_marketer.get(`${team.ws}/surveys/${s.id}`)).statusCode).toBe(404);
  });
});

describe('the loop into the inbox', () => {
  it('files a comment as feedback of the right customer and contact, flagging a detractor with revenue', async () => {
    const s = await newSurvey();
    const [maya, theo] = await recipients(s.id, [
      { contactId: big.contactId },
      { contactId: small.contactId },
    ]);
    const comment = 'Setup took our team two weeks and the importer kept timing out on large files';
    const flagged = await answer(s.id, { score: 3, comment, token: tokenOf(maya!.url) });
    expect(flagged.statusCode, flagged.body).toBe(201);
    expect(
      (await answer(s.id, { score: 2, comment: 'Too pricey for us', token: tokenOf(theo!.url) })).statusCode,
    ).toBe(201);
    expect((await answer(s.id, { score: 10, comment: '   ' })).statusCode).toBe(201);

    const inbox = await team.product_manager.get(
      `${team.ws}/feedback?source=survey&customerId=${big.customerId}`,
    );
    expect(inbox.statusCode).toBe(200);
    const item = inbox.data.items.find((f: { text: string }) => f.text === comment);
    expect(item).toMatchObject({
      source: 'survey',
      sentiment: 'negative',
      customerId: big.customerId,
      contactId: big.contactId,
      productId,
      status: 'new',
      flag: 'revenue_detractor',
      tags: ['survey', 'nps', 'detractor'],
    });
    expect(item.title).toMatch(/^NPS 3: Setup took our team two weeks/);
    const stored = await storedAnswers(s.id);
    expect(stored.find((a) => a.score === 3)!.feedbackId).toBe(item.id);
    // No revenue, no flag; a blank comment makes no feedback.
    const theirs = await env.database.db
      .select()
      .from(feedback)
      .where(eq(feedback.text, 'Too pricey for us'));
    expect(theirs[0]).toMatchObject({ flag: null, customerId: small.customerId });
    expect(stored.find((a) => a.score === 10)!.feedbackId).toBeNull();
    const onlyFlagged = await team.product_manager.get(`${team.ws}/feedback?flag=revenue_detractor`);
    expect(onlyFlagged.data.items.map((f: { id: string }) => f.id)).toEqual([item.id]);
    // The activity log names the survey as the source of the item.
    const log = await team.product_manager.get(`${team.ws}/activity?entityType=feedback&entityId=${item.id}`);
    expect(log.data.items[0]).toMatchObject({
      action: 'created',
      actor: { id: null, name: `Survey “${s.name}”` },
    });
  });

  it('records answers by API, once per idempotency key, with a contact, and lists them by band', async () => {
    const s = await newSurvey();
    const url = `${team.ws}/surveys/${s.id}/answers`;
    const body = {
      score: 4,
      comment: 'Reports are slow',
      contactId: big.contactId,
      idempotencyKey: 'zendesk-1',
    };
    const first = await team.product_marketer.post(url, body);
    expect(first.statusCode, first.body).toBe(201);
    const retry = await team.product_marketer.post(url, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.data.id).toBe(first.data.id);
    expect(await storedAnswers(s.id)).toHaveLength(1);
    expect((await team.marketer.post(url, { score: 9 })).statusCode).toBe(403);
    await team.product_marketer.post(url, { score: 10, answeredAt: '2026-01-05T10:00:00Z' });
    const detractors = await team.marketer.get(`${url}?band=detractor`);
    expect(detractors.statusCode).toBe(200);
    expect(detractors.data.items).toEqual([
      expect.objectContaining({
        score: 4,
        comment: 'Reports are slow',
        channel: 'api',
        contact: { id: big.contactId, name: 'Maya' },
        customer: { id: big.customerId, name: 'Contoso' },
      }),
    ]);
    const page1 = await team.marketer.get(`${url}?limit=1`);
    expect(page1.data.items).toHaveLength(1);
    const page2 = await team.marketer.get(`${url}?limit=1&cursor=${page1.data.nextCursor}`);
    expect(page2.data.items[0].answeredAt).toBe('2026-01-05T10:00:00.000Z');
    expect(page2.data.nextCursor).toBeNull();
  });
});

describe('the hourly ceiling on anonymous answers', () => {
  /** The survey's anonymous count, as the throttle keeps it. */
  const counted = async (surveyId: string) =>
    (
      await rows<{ hits: number }>(
        env.database.db,
        sql`select hits from throttles where scope = 'survey-anonymous' and subject = ${surveyId}`,
      )
    )[0]?.hits;
  /** As if `n` anonymous answers had come in the last moments (each takes 1/ceiling of the hour). */
  const answeredAlready = (surveyId: string, n: number) =>
    env.database.db.execute(
      sql`insert into throttles (scope, subject, hits, until, updated_at)
          values ('survey-anonymous', ${surveyId}, ${n},
                  clock_timestamp() + make_interval(secs => ${(3600 / ANONYMOUS_ANSWERS_PER_HOUR) * n}),
                  clock_timestamp())`,
    );
  const feedbackSaying = (text: string) =>
    env.database.db
      .select()
      .from(feedback)
      .where(and(eq(feedback.workspaceId, team.workspaceId), eq(feedback.text, text)));

  it('counts anonymous answers per survey and, past the ceiling, answers 429 and stores nothing', async () => {
    const s = await newSurvey();
    const [maya] = await recipients(s.id, [{ contactId: big.contactId }]);
    expect((await answer(s.id, { score: 9 })).statusCode).toBe(201);
    expect(await counted(s.id)).toBe(1);
    // A refused answer (a bad score) gives its place back.
    expect((await answer(s.id, { score: 11 })).statusCode).toBe(422);
    expect(await counted(s.id)).toBe(1);

    await env.database.db.execute(
      sql`delete from throttles where scope = 'survey-anonymous' and subject = ${s.id}`,
    );
    await answeredAlready(s.id, ANONYMOUS_ANSWERS_PER_HOUR - 2);
    const below = `Below the ceiling ${s.id}`;
    expect((await answer(s.id, { score: 2, comment: below })).statusCode).toBe(201);
    expect(await feedbackSaying(below)).toHaveLength(1);
    // A distinct id that names no one here is no one: it counts as anonymous.
    expect((await answer(s.id, { score: 7, distinctId: `made-up-${s.id}` })).statusCode).toBe(201);
    expect(await counted(s.id)).toBe(ANONYMOUS_ANSWERS_PER_HOUR);
    const before = await storedAnswers(s.id);

    const comment = `Flood ${s.id}`;
    const refused = await answer(s.id, { score: 1, comment });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().detail).toContain(
      `at most ${ANONYMOUS_ANSWERS_PER_HOUR} answers an hour without a personal link`,
    );
    expect((await answer(s.id, { score: 1, distinctId: `other-${s.id}` })).statusCode).toBe(429);
    expect(await storedAnswers(s.id)).toHaveLength(before.length);
    expect(await feedbackSaying(comment)).toHaveLength(0);

    // A personal link still answers, and so does a member by API; another survey has its own ceiling.
    const byLink = await answer(s.id, { score: 3, comment: `By link ${s.id}`, token: tokenOf(maya!.url) });
    expect(byLink.statusCode, byLink.body).toBe(201);
    const byApi = await team.product_marketer.post(`${team.ws}/surveys/${s.id}/answers`, { score: 6 });
    expect(byApi.statusCode, byApi.body).toBe(201);
    expect(await storedAnswers(s.id)).toHaveLength(before.length + 2);
    expect(await counted(s.id)).toBe(ANONYMOUS_ANSWERS_PER_HOUR);
    const other = await newSurvey();
    expect((await answer(other.id, { score: 9 })).statusCode).toBe(201);
  });
});

describe('results', () => {
  // Hand-computed: January 10, 10, 9, 9, 9 (Contoso, enterprise) and 8 (Fabrikam); February 7, 6, 3, 0
  // (Fabrikam, smb). Promoters 5, passives 2, detractors 3 of 10: NPS = 50 − 30 = 20; mean 7.1;
  // 95 % interval 20 ± 1.96·√((0.8 − 0.04) / 10) = −34.0 … 74.0.
  const table: [string, number, 'big' | 'small'][] = [
    ['2026-01-03', 10, 'big'],
    ['2026-01-04', 10, 'big'],
    ['2026-01-10', 9, 'big'],
    ['2026-01-11', 9, 'big'],
    ['2026-01-20', 9, 'big'],
    ['2026-01-31', 8, 'small'],
    ['2026-02-01', 7, 'small'],
    ['2026-02-10', 6, 'small'],
    ['2026-02-14', 3, 'small'],
    ['2026-02-28', 0, 'small'],
  ];

  it('computes NPS the standard way, over time and by segment and customer', async () => {
    const s = await newSurvey();
    for (const [day, score, who] of table)
      expect(
        (
          await team.product_marketer.post(`${team.ws}/surveys/${s.id}/answers`, {
            score,
            answeredAt: `${day}T12:00:00Z`,
            customerId: who === 'big' ? big.customerId : small.customerId,
          })
        ).statusCode,
      ).toBe(201);
    const res = await team.product_manager.get(
      `${team.ws}/surveys/${s.id}/results?from=2026-01-01&to=2026-02-28&interval=month&by=segment`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({
      kind: 'nps',
      answers: 10,
      nps: 20,
      score: 20,
      promoters: 5,
      passives: 2,
      detractors: 3,
      mean: 7.1,
      confidence: { level: 0.95, low: -34, high: 74 },
    });
    expect(res.data.csat).toBeUndefined();
    expect(res.data.distribution).toHaveLength(11);
    expect(res.data.distribution[9]).toEqual({ score: 9, count: 3 });
    // January: 5 promoters, 1 passive of 6 → 83.3; February: 1 passive, 3 detractors of 4 → −75.
    expect(res.data.series).toEqual([
      { period: '2026-01-01', answers: 6, score: 83.3 },
      { period: '2026-02-01', answers: 4, score: -75 },
    ]);
    expect(res.data.breakdown).toEqual([
      {
        key: 'enterprise',
        label: 'Enterprise',
        answers: 5,
        score: 100,
        promoters: 5,
        passives: 0,
        detractors: 0,
      },
      { key: 'smb', label: 'SMB', answers: 5, score: -60, promoters: 0, passives: 2, detractors: 3 },
    ]);
    // A narrower range counts only its answers; weeks start on Monday and quiet weeks are there, empty.
    const feb = await team.product_manager.get(
      `${team.ws}/surveys/${s.id}/results?from=2026-02-01&to=2026-02-14&interval=week&by=customer`,
    );
    expect(feb.data).toMatchObject({ answers: 3, promoters: 0, passives: 1, detractors: 2 });
    expect(feb.data.series.map((p: { period: string }) => p.period)).toEqual([
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
    ]);
    expect(feb.data.series[1]).toEqual({ period: '2026-02-02', answers: 0, score: null });
    expect(feb.data.breakdown).toEqual([
      expect.objectContaining({ key: small.customerId, label: 'Fabrikam', answers: 3 }),
    ]);
  });

  it('computes CSAT as the share of 4–5, and sums every survey of a kind workspace-wide', async () => {
    const csat = await newSurvey({ kind: 'csat', question: 'How satisfied are you with the launch?' });
    for (const score of [5, 5, 4, 3, 2, 1, 4, 5])
      expect(
        (await team.product_marketer.post(`${team.ws}/surveys/${csat.id}/answers`, { score })).statusCode,
      ).toBe(201);
    const res = await team.marketer.get(`${team.ws}/surveys/${csat.id}/results`);
    // 5 of 8 satisfied = 62.5 %; 62.5 ± 1.96·√(0.625·0.375 / 8) = 29.0 … 96.0; mean 29 / 8 = 3.63.
    expect(res.data).toMatchObject({
      kind: 'csat',
      answers: 8,
      csat: 62.5,
      promoters: 5,
      passives: 1,
      detractors: 2,
      mean: 3.63,
      confidence: { low: 29, high: 96 },
    });
    expect(res.data.nps).toBeUndefined();
    const all = await team.product_marketer.get(`${team.ws}/survey-results?kind=csat&productId=${productId}`);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.data).toMatchObject({ kind: 'csat', answers: 8, csat: 62.5 });
    const second = await newSurvey({ kind: 'csat', question: 'And now?' });
    await team.product_marketer.post(`${team.ws}/surveys/${second.id}/answers`, { score: 1 });
    const both = await team.product_marketer.get(`${team.ws}/survey-results?kind=csat&by=product`);
    expect(both.data).toMatchObject({ answers: 9, promoters: 5, detractors: 3 });
    expect(both.data.breakdown).toEqual([
      expect.objectContaining({ key: productId, label: 'Northwind', answers: 9 }),
    ]);
    const enterprise = await team.product_marketer.get(
      `${team.ws}/survey-results?kind=csat&segment=enterprise`,
    );
    expect(enterprise.data.answers).toBe(0);
    expect((await team.sales.get(`${team.ws}/survey-results`)).statusCode).toBe(403);
  });
});
