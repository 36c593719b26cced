import type { Team } from '../../../test/harness.ts';

/** A complete positioning body (every statement field filled). */
export const completePositioning = {
  targetCustomer: 'mid-market finance teams',
  customerNeed: 'need numbers everyone trusts',
  marketCategory: 'analytics platform',
  valueThemes: [{ theme: 'One trusted set of numbers', proof: 'Shared semantic layer' }],
  competitiveAlternatives: ['spreadsheets'],
  uniqueAttributes: ['governed self-service'],
  relevantTrends: ['AI copilots in BI'],
};

/** Complete messaging copy: three pillars with proof. */
export const completeMessaging = {
  headline: 'Numbers your whole company trusts',
  valueProposition: 'One governed place for every metric.',
  pillars: [1, 2, 3].map((n) => ({
    title: `Pillar ${n}`,
    description: 'Why it matters',
    proofPoints: [`Proof ${n}`],
  })),
  boilerplateShort: 'Northwind Analytics gives finance one trusted set of numbers.',
  elevatorPitch: 'We help finance teams stop arguing about numbers.',
};

/** Factories for positioning and messaging tests, through the API as a product marketer. */
export function factories(team: Team) {
  let n = 0;
  const pmm = team.product_marketer;
  const ok = <T>(res: { statusCode: number; body: string; data: T }, what: string, code = 201): T => {
    if (res.statusCode !== code) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
    return res.data;
  };
  return {
    async product(): Promise<string> {
      const res = await team.product_manager.post(`${team.ws}/products`, { name: `Product ${++n}` });
      return ok(res, 'product').id;
    },
    async persona(productIds: string[] = []): Promise<string> {
      const res = await pmm.post(`${team.ws}/personas`, { name: `Persona ${++n}`, productIds });
      return ok(res, 'persona').id;
    },
    async positioning(productId: string, body: Record<string, unknown> = completePositioning) {
      return ok(await pmm.post(`${team.ws}/positioning`, { productId, ...body }), 'positioning');
    },
    /** A positioning taken through review to approval. */
    async approvedPositioning(productId: string, body: Record<string, unknown> = completePositioning) {
      const draft = await this.positioning(productId, body);
      ok(await pmm.post(`${team.ws}/positioning/${draft.id}/submit`), 'submit', 200);
      return ok(await pmm.post(`${team.ws}/positioning/${draft.id}/approve`), 'approve', 200);
    },
    async messaging(productId: string, personaId: string, body: Record<string, unknown> = completeMessaging) {
      return ok(await pmm.post(`${team.ws}/messaging`, { productId, personaId, ...body }), 'messaging');
    },
    async approvedMessaging(
      productId: string,
      personaId: string,
      body: Record<string, unknown> = completeMessaging,
    ) {
      const draft = await this.messaging(productId, personaId, body);
      ok(await pmm.post(`${team.ws}/messaging/${draft.id}/submit`), 'submit', 200);
      return ok(await pmm.post(`${team.ws}/messaging/${draft.id}/approve`), 'approve', 200);
    },
  };
}
