import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { campaigns } from '../campaigns/schema.ts';
import { programs } from '../requirements/schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let programId: string;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  const [p] = await env.database.db
    .insert(programs)
    .values({
      workspaceId: team.workspaceId,
      name: 'Q3 push',
      startDate: '2031-06-15',
      endDate: '2031-09-15',
      status: 'accepted',
    })
    .returning({ id: programs.id });
  programId = p!.id;
  let n = 0;
  const campaign = (
    name: string,
    startDate: string | null,
    endDate: string | null,
    channel: 'email' | 'webinar' = 'email',
  ) =>
    env.database.db.insert(campaigns).values({
      workspaceId: team.workspaceId,
      programId,
      name,
      channel,
      startDate,
      endDate,
      utmSource: 's',
      utmMedium: 'm',
      utmCampaign: `cal-${++n}`,
    });
  await campaign('Ends on from', '2031-06-01', '2031-07-01');
  await campaign('Ends before from', '2031-06-01', '2031-06-30');
  await campaign('Starts on to', '2031-09-30', '2031-10-15', 'webinar');
  await campaign('Starts after to', '2031-10-01', '2031-10-02');
  await campaign('Open-ended, running', '2031-01-01', null);
  await campaign('Undated', null, null);
  await team.product_marketer.post(`${team.ws}/launches`, {
    name: 'Summer launch',
    tier: 3,
    launchDate: '2031-08-01',
  });
  await team.product_marketer.post(`${team.ws}/launches`, {
    name: 'Autumn launch',
    tier: 3,
    launchDate: '2031-10-01',
  });
  await team.product_manager.post(`${team.ws}/releases`, { name: '2031.3', targetDate: '2031-07-01' });
});
afterAll(() => env.close());

const titles = (res: { data: { items: { title: string }[] } }) => res.data.items.map((i) => i.title);
const q3 = (extra = '') => team.marketer.get(`${team.ws}/calendar?from=2031-07-01&to=2031-09-30${extra}`);

describe('marketing calendar', () => {
  it('shows what runs in the range, with inclusive edges, sorted by start then kind', async () => {
    const res = await q3();
    expect(res.statusCode).toBe(200);
    expect(titles(res)).toEqual([
      'Open-ended, running',
      'Ends on from',
      'Q3 push',
      '2031.3',
      'Summer launch',
      'Starts on to',
    ]);
    expect(res.data.items.map((i: { kind: string }) => i.kind)).toEqual([
      'campaign',
      'campaign',
      'program',
      'release',
      'launch',
      'campaign',
    ]);
    expect(res.data.truncated).toBe(false);
  });

  it('filters by kind, channel and program, and cuts at the limit', async () => {
    expect(titles(await q3('&kinds=launch,release'))).toEqual(['2031.3', 'Summer launch']);
    expect(titles(await q3('&channel=webinar'))).toEqual(['Starts on to']);
    expect(titles(await q3(`&programId=${programId}`))).toEqual([
      'Open-ended, running',
      'Ends on from',
      'Q3 push',
      'Starts on to',
    ]);
    const cut = await q3('&limit=2');
    expect(titles(cut)).toEqual(['Open-ended, running', 'Ends on from']);
    expect(cut.data.truncated).toBe(true);
  });

  it('refuses reversed or too long ranges, and shows other workspaces nothing', async () => {
    const reversed = await team.marketer.get(`${team.ws}/calendar?from=2031-09-30&to=2031-07-01`);
    expect(reversed.statusCode).toBe(422);
    expect(reversed.data.errors[0].path).toBe('to');
    expect((await team.marketer.get(`${team.ws}/calendar?from=2031-01-01&to=2032-12-31`)).statusCode).toBe(
      422,
    );
    expect((await team.marketer.get(`${team.ws}/calendar?from=2031-01-01`)).statusCode).toBe(400);
    const theirs = await other.marketer.get(`${other.ws}/calendar?from=2031-07-01&to=2031-09-30`);
    expect(theirs.data.items).toEqual([]);
  });
});
