import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { feedback } from './schema.ts';
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

const bulk = (body: unknown, client = team.product_manager) => client.post(`${team.ws}/feedback/bulk`, body);
const rows = (ids: string[]) => env.database.db.select().from(feedback).where(inArray(feedback.id, ids));
const many = async (n: number, body: Record<string, unknown> = {}) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await make.feedback(body)).id);
  return ids;
};

describe('feedback bulk actions', () => {
  it('triages, archives and reopens many items, one activity row each', async () => {
    const ids = await many(3);
    const res = await bulk({ ids, action: 'triage' });
    expect(res.statusCode).toBe(200);
    expect(res.data.updated).toBe(3);
    expect(res.data.items.map((i: { status: string }) => i.status)).toEqual([
      'triaged',
      'triaged',
      'triaged',
    ]);
    expect((await rows(ids)).every((r) => r.triagedAt !== null && r.version === 2)).toBe(true);
    const logs = await env.database.db.select().from(activity).where(inArray(activity.entityId, ids));
    expect(logs.filter((l) => l.action === 'updated')).toHaveLength(3);
    expect((await bulk({ ids, action: 'reopen' })).data.updated).toBe(3);
    expect((await bulk({ ids, action: 'archive' })).data.items[0].status).toBe('archived');
  });

  it('is all or nothing: unknown, foreign ids and forbidden moves are listed by index', async () => {
    const ids = await many(2);
    // ids[0] could be reopened on its own; ids[1] cannot (archived → new is not allowed).
    await team.product_manager.patch(`${team.ws}/feedback/${ids[0]}`, { status: 'triaged' });
    await team.product_manager.patch(`${team.ws}/feedback/${ids[1]}`, { status: 'archived' });
    const foreign = (await factories(env, other).feedback()).id;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await bulk({ ids: [ids[0], ids[1], foreign, unknown], action: 'reopen' });
    expect(res.statusCode).toBe(422);
    expect(res.data.errors).toEqual([
      { path: 'ids.1', message: 'A feedback item cannot move from archived to new; allowed: triaged' },
      { path: 'ids.2', message: `No feedback ${foreign} in this workspace` },
      { path: 'ids.3', message: `No feedback ${unknown} in this workspace` },
    ]);
    const stored = await rows(ids);
    expect(stored.find((r) => r.id === ids[0])).toMatchObject({ status: 'triaged', version: 2 });
    expect(stored.find((r) => r.id === ids[1])).toMatchObject({ status: 'archived', version: 2 });
    const [theirs] = await rows([foreign]);
    expect(theirs!.status).toBe('new');
  });

  it('tags and untags, keeping order and skipping items it would not change', async () => {
    const [a, b] = await many(2, { tags: ['ux'] });
    await team.product_manager.patch(`${team.ws}/feedback/${b}`, { tags: ['ux', 'billing'] });
    const tagged = await bulk({ ids: [a, b], action: 'tag', tags: ['Billing', 'mobile'] });
    expect(tagged.data.updated).toBe(2);
    expect(tagged.data.items.map((i: { tags: string[] }) => i.tags)).toEqual([
      ['ux', 'billing', 'mobile'],
      ['ux', 'billing', 'mobile'],
    ]);
    const untagged = await bulk({ ids: [a, b], action: 'untag', tags: ['ux'] });
    expect(untagged.data.items.map((i: { tags: string[] }) => i.tags)).toEqual([
      ['billing', 'mobile'],
      ['billing', 'mobile'],
    ]);
    expect((await bulk({ ids: [a], action: 'untag', tags: ['nothing'] })).data.updated).toBe(0);
    const tooMany = await bulk({
      ids: [a],
      action: 'tag',
      tags: Array.from({ length: 29 }, (_, i) => `t${i}`),
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.data.errors[0].path).toBe('ids.0');
    expect((await bulk({ ids: [a], action: 'tag' })).statusCode).toBe(422);
  });

  it('sets the product, refusing another workspace’s product', async () => {
    const ids = await many(2);
    const productId = (await make.product()).id;
    const res = await bulk({ ids, action: 'set_product', productId });
    expect(res.data.items.map((i: { productId: string }) => i.productId)).toEqual([productId, productId]);
    const foreignProduct = (await factories(env, other).product()).id;
    const cross = await bulk({ ids, action: 'set_product', productId: foreignProduct });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('productId');
    expect((await rows(ids)).every((r) => r.productId === productId)).toBe(true);
    expect((await bulk({ ids, action: 'set_product', productId: null })).data.updated).toBe(2);
  });

  it('sets and clears the persona, refusing another workspace’s persona and writing nothing', async () => {
    const ids = await many(2);
    const persona = async (t: Team, name: string) =>
      (await t.product_marketer.post(`${t.ws}/personas`, { name, title: 'Head of Finance' })).data
        .id as string;
    const personaId = await persona(team, 'Budget owner');
    const res = await bulk({ ids, action: 'set_persona', personaId });
    expect(res.statusCode).toBe(200);
    expect(res.data.items.map((i: { personaId: string }) => i.personaId)).toEqual([personaId, personaId]);
    expect((await bulk({ ids, action: 'set_persona', personaId })).data.updated).toBe(0); // nothing to change
    const cross = await bulk({ ids, action: 'set_persona', personaId: await persona(other, 'Elsewhere') });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('personaId');
    const missing = await bulk({ ids, action: 'set_persona' });
    expect(missing.statusCode).toBe(422);
    expect(missing.data.errors[0].path).toBe('personaId');
    expect((await rows(ids)).every((r) => r.personaId === personaId && r.version === 2)).toBe(true);
    expect((await bulk({ ids, action: 'set_persona', personaId: null })).data.updated).toBe(2);
    expect((await rows(ids)).every((r) => r.personaId === null)).toBe(true);
  });

  it('validates the request and applies the ownership matrix', async () => {
    const [id] = await many(1);
    for (const body of [
      { ids: [], action: 'triage' },
      { ids: Array.from({ length: 501 }, () => id), action: 'triage' },
      { ids: [id], action: 'explode' },
      { ids: ['nope'], action: 'triage' },
      { ids: [id], action: 'triage', extra: 1 },
    ])
      expect((await bulk(body)).statusCode).toBe(400);
    for (const role of ALL_ROLES) {
      const res = await bulk({ ids: [id], action: 'archive' }, team[role]);
      expect(res.statusCode, role).toBe(['admin', 'product_manager'].includes(role) ? 200 : 403);
    }
    const [row] = await env.database.db.select().from(feedback).where(eq(feedback.id, id!));
    expect(row!.status).toBe('archived');
  });
});
