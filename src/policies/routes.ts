import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../core/enums.ts';
import { ARTEFACTS, CONTRIBUTIONS, OWNERSHIP, reviewersOf } from './ownership.ts';

const Rule = z.object({
  artefact: z.enum(ARTEFACTS),
  description: z.string(),
  owners: z.array(z.enum(ROLES)),
  contributors: z.array(z.object({ role: z.enum(ROLES), may: z.array(z.enum(CONTRIBUTIONS)) })),
  readers: z.array(z.enum(ROLES)),
  reviewers: z
    .array(z.enum(ROLES))
    .describe('Who reviews or approves it (accept, send back, approve); not implied by owning it'),
});

export const ownershipRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/ownership',
    {
      config: { access: 'public' },
      schema: {
        tags: ['ownership'],
        summary:
          'The ownership matrix: who owns, who contributes to, who reads and who reviews each kind of artefact',
        security: [],
        response: {
          200: z.object({
            roles: z.array(z.enum(ROLES)),
            adminMayDoEverything: z.literal(true),
            artefacts: z.array(Rule),
          }),
        },
      },
    },
    async () => ({
      roles: [...ROLES],
      adminMayDoEverything: true as const,
      artefacts: ARTEFACTS.map((artefact) => {
        const rule = OWNERSHIP[artefact];
        return {
          artefact,
          description: rule.description,
          owners: ['admin' as const, ...rule.owners],
          contributors: Object.entries(rule.contributors).map(([role, may]) => ({
            role: role as (typeof ROLES)[number],
            may: [...(may ?? [])],
          })),
          readers: [...rule.readers],
          reviewers: reviewersOf(artefact),
        };
      }),
    }),
  );
};
