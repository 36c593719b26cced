import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  csv,
  errorResponses,
  ListQuery,
  longText,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { feedbackBatchRoutes } from './batch-routes.ts';
import { createFeedback, deleteFeedback, getFeedback, updateFeedback } from './feedback.ts';
import { Detail, FeedbackItem, Flag, ListItem, Sentiment, Source, Status, Tags } from './http-schemas.ts';
import { listFeedback } from './search.ts';

const fields = {
  title: z.string().trim().max(LIMITS.name).optional(),
  sentiment: Sentiment.nullable().optional(),
  tags: Tags.optional(),
  productId: Uuid.nullable().optional(),
  customerId: Uuid.nullable().optional(),
  contactId: Uuid.nullable()
    .optional()
    .describe('A contact alone brings its customer; with a customer it must be one of theirs'),
  personaId: Uuid.nullable().optional().describe('The buyer persona the item speaks for'),
};
const FeedbackCreate = z.strictObject({
  text: longText().trim().min(1),
  source: Source.default('other'),
  ...fields,
});
const FeedbackUpdate = z.strictObject({
  text: longText().trim().min(1).optional(),
  source: Source.optional(),
  status: Status.optional().describe(
    'new → triaged | archived; triaged → archived | new; archived → triaged',
  ),
  flag: Flag.nullable()
    .optional()
    .describe('null clears the flag once handled; revenue_detractor sets it again'),
  ...fields,
  version: version(),
});

const FeedbackListQuery = ListQuery.extend({
  status: csv(Status).optional().describe('Comma-separated statuses'),
  source: csv(Source).optional().describe('Comma-separated sources'),
  sentiment: Sentiment.optional(),
  customerId: Uuid.optional(),
  productId: Uuid.optional(),
  personaId: Uuid.optional(),
  flag: Flag.optional().describe(
    'Only flagged items: revenue_detractor (a survey detractor from a customer with revenue)',
  ),
  tag: z.string().max(LIMITS.tag).optional(),
  createdAfter: z.iso.datetime({ offset: true }).optional().describe('Created at or after (ISO date-time)'),
  createdBefore: z.iso.datetime({ offset: true }).optional().describe('Created before (ISO date-time)'),
  linked: z.enum(['true', 'false']).optional().describe('Linked to at least one feature, or to none'),
  q: z.string().trim().min(1).max(500).optional().describe('Full-text search, web search syntax'),
});

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['feedback'];
  const base = '/api/v1/workspaces/:workspaceId/feedback';

  app.get(
    base,
    {
      config: { access: { artefact: 'feedback', action: 'read' } },
      schema: {
        tags,
        summary: 'Feedback, newest first or by relevance to q (sort: createdAt, updatedAt, relevance)',
        params: WsParams,
        querystring: FeedbackListQuery,
        response: { 200: page(ListItem), ...errorResponses },
      },
    },
    async (req) => {
      const { createdAfter, createdBefore, linked, ...query } = req.query;
      return listFeedback(req.wsCtx, {
        ...query,
        createdAfter: createdAfter ? new Date(createdAfter) : undefined,
        createdBefore: createdBefore ? new Date(createdBefore) : undefined,
        linked: linked === undefined ? undefined : linked === 'true',
      });
    },
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'feedback', action: 'create' } },
      schema: {
        tags,
        summary: 'Record feedback (every role but viewer)',
        params: WsParams,
        body: FeedbackCreate,
        response: { 201: FeedbackItem, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      // One atomic statement inside: no transaction to open (see createFeedback).
      const item = await createFeedback(ctx, req.body);
      setVersionHeader(reply, item.version);
      return reply.code(201).send(item);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'feedback', action: 'read' } },
      schema: {
        tags,
        summary: 'A feedback item with its customer and linked features',
        params: WsIdParams,
        response: { 200: Detail, ...errorResponses },
      },
    },
    async (req, reply) => {
      const item = await getFeedback(req.wsCtx, req.params.id);
      setVersionHeader(reply, item.version);
      return item;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'feedback', action: 'update' } },
      schema: {
        tags,
        summary: 'Edit or triage a feedback item, or clear its flag once handled (product management)',
        params: WsIdParams,
        body: FeedbackUpdate,
        response: { 200: Detail, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const item = await inTransaction(ctx, (tx) =>
        updateFeedback(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, item.version);
      return item;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'feedback', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a feedback item, its feature links and comments',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteFeedback(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  await app.register(feedbackBatchRoutes);
};
