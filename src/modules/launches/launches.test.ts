import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { addDays, today } from './dates.ts';
import { launches, launchTasks } from './schema.ts';
import { DEFAULT_TEMPLATES } from './templates.ts';

let env: TestEnv;
let team: Team;
let other: Team;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
});
afterAll(() => env.close());

const tasksOf = (launchId: string) =>
  env.database.db
    .select()
    .from(launchTasks)
    .where(and(eq(launchTasks.workspaceId, team.workspaceId), eq(launchTasks.launchId, launchId)));
const launchRows = (workspaceId = team.workspaceId) =>
  env.database.db.select().from(launches).where(eq(launches.workspaceId, workspaceId));
let n = 0;
const release = async (t: Team = team) => {
  const product = await t.product_manager.post(`${t.ws}/products`, { name: `Product ${++n}` });
  const res = await t.product_manager.post(`${t.ws}/releases`, { name: `R${n}`, productId: product.data.id });
  return { releaseId: res.data.id as string, productId: product.data.id as string };
};
const launch = async (body: Record<string, unknown> = {}) => {
  const res = await team.product_marketer.post(`${team.ws}/launches`, {
    name: `Launch ${++n}`,
    tier: 3,
    launchDate: addDays(today(), 30),
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.data;
};

describe('launches', () => {
  it("generates the tier's tasks due relative to the launch date, with readiness", async () => {
    const { releaseId, productId } = await release();
    const date = '2027-05-12';
    const res = await team.product_marketer.post(`${team.ws}/launches`, {
      name: 'Spring launch',
      releaseId,
      tier: 2,
      launchDate: date,
      goals: ['200 trials'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      releaseId,
      productId,
      tier: 2,
      status: 'planned',
      goals: ['200 trials'],
    });
    const tasks = await team.viewer.get(`${team.ws}/launches/${res.data.id}/tasks`);
    expect(tasks.data.items).toHaveLength(DEFAULT_TEMPLATES[2].length);
    tasks.data.items.forEach(
      (t: { title: string; dueDate: string; ownerRole: string; position: number }, i: number) => {
        const template = DEFAULT_TEMPLATES[2][i]!;
        expect(t).toMatchObject({ title: template.title, ownerRole: template.ownerRole, position: i + 1 });
        expect(t.dueDate).toBe(addDays(date, template.offsetDays));
      },
    );
    expect(res.data.readiness).toMatchObject({ done: 0, total: 12, percent: 0, overdue: [] });
    expect(res.data.readiness.byRole.product_marketer.total).toBe(
      DEFAULT_TEMPLATES[2].filter((t) => t.ownerRole === 'product_marketer').length,
    );
  });

  it('moves open tasks with the launch date and keeps done ones; readiness and overdue follow', async () => {
    const created = await launch({ launchDate: addDays(today(), 5) });
    const [first, second, third] = (await team.viewer.get(`${team.ws}/launches/${created.id}/tasks`)).data
      .items;
    // tier 3: offsets -10, -5, -3, 0, 2 → the first two are already past due.
    const before = await team.viewer.get(`${team.ws}/launches/${created.id}`);
    expect(before.data.readiness.overdue.map((t: { id: string }) => t.id)).toEqual([first.id]);
    const lateBefore = await team.viewer.get(`${team.ws}/launches?overdue=true&limit=200`);
    expect(lateBefore.data.items.map((l: { id: string }) => l.id)).toContain(created.id);
    const onTime = await team.viewer.get(`${team.ws}/launches?overdue=false&limit=200`);
    expect(onTime.data.items.map((l: { id: string }) => l.id)).not.toContain(created.id);
    await team.product_marketer.patch(`${team.ws}/launches/${created.id}/tasks/${first.id}`, {
      status: 'done',
    });
    await team.product_marketer.patch(`${team.ws}/launches/${created.id}/tasks/${third.id}`, {
      status: 'skipped',
    });
    const moved = await team.product_marketer.patch(`${team.ws}/launches/${created.id}`, {
      launchDate: addDays(today(), 40),
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.data.readiness).toMatchObject({ done: 1, total: 4, percent: 25, overdue: [] });
    const rows = await tasksOf(created.id);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(first.id)!.dueDate).toBe(addDays(today(), -5)); // done: kept
    expect(byId.get(second.id)!.dueDate).toBe(addDays(today(), 35)); // open: moved, offset kept
    expect(byId.get(third.id)!.dueDate).toBe(addDays(today(), 2)); // skipped: kept
    expect(byId.get(first.id)!.completedAt).not.toBeNull();
    const late = await team.viewer.get(`${team.ws}/launches?overdue=true&limit=200`);
    expect(late.data.items.some((l: { id: string }) => l.id === created.id)).toBe(false);
  });

  it('launches a release once (409 naming releaseId) and refuses other workspaces’ ids', async () => {
    const { releaseId } = await release();
    await launch({ releaseId });
    const count = (await launchRows()).length;
    const again = await team.product_marketer.post(`${team.ws}/launches`, {
      name: 'Again',
      releaseId,
      tier: 1,
      launchDate: '2027-01-01',
    });
    expect(again.statusCode).toBe(409);
    expect(again.data.errors[0].path).toBe('releaseId');
    const theirs = await release(other);
    const cross = await team.product_marketer.post(`${team.ws}/launches`, {
      name: 'Cross',
      releaseId: theirs.releaseId,
      tier: 1,
      launchDate: '2027-01-01',
    });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('releaseId');
    const stranger = await team.product_marketer.post(`${team.ws}/launches`, {
      name: 'Owner',
      ownerId: other.admin.user.id,
      tier: 1,
      launchDate: '2027-01-01',
    });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.data.errors[0].path).toBe('ownerId');
    for (const body of [
      { name: 'x', tier: 4, launchDate: '2027-01-01' },
      { name: 'x', tier: 1, launchDate: '2027-13-01' },
      { name: '', tier: 1, launchDate: '2027-01-01' },
      { name: 'x', tier: 1 },
    ]) {
      const bad = await team.product_marketer.post(`${team.ws}/launches`, body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await launchRows()).length).toBe(count);
    const mine = await launch();
    expect((await other.admin.get(`${other.ws}/launches/${mine.id}`)).statusCode).toBe(404);
    expect((await other.admin.get(`${other.ws}/launches/${mine.id}/tasks`)).statusCode).toBe(404);
  });

  it('keeps the release and product it launches, saying why (409 naming launches)', async () => {
    const { releaseId, productId } = await release();
    const l = await launch({ releaseId });
    for (const url of [`${team.ws}/releases/${releaseId}`, `${team.ws}/products/${productId}`]) {
      const res = await team.product_manager.delete(url);
      expect(res.statusCode, url).toBe(409);
      expect(res.data.detail, url).toMatch(
        /^This (release|product) has .*1 launch owned by product marketing;/,
      );
    }
    expect((await team.product_manager.get(`${team.ws}/releases/${releaseId}`)).statusCode).toBe(200);
    expect((await team.product_marketer.get(`${team.ws}/launches/${l.id}`)).data.releaseId).toBe(releaseId);
  });

  it('follows the workflow and answers 409 on a stale version', async () => {
    const l = await launch();
    const skip = await team.product_marketer.patch(`${team.ws}/launches/${l.id}`, { status: 'launched' });
    expect(skip.statusCode).toBe(422);
    expect(skip.data.detail).toContain('allowed: in_progress, cancelled');
    await team.product_marketer.patch(`${team.ws}/launches/${l.id}`, { status: 'in_progress' });
    const stale = await team.product_marketer.patch(`${team.ws}/launches/${l.id}`, {
      name: 'Stale',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect((await team.viewer.get(`${team.ws}/launches/${l.id}`)).data).toMatchObject({
      status: 'in_progress',
      name: l.name,
    });
    const log = await env.database.db
      .select()
      .from(activity)
      .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, l.id)))
      .orderBy(activity.id);
    expect(log.map((a) => a.action)).toEqual(['created', 'status_changed']);
  });

  it('lets product marketers and admins own launches; a task’s role may tick off its own tasks only', async () => {
    for (const role of ALL_ROLES) {
      const owner = role === 'admin' || role === 'product_marketer';
      const created = await team[role].post(`${team.ws}/launches`, {
        name: `By ${role}`,
        tier: 3,
        launchDate: '2027-02-01',
      });
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      if (!owner) expect(created.data.ownerRoles).toEqual(['admin', 'product_marketer']);
      const l = await launch();
      expect(
        (await team[role].patch(`${team.ws}/launches/${l.id}`, { name: `Renamed by ${role}` })).statusCode,
        role,
      ).toBe(owner ? 200 : 403);
      const tasks = (await team[role].get(`${team.ws}/launches/${l.id}/tasks`)).data.items as {
        id: string;
        ownerRole: string;
      }[];
      for (const task of tasks) {
        const own = task.ownerRole === role;
        const tick = await team[role].patch(`${team.ws}/launches/${l.id}/tasks/${task.id}`, {
          status: 'done',
          assigneeId: team[role].user.id,
        });
        expect(tick.statusCode, `${role} ticks ${task.ownerRole}`).toBe(owner || own ? 200 : 403);
        const retitle = await team[role].patch(`${team.ws}/launches/${l.id}/tasks/${task.id}`, {
          title: 'Mine now',
        });
        expect(retitle.statusCode, `${role} retitles ${task.ownerRole}`).toBe(owner ? 200 : 403);
      }
      expect(
        (await team[role].post(`${team.ws}/launches/${l.id}/tasks`, { title: 'Extra', ownerRole: 'sales' }))
          .statusCode,
        role,
      ).toBe(owner ? 201 : 403);
      expect((await team[role].delete(`${team.ws}/launches/${l.id}`)).statusCode, role).toBe(
        owner ? 204 : 403,
      );
    }
    const names = (await launchRows()).map((l) => l.name);
    expect(names).toContain('By product_marketer');
    expect(names).not.toContain('By sales');
    expect(names.some((x) => x === 'Renamed by marketer')).toBe(false);
  });

  it('adds custom tasks by offset or date, and refuses dates that disagree', async () => {
    const l = await launch({ launchDate: '2027-03-10' });
    const byDate = await team.product_marketer.post(`${team.ws}/launches/${l.id}/tasks`, {
      title: 'Partner email',
      ownerRole: 'marketer',
      dueDate: '2027-03-01',
    });
    expect(byDate.data).toMatchObject({ offsetDays: -9, dueDate: '2027-03-01', position: 6 });
    const byOffset = await team.product_marketer.post(`${team.ws}/launches/${l.id}/tasks`, {
      title: 'Recap',
      ownerRole: 'product_marketer',
      offsetDays: 14,
    });
    expect(byOffset.data.dueDate).toBe('2027-03-24');
    const count = (await tasksOf(l.id)).length;
    const clash = await team.product_marketer.post(`${team.ws}/launches/${l.id}/tasks`, {
      title: 'X',
      ownerRole: 'sales',
      offsetDays: 1,
      dueDate: '2027-03-20',
    });
    expect(clash.statusCode).toBe(422);
    expect((await tasksOf(l.id)).length).toBe(count);
    expect(
      (await team.product_marketer.delete(`${team.ws}/launches/${l.id}/tasks/${byDate.data.id}`)).statusCode,
    ).toBe(204);
    expect((await tasksOf(l.id)).length).toBe(count - 1);
  });
});

describe('launch templates', () => {
  it('lists defaults, saves a workspace template used by new launches, and resets it', async () => {
    const list = await team.viewer.get(`${team.ws}/launch-templates`);
    expect(list.data.items.map((t: { tier: number; isDefault: boolean }) => [t.tier, t.isDefault])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    const tasks = Array.from({ length: 40 }, (_, i) => ({
      title: `Step ${i + 1}`,
      ownerRole: 'marketer',
      offsetDays: i - 30,
    }));
    const saved = await team.product_marketer.put(`${team.ws}/launch-templates/1`, { tasks });
    expect(saved.statusCode).toBe(200);
    expect(saved.data).toMatchObject({ tier: 1, isDefault: false });
    const l = await launch({ tier: 1, launchDate: '2027-06-01' });
    const made = await tasksOf(l.id);
    expect(made).toHaveLength(40);
    expect(made.find((t) => t.title === 'Step 1')!.dueDate).toBe('2027-05-02');
    expect((await team.marketer.put(`${team.ws}/launch-templates/1`, { tasks })).statusCode).toBe(403);
    expect((await team.product_marketer.put(`${team.ws}/launch-templates/1`, { tasks: [] })).statusCode).toBe(
      400,
    );
    expect((await team.product_marketer.put(`${team.ws}/launch-templates/4`, { tasks })).statusCode).toBe(
      400,
    );
    expect(
      (
        await team.product_marketer.put(`${team.ws}/launch-templates/2`, {
          tasks: [{ title: 'x', ownerRole: 'viewer', offsetDays: 0 }],
        })
      ).statusCode,
    ).toBe(400);
    const reset = await team.product_marketer.delete(`${team.ws}/launch-templates/1`);
    expect(reset.data).toMatchObject({ isDefault: true });
    expect(reset.data.tasks).toHaveLength(DEFAULT_TEMPLATES[1].length);
    expect((await tasksOf(l.id)).length).toBe(40);
    const otherList = await other.viewer.get(`${other.ws}/launch-templates`);
    expect(otherList.data.items.every((t: { isDefault: boolean }) => t.isDefault)).toBe(true);
  });
});
