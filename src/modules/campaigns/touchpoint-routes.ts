import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { CHANNELS, JOURNEY_STAGES, LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import { errorResponses, shortText, Uuid, version, WsIdParams } from '../../http/schemas.ts';
import {
  createTouchpoint,
  deleteTouchpoint,
  type JourneyOwner,
  listJourney,
  MESSAGE_REFS,
  reorderJourney,
  updateTouchpoint,
} from './touchpoints.ts';

const Stage = z.enum(JOURNEY_STAGES);
const Channel = z.enum(CHANNELS);
const Touchpoint = z.object({
  id: Uuid,
  campaignId: Uuid.nullable(),
  programId: Uuid.nullable(),
  stage: Stage,
  position: z.number().int(),
  channel: Channel,
  asset: z.string(),
  messagingId: Uuid.nullable(),
  messageRef: z.string(),
  messageText: z.string().nullable().describe('The approved copy the reference points at'),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const Journey = z.object({ items: z.array(Touchpoint) });
const messageRef = () =>
  z
    .string()
    .max(40)
    .describe(`${MESSAGE_REFS.join(' | ')} | pillar:N — a part of the approved messaging`);
const Create = z.strictObject({
  stage: Stage,
  channel: Channel,
  asset: shortText().trim().optional().describe('The asset shown: a name or URL'),
  messagingId: Uuid.nullable().optional().describe('Approved messaging the copy comes from'),
  messageRef: messageRef().optional(),
  notes: z.string().max(LIMITS.shortText).optional(),
  position: z.number().int().min(1).max(1_000).optional().describe('Insert here (1 = first); default: last'),
});
const Update = z.strictObject({
  stage: Stage.optional(),
  channel: Channel.optional(),
  asset: shortText().trim().optional(),
  messagingId: Uuid.nullable().optional(),
  messageRef: messageRef().optional(),
  notes: z.string().max(LIMITS.shortText).optional(),
  version: version(),
});
const Order = z.strictObject({
  ids: z.array(Uuid).max(1_000).describe('Every step of the journey, in the new order'),
});

export const touchpointRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['touchpoints'];
  for (const kind of ['campaign', 'program'] as const) {
    const base = `/api/v1/workspaces/:workspaceId/${kind}s/:id/touchpoints`;
    const owner = (id: string): JourneyOwner => ({ kind, id });
    app.get(
      base,
      {
        config: { access: { artefact: 'touchpoint', action: 'read' } },
        schema: {
          tags,
          summary: `A ${kind}'s journey, in order, with the copy each step quotes`,
          params: WsIdParams,
          response: { 200: Journey, ...errorResponses },
        },
      },
      async (req) => ({
        items: await listJourney(req.wsCtx, owner(req.params.id)),
      }),
    );
    app.post(
      base,
      {
        config: { access: { artefact: 'touchpoint', action: 'create' } },
        schema: {
          tags,
          summary: `Add a step to a ${kind}'s journey (stages run awareness → consideration → conversion → retention)`,
          params: WsIdParams,
          body: Create,
          response: { 201: Touchpoint, ...errorResponses },
        },
      },
      async (req, reply) => {
        const ctx = req.wsCtx;
        const created = await inTransaction(ctx, (tx) =>
          createTouchpoint(tx, owner(req.params.id), req.body),
        );
        setVersionHeader(reply, created.version);
        return reply.code(201).send(created);
      },
    );
    app.put(
      `${base}/order`,
      {
        config: { access: { artefact: 'touchpoint', action: 'update' } },
        schema: {
          tags,
          summary: `Reorder a ${kind}'s journey`,
          params: WsIdParams,
          body: Order,
          response: { 200: Journey, ...errorResponses },
        },
      },
      async (req) => {
        const ctx = req.wsCtx;
        return {
          items: await inTransaction(ctx, (tx) => reorderJourney(tx, owner(req.params.id), req.body.ids)),
        };
      },
    );
  }

  const one = '/api/v1/workspaces/:workspaceId/touchpoints/:id';
  app.patch(
    one,
    {
      config: { access: { artefact: 'touchpoint', action: 'update' } },
      schema: {
        tags,
        summary: 'Edit a journey step',
        params: WsIdParams,
        body: Update,
        response: { 200: Touchpoint, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(ctx, (tx) =>
        updateTouchpoint(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );
  app.delete(
    one,
    {
      config: { access: { artefact: 'touchpoint', action: 'delete' } },
      schema: {
        tags,
        summary: 'Remove a journey step (later steps move up)',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteTouchpoint(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
