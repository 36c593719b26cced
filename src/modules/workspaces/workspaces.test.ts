import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestEnv,
  join,
  newTeam,
  newUser,
  type Team,
  type TestEnv,
  uniqueEmail,
} from '../../../test/harness.ts';

let env: TestEnv;
let team: Team;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app);
});
afterAll(() => env.close());

describe('workspaces', () => {
  it('makes the creator admin and lists the workspace for them', async () => {
    const u = await newUser(env.app, 'Wanda');
    const created = await u.post('/api/v1/workspaces', { name: 'Globex' });
    expect(created.statusCode).toBe(201);
    expect(created.data.role).toBe('admin');
    const mine = await u.get('/api/v1/workspaces');
    expect(mine.data.items.map((w: { name: string }) => w.name)).toContain('Globex');
  });

  it('hides a workspace from non-members (404, never 403)', async () => {
    const outsider = await newUser(env.app, 'Otto');
    expect((await outsider.get(team.ws)).statusCode).toBe(404);
    expect((await outsider.get(`${team.ws}/members`)).statusCode).toBe(404);
    expect((await outsider.post(`${team.ws}/products`, { name: 'X' })).statusCode).toBe(404);
  });

  it('lets only admins rename, with optimistic concurrency', async () => {
    const denied = await team.product_manager.patch(team.ws, { name: 'Nope' });
    expect(denied.statusCode).toBe(403);
    expect(denied.data.ownerRoles).toEqual(['admin']);
    const current = await team.admin.get(team.ws);
    const renamed = await team.admin.patch(team.ws, { name: 'Acme Inc', version: current.data.version });
    expect(renamed.statusCode).toBe(200);
    const stale = await team.admin.patch(
      team.ws,
      { name: 'Stale' },
      { 'if-match': `"${current.data.version}"` },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(renamed.data.version);
    expect((await team.admin.get(team.ws)).data.name).toBe('Acme Inc');
  });
});

describe('members and invitations', () => {
  it('lists members with every role, filters and paginates', async () => {
    const all = await team.viewer.get(`${team.ws}/members?limit=2&sort=email`);
    expect(all.statusCode).toBe(200);
    expect(all.data.items).toHaveLength(2);
    const next = await team.viewer.get(
      `${team.ws}/members?limit=10&sort=email&cursor=${all.data.nextCursor}`,
    );
    const emails = [...all.data.items, ...next.data.items].map((m: { email: string }) => m.email);
    expect(emails).toHaveLength(6);
    expect([...emails].sort()).toEqual(emails);
    const sales = await team.viewer.get(`${team.ws}/members?role=sales`);
    expect(sales.data.items.map((m: { role: string }) => m.role)).toEqual(['sales']);
    expect((await team.viewer.get(`${team.ws}/members?role=boss`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/members?sort=password`)).statusCode).toBe(422);
  });

  it('invites an unknown address, and the invitee accepts after signing up', async () => {
    const email = uniqueEmail('invitee');
    const invited = await team.admin.post(`${team.ws}/members`, { email, role: 'marketer' });
    expect(invited.statusCode).toBe(202);
    expect(invited.data.kind).toBe('invitation');
    const again = await team.admin.post(`${team.ws}/invitations`, { email, role: 'sales' });
    expect(again.statusCode).toBe(409);
    const pending = await team.admin.get(`${team.ws}/invitations`);
    expect(pending.data.items.map((i: { email: string }) => i.email)).toContain(email);

    const signup = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email, password: 'joining later today', name: 'Ivy' },
    });
    const cookie = signup.cookies.find((c) => c.name === 'tandem_session')!.value;
    const me = await env.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { tandem_session: cookie },
    });
    expect(me.json().invitations).toHaveLength(1);
    const accept = () =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/invitations/accept',
        cookies: { tandem_session: cookie },
        payload: { token: invited.data.token },
      });
    const accepted = await accept();
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().role).toBe('marketer');
    // A retry (a double click, a lost answer) gets the same answer and adds nothing.
    const retried = await accept();
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toEqual(accepted.json());
  });

  it("refuses someone else's invitation as if it did not exist", async () => {
    const email = uniqueEmail('target');
    const invited = await team.admin.post(`${team.ws}/invitations`, { email, role: 'viewer' });
    const thief = await newUser(env.app, 'Thief');
    const byToken = await thief.post('/api/v1/invitations/accept', { token: invited.data.token });
    expect(byToken.statusCode).toBe(404);
    const byId = await thief.post('/api/v1/invitations/accept', { id: invited.data.invitation.id });
    expect(byId.statusCode).toBe(404);
    expect(byId.data.detail).toBe(
      (await thief.post('/api/v1/invitations/accept', { id: crypto.randomUUID() })).data.detail,
    );
    expect(
      (await thief.post('/api/v1/invitations/decline', { id: invited.data.invitation.id })).statusCode,
    ).toBe(404);
    expect((await thief.get(team.ws)).statusCode).toBe(404);
    expect((await team.admin.delete(`${team.ws}/invitations/${invited.data.invitation.id}`)).statusCode).toBe(
      204,
    );
  });

  it('only admins manage members; the last admin cannot leave or be demoted', async () => {
    const u = await newUser(env.app, 'Newbie');
    const denied = await team.product_manager.post(`${team.ws}/members`, {
      email: u.user.email,
      role: 'viewer',
    });
    expect(denied.statusCode).toBe(403);
    await join(team.admin, u, team.ws, 'viewer');
    expect(
      (await team.admin.post(`${team.ws}/members`, { email: u.user.email, role: 'sales' })).statusCode,
    ).toBe(409);
    const promoted = await team.admin.patch(`${team.ws}/members/${u.user.id}`, { role: 'sales' });
    expect(promoted.data.role).toBe('sales');
    expect((await u.delete(`${team.ws}/members/${u.user.id}`)).statusCode).toBe(204);
    expect((await u.get(team.ws)).statusCode).toBe(404);

    const lastAdmin = await team.admin.patch(`${team.ws}/members/${team.admin.user.id}`, { role: 'viewer' });
    expect(lastAdmin.statusCode).toBe(409);
    expect((await team.admin.delete(`${team.ws}/members/${team.admin.user.id}`)).statusCode).toBe(409);
  });

  it('records membership changes in the activity log', async () => {
    const { activity } = await import('../activity/schema.ts');
    const { eq, and } = await import('drizzle-orm');
    const rows = await env.database.db
      .select()
      .from(activity)
      .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityType, 'member')))
      .orderBy(activity.id);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    // Each member joined by accepting the admin's invitation themselves.
    const joined = rows.filter((r) => r.action === 'joined');
    expect(joined.length).toBeGreaterThanOrEqual(5);
    for (const r of joined) expect(r.actorId).toBe(r.entityId);
  });
});

describe('ownership matrix', () => {
  it('is public and names owners for every artefact', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/ownership' });
    expect(res.statusCode).toBe(200);
    const feature = res.json().artefacts.find((a: { artefact: string }) => a.artefact === 'feature');
    expect(feature.owners).toEqual(['admin', 'product_manager']);
    expect(feature.contributors).toEqual(
      expect.arrayContaining([{ role: 'sales', may: ['comment', 'link_feedback'] }]),
    );
  });
});
