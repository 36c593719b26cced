import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { APPROVAL_STATUSES, LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import { STEP_RIGHT } from './approval.ts';
import {
  csv,
  errorResponses,
  ListQuery,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import {
  approvedMessaging,
  COPY_LIMITS,
  createMessaging,
  deleteMessaging,
  getMessaging,
  listMessaging,
  messagingMatrix,
  PILLARS,
  stepMessaging,
  updateMessaging,
} from './messaging.ts';
import { approvalFields } from './positioning-routes.ts';

const Status = z.enum(APPROVAL_STATUSES);
const copy = (max: number) => z.string().trim().max(max);
const Pillar = z.strictObject({
  title: copy(COPY_LIMITS.pillarTitle).min(1),
  description: copy(COPY_LIMITS.pillarDescription).default(''),
  proofPoints: z.array(copy(COPY_LIMITS.proofPoint).min(1)).max(COPY_LIMITS.proofPoints).default([]),
});
const PillarOut = z.object({ title: z.string(), description: z.string(), proofPoints: z.array(z.string()) });

const Messaging = z.object({
  id: Uuid,
  productId: Uuid,
  productName: z.string(),
  personaId: Uuid,
  personaName: z.string(),
  headline: z.string(),
  valueProposition: z.string(),
  pillars: z.array(PillarOut),
  boilerplateShort: z.string(),
  boilerplateMedium: z.string(),
  boilerplateLong: z.string(),
  elevatorPitch: z.string(),
  approvalMissing: z.array(z.string()).describe('What keeps this version from approval (empty when ready)'),
  ...approvalFields,
});

const fields = {
  headline: copy(COPY_LIMITS.headline).optional(),
  valueProposition: copy(COPY_LIMITS.valueProposition).optional(),
  pillars: z
    .array(Pillar)
    .max(PILLARS.max)
    .optional()
    .describe(`Up to ${PILLARS.max}; approval needs ${PILLARS.min}–${PILLARS.max}, each with a proof point`),
  boilerplateShort: copy(COPY_LIMITS.boilerplateShort)
    .optional()
    .describe(`≤ ${COPY_LIMITS.boilerplateShort} characters`),
  boilerplateMedium: copy(COPY_LIMITS.boilerplateMedium)
    .optional()
    .describe(`≤ ${COPY_LIMITS.boilerplateMedium} characters`),
  boilerplateLong: copy(COPY_LIMITS.boilerplateLong)
    .optional()
    .describe(`≤ ${COPY_LIMITS.boilerplateLong} characters`),
  elevatorPitch: copy(COPY_LIMITS.elevatorPitch)
    .optional()
    .describe(`≤ ${COPY_LIMITS.elevatorPitch} characters`),
};
const Create = z.strictObject({
  productId: Uuid,
  personaId: Uuid,
  basedOnId: Uuid.nullable().optional().describe('Copy from this version; default: the approved one'),
  ...fields,
});
const Update = z.strictObject({ ...fields, version: version() });
const StepBody = z.strictObject({ version: version() });
const ReviewBody = z.strictObject({
  comment: z.string().trim().max(LIMITS.shortText).optional(),
  version: version(),
});
const SendBackBody = z.strictObject({
  comment: z.string().trim().min(1).max(LIMITS.shortText).describe('What to change'),
  version: version(),
});
const Pair = z.strictObject({ productId: Uuid, personaId: Uuid });

export const messagingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['messaging'];
  const base = '/api/v1/workspaces/:workspaceId/messaging';

  app.get(
    base,
    {
      config: { access: { artefact: 'messaging', action: 'read' } },
      schema: {
        tags,
        summary: 'Messaging versions (sort: revision (default, newest first), updatedAt, createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          productId: Uuid.optional(),
          personaId: Uuid.optional(),
          status: csv(Status).optional(),
        }),
        response: { 200: page(Messaging), ...errorResponses },
      },
    },
    async (req) => listMessaging(req.wsCtx, req.query),
  );

  app.get(
    `${base}/matrix`,
    {
      config: { access: { artefact: 'messaging', action: 'read' } },
      schema: {
        tags,
        summary: 'The persona × messaging matrix of a product: approved copy and latest version per persona',
        params: WsParams,
        querystring: z.strictObject({ productId: Uuid }),
        response: {
          200: z.object({
            productId: Uuid,
            rows: z.array(
              z.object({
                persona: z.object({ id: Uuid, name: z.string(), title: z.string() }),
                approved: Messaging.nullable(),
                latest: z.object({ id: Uuid, revision: z.number().int(), status: Status }).nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => messagingMatrix(req.wsCtx, req.query.productId),
  );

  app.get(
    `${base}/approved`,
    {
      config: { access: { artefact: 'messaging', action: 'read' } },
      schema: {
        tags,
        summary: 'The approved messaging for a product and persona: the copy source (404 when none)',
        params: WsParams,
        querystring: Pair,
        response: { 200: Messaging, ...errorResponses },
      },
    },
    async (req) => approvedMessaging(req.wsCtx, req.query.productId, req.query.personaId),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'messaging', action: 'create' } },
      schema: {
        tags,
        summary: 'Start a new messaging draft for a product and persona',
        params: WsParams,
        body: Create,
        response: { 201: Messaging, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const created = await inTransaction(ctx, (tx) => createMessaging(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'messaging', action: 'read' } },
      schema: {
        tags,
        summary: 'One messaging version',
        params: WsIdParams,
        response: { 200: Messaging, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await getMessaging(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'messaging', action: 'update' } },
      schema: {
        tags,
        summary: 'Edit a messaging draft (product marketing owns the words)',
        params: WsIdParams,
        body: Update,
        response: { 200: Messaging, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(ctx, (tx) =>
        updateMessaging(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  const steps = [
    ['submit', 'Submit a messaging draft for review', StepBody],
    [
      'approve',
      'Approve messaging in review (3–5 pillars with proof; supersedes the approved one; 403 for its own author when the workspace requires a second approver)',
      ReviewBody,
    ],
    ['send-back', 'Send messaging in review back to draft with a comment', SendBackBody],
  ] as const;
  for (const [path, summary, body] of steps)
    app.post(
      `${base}/:id/${path}`,
      {
        config: {
          access: { artefact: 'messaging', action: STEP_RIGHT[path === 'send-back' ? 'send_back' : path] },
        },
        schema: { tags, summary, params: WsIdParams, body, response: { 200: Messaging, ...errorResponses } },
      },
      async (req, reply) => {
        const ctx = req.wsCtx;
        const b = req.body as { version?: number; comment?: string };
        const step = path === 'send-back' ? 'send_back' : path;
        const moved = await inTransaction(ctx, (tx) =>
          stepMessaging(tx, req.params.id, step, {
            comment: b.comment,
            expected: expectedVersion(req, b.version),
          }),
        );
        setVersionHeader(reply, moved.version);
        return moved;
      },
    );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'messaging', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a messaging draft',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteMessaging(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
