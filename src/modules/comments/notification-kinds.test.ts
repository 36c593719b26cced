import { and, eq } from 'drizzle-orm';
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
import { factories } from '../../../test/factories.ts';
import { notifications } from './schema.ts';

/*
 * Who hears of what: each kind of notification reaches the people the ownership matrix names for the event,
 * never the one who acted, the item's author, a non-member or someone removed from the workspace.
 */

let env: TestEnv;
let team: Team;
let make: ReturnType<typeof factories>;
/** A second product marketer (a reviewer who is not the author). */
let pmm2: Client;
/** A product marketer who left before anything happened. */
let gone: Client;
/** Someone of another workspace. */
let outsider: Client;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Acme');
  make = factories(env, team);
  pmm2 = await newUser(env.app, 'Second Marketer');
  gone = await newUser(env.app, 'Gone Marketer');
  outsider = (await newTeam(env.app, 'Other')).product_marketer;
  await join(team.admin, pmm2, team.ws, 'product_marketer');
  await join(team.admin, gone, team.ws, 'product_marketer');
  expect((await team.admin.delete(`${team.ws}/members/${gone.user.id}`)).statusCode).toBe(204);
});
afterAll(() => env.close());

type N = {
  id: string;
  kind: string;
  entityType: string;
  entityId: string;
  parentId: string | null;
  outcome: string | null;
  title: string | null;
  deleted: boolean;
  summary: string;
  read: boolean;
};
const inbox = async (c: Client) => (await c.get('/api/v1/me/notifications?limit=200')).data.items as N[];
const about = async (c: Client, entityId: string) => (await inbox(c)).filter((n) => n.entityId === entityId);
/** Everyone who got a row about the entity, read from the table (the API would hide a removed member's). */
const recipients = async (entityId: string, kind: string) => {
  const rows = await env.database.db
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(eq(notifications.entityId, entityId), eq(notifications.kind, kind as never)));
  return rows.map((r) => r.userId).sort();
};
const ids = (...cs: Client[]) => cs.map((c) => c.user.id).sort();

describe('review_requested', () => {
  it('positioning submitted for review reaches its reviewers (other product marketers, admins), never its author', async () => {
    const draft = await make.positioning();
    // The author (team.product_marketer) drafts; an admin submits it: the author still hears nothing.
    const submitted = await team.admin.post(`${team.ws}/positioning/${draft.id}/submit`, {});
    expect(submitted.statusCode).toBe(200);
    expect(await recipients(draft.id, 'review_requested')).toEqual(ids(pmm2));
    const [mine] = await about(pmm2, draft.id);
    expect(mine).toMatchObject({
      kind: 'review_requested',
      entityType: 'positioning',
      parentId: draft.productId,
      deleted: false,
    });
    expect(mine!.summary).toMatch(/^Ada Admin asks for your review of the positioning “.+, revision 1”$/);
  });

  it('messaging submitted by its author reaches the admin and the other product marketer', async () => {
    const draft = await make.messaging();
    expect((await team.product_marketer.post(`${team.ws}/messaging/${draft.id}/submit`, {})).statusCode).toBe(
      200,
    );
    expect(await recipients(draft.id, 'review_requested')).toEqual(ids(team.admin, pmm2));
    for (const c of [
      team.product_marketer,
      team.product_manager,
      team.marketer,
      team.sales,
      team.viewer,
      outsider,
      gone,
    ])
      expect(await about(c, draft.id)).toEqual([]);
  });

  it('a program proposed (and proposed again after a send-back) asks product marketing; its proposer hears the decision', async () => {
    const program = await make.program();
    expect(await recipients(program.id, 'review_requested')).toEqual(
      ids(team.admin, team.product_marketer, pmm2),
    );

    const back = await team.product_marketer.post(`${team.ws}/programs/${program.id}/send-back`, {
      comment: 'Say who it is for',
    });
    expect(back.statusCode).toBe(200);
    const [decision] = (await about(team.marketer, program.id)).filter((n) => n.kind === 'handoff');
    expect(decision).toMatchObject({ outcome: 'sent_back', title: program.name });
    expect(decision!.summary).toBe(`product marketer person sent back the program “${program.name}”`);
    expect(await recipients(program.id, 'handoff')).toEqual(ids(team.marketer));

    expect((await team.marketer.post(`${team.ws}/programs/${program.id}/propose`, {})).statusCode).toBe(200);
    expect((await about(pmm2, program.id)).filter((n) => n.kind === 'review_requested')).toHaveLength(2);
    expect((await about(team.marketer, program.id)).filter((n) => n.kind === 'review_requested')).toEqual([]);

    expect((await pmm2.post(`${team.ws}/programs/${program.id}/accept`, {})).statusCode).toBe(200);
    // A proposer who has left hears nothing of the decision.
    const leaver = await newUser(env.app, 'Leaving Marketer');
    await join(team.admin, leaver, team.ws, 'marketer');
    const theirs = await make.program({ ownerId: leaver.user.id });
    expect((await team.admin.delete(`${team.ws}/members/${leaver.user.id}`)).statusCode).toBe(204);
    expect(
      (await pmm2.post(`${team.ws}/programs/${theirs.id}/send-back`, { comment: 'Who?' })).statusCode,
    ).toBe(200);
    expect(await recipients(theirs.id, 'handoff')).toEqual([]);
    const outcomes = (await about(team.marketer, program.id)).map((n) => n.outcome);
    expect(outcomes).toEqual(['accepted', 'sent_back']);
  });
});

describe('handoff', () => {
  it('a requirement filed by product marketing reaches marketing only, with its current title', async () => {
    const requirement = await make.requirement({ title: 'CIOs must see the architecture' });
    expect(await recipients(requirement.id, 'handoff')).toEqual(ids(team.marketer));
    const renamed = await team.product_marketer.patch(`${team.ws}/requirements/${requirement.id}`, {
      title: 'CIOs must trust the architecture',
    });
    expect(renamed.statusCode).toBe(200);
    const handoffs = (await team.marketer.get('/api/v1/me/notifications?kind=handoff')).data.items as N[];
    expect(handoffs.length).toBeGreaterThan(0);
    expect(handoffs.every((h) => h.kind === 'handoff')).toBe(true);
    expect((await team.marketer.get('/api/v1/me/notifications?kind=praise')).statusCode).toBe(400);
    const [n] = await about(team.marketer, requirement.id);
    expect(n!.summary).toBe(
      'product marketer person handed the requirement “CIOs must trust the architecture” to your team',
    );
  });
});

describe('handoff of a release', () => {
  it('a release the PM plans reaches product marketing, and still lists once deleted', async () => {
    const release = await make.release({ name: 'Spring 2027' });
    expect(await recipients(release.id, 'handoff')).toEqual(ids(team.product_marketer, pmm2));
    expect((await team.product_manager.delete(`${team.ws}/releases/${release.id}`)).statusCode).toBe(204);
    const [n] = await about(pmm2, release.id);
    expect(n).toMatchObject({ deleted: true, title: null });
    expect(n!.summary).toBe('product manager person handed a release since deleted to your team');
  });
});

describe('task_assigned', () => {
  it('tells the assignee of a launch task, on creation and on reassignment, and lists it once deleted', async () => {
    const launch = await make.launch();
    const tasks = `${team.ws}/launches/${launch.id}/tasks`;
    const created = await team.product_marketer.post(tasks, {
      title: 'Brief the sales team',
      ownerRole: 'sales',
      assigneeId: team.sales.user.id,
    });
    expect(created.statusCode).toBe(201);
    const task = created.data as { id: string; version: number };
    expect(await recipients(task.id, 'task_assigned')).toEqual(ids(team.sales));
    const [n] = await about(team.sales, task.id);
    expect(n).toMatchObject({
      entityType: 'launch_task',
      parentId: launch.id,
      title: 'Brief the sales team',
    });

    // A change that keeps the assignee says nothing new; a new assignee hears of it.
    const retitled = await team.product_marketer.patch(`${tasks}/${task.id}`, { title: 'Brief sales' });
    expect(await recipients(task.id, 'task_assigned')).toEqual(ids(team.sales));
    const moved = await team.product_marketer.patch(`${tasks}/${task.id}`, {
      assigneeId: pmm2.user.id,
      version: retitled.data.version,
    });
    expect(moved.statusCode).toBe(200);
    expect(await recipients(task.id, 'task_assigned')).toEqual(ids(team.sales, pmm2));
    // Nobody is told of a task they gave themselves, and a non-member cannot be given one.
    const own = await team.product_marketer.post(tasks, {
      title: 'Mine',
      ownerRole: 'product_marketer',
      assigneeId: team.product_marketer.user.id,
    });
    expect(await recipients(own.data.id, 'task_assigned')).toEqual([]);
    const foreign = await team.product_marketer.post(tasks, {
      title: 'Theirs',
      ownerRole: 'sales',
      assigneeId: outsider.user.id,
    });
    expect(foreign.statusCode).toBe(422);
    expect(await inbox(outsider)).toEqual([]);

    expect((await team.product_marketer.delete(`${tasks}/${task.id}`)).statusCode).toBe(204);
    const [after] = await about(pmm2, task.id);
    expect(after).toMatchObject({ deleted: true, title: null, parentId: launch.id });
    expect(after!.summary).toBe('product marketer person assigned you a launch task since deleted');
  });
});

describe('task_assigned for owners', () => {
  it('tells the member made owner of a feature, a launch or a program, not one who takes it themselves', async () => {
    const product = await make.product();
    const feature = await make.feature({ productId: product.id, ownerId: team.sales.user.id });
    expect(await recipients(feature.id, 'task_assigned')).toEqual(ids(team.sales));
    const mine = await team.product_manager.patch(`${team.ws}/features/${feature.id}`, {
      ownerId: team.product_manager.user.id,
      version: feature.version,
    });
    expect(mine.statusCode).toBe(200);
    expect(await recipients(feature.id, 'task_assigned')).toEqual(ids(team.sales));
    const [n] = await about(team.sales, feature.id);
    expect(n!.summary).toBe(`product manager person assigned you the feature “${feature.title}”`);

    const launch = await make.launch({ ownerId: pmm2.user.id });
    expect(await recipients(launch.id, 'task_assigned')).toEqual(ids(pmm2));
    const program = await make.program({ ownerId: team.admin.user.id });
    expect(await recipients(program.id, 'task_assigned')).toEqual(ids(team.admin));
  });
});

describe('unread count and marking read', () => {
  it('counts my unread ones (per workspace), marks one of mine, and answers 404 for anyone else’s', async () => {
    const count = async (c: Client, q = '') =>
      (await c.get(`/api/v1/me/notifications/unread-count${q}`)).data.unread as number;
    const mine = (await inbox(pmm2)).filter((n) => !n.read);
    expect(await count(pmm2)).toBe(mine.length);
    expect(await count(pmm2, `?workspaceId=${team.workspaceId}`)).toBe(mine.length);
    expect(await count(outsider, `?workspaceId=${team.workspaceId}`)).toBe(0);

    const theirs = (await inbox(team.marketer))[0]!;
    expect((await pmm2.post(`/api/v1/me/notifications/${theirs.id}/read`, {})).statusCode).toBe(404);
    const both = await pmm2.post('/api/v1/me/notifications/read', { ids: [mine[0]!.id, theirs.id] });
    expect(both.statusCode).toBe(404);
    expect(await count(pmm2)).toBe(mine.length);
    expect((await inbox(team.marketer)).find((n) => n.id === theirs.id)!.read).toBe(false);

    const one = await pmm2.post(`/api/v1/me/notifications/${mine[0]!.id}/read`, {});
    expect(one.statusCode).toBe(200);
    expect(one.data.updated).toBe(1);
    expect(await count(pmm2)).toBe(mine.length - 1);
    // Marking it again is harmless.
    expect((await pmm2.post(`/api/v1/me/notifications/${mine[0]!.id}/read`, {})).data.updated).toBe(0);
    expect((await pmm2.post(`/api/v1/me/notifications/read`, { all: true })).data.updated).toBe(
      mine.length - 1,
    );
    expect(await count(pmm2)).toBe(0);

    // Once removed from the workspace, its notifications no longer count.
    expect(await count(team.marketer)).toBeGreaterThan(0);
    expect((await team.admin.delete(`${team.ws}/members/${team.marketer.user.id}`)).statusCode).toBe(204);
    expect(await count(team.marketer)).toBe(0);
  });
});
