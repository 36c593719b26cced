import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { goals } from '../sources/schema.ts';
import { insertFixtures } from './testing.ts';

/** A campaign's and a program's touchpoint journey as a funnel (the mapping rule is in journeys.ts). */

let env: TestEnv;
let team: Team;
let campaignId: string;
let programId: string;

const touch = (kind: 'campaigns' | 'programs', id: string, stage: string, asset: string) =>
  team.marketer.post(`${team.ws}/${kind}/${id}/touchpoints`, { stage, channel: 'website', asset });

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Journeys');
  const make = factories(env, team);
  programId = (await make.acceptedProgram()).id;
  campaignId = (
    await make.campaign({
      programId,
      name: 'Spring',
      channel: 'email',
      startDate: '2026-05-01',
      endDate: '2026-05-31',
    })
  ).id;
  await touch('campaigns', campaignId, 'awareness', 'Launch email');
  await touch('campaigns', campaignId, 'consideration', 'https://shop.example/pricing');
  await touch('campaigns', campaignId, 'conversion', 'Sign-up form');
  await env.database.db.insert(goals).values([
    { workspaceId: team.workspaceId, name: 'Sign-up', event: 'signed_up' },
    { workspaceId: team.workspaceId, name: 'Paid', event: 'purchase', filter: { paid: true } },
  ]);
  const page = (person: string, at: string, url: string) => ({
    person,
    name: '$pageview',
    at,
    url,
    path: new URL(url).pathname,
  });
  await insertFixtures(env.database.db, team.workspaceId, [
    // j1 signs up, j2 pays, j3 buys unpaid (no goal), j4 only looks; j5 converts before the campaign's dates.
    page('j1', '2026-05-03T09:00:00Z', 'https://shop.example/pricing?utm_campaign=spring'),
    { person: 'j1', name: 'signed_up', at: '2026-05-03T09:30:00Z' },
    page('j2', '2026-05-04T09:00:00Z', 'https://shop.example/pricing'),
    { person: 'j2', name: 'purchase', at: '2026-05-05T09:00:00Z', properties: { paid: true } },
    page('j3', '2026-05-04T09:00:00Z', 'https://shop.example/pricing'),
    { person: 'j3', name: 'purchase', at: '2026-05-05T09:00:00Z', properties: { paid: false } },
    page('j4', '2026-05-06T09:00:00Z', 'https://shop.example/pricing#plans'),
    page('j5', '2026-04-20T09:00:00Z', 'https://shop.example/pricing'),
    { person: 'j5', name: 'signed_up', at: '2026-04-20T09:30:00Z' },
  ]);
});
afterAll(() => env.close());

describe('journey funnels', () => {
  it("counts a campaign's journey over its dates: page → any goal, the unaddressable email left out", async () => {
    const res = await team.viewer.get(`${team.ws}/campaigns/${campaignId}/funnel`);
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ from: '2026-05-01', to: '2026-05-31', windowDays: 14 });
    expect(res.data.steps.map((s: { label: string; persons: number }) => [s.label, s.persons])).toEqual([
      ['https://shop.example/pricing', 4],
      ['purchase (paid = true) or signed_up', 2],
    ]);
    expect(res.data.journey.map((j: { step: number | null }) => j.step)).toEqual([null, 0, 1]);
    expect(res.data.journey[0].missing).toMatch(/not a page/);
    const april = await team.viewer.get(
      `${team.ws}/campaigns/${campaignId}/funnel?from=2026-04-01&to=2026-05-31`,
    );
    expect(april.data.steps.map((s: { persons: number }) => s.persons)).toEqual([5, 3]);
  });

  it('answers 422 naming what is missing when the journey makes fewer than two steps', async () => {
    const empty = await team.viewer.get(`${team.ws}/programs/${programId}/funnel`);
    expect(empty.statusCode).toBe(422);
    expect(empty.data.detail).toMatch(/no touchpoints/);
    await touch('programs', programId, 'awareness', 'Webinar');
    await touch('programs', programId, 'consideration', '/pricing');
    const one = await team.viewer.get(`${team.ws}/programs/${programId}/funnel`);
    expect(one.statusCode).toBe(422);
    expect(one.data.errors).toEqual([
      { path: 'touchpoints.1', message: expect.stringMatching(/not a page/) },
    ]);
    await touch('programs', programId, 'conversion', 'Demo request');
    const ok = await team.viewer.get(`${team.ws}/programs/${programId}/funnel?from=2026-05-01&to=2026-05-31`);
    expect(ok.statusCode).toBe(200);
    expect(ok.data.steps.map((s: { persons: number }) => s.persons)).toEqual([4, 2]);
  });

  it("defaults a long-running campaign's period to its last year", async () => {
    const old = await factories(env, team).campaign({
      programId,
      name: 'Evergreen',
      channel: 'email',
      startDate: '2024-01-01',
    });
    await touch('campaigns', old.id, 'consideration', '/pricing');
    await touch('campaigns', old.id, 'conversion', 'Form');
    const res = await team.viewer.get(`${team.ws}/campaigns/${old.id}/funnel`);
    expect(res.statusCode).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(res.data.to).toBe(today);
    expect(res.data.from).toBe(
      new Date(Date.parse(`${today}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10),
    );
  });

  it('answers 404 for a journey elsewhere and 400 for a bad query', async () => {
    expect((await team.viewer.get(`${team.ws}/campaigns/${randomUUID()}/funnel`)).statusCode).toBe(404);
    expect((await team.viewer.get(`${team.ws}/campaigns/${campaignId}/funnel?windowDays=0`)).statusCode).toBe(
      400,
    );
    expect(
      (await team.viewer.get(`${team.ws}/campaigns/${campaignId}/funnel?breakdown=page`)).statusCode,
    ).toBe(400);
  });
});
