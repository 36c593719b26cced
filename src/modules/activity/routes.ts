import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csv, errorResponses, ListQuery, page, Uuid, WsParams } from '../../http/schemas.ts';
import { listActivity } from './activity.ts';

const ActivityEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z
    .object({
      id: Uuid.nullable().describe('null for someone who is not a member here (an imported entry)'),
      name: z.string(),
    })
    .nullable()
    .describe('null when the user was deleted'),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string().describe('created, updated, deleted, or a domain verb (commented, status_changed, …)'),
  changes: z
    .record(z.string(), z.object({ before: z.unknown(), after: z.unknown() }))
    .describe('Each changed field with its value before and after'),
});

const word = z.string().min(1).max(60);

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/workspaces/:workspaceId/activity',
    {
      config: { access: { artefact: 'workspace', action: 'read' } },
      schema: {
        tags: ['activity'],
        summary: 'The activity log: who changed what, newest first (sort: -id default, id for oldest first)',
        description:
          'Any member may read their workspace’s log. Filters combine; action takes a comma-separated list.',
        params: WsParams,
        querystring: ListQuery.extend({
          entityType: word.optional().describe('product, feature, release, comment, …'),
          entityId: z.string().min(1).max(100).optional(),
          actorId: Uuid.optional(),
          action: csv(word).optional(),
          since: z.iso
            .datetime({ offset: true })
            .transform((s) => new Date(s))
            .optional()
            .describe('Entries at or after this instant (ISO 8601)'),
        }),
        response: { 200: page(ActivityEntry), ...errorResponses },
      },
    },
    async (req) => listActivity(req.wsCtx, req.query),
  );
};
