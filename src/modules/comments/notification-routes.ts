import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { errorResponses, ListQuery, page, Uuid } from '../../http/schemas.ts';
import { listNotifications, markRead } from './notifications.ts';

const Notification = z.object({
  id: Uuid,
  workspaceId: Uuid,
  kind: z.string().describe('mention'),
  entityType: z.string(),
  entityId: Uuid,
  commentId: Uuid.nullable(),
  actor: z.object({ id: Uuid, name: z.string() }).nullable(),
  excerpt: z.string().nullable().describe('Start of the comment, when there is one'),
  read: z.boolean(),
  createdAt: z.string(),
});

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['notifications'];

  app.get(
    '/api/v1/me/notifications',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'My notifications, newest first',
        description: 'Only the caller’s own, and only in workspaces they still belong to.',
        querystring: ListQuery.omit({ sort: true }).extend({
          workspaceId: Uuid.optional(),
          unread: z
            .enum(['true', 'false'])
            .optional()
            .transform((v) => v === 'true')
            .describe('true for unread ones only'),
        }),
        response: { 200: page(Notification), ...errorResponses },
      },
    },
    async (req) => listNotifications(req.ctx, req.query),
  );

  app.post(
    '/api/v1/me/notifications/read',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Mark my notifications read: the listed ids, or all (optionally of one workspace)',
        body: z
          .strictObject({
            ids: z.array(Uuid).min(1).max(500).optional(),
            all: z.boolean().optional(),
            workspaceId: Uuid.optional(),
          })
          .refine((b) => (b.ids !== undefined) !== (b.all === true), {
            message: 'Give either ids or all: true',
            path: ['ids'],
          }),
        response: { 200: z.object({ updated: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.ctx;
      return inTransaction(ctx, (tx) => markRead(tx, req.body));
    },
  );
};
