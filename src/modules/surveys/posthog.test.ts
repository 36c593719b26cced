import { randomBytes, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { PostHog } from 'posthog-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv, uniqueAddress } from '../../../test/harness.ts';
import { rows } from '../../db/sql.ts';
import { feedback } from '../feedback/schema.ts';
import { sources } from '../sources/schema.ts';
import { responsesOf } from './posthog.ts';
import { surveyAnswers } from './schema.ts';

/**
 * posthog-node sends `survey sent` events, shaped as posthog-js's surveys send them, through the real
 * PostHog ingestion path and writer: an event naming an open survey of the source's workspace becomes an
 * answer; one naming another workspace's survey stays a plain event.
 */

let env: TestEnv;
let host: string;
let team: Team;
let other: Team;
let key: string;
const email = `ada.${randomBytes(4).toString('hex')}@contoso.example`;
let contact: { id: string; customerId: string };

beforeAll(async () => {
  env = await createTestEnv();
  await env.app.listen({ port: 0, host: '127.0.0.1' });
  host = `http://127.0.0.1:${(env.app.server.address() as { port: number }).port}/ingest/posthog`;
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  key = `phc_${randomBytes(12).toString('hex')}`;
  await env.app.db.insert(sources).values({ workspaceId: team.workspaceId, name: 'App', kind: 'app', key });
  const customer = await team.admin.post(`${team.ws}/customers`, { name: 'Contoso', annualRevenue: 50_000 });
  const made = await team.admin.post(`${team.ws}/contacts`, {
    name: 'Ada',
    email,
    customerId: customer.data.id,
  });
  contact = { id: made.data.id, customerId: customer.data.id };
});
afterAll(() => env.close());

const survey = async (t: Team) => {
  const productId = (await t.admin.post(`${t.ws}/products`, { name: `P ${randomUUID().slice(0, 6)}` })).data
    .id;
  const res = await t.product_marketer.post(`${t.ws}/surveys`, {
    kind: 'nps',
    productId,
    question: 'Recommend us?',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data.id as string;
};

/** The properties posthog-js's surveys extension sends with `survey sent` (a rating, then an open question). */
const surveySent = (surveyId: string, score: number | string, comment?: string) => ({
  $survey_id: surveyId,
  $survey_name: 'NPS',
  $survey_questions: [
    { id: 'q-rating', question: 'Recommend us?', response: score },
    ...(comment === undefined ? [] : [{ id: 'q-open', question: 'Why?', response: comment }]),
  ],
  $survey_response_q_rating: score,
  [`$survey_response_q-rating`]: score,
  $survey_response: score,
  ...(comment === undefined ? {} : { [`$survey_response_q-open`]: comment, $survey_response_1: comment }),
  $survey_submission_id: randomUUID(),
  $survey_completed: true,
});

describe('PostHog survey events', () => {
  it('reads responses as posthog-js sends them: by question id, inline, or by position', () => {
    expect(responsesOf(surveySent('x', 9, 'Fast'))).toEqual([9, 'Fast']);
    expect(responsesOf({ $survey_response: '7', $survey_response_1: 'ok' })).toEqual(['7', 'ok']);
  });

  it('records `survey sent` for a survey of the same workspace as an answer, once, tied to the contact', async () => {
    const ours = await survey(team);
    const theirs = await survey(other);
    const statuses: number[] = [];
    const ph = new PostHog(key, {
      host,
      flushAt: 10,
      flushInterval: 0,
      fetch: async (url: string, init: RequestInit) => {
        const res = await fetch(url, init);
        statuses.push(res.status);
        return res;
      },
    } as ConstructorParameters<typeof PostHog>[1]);
    const distinctId = `user-${randomUUID().slice(0, 8)}`;
    ph.identify({ distinctId, properties: { email } });
    await ph.flush();
    const uuid = randomUUID();
    ph.capture({
      distinctId,
      event: 'survey sent',
      uuid,
      properties: surveySent(ours, 4, 'Onboarding was confusing'),
    });
    // The SDK retries: the same uuid is the same answer.
    ph.capture({
      distinctId,
      event: 'survey sent',
      uuid,
      properties: surveySent(ours, 4, 'Onboarding was confusing'),
    });
    ph.capture({ distinctId, event: 'survey sent', properties: surveySent(theirs, 10, 'Love it') });
    ph.capture({ distinctId, event: 'survey sent', properties: surveySent(ours, 42) });
    ph.capture({
      distinctId,
      event: 'survey sent',
      properties: { ...surveySent(ours, 9), $survey_completed: false },
    });
    await ph.shutdown();
    expect(statuses.every((s) => s === 200)).toBe(true);

    const answers = await env.app.db.select().from(surveyAnswers).where(eq(surveyAnswers.surveyId, ours));
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      score: 4,
      comment: 'Onboarding was confusing',
      channel: 'posthog',
      distinctId,
      dedupKey: uuid,
      contactId: contact.id,
      customerId: contact.customerId,
    });
    expect(answers[0]!.personId).not.toBeNull();
    const [item] = await env.app.db.select().from(feedback).where(eq(feedback.id, answers[0]!.feedbackId!));
    expect(item).toMatchObject({
      source: 'survey',
      customerId: contact.customerId,
      flag: 'revenue_detractor',
    });
    // Another workspace's survey takes nothing from this source; its event is stored all the same.
    expect(
      await env.app.db.select().from(surveyAnswers).where(eq(surveyAnswers.surveyId, theirs)),
    ).toHaveLength(0);
    const stored = await rows<{ n: number }>(
      env.app.db,
      sql`select count(*)::int as n from events where workspace_id = ${team.workspaceId} and name = 'survey sent'
          and properties->>'$survey_id' = ${theirs}`,
    );
    expect(Number(stored[0]!.n)).toBe(1);

    // The hosted page with the same distinct id in its link ties the answer to the same contact.
    const page = await env.app.inject({
      method: 'POST',
      url: `/api/v1/public/surveys/${ours}/answers`,
      payload: { score: 9, distinctId },
      remoteAddress: uniqueAddress(),
    });
    expect(page.statusCode, page.body).toBe(201);
    const [byPage] = await env.app.db
      .select()
      .from(surveyAnswers)
      .where(eq(surveyAnswers.id, JSON.parse(page.body).id));
    expect(byPage).toMatchObject({ channel: 'page', contactId: contact.id, customerId: contact.customerId });
  });
});
