import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { FEATURE_STATUSES, IMPORTANCES, LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  csv,
  errorResponses,
  ListQuery,
  longText,
  page,
  shortText,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { StoredAdoptionSignal } from '../analytics/http-schemas.ts';
import { createFeature, deleteFeature, getFeatureDetail, getFeatureRow, updateFeature } from './features.ts';
import { linkFeedback, listLinkedFeedback, unlinkFeedback, updateLink } from './links.ts';
import { listFeatures } from './list.ts';

const Status = z.enum(FEATURE_STATUSES);
const Importance = z.enum(IMPORTANCES);
const ScoreInputs = z.strictObject({
  reach: z.number().min(0).max(1e9).optional().describe('RICE: people or events per period'),
  impact: z.number().min(0).max(10).optional().describe('RICE: 0.25, 0.5, 1, 2 or 3; ICE: 1–10'),
  confidence: z.number().min(0).max(100).optional().describe('RICE: percent 0–100; ICE: 1–10'),
  ease: z.number().min(1).max(10).optional().describe('ICE: 1–10'),
  value: z.number().min(1).max(10).optional().describe('Value/effort: 1–10'),
  ratings: z
    .record(z.string().max(40), z.number().min(0).max(10))
    .optional()
    .describe('Weighted scorecard: 0–10 per manual criterion key'),
});
// Responses strip rather than refuse keys the request schema does not know (rows written by imports).
const StoredScoreInputs = ScoreInputs.extend({}).strip();
export const Feature = z.object({
  id: Uuid,
  productId: Uuid,
  title: z.string(),
  asA: z.string(),
  iWant: z.string(),
  soThat: z.string(),
  description: z.string(),
  acceptanceCriteria: z.array(z.string()),
  status: Status,
  allowedTransitions: z.array(Status),
  effort: z.number().nullable(),
  releaseId: Uuid.nullable(),
  personaId: Uuid.nullable().describe('The buyer persona the story is about'),
  ownerId: Uuid.nullable(),
  scoreInputs: StoredScoreInputs,
  score: z.number().nullable().describe('Computed by the server from the inputs and the product’s model'),
  rank: z
    .number()
    .int()
    .nullable()
    .describe('Position among the product’s open features by score; ties share a rank'),
  demand: z.object({
    feedbackCount: z.number().int(),
    customerCount: z.number().int(),
    customerRevenue: z.number(),
  }),
  adoptionSignal: StoredAdoptionSignal.describe('What counts as using it (PUT …/adoption-signal)'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const LinkedFeedback = z.object({
  feedbackId: Uuid,
  importance: Importance,
  linkedAt: z.string(),
  title: z.string(),
  excerpt: z.string(),
  status: z.string(),
  customer: z.object({ id: Uuid, name: z.string() }).nullable(),
});
const FeatureDetail = Feature.extend({
  scoreExplanation: z.object({
    model: z.string(),
    formula: z.string(),
    terms: z.array(z.object({ name: z.string(), value: z.number().nullable(), note: z.string().optional() })),
    missing: z.array(z.string()),
  }),
  linkedFeedback: z
    .array(LinkedFeedback)
    .describe('The 20 most recent links; page through /feedback for all'),
});

const fields = {
  asA: shortText().optional(),
  iWant: longText().optional(),
  soThat: longText().optional(),
  description: longText().optional(),
  acceptanceCriteria: z
    .array(z.string().trim().min(1).max(LIMITS.shortText))
    .max(LIMITS.listItems)
    .optional(),
  effort: z.number().positive().max(100_000).nullable().optional(),
  releaseId: Uuid.nullable().optional(),
  personaId: Uuid.nullable().optional(),
  ownerId: Uuid.nullable().optional(),
  scoreInputs: ScoreInputs.optional(),
};
const FeatureCreate = z.strictObject({
  productId: Uuid,
  title: z.string().trim().min(1).max(LIMITS.name),
  status: Status.optional(),
  ...fields,
});
const FeatureUpdate = z.strictObject({
  productId: Uuid.optional(),
  title: z.string().trim().min(1).max(LIMITS.name).optional(),
  status: Status.optional().describe(
    'Workflow: idea → discovery | planned | wont_do; discovery → planned | idea | wont_do; planned → in_progress | discovery | wont_do; in_progress → shipped | planned; wont_do → idea; shipped is final',
  ),
  ...fields,
  version: version(),
});
const LinkParams = z.strictObject({ workspaceId: Uuid, id: Uuid, feedbackId: Uuid });

export const featuresRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['features'];
  const base = '/api/v1/workspaces/:workspaceId/features';

  app.get(
    base,
    {
      config: { access: { artefact: 'feature', action: 'read' } },
      schema: {
        tags,
        summary:
          'Features with score, rank and demand (sort: score, rank, title, createdAt, updatedAt, effort, feedbackCount, customerCount, customerRevenue)',
        params: WsParams,
        querystring: ListQuery.extend({
          productId: Uuid.optional(),
          status: csv(Status).optional(),
          releaseId: z.union([Uuid, z.literal('none')]).optional(),
          ownerId: Uuid.optional(),
          personaId: Uuid.optional(),
          q: z.string().max(200).optional().describe('Title contains'),
          hasScore: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: page(Feature), ...errorResponses },
      },
    },
    async (req) => {
      const { releaseId, hasScore, ...q } = req.query;
      return listFeatures(req.wsCtx, {
        ...q,
        releaseId: releaseId === 'none' ? null : releaseId,
        hasScore: hasScore === undefined ? undefined : hasScore === 'true',
      });
    },
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'feature', action: 'create' } },
      schema: {
        tags,
        summary: 'Create a feature (user story); the server computes its score',
        params: WsParams,
        body: FeatureCreate,
        response: { 201: Feature, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const feature = await inTransaction(ctx, (tx) => createFeature(tx, req.body));
      setVersionHeader(reply, feature.version);
      return reply.code(201).send(feature);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'feature', action: 'read' } },
      schema: {
        tags,
        summary: 'A feature with its score explained and its linked feedback',
        params: WsIdParams,
        response: { 200: FeatureDetail, ...errorResponses },
      },
    },
    async (req, reply) => {
      const feature = await getFeatureDetail(req.wsCtx, req.params.id);
      setVersionHeader(reply, feature.version);
      return feature;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'feature', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a feature; status moves follow the workflow',
        params: WsIdParams,
        body: FeatureUpdate,
        response: { 200: Feature, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const feature = await inTransaction(ctx, (tx) =>
        updateFeature(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, feature.version);
      return feature;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'feature', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a feature with its feedback links and comments',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteFeature(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${base}/:id/feedback`,
    {
      config: { access: { artefact: 'feature', action: 'read' } },
      schema: {
        tags,
        summary: 'Feedback linked to a feature, newest link first',
        params: WsIdParams,
        querystring: ListQuery.pick({ limit: true, cursor: true }),
        response: { 200: page(LinkedFeedback), ...errorResponses },
      },
    },
    async (req) => listLinkedFeedback(req.wsCtx, req.params.id, req.query),
  );

  app.post(
    `${base}/:id/feedback`,
    {
      config: { access: { artefact: 'feature', action: 'link_feedback' } },
      schema: {
        tags,
        summary: 'Link feedback to a feature (one, or many with feedbackIds); demand and score follow',
        params: WsIdParams,
        body: z.union([
          z.strictObject({ feedbackId: Uuid, importance: Importance.default('important') }),
          z.strictObject({
            feedbackIds: z.array(Uuid).min(1).max(500),
            importance: Importance.default('important'),
          }),
        ]),
        response: { 201: z.object({ linked: z.number().int(), feature: Feature }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const body = req.body;
      const ids = 'feedbackIds' in body ? body.feedbackIds : [body.feedbackId];
      const result = await inTransaction(ctx, async (tx) => {
        const linked = await linkFeedback(
          tx,
          req.params.id,
          ids.map((feedbackId) => ({ feedbackId, importance: body.importance })),
        );
        return { linked, feature: await getFeatureRow(tx, req.params.id) };
      });
      return reply.code(201).send(result);
    },
  );

  app.patch(
    `${base}/:id/feedback/:feedbackId`,
    {
      config: { access: { artefact: 'feature', action: 'link_feedback' } },
      schema: {
        tags,
        summary: 'Change the importance of linked feedback',
        params: LinkParams,
        body: z.strictObject({ importance: Importance }),
        response: { 200: z.object({ feedbackId: Uuid, importance: Importance }), ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      return inTransaction(ctx, (tx) =>
        updateLink(tx, req.params.id, req.params.feedbackId, req.body.importance),
      );
    },
  );

  app.delete(
    `${base}/:id/feedback/:feedbackId`,
    {
      config: { access: { artefact: 'feature', action: 'link_feedback' } },
      schema: {
        tags,
        summary: 'Unlink feedback from a feature',
        params: LinkParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => unlinkFeedback(tx, req.params.id, req.params.feedbackId));
      return reply.code(204).send(null);
    },
  );
};
