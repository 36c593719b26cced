import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import type { IncomingEvent, SourceRef } from '../events/types.ts';
import { signals } from './test-fixtures.ts';

let env: TestEnv;
let team: Team;
let campaignId: string;

const ev = (e: Partial<IncomingEvent> & { distinctId: string; time: Date }): IncomingEvent => ({
  name: '$pageview',
  properties: {},
  messageId: randomUUID(),
  ...e,
});
const at = (iso: string) => new Date(iso);
const landing =
  'https://acme.test/?utm_source=LinkedIn&utm_medium=Paid-Social&utm_campaign=Spring%20Launch%21';

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Acme');
  const make = factories(env, team);
  campaignId = (await make.campaign({ utmCampaign: 'spring-launch', actualSpend: 50 })).id;
  await signals(env.database.db, team.workspaceId).goal({
    name: 'Purchase',
    event: 'purchase',
    revenueProperty: 'revenue',
  });
  const source: SourceRef = {
    workspaceId: team.workspaceId,
    sourceId: randomUUID(),
    kind: 'website',
    domains: ['acme.test'],
  };
  await env.app.events.write(source, [
    // An anonymous visitor lands from the campaign's ad, reads the pricing page, signs in with an email, buys.
    ev({
      distinctId: 'anon-1',
      time: at('2026-10-05T10:00:00Z'),
      url: landing,
      referrer: 'https://www.linkedin.com/',
    }),
    ev({
      distinctId: 'anon-1',
      time: at('2026-10-05T10:05:00Z'),
      url: 'https://acme.test/pricing',
      referrer: landing,
    }),
    ev({
      distinctId: 'user-1',
      name: '$identify',
      time: at('2026-10-05T10:10:00Z'),
      otherDistinctId: 'anon-1',
      set: { email: 'ada@example.com' },
    }),
    ev({
      distinctId: 'user-1',
      name: 'purchase',
      time: at('2026-10-05T10:20:00Z'),
      properties: { revenue: '99.90' },
    }),
    // A crawler following the same link: recorded, left out.
    ev({
      distinctId: 'bot-1',
      time: at('2026-10-05T11:00:00Z'),
      url: landing,
      userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)',
    }),
    // Someone typing the address the next day.
    ev({ distinctId: 'anon-2', time: at('2026-10-06T09:00:00Z'), url: 'https://acme.test/' }),
  ]);
});
afterAll(() => env.close());

describe('through the event writer', () => {
  it('attributes the visit, the lead, the purchase and its revenue to the campaign; the bot is left out', async () => {
    const res = await team.viewer.get(
      `${team.ws}/campaigns/${campaignId}/results?from=2026-10-01&to=2026-10-31&model=last_touch`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({
      visits: 1,
      visitors: 1,
      leads: 1,
      conversions: 1,
      revenue: 99.9,
      spend: 50,
      roi: (99.9 - 50) / 50,
    });
  });

  it('breaks the traffic down by channel and by campaign as a marketer names them', async () => {
    const byChannel = await team.viewer.get(
      `${team.ws}/traffic?from=2026-10-01&to=2026-10-31&interval=month`,
    );
    expect(
      byChannel.data.groups.map((g: { key: string; visits: number; pageviews: number }) => [
        g.key,
        g.visits,
        g.pageviews,
      ]),
    ).toEqual([
      ['direct', 1, 1],
      ['paid_social', 1, 2],
    ]);
    const byCampaign = await team.viewer.get(`${team.ws}/traffic?from=2026-10-05&to=2026-10-05&by=campaign`);
    expect(byCampaign.data.groups.map((g: { key: string }) => g.key)).toEqual(['spring-launch']);
  });
});
