import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestEnv,
  newTeam,
  newUser,
  type Team,
  type TestEnv,
  uniqueEmail,
} from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { invitations } from './schema.ts';

/** Membership needs the invitee's consent, and inviting never tells who has an account. */
let env: TestEnv;
let team: Team;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Consent');
});
afterAll(() => env.close());

const shape = (body: unknown): unknown =>
  body && typeof body === 'object'
    ? Object.fromEntries(Object.entries(body).map(([k, v]) => [k, shape(v)]))
    : typeof body;

describe('adding a member is an invitation', () => {
  it('answers the same whether or not the address has an account, and adds no one', async () => {
    const registered = await newUser(env.app, 'Rita Registered');
    const known = await team.admin.post(`${team.ws}/members`, {
      email: registered.user.email,
      role: 'viewer',
    });
    const unknown = await team.admin.post(`${team.ws}/members`, {
      email: uniqueEmail('nobody'),
      role: 'viewer',
    });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(shape(known.data)).toEqual(shape(unknown.data));
    expect(known.body).not.toContain(registered.user.id);
    expect(known.body).not.toContain('Rita');
    // Not a member until they say yes.
    expect((await registered.get(team.ws)).statusCode).toBe(404);
    const listed = await team.admin.get(`${team.ws}/members?limit=100`);
    expect(listed.data.items.map((m: { userId: string }) => m.userId)).not.toContain(registered.user.id);
    const pending = await team.admin.get(`${team.ws}/invitations`);
    const mine = pending.data.items.find((i: { email: string }) => i.email === registered.user.email);
    expect(mine).toMatchObject({ role: 'viewer', status: 'pending' });
  });

  it('lists my pending invitations on /me, without their token; I accept by id, once', async () => {
    const invitee = await newUser(env.app, 'Ian Invitee');
    const invited = await team.admin.post(`${team.ws}/members`, { email: invitee.user.email, role: 'sales' });
    const me = await invitee.get('/api/v1/me');
    expect(me.data.invitations).toEqual([
      {
        id: invited.data.invitation.id,
        workspaceId: team.workspaceId,
        workspaceName: 'Consent',
        role: 'sales',
        invitedByName: team.admin.user.name,
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
      },
    ]);
    expect(me.body).not.toContain(invited.data.token);

    const [first, second] = await Promise.all([
      invitee.post('/api/v1/invitations/accept', { id: invited.data.invitation.id }),
      invitee.post('/api/v1/invitations/accept', { id: invited.data.invitation.id }),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(first.data).toMatchObject({ id: team.workspaceId, role: 'sales' });
    expect((await invitee.get(`${team.ws}/members/${invitee.user.id}`)).data.role).toBe('sales');
    expect((await invitee.get('/api/v1/me')).data.invitations).toEqual([]);
    const joined = await env.database.db
      .select()
      .from(activity)
      .where(
        and(
          eq(activity.workspaceId, team.workspaceId),
          eq(activity.entityId, invitee.user.id),
          eq(activity.action, 'joined'),
        ),
      );
    expect(joined).toHaveLength(1);
    expect(joined[0]!.actorId).toBe(invitee.user.id);
  });

  it('lets the invitee decline; a declined, withdrawn or expired invitation cannot be accepted', async () => {
    const invitee = await newUser(env.app, 'Dora Decliner');
    const invite = async () =>
      (await team.admin.post(`${team.ws}/members`, { email: invitee.user.email, role: 'marketer' })).data
        .invitation.id as string;
    const accept = (id: string) => invitee.post('/api/v1/invitations/accept', { id });

    const declined = await invite();
    expect((await invitee.post('/api/v1/invitations/decline', { id: declined })).statusCode).toBe(204);
    expect((await invitee.post('/api/v1/invitations/decline', { id: declined })).statusCode).toBe(204);
    expect((await invitee.get('/api/v1/me')).data.invitations).toEqual([]);
    const late = await accept(declined);
    expect(late.statusCode).toBe(409);
    expect(late.data.invitationStatus).toBe('declined');
    const log = await team.admin.get(`${team.ws}/activity?entityType=invitation&entityId=${declined}`);
    expect(log.data.items.map((a: { action: string }) => a.action)).toEqual(['declined', 'created']);

    const revoked = await invite();
    expect((await team.admin.delete(`${team.ws}/invitations/${revoked}`)).statusCode).toBe(204);
    const afterRevoke = await accept(revoked);
    expect(afterRevoke.statusCode).toBe(409);
    expect(afterRevoke.data.invitationStatus).toBe('revoked');
    expect(afterRevoke.data.detail).toMatch(/withdrawn/);

    const expired = await invite();
    await env.database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, expired));
    const afterExpiry = await accept(expired);
    expect(afterExpiry.statusCode).toBe(409);
    expect(afterExpiry.data.invitationStatus).toBe('expired');
    expect((await invitee.get(team.ws)).statusCode).toBe(404);
  });

  it('names the bad field of an accept body', async () => {
    const res = await team.viewer.post('/api/v1/invitations/accept', { id: 'nope' });
    expect(res.statusCode).toBe(400);
  });
});
