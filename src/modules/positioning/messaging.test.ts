import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { messaging } from './schema.ts';
import { completeMessaging, factories } from '../../../test/factories.ts';

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

const stored = () =>
  env.database.db.select().from(messaging).where(eq(messaging.workspaceId, team.workspaceId));

describe('messaging', () => {
  it('versions copy per product and persona, approves it and serves it as the copy source', async () => {
    const productId = (await make.product()).id;
    const personaId = (await make.persona({ productIds: [productId] })).id;
    const draft = await make.messaging({ productId, personaId });
    expect(draft).toMatchObject({ revision: 1, status: 'draft', approvalMissing: [], personaId, productId });
    expect(
      (await team.marketer.get(`${team.ws}/messaging/approved?productId=${productId}&personaId=${personaId}`))
        .statusCode,
    ).toBe(404);
    await team.product_marketer.post(`${team.ws}/messaging/${draft.id}/submit`);
    await team.product_marketer.post(`${team.ws}/messaging/${draft.id}/approve`, { comment: 'Ship it' });
    const source = await team.marketer.get(
      `${team.ws}/messaging/approved?productId=${productId}&personaId=${personaId}`,
    );
    expect(source.data).toMatchObject({
      id: draft.id,
      status: 'approved',
      headline: completeMessaging.headline,
      reviewComment: 'Ship it',
    });

    const next = await make.messaging({ productId, personaId }, { headline: 'A sharper headline' });
    expect(next).toMatchObject({
      revision: 2,
      basedOnId: draft.id,
      valueProposition: completeMessaging.valueProposition,
    });
    expect(
      (await team.marketer.get(`${team.ws}/messaging/approved?productId=${productId}&personaId=${personaId}`))
        .data.headline,
    ).toBe(completeMessaging.headline);
    await team.product_marketer.post(`${team.ws}/messaging/${next.id}/submit`);
    await team.product_marketer.post(`${team.ws}/messaging/${next.id}/approve`);
    const rows = (await stored()).filter((r) => r.personaId === personaId);
    expect(rows.map((r) => [r.revision, r.status]).sort()).toEqual([
      [1, 'superseded'],
      [2, 'approved'],
    ]);

    // Another persona of the same product is a separate line of versions.
    const other = (await make.persona({ productIds: [productId] })).id;
    expect((await make.messaging({ productId, personaId: other })).revision).toBe(1);
    const matrix = await team.marketer.get(`${team.ws}/messaging/matrix?productId=${productId}`);
    expect(matrix.statusCode).toBe(200);
    const byPersona = Object.fromEntries(
      matrix.data.rows.map((r: { persona: { id: string } }) => [r.persona.id, r]),
    );
    expect(byPersona[personaId]).toMatchObject({
      approved: { id: next.id },
      latest: { revision: 2, status: 'approved' },
    });
    expect(byPersona[other]).toMatchObject({ approved: null, latest: { revision: 1, status: 'draft' } });
  });

  it('needs a headline, a value proposition and 3–5 pillars with proof to approve', async () => {
    const productId = (await make.product()).id;
    const personaId = (await make.persona()).id;
    const thin = await make.messaging(
      { productId, personaId },
      {
        headline: 'Hi',
        pillars: [{ title: 'Only one', proofPoints: [] }],
      },
    );
    expect(thin.approvalMissing).toEqual([
      'A value proposition is required',
      'Approved messaging has 3–5 pillars (this has 1)',
      'Pillar 1 needs at least one proof point',
    ]);
    await team.product_marketer.post(`${team.ws}/messaging/${thin.id}/submit`);
    const refused = await team.product_marketer.post(`${team.ws}/messaging/${thin.id}/approve`);
    expect(refused.statusCode).toBe(422);
    expect(refused.data.errors.map((e: { path: string }) => e.path)).toEqual([
      'valueProposition',
      'pillars',
      'pillars.0.proofPoints',
    ]);
    expect((await stored()).find((r) => r.id === thin.id)?.status).toBe('in_review');
  });

  it('enforces length limits and writes nothing', async () => {
    const productId = (await make.product()).id;
    const personaId = (await make.persona()).id;
    const count = (await stored()).length;
    for (const [field, value] of [
      ['boilerplateShort', 'x'.repeat(281)],
      ['boilerplateMedium', 'x'.repeat(701)],
      ['boilerplateLong', 'x'.repeat(2001)],
      ['elevatorPitch', 'x'.repeat(601)],
      ['headline', 'x'.repeat(121)],
    ] as const) {
      const res = await team.product_marketer.post(`${team.ws}/messaging`, {
        productId,
        personaId,
        [field]: value,
      });
      expect(res.statusCode, field).toBe(400);
      expect(JSON.stringify(res.data.errors), field).toContain(field);
    }
    const sixPillars = Array.from({ length: 6 }, (_, i) => ({ title: `P${i}`, proofPoints: ['x'] }));
    expect(
      (
        await team.product_marketer.post(`${team.ws}/messaging`, {
          productId,
          personaId,
          pillars: sixPillars,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await team.product_marketer.post(`${team.ws}/messaging`, {
          productId,
          personaId,
          boilerplateShort: 'x'.repeat(280),
        })
      ).statusCode,
    ).toBe(201);
    expect((await stored()).length).toBe(count + 1);
  });

  it('product marketing owns the words: marketers and everyone else may only read', async () => {
    const productId = (await make.product()).id;
    const personaId = (await make.persona()).id;
    for (const role of ALL_ROLES) {
      const owner = role === 'admin' || role === 'product_marketer';
      const created = await team[role].post(`${team.ws}/messaging`, {
        productId,
        personaId,
        headline: `by ${role}`,
      });
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      const draft = await make.messaging({ productId, personaId });
      const patched = await team[role].patch(`${team.ws}/messaging/${draft.id}`, {
        headline: `edit by ${role}`,
      });
      expect(patched.statusCode, role).toBe(owner ? 200 : 403);
      if (!owner) {
        expect(patched.data.ownerRoles).toEqual(['admin', 'product_marketer']);
        expect((await team[role].post(`${team.ws}/messaging/${draft.id}/submit`)).statusCode, role).toBe(403);
        expect((await team[role].delete(`${team.ws}/messaging/${draft.id}`)).statusCode, role).toBe(403);
      }
      expect((await team[role].get(`${team.ws}/messaging/${draft.id}`)).statusCode, role).toBe(200);
    }
    const headlines = (await stored()).map((r) => r.headline);
    expect(headlines).toContain('edit by product_marketer');
    expect(headlines).not.toContain('edit by marketer');
    expect(headlines).not.toContain('by marketer');
  });

  it('refuses other workspaces’ products, personas and versions', async () => {
    const productId = (await make.product()).id;
    const personaId = (await make.persona()).id;
    const theirPersona = (await other.product_marketer.post(`${other.ws}/personas`, { name: 'Theirs' })).data
      .id;
    const count = (await stored()).length;
    const res = await team.product_marketer.post(`${team.ws}/messaging`, {
      productId,
      personaId: theirPersona,
    });
    expect(res.statusCode).toBe(422);
    expect(res.data.errors[0].path).toBe('personaId');
    expect((await stored()).length).toBe(count);
    const mine = await make.messaging({ productId, personaId });
    expect((await other.product_marketer.get(`${other.ws}/messaging/${mine.id}`)).statusCode).toBe(404);
    expect((await other.product_marketer.delete(`${other.ws}/messaging/${mine.id}`)).statusCode).toBe(404);
    const deleted = await team.product_marketer.delete(`${team.ws}/messaging/${mine.id}`);
    expect(deleted.statusCode).toBe(204);
    expect((await stored()).some((r) => r.id === mine.id)).toBe(false);
  });
});
