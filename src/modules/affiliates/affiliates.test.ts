import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { generateCode } from './affiliates.ts';
import { affiliates } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
});
afterAll(() => env.close());

const stored = () =>
  env.database.db.select().from(affiliates).where(eq(affiliates.workspaceId, team.workspaceId));
const add = (body: Record<string, unknown> = {}) =>
  team.marketer.post(`${team.ws}/affiliates`, {
    name: 'Datacraft',
    commissionModel: 'percentage',
    commissionValue: 15,
    ...body,
  });

describe('affiliates', () => {
  it('generates a referral code from the name, or normalises a given one, and finds partners by code', async () => {
    expect(generateCode('Zürich Data Ünion')).toMatch(/^ZURICHDATAUNION-[A-Z2-9]{4}$/);
    const generated = await add({ name: 'Ünicorn Partners' });
    expect(generated.statusCode).toBe(201);
    expect(generated.data).toMatchObject({
      status: 'prospect',
      kind: 'affiliate',
      allowedTransitions: ['active', 'ended'],
    });
    expect(generated.data.referralCode).toMatch(/^UNICORNPARTNERS-/);
    const given = await add({
      name: 'Metric Guild',
      referralCode: ' metric-guild ',
      commissionModel: 'fixed',
      commissionValue: 250,
      kind: 'reseller',
    });
    expect(given.data.referralCode).toBe('METRIC-GUILD');
    const found = await team.sales.get(`${team.ws}/affiliates/by-code/Metric-Guild`);
    expect(found.data.id).toBe(given.data.id);
    expect((await team.sales.get(`${team.ws}/affiliates/by-code/NOPE`)).statusCode).toBe(404);
    expect((await other.admin.get(`${other.ws}/affiliates/by-code/METRIC-GUILD`)).statusCode).toBe(404);
  });

  it('keeps referral codes unique per workspace, ignoring case, and writes nothing on a clash', async () => {
    await add({ name: 'First', referralCode: 'SAME-CODE' });
    const count = (await stored()).length;
    const clash = await add({ name: 'Second', referralCode: 'same-code' });
    expect(clash.statusCode).toBe(409);
    expect(clash.data.errors[0].path).toBe('referralCode');
    expect((await stored()).length).toBe(count);
    // Another workspace may use the same code.
    const elsewhere = await other.marketer.post(`${other.ws}/affiliates`, {
      name: 'Theirs',
      referralCode: 'SAME-CODE',
      commissionModel: 'fixed',
      commissionValue: 10,
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('refuses bad commissions, codes and contacts with field paths', async () => {
    const count = (await stored()).length;
    const over = await add({ commissionValue: 120 });
    expect(over.statusCode).toBe(422);
    expect(over.data.errors[0].path).toBe('commissionValue');
    expect((await add({ commissionValue: -1 })).statusCode).toBe(400);
    const code = await add({ referralCode: '-BAD-' });
    expect(code.statusCode).toBe(422);
    expect(code.data.errors[0].path).toBe('referralCode');
    expect((await add({ referralCode: 'has space' })).statusCode).toBe(422);
    expect((await add({ contactEmail: 'not-an-email' })).statusCode).toBe(400);
    expect((await add({ website: 'ftp://example.com' })).statusCode).toBe(400);
    expect((await add({ commissionModel: 'tiered' })).statusCode).toBe(400);
    expect((await stored()).length).toBe(count);
    const fixed = await add({ name: 'Fixed', commissionModel: 'fixed', commissionValue: 500 });
    const toPercent = await team.marketer.patch(`${team.ws}/affiliates/${fixed.data.id}`, {
      commissionModel: 'percentage',
    });
    expect(toPercent.statusCode).toBe(422);
    expect((await team.viewer.get(`${team.ws}/affiliates/${fixed.data.id}`)).data.commissionModel).toBe(
      'fixed',
    );
  });

  it('follows the partner lifecycle and refuses stale versions', async () => {
    const p = await add({ name: 'Lifecycle' });
    const url = `${team.ws}/affiliates/${p.data.id}`;
    expect((await team.marketer.patch(url, { status: 'paused' })).data.detail).toContain(
      'allowed: active, ended',
    );
    expect((await team.marketer.patch(url, { status: 'active' })).data.status).toBe('active');
    expect((await team.marketer.patch(url, { status: 'paused' })).data.status).toBe('paused');
    const stale = await team.marketer.patch(url, { status: 'active', version: 2 });
    expect(stale.statusCode).toBe(409);
    expect((await team.marketer.patch(url, { status: 'ended' })).data.allowedTransitions).toEqual([]);
    expect((await team.marketer.patch(url, { status: 'active' })).data.detail).toContain('ended is final');
  });

  it('lets marketers and admins own partners; everyone reads; other workspaces see nothing', async () => {
    for (const role of ALL_ROLES) {
      const owner = role === 'admin' || role === 'marketer';
      const created = await team[role].post(`${team.ws}/affiliates`, {
        name: `By ${role}`,
        commissionModel: 'fixed',
        commissionValue: 1,
      });
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      if (!owner) expect(created.data.ownerRoles).toEqual(['admin', 'marketer']);
      const p = await add({ name: `Target for ${role}` });
      expect(
        (await team[role].patch(`${team.ws}/affiliates/${p.data.id}`, { notes: role })).statusCode,
        role,
      ).toBe(owner ? 200 : 403);
      expect((await team[role].delete(`${team.ws}/affiliates/${p.data.id}`)).statusCode, role).toBe(
        owner ? 204 : 403,
      );
      expect((await team[role].get(`${team.ws}/affiliates?q=Target`)).statusCode, role).toBe(200);
    }
    const names = (await stored()).map((a) => a.name);
    expect(names).toContain('By marketer');
    expect(names).not.toContain('By product_marketer');
    const mine = await add({ name: 'Private' });
    expect((await other.admin.get(`${other.ws}/affiliates/${mine.data.id}`)).statusCode).toBe(404);
    expect((await other.admin.delete(`${other.ws}/affiliates/${mine.data.id}`)).statusCode).toBe(404);
    const listed = await team.viewer.get(`${team.ws}/affiliates?status=prospect&limit=2`);
    expect(listed.data.items).toHaveLength(2);
    expect(listed.data.nextCursor).toBeTruthy();
  });
});
