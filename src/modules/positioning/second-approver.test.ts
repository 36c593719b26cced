import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createTestEnv,
  join,
  newTeam,
  newUser,
  type Team,
  type TestEnv,
} from '../../../test/harness.ts';
import { completeMessaging, completePositioning, factories } from '../../../test/factories.ts';
import { activity } from '../activity/schema.ts';
import { messaging, positionings } from './schema.ts';

// Defect 10 of issue 12: positioning and messaging could be approved by their own author. A workspace
// setting now requires a second product marketer or an admin.

let env: TestEnv;
let team: Team;
let secondPmm: Client;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Acme');
  secondPmm = await newUser(env.app, 'Second Marketer');
  await join(team.admin, secondPmm, team.ws, 'product_marketer');
  make = factories(env, team);
});
afterAll(() => env.close());

const setting = async (on: boolean) => {
  const res = await team.admin.patch(team.ws, { requireSecondApprover: on });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.data.requireSecondApprover).toBe(on);
};

/** A version of each kind in review, written and submitted by the first product marketer. */
const inReview = {
  async positioning() {
    const draft = await make.positioning({}, completePositioning);
    await team.product_marketer.post(`${team.ws}/positioning/${draft.id}/submit`);
    return draft.id as string;
  },
  async messaging() {
    const draft = await make.messaging({}, completeMessaging);
    await team.product_marketer.post(`${team.ws}/messaging/${draft.id}/submit`);
    return draft.id as string;
  },
};
const tables = { positioning: positionings, messaging };

describe('workspace setting: a second approver', () => {
  it('is off by default, shown on the workspace, and only admins change it', async () => {
    const ws = await team.viewer.get(team.ws);
    expect(ws.data.requireSecondApprover).toBe(false);
    for (const role of ['product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as const) {
      const res = await team[role].patch(team.ws, { requireSecondApprover: true });
      expect(res.statusCode, role).toBe(403);
    }
    expect((await team.admin.patch(team.ws, { requireSecondApprover: 'yes' })).statusCode).toBe(400);
    expect((await team.viewer.get(team.ws)).data.requireSecondApprover).toBe(false);
    // The name is kept when only the setting changes, and the change is in the activity log.
    const before = (await team.admin.get(team.ws)).data;
    await setting(true);
    const after = (await team.viewer.get(team.ws)).data;
    expect(after).toMatchObject({
      name: before.name,
      requireSecondApprover: true,
      version: before.version + 1,
    });
    const log = await env.database.db.select().from(activity).where(eq(activity.entityId, team.workspaceId));
    expect(log.some((l) => l.action === 'updated' && l.changes.requireSecondApprover?.after === true)).toBe(
      true,
    );
    await setting(false);
  });

  for (const kind of ['positioning', 'messaging'] as const) {
    it(`${kind}: the author may approve while it is off`, async () => {
      await setting(false);
      const id = await inReview[kind]();
      const seen = await team.product_marketer.get(`${team.ws}/${kind}/${id}`);
      expect(seen.data).toMatchObject({ allowedActions: ['approve', 'send_back'], approveRefusal: null });
      const res = await team.product_marketer.post(`${team.ws}/${kind}/${id}/approve`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.data.approvedBy).toBe(team.product_marketer.user.id);
    });

    it(`${kind}: when on, the author is refused with the reason; another product marketer or an admin approves`, async () => {
      await setting(true);
      try {
        const id = await inReview[kind]();
        const url = `${team.ws}/${kind}/${id}`;
        const mine = await team.product_marketer.get(url);
        expect(mine.data.allowedActions).toEqual(['send_back']);
        expect(mine.data.approveRefusal).toMatch(
          /second person to approve it: another product marketer or an admin/,
        );
        const theirs = await secondPmm.get(url);
        expect(theirs.data).toMatchObject({ allowedActions: ['approve', 'send_back'], approveRefusal: null });
        // Roles that do not review are not told about the setting: approving is not theirs anyway.
        expect((await team.marketer.get(url)).data).toMatchObject({
          allowedActions: [],
          approveRefusal: null,
        });

        const refused = await team.product_marketer.post(`${url}/approve`);
        expect(refused.statusCode).toBe(403);
        expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(refused.data.detail).toMatch(/You wrote or submitted this/);
        expect(refused.data.ownerRoles).toEqual(['admin', 'product_marketer']);
        const [row] = await env.database.db.select().from(tables[kind]).where(eq(tables[kind].id, id));
        expect(row).toMatchObject({ status: 'in_review', approvedBy: null, version: 2 });

        const approved = await secondPmm.post(`${url}/approve`);
        expect(approved.statusCode, approved.body).toBe(200);
        expect(approved.data).toMatchObject({ status: 'approved', approvedBy: secondPmm.user.id });

        // An admin may approve a product marketer's version; an admin's own version needs someone else too.
        const next = await inReview[kind]();
        expect((await team.admin.post(`${team.ws}/${kind}/${next}/approve`)).statusCode).toBe(200);
        const adminsOwn =
          kind === 'positioning'
            ? await make.positioning({}, completePositioning, 'admin')
            : await make.messaging({}, completeMessaging, 'admin');
        const adminUrl = `${team.ws}/${kind}/${adminsOwn.id}`;
        expect((await team.admin.post(`${adminUrl}/submit`)).statusCode).toBe(200);
        expect((await team.admin.post(`${adminUrl}/approve`)).statusCode).toBe(403);
        expect((await team.product_marketer.post(`${adminUrl}/approve`)).statusCode).toBe(200);
      } finally {
        await setting(false);
      }
    });

    it(`${kind}: when on, whoever submitted it may not approve it either`, async () => {
      await setting(true);
      try {
        const draft = kind === 'positioning' ? await make.positioning() : await make.messaging();
        const url = `${team.ws}/${kind}/${draft.id}`;
        expect((await secondPmm.post(`${url}/submit`)).statusCode).toBe(200);
        expect((await secondPmm.post(`${url}/approve`)).statusCode).toBe(403);
        expect((await team.product_marketer.post(`${url}/approve`)).statusCode).toBe(403);
        expect((await team.admin.post(`${url}/approve`)).statusCode).toBe(200);
      } finally {
        await setting(false);
      }
    });
  }
});
