import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { comments } from '../comments/schema.ts';
import { features } from '../features/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { personas, personaProducts } from './schema.ts';
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

describe('persona mentions in features and feedback', () => {
  it('links features and feedback to a persona and lists them from the persona', async () => {
    const product = (await make.product()).id;
    const persona = await make.persona();
    const low = await make.feature({
      productId: product,
      personaId: persona.id,
      effort: 1,
      scoreInputs: { reach: 10, impact: 1, confidence: 100 },
    });
    const high = await make.feature({
      productId: product,
      personaId: persona.id,
      effort: 1,
      scoreInputs: { reach: 500, impact: 1, confidence: 100 },
    });
    const unscored = await make.feature({ productId: product, personaId: persona.id });
    const elsewhere = await make.feature({ productId: product });
    expect(high.personaId).toBe(persona.id);
    expect(elsewhere.personaId).toBeNull();
    // A feature can be pointed at the persona later.
    const later = await team.product_manager.patch(`${team.ws}/features/${elsewhere.id}`, {
      personaId: persona.id,
    });
    expect(later.statusCode).toBe(200);
    expect(later.data.personaId).toBe(persona.id);

    const f1 = await make.feedback({ personaId: persona.id });
    const f2 = await make.feedback({ personaId: persona.id });
    const f3 = await make.feedback();
    expect(f1.personaId).toBe(persona.id);
    const triaged = await team.product_manager.patch(`${team.ws}/feedback/${f3.id}`, {
      personaId: persona.id,
    });
    expect(triaged.data.personaId).toBe(persona.id);
    await make.feedback();

    const detail = await team.viewer.get(`${team.ws}/personas/${persona.id}`);
    expect(detail.data).toMatchObject({ feedbackCount: 3, featureCount: 4 });

    const feats = await team.viewer.get(`${team.ws}/personas/${persona.id}/features`);
    expect(feats.statusCode).toBe(200);
    const order = feats.data.items.map((f: { id: string }) => f.id);
    expect(order.slice(0, 2)).toEqual([high.id, low.id]);
    expect(new Set(order.slice(2))).toEqual(new Set([unscored.id, elsewhere.id]));
    expect(feats.data.items[0]).toMatchObject({ personaId: persona.id, rank: 1 });

    const page1 = await team.viewer.get(`${team.ws}/personas/${persona.id}/feedback?limit=2`);
    expect(page1.data.items).toHaveLength(2);
    const page2 = await team.viewer.get(
      `${team.ws}/personas/${persona.id}/feedback?limit=2&cursor=${page1.data.nextCursor}`,
    );
    const all = [...page1.data.items, ...page2.data.items];
    expect(page2.data.nextCursor).toBeNull();
    expect(new Set(all.map((f: { id: string }) => f.id))).toEqual(new Set([f1.id, f2.id, f3.id]));
    const times = all.map((f: { createdAt: string }) => f.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const featPage = await team.viewer.get(`${team.ws}/personas/${persona.id}/features?limit=3`);
    const featRest = await team.viewer.get(
      `${team.ws}/personas/${persona.id}/features?limit=3&cursor=${featPage.data.nextCursor}`,
    );
    expect([...featPage.data.items, ...featRest.data.items].map((f: { id: string }) => f.id)).toEqual(order);

    const listedFeatures = await team.viewer.get(`${team.ws}/features?personaId=${persona.id}`);
    expect(new Set(listedFeatures.data.items.map((f: { id: string }) => f.id))).toEqual(new Set(order));
    const listedFeedback = await team.viewer.get(`${team.ws}/feedback?personaId=${persona.id}`);
    expect(new Set(listedFeedback.data.items.map((f: { id: string }) => f.id))).toEqual(
      new Set([f1.id, f2.id, f3.id]),
    );
  });

  it('refuses another workspace’s persona on features and feedback, writing nothing', async () => {
    const product = (await make.product()).id;
    const foreign = await theirs.persona();
    const db = env.database.db;
    const countFeatures = async () =>
      (await db.select().from(features).where(eq(features.workspaceId, team.workspaceId))).length;
    const countFeedback = async () =>
      (await db.select().from(feedback).where(eq(feedback.workspaceId, team.workspaceId))).length;
    const [nFeatures, nFeedback] = [await countFeatures(), await countFeedback()];
    const feat = await team.product_manager.post(`${team.ws}/features`, {
      productId: product,
      title: 'Cross',
      personaId: foreign.id,
    });
    expect(feat.statusCode).toBe(422);
    expect(feat.data.errors[0].path).toBe('personaId');
    const fb = await team.sales.post(`${team.ws}/feedback`, { text: 'Cross', personaId: foreign.id });
    expect(fb.statusCode).toBe(422);
    expect(fb.data.errors.map((e: { path: string }) => e.path)).toEqual(['personaId']);
    expect([await countFeatures(), await countFeedback()]).toEqual([nFeatures, nFeedback]);

    const existingFeature = await make.feature({ productId: product });
    const existingFeedback = await make.feedback();
    const patchFeature = await team.product_manager.patch(`${team.ws}/features/${existingFeature.id}`, {
      personaId: foreign.id,
    });
    expect(patchFeature.statusCode).toBe(422);
    expect(patchFeature.data.errors[0].path).toBe('personaId');
    const patchFeedback = await team.product_manager.patch(`${team.ws}/feedback/${existingFeedback.id}`, {
      personaId: foreign.id,
    });
    expect(patchFeedback.statusCode).toBe(422);
    expect(patchFeedback.data.errors[0].path).toBe('personaId');
    const [f] = await db.select().from(features).where(eq(features.id, existingFeature.id));
    const [b] = await db.select().from(feedback).where(eq(feedback.id, existingFeedback.id));
    expect([f!.personaId, f!.version, b!.personaId, b!.version]).toEqual([null, 1, null, 1]);
  });

  it('deleting a persona unlinks its features and feedback in the same change, and logs it', async () => {
    const product = (await make.product()).id;
    const persona = await make.persona({ productIds: [product] });
    const feat = await make.feature({ productId: product, personaId: persona.id });
    const fb = await make.feedback({ personaId: persona.id });
    const comment = await team.product_manager.post(`${team.ws}/comments`, {
      entityType: 'persona',
      entityId: persona.id,
      body: 'Is this the same as the controller?',
    });
    expect(comment.statusCode).toBe(201);
    const del = await team.product_marketer.delete(`${team.ws}/personas/${persona.id}`);
    expect(del.statusCode).toBe(204);
    expect((await team.viewer.get(`${team.ws}/personas/${persona.id}`)).statusCode).toBe(404);
    const db = env.database.db;
    const [f] = await db.select().from(features).where(eq(features.id, feat.id));
    const [b] = await db.select().from(feedback).where(eq(feedback.id, fb.id));
    expect([f!.personaId, f!.version, b!.personaId, b!.version]).toEqual([null, 2, null, 2]);
    expect(await make.stored.rows(personaProducts, eq(personaProducts.personaId, persona.id))).toEqual([]);
    const left = await db
      .select()
      .from(comments)
      .where(and(eq(comments.workspaceId, team.workspaceId), eq(comments.entityId, persona.id)));
    expect(left).toEqual([]);
    expect((await make.stored.activityOf(persona.id)).map((l) => l.action)).toEqual([
      'created',
      'commented',
      'deleted',
    ]);
    for (const id of [feat.id, fb.id]) {
      const last = (await make.stored.activityOf(id)).at(-1)!;
      expect(last.action).toBe('updated');
      expect(last.changes).toEqual({ personaId: { before: persona.id, after: null } });
    }
  });

  it('refuses to delete a persona that messaging, requirements or campaigns are written for, naming the counts', async () => {
    const product = (await make.product()).id;
    const persona = await make.persona();
    const feat = await make.feature({ productId: product, personaId: persona.id });
    await make.messaging({ productId: product, personaId: persona.id });
    await make.messaging({ productId: product, personaId: persona.id });
    await make.requirement({ title: 'Reach CFOs', problem: 'They do not know us', personaId: persona.id });
    await make.campaign({ name: 'CFO webinar', channel: 'webinar', personaId: persona.id });
    const del = await team.product_marketer.delete(`${team.ws}/personas/${persona.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.data).toMatchObject({ messagingCount: 2, requirementCount: 1, campaignCount: 1 });
    expect(del.data.detail).toContain('2 messaging versions');
    expect(del.data.detail).toContain('1 requirement');
    expect((await make.stored.rows(personas)).some((p) => p.id === persona.id)).toBe(true);
    const [f] = await env.database.db.select().from(features).where(eq(features.id, feat.id));
    expect(f!.personaId).toBe(persona.id);
  });
});
