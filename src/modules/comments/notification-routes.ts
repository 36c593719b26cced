import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { NOTIFICATION_ENTITIES, NOTIFICATION_KINDS, NOTIFICATION_OUTCOMES } from '../../core/enums.ts';
import { errorResponses, ListQuery, page, Uuid } from '../../http/schemas.ts';
import { listNotifications, markRead, unreadCount } from './notifications.ts';

const Notification = z.object({
  id: Uuid,
  workspaceId: Uuid,
  kind: z.enum(NOTIFICATION_KINDS),
  entityType: z.enum(NOTIFICATION_ENTITIES),
  entityId: Uuid,
  parentId: Uuid.nullable().describe('The parent the item’s page lives under (a launch task’s launch, …)'),
  commentId: Uuid.nullable(),
  outcome: z.enum(NOTIFICATION_OUTCOMES).nullable().describe('How a review handed back ended'),
  actor: z.object({ id: Uuid, name: z.string() }).nullable(),
  title: z.string().nullable().describe('The item’s current title; null once deleted'),
  deleted: z.boolean(),
  summary: z.string().describe('One line: who did what to which item'),
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
          kind: z.enum(NOTIFICATION_KINDS).optional(),
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

  app.get(
    '/api/v1/me/notifications/unread-count',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'How many of my notifications are unread (in one workspace, or in all of mine)',
        querystring: z.strictObject({ workspaceId: Uuid.optional() }),
        response: { 200: z.object({ unread: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => unreadCount(req.ctx, req.query.workspaceId),
  );

  app.post(
    '/api/v1/me/notifications/:id/read',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        description: 'Another person’s notification, or an unknown id, is 404.',
        params: z.strictObject({ id: Uuid }),
        response: { 200: z.object({ updated: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => inTransaction(req.ctx, (tx) => markRead(tx, { ids: [req.params.id] })),
  );

  app.post(
    '/api/v1/me/notifications/read',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Mark my notifications read: the listed ids, or all (optionally of one workspace)',
        description: 'An id that is not one of mine is 404, and nothing is marked.',
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
