import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  createTestEnv,
  newTeam,
  type Team,
  type TestEnv,
  uniqueAddress,
} from '../../../test/harness.ts';
import { feedback } from '../feedback/schema.ts';
import { surveyAnswers } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let productId: string;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  productId = (await team.admin.post(`${team.ws}/products`, { name: 'Northwind' })).data.id;
});
afterAll(() => env.close());

const create = (body: Record<string, unknown> = {}) =>
  team.product_marketer.post(`${team.ws}/surveys`, {
    kind: 'nps',
    productId,
    question: 'How likely are you to recommend Northwind to a colleague?',
    ...body,
  });

/** A public answer from an address of its own (answers are rate-limited per address). */
const answer = (surveyId: string, body: Record<string, unknown>, remoteAddress = uniqueAddress()) =>
  env.app.inject({
    method: 'POST',
    url: `/api/v1/public/surveys/${surveyId}/answers`,
    payload: body,
    remoteAddress,
  });
const answersOf = (surveyId: string) =>
  env.database.db.select().from(surveyAnswers).where(eq(surveyAnswers.surveyId, surveyId));

describe('surveys', () => {
  it('creates a survey with its public url, named after its question, and lists it with answers and score', async () => {
    const res = await create();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data).toMatchObject({
      kind: 'nps',
      status: 'open',
      name: 'How likely are you to recommend Northwind to a colleague?',
      scale: { min: 0, max: 10 },
      answers: 0,
      score: null,
      requireToken: false,
      version: 1,
    });
    expect(res.data.url).toMatch(new RegExp(`^http://localhost(:\\d+)?/s/${res.data.id}$`));
    for (const score of [10, 9, 3]) expect((await answer(res.data.id, { score })).statusCode).toBe(201);
    const list = await team.product_manager.get(`${team.ws}/surveys?productId=${productId}`);
    expect(list.statusCode).toBe(200);
    const item = list.data.items.find((s: { id: string }) => s.id === res.data.id);
    // 2 promoters, 1 detractor of 3: (2 − 1) / 3 = 33.3.
    expect(item).toMatchObject({ answers: 3, score: 33.3 });
  });

  it('lets product marketing own surveys, product management and marketing read them, sales and viewers not', async () => {
    const made = (await create()).data;
    expect((await team.marketer.get(`${team.ws}/surveys/${made.id}`)).statusCode).toBe(200);
    expect(
      (await team.marketer.post(`${team.ws}/surveys`, { kind: 'nps', productId, question: 'Q?' })).statusCode,
    ).toBe(403);
    expect(
      (await team.product_manager.patch(`${team.ws}/surveys/${made.id}`, { status: 'closed' })).statusCode,
    ).toBe(403);
    expect((await team.sales.get(`${team.ws}/surveys`)).statusCode).toBe(403);
    expect((await team.viewer.get(`${team.ws}/surveys/${made.id}/results`)).statusCode).toBe(403);
    expect((await other.admin.get(`${other.ws}/surveys/${made.id}`)).statusCode).toBe(404);
    // Another workspace's product is not one of ours.
    const theirs = (await other.admin.post(`${other.ws}/products`, { name: 'Theirs' })).data.id;
    const refused = await create({ productId: theirs });
    expect(refused.statusCode).toBe(422);
    expect(refused.data.errors[0].path).toBe('productId');
  });

  it('fixes kind and product once answered, closes with If-Match, and a closed survey takes no answer', async () => {
    const made = (await create()).data;
    const edited = await team.product_marketer.patch(`${team.ws}/surveys/${made.id}`, {
      kind: 'csat',
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.data.scale).toEqual({ min: 1, max: 5 });
    expect((await answer(made.id, { score: 5 })).statusCode).toBe(201);
    const fixed = await team.product_marketer.patch(`${team.ws}/surveys/${made.id}`, { kind: 'nps' });
    expect(fixed.statusCode).toBe(409);
    expect(fixed.data.errors[0].path).toBe('kind');
    const stale = await team.product_marketer.patch(
      `${team.ws}/surveys/${made.id}`,
      { status: 'closed' },
      { 'if-match': '1' },
    );
    expect(stale.statusCode).toBe(409);
    const closed = await team.product_marketer.patch(
      `${team.ws}/surveys/${made.id}`,
      { status: 'closed' },
      { 'if-match': '2' },
    );
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.data.closedAt).not.toBeNull();
    const late = await answer(made.id, { score: 4 });
    expect(late.statusCode).toBe(409);
    expect(JSON.parse(late.body).detail).toMatch(/closed/);
    expect(await answersOf(made.id)).toHaveLength(1);
  });

  it('refuses a score off the scale with 422 naming score, and writes nothing', async () => {
    const made = (await create()).data;
    for (const score of [11, -1, 7.5, null]) {
      const res = await answer(made.id, { score, comment: 'Great' });
      expect(res.statusCode, String(score)).toBe(422);
      expect(JSON.parse(res.body).errors[0].path).toBe('score');
    }
    expect(await answersOf(made.id)).toHaveLength(0);
    const before = await env.database.db
      .select()
      .from(feedback)
      .where(eq(feedback.workspaceId, team.workspaceId));
    expect(before.every((f) => f.text !== 'Great')).toBe(true);
    const unknown = await answer('00000000-0000-4000-8000-000000000000', { score: 3 });
    expect(unknown.statusCode).toBe(404);
  });

  it('shows the public page what it needs and nothing else, to any origin', async () => {
    const made = (await create({ followUp: 'What is the main reason for your score?', thankYou: 'Thanks!' }))
      .data;
    const res = await anonymous(env.app).get(`/api/v1/public/surveys/${made.id}`, {
      origin: 'https://customer.example',
    });
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({
      id: made.id,
      kind: 'nps',
      question: made.question,
      followUp: 'What is the main reason for your score?',
      thankYou: 'Thanks!',
      scale: { min: 0, max: 10 },
      productName: 'Northwind',
      status: 'open',
      requireToken: false,
    });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const preflight = await env.app.inject({
      method: 'OPTIONS',
      url: `/api/v1/public/surveys/${made.id}/answers`,
      headers: { origin: 'https://customer.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type');
    // A page whose own tools add headers (tracing, proxies) is allowed them; a malformed list is not echoed.
    const traced = (asked: string) =>
      env.app.inject({
        method: 'OPTIONS',
        url: `/api/v1/public/surveys/${made.id}/answers`,
        headers: {
          origin: 'https://customer.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': asked,
        },
      });
    expect((await traced('content-type, x-forwarded-for')).headers['access-control-allow-headers']).toBe(
      'content-type, x-forwarded-for',
    );
    expect((await traced('content-type, <script>')).headers['access-control-allow-headers']).toBe(
      'content-type',
    );
    // Other API routes allow no other origin.
    const elsewhere = await team.admin.get(`${team.ws}/surveys`, { origin: 'https://customer.example' });
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rate-limits public answers per client address with 429 and Retry-After', async () => {
    const made = (await create()).data;
    const address = uniqueAddress();
    const codes: number[] = [];
    for (let i = 0; i < 20; i++) codes.push((await answer(made.id, { score: 8 }, address)).statusCode);
    expect(codes.every((c) => c === 201)).toBe(true);
    const refused = await answer(made.id, { score: 8 }, address);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held back.
    expect((await answer(made.id, { score: 8 })).statusCode).toBe(201);
  });
});
