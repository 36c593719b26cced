import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { SCORING_KINDS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import { errorResponses, ListQuery, page, Uuid, version, WsIdParams, WsParams } from '../../http/schemas.ts';
import { CRITERION_SOURCES } from './model.ts';
import { createModel, deleteModel, getModel, getModelOfProduct, listModels, updateModel } from './models.ts';

const Criterion = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _, starting with a letter'),
  label: z.string().trim().min(1).max(100),
  weight: z
    .number()
    .min(-100)
    .max(100)
    .refine((w) => w !== 0, 'weight cannot be 0'),
  source: z.enum(CRITERION_SOURCES),
  saturation: z
    .number()
    .positive()
    .max(1e12)
    .optional()
    .describe('Raw demand value worth the full 10 points'),
});
const Kind = z.enum(SCORING_KINDS);
const Model = z.object({
  id: Uuid,
  productId: Uuid,
  kind: Kind,
  criteria: z.array(Criterion),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  rescored: z.number().int().optional().describe('Features whose score changed with this write'),
});

export const scoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['scoring'];
  const base = '/api/v1/workspaces/:workspaceId/scoring-models';
  const kinds =
    'rice: reach × impact (0.25/0.5/1/2/3) × confidence% ÷ effort; ice: impact × confidence × ease (1–10 each); value_effort: value ÷ effort; weighted: Σ(weight × rating 0–10) ÷ Σ|weight|, ratings manual or fed by demand';

  app.get(
    base,
    {
      config: { access: { artefact: 'scoring_model', action: 'read' } },
      schema: {
        tags,
        summary: 'Scoring models, one per product',
        params: WsParams,
        querystring: ListQuery.extend({ productId: Uuid.optional() }),
        response: { 200: page(Model), ...errorResponses },
      },
    },
    async (req) => listModels(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'scoring_model', action: 'create' } },
      schema: {
        tags,
        summary: "Set a product's scoring model; rescores its features",
        description: kinds,
        params: WsParams,
        body: z.strictObject({
          productId: Uuid,
          kind: Kind,
          criteria: z.array(Criterion).max(20).optional(),
        }),
        response: { 201: Model, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const model = await inTransaction(ctx, (tx) => createModel(tx, req.body));
      setVersionHeader(reply, model.version);
      return reply.code(201).send(model);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'scoring_model', action: 'read' } },
      schema: {
        tags,
        summary: 'A scoring model',
        params: WsIdParams,
        response: { 200: Model, ...errorResponses },
      },
    },
    async (req, reply) => {
      const model = await getModel(req.wsCtx, req.params.id);
      setVersionHeader(reply, model.version);
      return model;
    },
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/products/:productId/scoring-model',
    {
      config: { access: { artefact: 'scoring_model', action: 'read' } },
      schema: {
        tags,
        summary: 'The scoring model of a product (404 when it has none and scores with RICE)',
        params: z.strictObject({ workspaceId: Uuid, productId: Uuid }),
        response: { 200: Model, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const model = await getModelOfProduct(ctx, req.params.productId);
      setVersionHeader(reply, model.version);
      return model;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'scoring_model', action: 'update' } },
      schema: {
        tags,
        summary: 'Change a scoring model; rescores the product’s features in the same transaction',
        description: kinds,
        params: WsIdParams,
        body: z.strictObject({
          kind: Kind.optional(),
          criteria: z.array(Criterion).max(20).optional(),
          version: version(),
        }),
        response: { 200: Model, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const model = await inTransaction(ctx, (tx) =>
        updateModel(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, model.version);
      return model;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'scoring_model', action: 'delete' } },
      schema: {
        tags,
        summary: 'Remove a scoring model: the product goes back to RICE',
        params: WsIdParams,
        response: { 200: z.object({ rescored: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      return {
        rescored: await inTransaction(ctx, (tx) =>
          deleteModel(tx, req.params.id, expectedVersion(req, undefined)),
        ),
      };
    },
  );
};
