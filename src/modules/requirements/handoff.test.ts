import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { programs, requirements } from './schema.ts';
import { factories } from '../../../test/factories.ts';

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

const programRows = () =>
  env.database.db.select().from(programs).where(eq(programs.workspaceId, team.workspaceId));
const requirementRows = () =>
  env.database.db.select().from(requirements).where(eq(requirements.workspaceId, team.workspaceId));
const ids = (res: { data: { items: { id: string }[] } }) => res.data.items.map((i) => i.id);

describe('the hand-off: requirements → programs', () => {
  it('runs the whole loop: filed, proposed, sent back, re-proposed, accepted, covered', async () => {
    const persona = await team.product_marketer.post(`${team.ws}/personas`, { name: 'CIO' });
    const filed = await team.product_marketer.post(`${team.ws}/requirements`, {
      title: 'Architecture story for CIOs',
      problem: 'CIOs must understand how our architecture fits their strategy',
      personaId: persona.data.id,
      desiredOutcome: 'CIOs shortlist us',
      successMetric: '20 CIO meetings',
      priority: 'high',
      dueDate: '2031-03-01',
    });
    expect(filed.statusCode).toBe(201);
    expect(filed.data).toMatchObject({ status: 'open', covered: false, programs: [], priority: 'high' });
    const reqId = filed.data.id;
    expect(ids(await team.marketer.get(`${team.ws}/requirements?covered=false&limit=200`))).toContain(reqId);

    const proposed = await team.marketer.post(`${team.ws}/programs`, {
      name: 'Architecture white paper',
      description: 'A web page and a white paper, promoted by email and paid search',
      requirementIds: [reqId],
      channels: ['content', 'email', 'paid_search'],
      startDate: '2031-01-10',
      endDate: '2031-03-31',
      plannedBudget: 25_000,
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.data).toMatchObject({
      status: 'proposed',
      ownerId: team.marketer.user.id,
      requirements: [{ id: reqId, title: 'Architecture story for CIOs' }],
      allowedTransitions: ['cancelled'],
    });
    const pmmView = await team.product_marketer.get(`${team.ws}/programs/${proposed.data.id}`);
    expect(pmmView.data.allowedTransitions).toEqual(['accepted', 'sent_back']);
    expect((await team.marketer.get(`${team.ws}/requirements/${reqId}`)).data.covered).toBe(false);

    const back = await team.product_marketer.post(`${team.ws}/programs/${proposed.data.id}/send-back`, {
      comment: 'Add a CIO roundtable',
    });
    expect(back.data).toMatchObject({
      status: 'sent_back',
      reviewComment: 'Add a CIO roundtable',
      reviewedBy: team.product_marketer.user.id,
    });
    await team.marketer.patch(`${team.ws}/programs/${proposed.data.id}`, {
      channels: ['content', 'email', 'events'],
    });
    const again = await team.marketer.post(`${team.ws}/programs/${proposed.data.id}/propose`, {});
    expect(again.data.status).toBe('proposed');
    const accepted = await team.product_marketer.post(`${team.ws}/programs/${proposed.data.id}/accept`, {
      comment: 'Good',
    });
    expect(accepted.data.status).toBe('accepted');

    const covered = await team.viewer.get(`${team.ws}/requirements/${reqId}`);
    expect(covered.data).toMatchObject({
      covered: true,
      programs: [{ id: proposed.data.id, status: 'accepted' }],
    });
    expect(ids(await team.marketer.get(`${team.ws}/requirements?covered=false&limit=200`))).not.toContain(
      reqId,
    );
    expect(ids(await team.marketer.get(`${team.ws}/requirements?covered=true&limit=200`))).toContain(reqId);
    expect(ids(await team.viewer.get(`${team.ws}/programs?requirementId=${reqId}`))).toEqual([
      proposed.data.id,
    ]);

    await team.marketer.patch(`${team.ws}/programs/${proposed.data.id}`, { status: 'in_progress' });
    const done = await team.marketer.patch(`${team.ws}/programs/${proposed.data.id}`, { status: 'done' });
    expect(done.data.allowedTransitions).toEqual([]);
    const log = await env.database.db
      .select()
      .from(activity)
      .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, proposed.data.id)))
      .orderBy(activity.id);
    expect(log.map((a) => a.action)).toEqual([
      'created',
      'sent_back',
      'updated',
      'status_changed',
      'accepted',
      'status_changed',
      'status_changed',
    ]);
  });

  it('keeps review with product marketing and programs with marketing', async () => {
    const req = await make.requirement();
    // Product marketing cannot create programs; marketing cannot file requirements or review.
    const byPmm = await team.product_marketer.post(`${team.ws}/programs`, {
      name: 'By PMM',
      requirementIds: [req.id],
    });
    expect(byPmm.statusCode).toBe(403);
    expect(byPmm.data.ownerRoles).toEqual(['admin', 'marketer']);
    const byMkt = await team.marketer.post(`${team.ws}/requirements`, {
      title: 'By marketing',
      problem: 'x',
    });
    expect(byMkt.statusCode).toBe(403);
    expect(byMkt.data.ownerRoles).toEqual(['admin', 'product_marketer']);
    const p = await make.program({ requirementIds: [req.id] });
    const selfAccept = await team.marketer.post(`${team.ws}/programs/${p.id}/accept`, {});
    expect(selfAccept.statusCode).toBe(403);
    const viaPatch = await team.marketer.patch(`${team.ws}/programs/${p.id}`, { status: 'accepted' });
    expect(viaPatch.statusCode).toBe(422);
    expect((await programRows()).find((r) => r.id === p.id)?.status).toBe('proposed');
    const pmmEdit = await team.product_marketer.patch(`${team.ws}/programs/${p.id}`, {
      name: 'Renamed by PMM',
    });
    expect(pmmEdit.statusCode).toBe(403);
    const early = await team.marketer.patch(`${team.ws}/programs/${p.id}`, { status: 'in_progress' });
    expect(early.statusCode).toBe(422);
    expect(early.data.detail).toContain('allowed: accepted, sent_back, cancelled');
  });

  it('checks every role against every write', async () => {
    for (const role of ALL_ROLES) {
      const pmmSide = role === 'admin' || role === 'product_marketer';
      const mktSide = role === 'admin' || role === 'marketer';
      const r = await team[role].post(`${team.ws}/requirements`, { title: `Req by ${role}`, problem: 'p' });
      expect(r.statusCode, role).toBe(pmmSide ? 201 : 403);
      const req = await make.requirement();
      expect(
        (await team[role].patch(`${team.ws}/requirements/${req.id}`, { priority: 'urgent' })).statusCode,
        role,
      ).toBe(pmmSide ? 200 : 403);
      const p = await team[role].post(`${team.ws}/programs`, {
        name: `Prog by ${role}`,
        requirementIds: [req.id],
      });
      expect(p.statusCode, role).toBe(mktSide ? 201 : 403);
      const prog = await make.program({ requirementIds: [req.id] });
      expect(
        (await team[role].patch(`${team.ws}/programs/${prog.id}`, { description: role })).statusCode,
        role,
      ).toBe(mktSide ? 200 : 403);
      expect(
        (await team[role].post(`${team.ws}/programs/${prog.id}/send-back`, { comment: 'No' })).statusCode,
        role,
      ).toBe(pmmSide ? 200 : 403);
      expect((await team[role].delete(`${team.ws}/programs/${prog.id}`)).statusCode, role).toBe(
        mktSide ? 204 : 403,
      );
      const lone = await make.requirement();
      expect((await team[role].delete(`${team.ws}/requirements/${lone.id}`)).statusCode, role).toBe(
        pmmSide ? 204 : 403,
      );
      expect((await team[role].get(`${team.ws}/requirements`)).statusCode, role).toBe(200);
    }
    const titles = (await requirementRows()).map((r) => r.title);
    expect(titles).toContain('Req by product_marketer');
    expect(titles).not.toContain('Req by marketer');
    const names = (await programRows()).map((r) => r.name);
    expect(names).toContain('Prog by marketer');
    expect(names).not.toContain('Prog by product_marketer');
  });

  it('refuses bad input and other workspaces’ ids, writing nothing', async () => {
    const req = await make.requirement();
    const [pc, rc] = [(await programRows()).length, (await requirementRows()).length];
    expect(
      (await team.marketer.post(`${team.ws}/programs`, { name: 'No req', requirementIds: [] })).statusCode,
    ).toBe(400);
    const theirReq = await other.product_marketer.post(`${other.ws}/requirements`, {
      title: 'T',
      problem: 'p',
    });
    const cross = await team.marketer.post(`${team.ws}/programs`, {
      name: 'Cross',
      requirementIds: [req.id, theirReq.data.id],
    });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('requirementIds.1');
    const dates = await team.marketer.post(`${team.ws}/programs`, {
      name: 'Dates',
      requirementIds: [req.id],
      startDate: '2031-02-01',
      endDate: '2031-01-01',
    });
    expect(dates.statusCode).toBe(422);
    expect(dates.data.errors[0].path).toBe('endDate');
    const stranger = await team.marketer.post(`${team.ws}/programs`, {
      name: 'Owner',
      requirementIds: [req.id],
      ownerId: other.admin.user.id,
    });
    expect(stranger.statusCode).toBe(422);
    expect(
      (
        await team.marketer.post(`${team.ws}/programs`, {
          name: 'Ch',
          requirementIds: [req.id],
          channels: ['telepathy'],
        })
      ).statusCode,
    ).toBe(400);
    const theirPersona = await other.product_marketer.post(`${other.ws}/personas`, { name: 'Theirs' });
    const badReq = await team.product_marketer.post(`${team.ws}/requirements`, {
      title: 'x',
      problem: 'p',
      personaId: theirPersona.data.id,
    });
    expect(badReq.statusCode).toBe(422);
    expect(badReq.data.errors[0].path).toBe('personaId');
    expect(
      (await team.product_marketer.post(`${team.ws}/requirements`, { title: 'x', problem: '' })).statusCode,
    ).toBe(400);
    expect(
      (
        await team.product_marketer.post(`${team.ws}/requirements`, {
          title: 'x',
          problem: 'p',
          priority: 'asap',
        })
      ).statusCode,
    ).toBe(400);
    expect((await programRows()).length).toBe(pc);
    expect((await requirementRows()).length).toBe(rc);
    expect((await other.admin.get(`${other.ws}/requirements/${req.id}`)).statusCode).toBe(404);
    const answered = await make.program({ requirementIds: [req.id] });
    const del = await team.product_marketer.delete(`${team.ws}/requirements/${req.id}`);
    expect(del.statusCode).toBe(409);
    const stale = await team.marketer.patch(`${team.ws}/programs/${answered.id}`, {
      name: 'v',
      version: answered.version + 5,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('sorts requirements by urgency and pages them', async () => {
    await make.requirement({ title: 'Low one', priority: 'low' });
    await make.requirement({ title: 'Urgent one', priority: 'urgent' });
    const first = await team.viewer.get(`${team.ws}/requirements?sort=-priority&limit=1`);
    expect(first.data.items[0].priority).toBe('urgent');
    const next = await team.viewer.get(
      `${team.ws}/requirements?sort=-priority&limit=1&cursor=${encodeURIComponent(first.data.nextCursor)}`,
    );
    expect(next.statusCode).toBe(200);
    expect(next.data.items[0].id).not.toBe(first.data.items[0].id);
  });
});
