import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { factories } from '../../../test/factories.ts';
import { campaigns } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
let programId: string;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
  programId = (await make.acceptedProgram()).id;
});
afterAll(() => env.close());

const stored = () =>
  env.database.db.select().from(campaigns).where(eq(campaigns.workspaceId, team.workspaceId));
const create = (body: Record<string, unknown> = {}) =>
  team.marketer.post(`${team.ws}/campaigns`, {
    programId,
    name: 'Spring Launch – Zürich',
    channel: 'paid_search',
    ...body,
  });

describe('campaigns', () => {
  it('gets canonical UTM values, unique utm_campaign derived from the name', async () => {
    const first = await create({
      startDate: '2031-03-01',
      endDate: '2031-03-31',
      plannedSpend: 5_000,
      targetMetrics: [{ metric: 'leads', target: 400 }],
    });
    expect(first.statusCode).toBe(201);
    expect(first.data).toMatchObject({
      status: 'planned',
      utm: { source: 'google', medium: 'cpc', campaign: 'spring-launch-zurich' },
      allowedTransitions: ['active', 'cancelled'],
    });
    const second = await create({ channel: 'email' });
    expect(second.data.utm).toEqual({
      source: 'newsletter',
      medium: 'email',
      campaign: 'spring-launch-zurich-2',
    });
    const third = await create({ utmSource: 'LinkedIn Ads', utmMedium: 'Paid Social' });
    expect(third.data.utm).toEqual({
      source: 'linkedin-ads',
      medium: 'paid-social',
      campaign: 'spring-launch-zurich-3',
    });
    const explicit = await create({ utmCampaign: 'Spring Launch Zurich' });
    expect(explicit.statusCode).toBe(409);
    expect(explicit.data.errors[0].path).toBe('utmCampaign');
    const renamed = await team.marketer.patch(`${team.ws}/campaigns/${third.data.id}`, {
      utmCampaign: 'spring-launch-zurich',
    });
    expect(renamed.statusCode).toBe(409);
    expect((await team.viewer.get(`${team.ws}/campaigns/${third.data.id}`)).data.utm.campaign).toBe(
      'spring-launch-zurich-3',
    );
  });

  it('spells German and Nordic letters in its UTM values instead of cutting words at them', async () => {
    const c = await create({ name: 'Größe zählt – Ærø', utmSource: 'Straßen Blatt' });
    expect(c.statusCode).toBe(201);
    expect(c.data.utm).toMatchObject({ source: 'strassen-blatt', campaign: 'grosse-zahlt-aero' });
    const link = await team.marketer.post(`${team.ws}/campaigns/${c.data.id}/links`, {
      destinationUrl: 'https://northwind.test/',
      label: 'Footer',
      utmContent: 'Fußzeile',
    });
    expect(link.statusCode).toBe(201);
    expect(link.data.url).toContain('utm_content=fusszeile');
  });

  it('generates tagged links that follow the campaign’s UTM values', async () => {
    const c = await create({ name: 'Webinar series', channel: 'webinar' });
    const link = await team.marketer.post(`${team.ws}/campaigns/${c.data.id}/links`, {
      destinationUrl: 'https://northwind.test/webinar?ref=nav#register',
      label: 'Hero button',
      utmContent: 'Hero Button',
    });
    expect(link.statusCode).toBe(201);
    expect(link.data.url).toBe(
      'https://northwind.test/webinar?ref=nav&utm_source=webinar&utm_medium=webinar&utm_campaign=webinar-series&utm_content=hero-button#register',
    );
    await team.marketer.patch(`${team.ws}/campaigns/${c.data.id}`, { utmSource: 'Partner Newsletter' });
    const links = await team.sales.get(`${team.ws}/campaigns/${c.data.id}/links`);
    expect(links.data.items[0].url).toContain('utm_source=partner-newsletter');
    const bad = await team.marketer.post(`${team.ws}/campaigns/${c.data.id}/links`, {
      destinationUrl: 'javascript:alert(1)',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.errors[0].path).toBe('body.destinationUrl');
    expect(
      (await team.sales.post(`${team.ws}/campaigns/${c.data.id}/links`, { destinationUrl: 'https://x.test' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await team.marketer.delete(`${team.ws}/campaigns/${c.data.id}/links/${link.data.id}`)).statusCode,
    ).toBe(204);
    expect((await team.sales.get(`${team.ws}/campaigns/${c.data.id}/links`)).data.items).toEqual([]);
  });

  it('runs only in accepted or running programs, and follows its workflow', async () => {
    const req = await make.requirement();
    const proposed = await make.program({ requirementIds: [req.id] });
    const count = (await stored()).length;
    const early = await create({ programId: proposed.id });
    expect(early.statusCode).toBe(422);
    expect(early.data.errors[0].path).toBe('programId');
    expect(early.data.detail).toContain('proposed');
    expect((await stored()).length).toBe(count);
    const c = await create({ name: 'Workflow' });
    const url = `${team.ws}/campaigns/${c.data.id}`;
    expect((await team.marketer.patch(url, { status: 'completed' })).data.detail).toContain(
      'allowed: active, cancelled',
    );
    await team.marketer.patch(url, { status: 'active' });
    await team.marketer.patch(url, { status: 'paused' });
    await team.marketer.patch(url, { status: 'active', actualSpend: 1_200 });
    const done = await team.marketer.patch(url, { status: 'completed' });
    expect(done.data).toMatchObject({ status: 'completed', actualSpend: 1_200, allowedTransitions: [] });
    const stale = await team.marketer.patch(url, { name: 'Stale', version: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses bad input and other workspaces’ ids, writing nothing', async () => {
    const count = (await stored()).length;
    expect((await create({ channel: 'carrier_pigeon' })).statusCode).toBe(400);
    expect((await create({ plannedSpend: -1 })).statusCode).toBe(400);
    expect((await create({ landingUrl: 'ftp://x.test' })).statusCode).toBe(400);
    const dates = await create({ startDate: '2031-05-02', endDate: '2031-05-01' });
    expect(dates.statusCode).toBe(422);
    expect(dates.data.errors[0].path).toBe('endDate');
    const empty = await create({ name: '!!!' });
    expect(empty.statusCode).toBe(422);
    const theirPersona = await other.product_marketer.post(`${other.ws}/personas`, { name: 'Theirs' });
    const cross = await create({ personaId: theirPersona.data.id });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('personaId');
    const theirProgram = await factories(env, other).acceptedProgram();
    expect((await create({ programId: theirProgram.id })).statusCode).toBe(422);
    expect((await stored()).length).toBe(count);
    const mine = await create({ name: 'Private' });
    expect((await other.admin.get(`${other.ws}/campaigns/${mine.data.id}`)).statusCode).toBe(404);
    expect((await other.admin.get(`${other.ws}/campaigns/${mine.data.id}/links`)).statusCode).toBe(404);
  });

  it('lets marketers and admins own campaigns; everyone reads', async () => {
    for (const role of ALL_ROLES) {
      const owner = role === 'admin' || role === 'marketer';
      const created = await team[role].post(`${team.ws}/campaigns`, {
        programId,
        name: `By ${role}`,
        channel: 'email',
      });
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      if (!owner) expect(created.data.ownerRoles).toEqual(['admin', 'marketer']);
      const c = await create({ name: `Target ${role}` });
      expect(
        (await team[role].patch(`${team.ws}/campaigns/${c.data.id}`, { actualSpend: 10 })).statusCode,
        role,
      ).toBe(owner ? 200 : 403);
      expect((await team[role].delete(`${team.ws}/campaigns/${c.data.id}`)).statusCode, role).toBe(
        owner ? 204 : 403,
      );
      expect((await team[role].get(`${team.ws}/campaigns?programId=${programId}`)).statusCode, role).toBe(
        200,
      );
    }
    const names = (await stored()).map((c) => c.name);
    expect(names).toContain('By marketer');
    expect(names).not.toContain('By product_marketer');
    const filtered = await team.viewer.get(`${team.ws}/campaigns?channel=email&q=by&limit=200`);
    expect(filtered.data.items.every((c: { channel: string }) => c.channel === 'email')).toBe(true);
  });
});
