import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { comments } from '../comments/schema.ts';
import { featureFeedback, features } from '../features/schema.ts';
import { feedback } from './schema.ts';
import { factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
let theirs: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
  theirs = factories(env, other);
});
afterAll(() => env.close());

const OWNERS = ['admin', 'product_manager'];

describe('feedback', () => {
  it('records feedback with normalised tags, reads it back with its customer and features', async () => {
    const productId = (await make.product()).id;
    const customer = await make.customer({ segment: 'enterprise', annualRevenue: 5000 });
    const contactId = (await make.contact({ customerId: customer.id })).id;
    const res = await team.sales.post(`${team.ws}/feedback`, {
      title: 'Exports',
      text: 'CSV export times out on big workspaces',
      source: 'sales_call',
      sentiment: 'negative',
      tags: [' Export ', 'export', 'PERFORMANCE'],
      productId,
      contactId,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.data).toMatchObject({
      status: 'new',
      allowedTransitions: ['triaged', 'archived'],
      tags: ['export', 'performance'],
      customerId: customer.id,
      contactId,
      createdBy: team.sales.user.id,
      triagedAt: null,
    });
    const featureId = (await make.feature({ productId, title: 'Faster exports' })).id;
    await make.link(featureId, res.data.id, 'critical');
    const got = await team.viewer.get(`${team.ws}/feedback/${res.data.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.data.customer).toEqual({
      id: customer.id,
      name: expect.any(String),
      segment: 'enterprise',
      annualRevenue: 5000,
    });
    expect(got.data.features).toEqual([
      { id: featureId, title: 'Faster exports', status: 'idea', importance: 'critical' },
    ]);
    const log = await make.stored.activityOf(res.data.id);
    expect(log.map((l) => l.action)).toEqual(['created']);
  });

  it('lets everyone but viewers record feedback, and only PM/admin change or delete it', async () => {
    for (const role of ALL_ROLES) {
      const res = await team[role].post(`${team.ws}/feedback`, { text: `From ${role}`, source: 'other' });
      expect(res.statusCode, role).toBe(role === 'viewer' ? 403 : 201);
      if (role === 'viewer') expect(res.data.ownerRoles).toEqual(OWNERS);
    }
    for (const role of ALL_ROLES) {
      const f = await make.feedback();
      const upd = await team[role].patch(`${team.ws}/feedback/${f.id}`, { status: 'triaged' });
      expect(upd.statusCode, role).toBe(OWNERS.includes(role) ? 200 : 403);
      const del = await team[role].delete(`${team.ws}/feedback/${f.id}`);
      expect(del.statusCode, role).toBe(OWNERS.includes(role) ? 204 : 403);
    }
  });

  it('validates input and writes nothing on failure', async () => {
    const before = await make.stored.count(feedback);
    const c1 = await make.customer();
    const c2 = await make.customer();
    const contactOfC2 = (await make.contact({ customerId: c2.id })).id;
    const bad400 = [
      {},
      { text: '' },
      { text: '   ' },
      { text: 'x', source: 'pigeon' },
      { text: 'x', sentiment: 'angry' },
      { text: 'x', tags: ['a'.repeat(51)] },
      { text: 'x', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) },
      { text: 'x', status: 'triaged' },
      { text: 'x', customerId: 'nope' },
      { text: 'x'.repeat(20_001) },
    ];
    for (const body of bad400)
      expect(
        (await team.sales.post(`${team.ws}/feedback`, body)).statusCode,
        JSON.stringify(body).slice(0, 80),
      ).toBe(400);
    const mismatch = await team.sales.post(`${team.ws}/feedback`, {
      text: 'x',
      customerId: c1.id,
      contactId: contactOfC2,
    });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.data.errors).toEqual([
      { path: 'contactId', message: expect.stringContaining('another customer') },
    ]);
    const otherProduct = (await theirs.product()).id;
    const otherCustomer = await theirs.customer();
    const otherContact = (await theirs.contact({ customerId: otherCustomer.id })).id;
    const cross = await team.sales.post(`${team.ws}/feedback`, {
      text: 'x',
      productId: otherProduct,
      customerId: otherCustomer.id,
      contactId: otherContact,
    });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors.map((e: { path: string }) => e.path)).toEqual([
      'productId',
      'customerId',
      'contactId',
    ]);
    expect(await make.stored.count(feedback)).toBe(before);
  });

  it('follows the workflow, naming the allowed moves, and stamps triage time', async () => {
    const f = await make.feedback();
    const url = `${team.ws}/feedback/${f.id}`;
    const triaged = await team.product_manager.patch(url, { status: 'triaged' });
    expect(triaged.data).toMatchObject({ status: 'triaged', allowedTransitions: ['archived', 'new'] });
    expect(triaged.data.triagedAt).not.toBeNull();
    expect((await team.product_manager.patch(url, { status: 'archived' })).data.status).toBe('archived');
    const refused = await team.product_manager.patch(url, { status: 'new' });
    expect(refused.statusCode).toBe(422);
    expect(refused.data.detail).toBe('A feedback item cannot move from archived to new; allowed: triaged');
    expect((await team.viewer.get(url)).data.status).toBe('archived');
    expect((await team.product_manager.patch(url, { status: 'triaged' })).statusCode).toBe(200);
  });

  it('edits fields, takes a contact’s customer, and refuses a customer that does not own the contact', async () => {
    const c1 = await make.customer();
    const c2 = await make.customer();
    const p2 = (await make.contact({ customerId: c2.id })).id;
    const f = await make.feedback({ customerId: c1.id });
    const url = `${team.ws}/feedback/${f.id}`;
    const moved = await team.product_manager.patch(url, {
      contactId: p2,
      tags: ['B', 'a', 'b'],
      title: 'New',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.data).toMatchObject({
      customerId: c2.id,
      contactId: p2,
      tags: ['b', 'a'],
      title: 'New',
      version: 2,
    });
    const refused = await team.product_manager.patch(url, { customerId: c1.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.data.errors[0].path).toBe('contactId');
    const cleared = await team.product_manager.patch(url, { customerId: null, contactId: null });
    expect(cleared.data).toMatchObject({ customerId: null, contactId: null, customer: null });
    const otherProduct = (await theirs.product()).id;
    const cross = await team.product_manager.patch(url, { productId: otherProduct });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('productId');
    const log = await make.stored.activityOf(f.id);
    expect(log.at(-1)!.changes.contactId).toEqual({ before: p2, after: null });
  });

  it('clears a revenue-detractor flag once handled, and sets it again, logged and versioned', async () => {
    const f = await make.feedback({ text: 'Renewal at risk: exports' });
    // As a survey answer files it: flagged from the start.
    await env.database.db.update(feedback).set({ flag: 'revenue_detractor' }).where(eq(feedback.id, f.id));
    const url = `${team.ws}/feedback/${f.id}`;
    const inbox = () => team.product_manager.get(`${team.ws}/feedback?flag=revenue_detractor`);
    expect((await inbox()).data.items.map((i: { id: string }) => i.id)).toContain(f.id);

    for (const role of ALL_ROLES.filter((r) => !OWNERS.includes(r))) {
      const refused = await team[role].patch(url, { flag: null });
      expect(refused.statusCode, role).toBe(403);
    }
    for (const body of [{ flag: 'handled' }, { flag: '' }, { flag: 1 }]) {
      const bad = await team.product_manager.patch(url, body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await make.stored.row(feedback, f.id)).toMatchObject({ flag: 'revenue_detractor', version: 1 });

    const cleared = await team.product_manager.patch(url, { flag: null, version: 1 });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.data).toMatchObject({ flag: null, version: 2 });
    expect(cleared.headers.etag).toBe('"2"');
    expect((await inbox()).data.items.map((i: { id: string }) => i.id)).not.toContain(f.id);
    const log = await make.stored.activityOf(f.id);
    expect(log.at(-1)).toMatchObject({
      action: 'updated',
      actorId: team.product_manager.user.id,
      changes: { flag: { before: 'revenue_detractor', after: null } },
    });

    // A stale clear is refused; flagging again is an edit like the others.
    expect((await team.admin.patch(url, { flag: 'revenue_detractor', version: 1 })).statusCode).toBe(409);
    const again = await team.admin.patch(url, { flag: 'revenue_detractor' });
    expect(again.data).toMatchObject({ flag: 'revenue_detractor', version: 3 });
    expect((await make.stored.activityOf(f.id)).at(-1)!.changes.flag).toEqual({
      before: null,
      after: 'revenue_detractor',
    });
  });

  it('refuses a stale update or delete and keeps the stored value', async () => {
    const f = await make.feedback({ text: 'original' });
    const url = `${team.ws}/feedback/${f.id}`;
    expect((await team.product_manager.patch(url, { text: 'edited', version: 1 })).statusCode).toBe(200);
    const stale = await team.product_manager.patch(url, { text: 'lost', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(2);
    expect((await team.product_manager.delete(url, { 'if-match': '"1"' })).statusCode).toBe(409);
    expect((await team.viewer.get(url)).data.text).toBe('edited');
  });

  it('never reads or changes another workspace’s feedback', async () => {
    const f = await theirs.feedback({ text: 'their secret' });
    const url = `${team.ws}/feedback/${f.id}`;
    expect((await team.admin.get(url)).statusCode).toBe(404);
    expect((await team.admin.patch(url, { text: 'x' })).statusCode).toBe(404);
    expect((await team.admin.delete(url)).statusCode).toBe(404);
    expect((await team.admin.get(`${team.ws}/feedback?q=secret`)).data.items).toHaveLength(0);
  });

  it('refreshes demand when the customer changes and when feedback is deleted', async () => {
    const productId = (await make.product()).id;
    const small = await make.customer({ annualRevenue: 100 });
    const big = await make.customer({ annualRevenue: 10_000 });
    const featureId = (await make.feature({ productId })).id;
    const a = await make.feedback({ customerId: small.id });
    const b = await make.feedback({ customerId: small.id });
    await make.link(featureId, a.id);
    await make.link(featureId, b.id);
    await team.product_manager.patch(`${team.ws}/feedback/${b.id}`, { customerId: big.id });
    expect((await make.stored.row(features, featureId))!).toMatchObject({
      feedbackCount: 2,
      customerCount: 2,
      customerRevenue: 10_100,
    });
    await team.product_manager.patch(`${team.ws}/customers/${big.id}`, { annualRevenue: 20_000 });
    expect((await make.stored.row(features, featureId))!.customerRevenue).toBe(20_100);
    const comment = await team.product_manager.post(`${team.ws}/comments`, {
      entityType: 'feedback',
      entityId: b.id,
      body: 'dup?',
    });
    expect(comment.statusCode).toBe(201);
    expect((await team.product_manager.delete(`${team.ws}/feedback/${b.id}`)).statusCode).toBe(204);
    expect((await make.stored.row(features, featureId))!).toMatchObject({
      feedbackCount: 1,
      customerCount: 1,
      customerRevenue: 100,
    });
    const db = env.database.db;
    expect(await db.select().from(featureFeedback).where(eq(featureFeedback.feedbackId, b.id))).toHaveLength(
      0,
    );
    expect(await db.select().from(comments).where(eq(comments.entityId, b.id))).toHaveLength(0);
    expect(await db.select().from(feedback).where(eq(feedback.id, b.id))).toHaveLength(0);
  });
});
