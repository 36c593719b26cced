import type { Team } from '../../../test/harness.ts';

/** Factories for the hand-off tests, through the API as the owning roles. */
export function factories(team: Team) {
  let n = 0;
  const ok = <T>(res: { statusCode: number; body: string; data: T }, what: string, code = 201): T => {
    if (res.statusCode !== code) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
    return res.data;
  };
  return {
    async requirement(body: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
      const res = await team.product_marketer.post(`${team.ws}/requirements`, {
        title: `Requirement ${++n}`,
        problem: 'CIOs do not see how our architecture fits their strategy',
        ...body,
      });
      return ok(res, 'requirement');
    },
    async program(
      requirementIds: string[],
      body: Record<string, unknown> = {},
    ): Promise<{ id: string; version: number }> {
      const res = await team.marketer.post(`${team.ws}/programs`, {
        name: `Program ${++n}`,
        requirementIds,
        ...body,
      });
      return ok(res, 'program');
    },
    /** A program proposed by marketing and accepted by product marketing. */
    async acceptedProgram(requirementIds?: string[], body: Record<string, unknown> = {}) {
      const ids = requirementIds ?? [(await this.requirement()).id];
      const p = await this.program(ids, body);
      return ok(
        await team.product_marketer.post(`${team.ws}/programs/${p.id}/accept`, {}),
        'accept',
        200,
      ) as {
        id: string;
        version: number;
      };
    },
  };
}
