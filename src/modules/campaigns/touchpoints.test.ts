import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let campaignId: string;
let programId: string;
let approvedId: string;
let draftId: string;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  const make = factories(env, team);
  programId = (await make.acceptedProgram()).id;
  const c = await team.marketer.post(`${team.ws}/campaigns`, {
    programId,
    name: 'Journey',
    channel: 'email',
  });
  campaignId = c.data.id;
  const productId = (await make.product()).id;
  const personaId = (await make.persona({ productIds: [productId] })).id;
  approvedId = (await make.approvedMessaging({ productId, personaId })).id;
  draftId = (await make.messaging({ productId, personaId }, { headline: 'Draft words' })).id;
});
afterAll(() => env.close());

const journey = async (kind = 'campaigns', id = campaignId) =>
  (await team.viewer.get(`${team.ws}/${kind}/${id}/touchpoints`)).data.items as {
    id: string;
    stage: string;
    position: number;
    messageText: string | null;
  }[];
const step = (body: Record<string, unknown>, kind = 'campaigns', id = campaignId) =>
  team.marketer.post(`${team.ws}/${kind}/${id}/touchpoints`, body);

describe('touchpoints', () => {
  it('builds an ordered journey quoting approved messaging', async () => {
    const a = await step({
      stage: 'awareness',
      channel: 'paid_social',
      asset: 'Video ad',
      messagingId: approvedId,
      messageRef: 'headline',
    });
    expect(a.statusCode).toBe(201);
    expect(a.data).toMatchObject({ position: 1, messageText: 'Numbers your whole company trusts' });
    const c = await step({
      stage: 'conversion',
      channel: 'website',
      asset: 'Pricing page',
      messagingId: approvedId,
      messageRef: 'pillar:2',
    });
    expect(c.data).toMatchObject({ position: 2, messageText: 'Pillar 2: Why it matters' });
    const b = await step({ stage: 'consideration', channel: 'email', asset: 'Case study', position: 2 });
    expect(b.data.position).toBe(2);
    expect((await journey()).map((t) => t.stage)).toEqual(['awareness', 'consideration', 'conversion']);
    expect((await journey()).map((t) => t.position)).toEqual([1, 2, 3]);
    await step({ stage: 'retention', channel: 'in_product', asset: 'Onboarding tour' });
    await step({ stage: 'awareness', channel: 'events', asset: 'Booth' }, 'programs', programId);
    expect((await journey('programs', programId)).map((t) => t.stage)).toEqual(['awareness']);
  });

  it('keeps stages in order on insert, edit and reorder, naming the offending position', async () => {
    const before = await journey();
    const backwards = await step({ stage: 'awareness', channel: 'email' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.data.errors[0].message).toContain('Position 5: awareness cannot follow retention');
    const edit = await team.marketer.patch(`${team.ws}/touchpoints/${before[1]!.id}`, { stage: 'retention' });
    expect(edit.statusCode).toBe(422);
    const reversed = await team.marketer.put(`${team.ws}/campaigns/${campaignId}/touchpoints/order`, {
      ids: before.map((t) => t.id).reverse(),
    });
    expect(reversed.statusCode).toBe(422);
    const partial = await team.marketer.put(`${team.ws}/campaigns/${campaignId}/touchpoints/order`, {
      ids: before.slice(1).map((t) => t.id),
    });
    expect(partial.statusCode).toBe(422);
    expect(partial.data.errors[0].path).toBe('ids');
    expect((await journey()).map((t) => t.id)).toEqual(before.map((t) => t.id));
    // Two steps of the same stage may swap.
    const extra = await step({ stage: 'retention', channel: 'email', asset: 'Renewal email' });
    const ids = (await journey()).map((t) => t.id);
    const swapped = [...ids.slice(0, 3), extra.data.id, ids[3]!];
    const ok = await team.marketer.put(`${team.ws}/campaigns/${campaignId}/touchpoints/order`, {
      ids: swapped,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.data.items.map((t: { id: string }) => t.id)).toEqual(swapped);
    await team.marketer.delete(`${team.ws}/touchpoints/${swapped[1]}`);
    expect((await journey()).map((t) => t.position)).toEqual([1, 2, 3, 4]);
  });

  it('quotes approved messaging only, and only parts that exist', async () => {
    const draft = await step({
      stage: 'retention',
      channel: 'email',
      messagingId: draftId,
      messageRef: 'headline',
    });
    expect(draft.statusCode).toBe(422);
    expect(draft.data.detail).toContain('approved messaging only');
    const missing = await step({
      stage: 'retention',
      channel: 'email',
      messagingId: approvedId,
      messageRef: 'pillar:9',
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.data.errors[0].path).toBe('messageRef');
    const orphan = await step({ stage: 'retention', channel: 'email', messageRef: 'headline' });
    expect(orphan.statusCode).toBe(422);
    const theirProgram = await factories(env, other).acceptedProgram();
    expect(
      (await step({ stage: 'awareness', channel: 'email' }, 'programs', theirProgram.id)).statusCode,
    ).toBe(404);
  });

  it('lets marketers and admins own journeys', async () => {
    for (const role of ALL_ROLES) {
      const owner = role === 'admin' || role === 'marketer';
      const res = await team[role].post(`${team.ws}/programs/${programId}/touchpoints`, {
        stage: 'retention',
        channel: 'email',
        asset: role,
      });
      expect(res.statusCode, role).toBe(owner ? 201 : 403);
      const steps = await journey('programs', programId);
      const last = steps.at(-1)!;
      expect(
        (await team[role].patch(`${team.ws}/touchpoints/${last.id}`, { notes: role })).statusCode,
        role,
      ).toBe(owner ? 200 : 403);
    }
    expect((await journey('programs', programId)).length).toBe(3);
  });
});
