import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { COMMENTABLE, LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import { errorResponses, ListQuery, page, Uuid, version, WsIdParams, WsParams } from '../../http/schemas.ts';
import { createComment, deleteComment, getComment, listComments, updateComment } from './comments.ts';
import { notificationRoutes } from './notification-routes.ts';

const EntityType = z.enum(COMMENTABLE);
const Person = z.object({ id: Uuid, name: z.string() });
const Comment = z.object({
  id: Uuid,
  entityType: EntityType,
  entityId: Uuid,
  author: Person.extend({
    id: Uuid.nullable().describe('null for someone who is not a member here (an imported comment)'),
  }).nullable(),
  body: z.string(),
  mentions: z.array(Person).describe('Members mentioned, resolved when the comment was last written'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const Body = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.longText)
  .describe('Mention members as @[Display name](userId) or @their.email@example.com');

const MENTIONS = `Mentions: write \`@[Display name](userId)\` (what a client's member picker inserts) or
\`@email\` of a member (e.g. \`@ada@example.com\`). Each member mentioned, other than the author, gets a
notification. A mention naming no member of this workspace stays in the text as written and notifies no one.`;

export const commentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['comments'];
  const base = '/api/v1/workspaces/:workspaceId/comments';

  app.get(
    base,
    {
      config: { access: { artefact: 'workspace', action: 'read' } },
      schema: {
        tags,
        summary: 'Comments on one entity (entityType + entityId) or by one author; oldest first',
        description: 'Sort: createdAt (default), updatedAt; prefix - for newest first.',
        params: WsParams,
        querystring: ListQuery.extend({
          entityType: EntityType.optional(),
          entityId: Uuid.optional(),
          authorId: Uuid.optional(),
        })
          .refine((q) => (q.entityType === undefined) === (q.entityId === undefined), {
            message: 'Give entityType and entityId together',
            path: ['entityId'],
          })
          .refine((q) => q.entityId !== undefined || q.authorId !== undefined, {
            message: 'Give entityType and entityId, or authorId',
            path: ['entityId'],
          }),
        response: { 200: page(Comment), ...errorResponses },
      },
    },
    async (req) => listComments(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: {
        access: {
          member: "the matrix's 'comment' right on the kind of artefact the body's entityType names",
          fromBody: { field: 'entityType', action: 'comment' },
        },
      },
      schema: {
        tags,
        summary: 'Comment on an entity (any kind the matrix lets your role comment on)',
        description: `Who may comment follows the ownership matrix (the "comment" contribution of the entity's artefact). The entity must be in this workspace (422 otherwise). ${MENTIONS}`,
        params: WsParams,
        body: z.strictObject({ entityType: EntityType, entityId: Uuid, body: Body }),
        response: { 201: Comment, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const comment = await inTransaction(ctx, (tx) => createComment(tx, req.body));
      setVersionHeader(reply, comment.version);
      return reply.code(201).send(comment);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'workspace', action: 'read' } },
      schema: {
        tags,
        summary: 'A comment',
        params: WsIdParams,
        response: { 200: Comment, ...errorResponses },
      },
    },
    async (req, reply) => {
      const comment = await getComment(req.wsCtx, req.params.id);
      setVersionHeader(reply, comment.version);
      return comment;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { member: "the comment's author, while they may still comment there, or an admin" } },
      schema: {
        tags,
        summary: 'Edit a comment (its author, or an admin)',
        description: `Members newly mentioned are notified; those already mentioned are not again. ${MENTIONS}`,
        params: WsIdParams,
        body: z.strictObject({ body: Body, version: version() }),
        response: { 200: Comment, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const comment = await inTransaction(ctx, (tx) =>
        updateComment(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, comment.version);
      return comment;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { member: "the comment's author, while they may still comment there, or an admin" } },
      schema: {
        tags,
        summary: 'Delete a comment (its author, or an admin)',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteComment(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  await app.register(notificationRoutes);
};
