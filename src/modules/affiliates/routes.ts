import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { COMMISSION_MODELS, LIMITS, PARTNER_KINDS, PARTNER_STATUSES } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  httpUrlOrEmpty,
  ListQuery,
  name,
  page,
  shortText,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import {
  affiliateByCode,
  createAffiliate,
  deleteAffiliate,
  getAffiliate,
  listAffiliates,
  updateAffiliate,
} from './affiliates.ts';

const Kind = z.enum(PARTNER_KINDS);
const Model = z.enum(COMMISSION_MODELS);
const Status = z.enum(PARTNER_STATUSES);
const Affiliate = z.object({
  id: Uuid,
  name: z.string(),
  kind: Kind,
  website: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  referralCode: z.string(),
  commissionModel: Model,
  commissionValue: z.number(),
  status: Status,
  allowedTransitions: z.array(Status),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const fields = {
  kind: Kind.optional(),
  website: httpUrlOrEmpty(LIMITS.shortText).optional(),
  contactName: shortText().trim().optional(),
  contactEmail: z.union([z.literal(''), z.email().max(LIMITS.email)]).optional(),
  referralCode: z
    .string()
    .trim()
    .min(3)
    .max(32)
    .optional()
    .describe('Letters, digits, dashes; stored upper case, unique per workspace; generated when omitted'),
  commissionValue: z
    .number()
    .min(0)
    .max(1_000_000)
    .describe('A percentage (0–100) or a fixed amount per conversion'),
  notes: z.string().max(LIMITS.longText).optional(),
};
const Create = z.strictObject({ name: name(), commissionModel: Model, ...fields });
const Update = z.strictObject({
  name: name().optional(),
  commissionModel: Model.optional(),
  ...fields,
  commissionValue: fields.commissionValue.optional(),
  status: Status.optional().describe(
    'prospect → active | ended; active ↔ paused; any → ended; ended is final',
  ),
  version: version(),
});

export const affiliatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['affiliates'];
  const base = '/api/v1/workspaces/:workspaceId/affiliates';

  app.get(
    base,
    {
      config: { access: { artefact: 'affiliate', action: 'read' } },
      schema: {
        tags,
        summary: 'Affiliates and partners (sort: name (default), createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          status: Status.optional(),
          kind: Kind.optional(),
          q: z.string().max(200).optional().describe('Name, code or contact contains'),
        }),
        response: { 200: page(Affiliate), ...errorResponses },
      },
    },
    async (req) => listAffiliates(req.wsCtx, req.query),
  );

  app.get(
    `${base}/by-code/:code`,
    {
      config: { access: { artefact: 'affiliate', action: 'read' } },
      schema: {
        tags,
        summary: 'The partner a referral code belongs to (case-insensitive)',
        params: z.strictObject({ workspaceId: Uuid, code: z.string().min(1).max(64) }),
        response: { 200: Affiliate, ...errorResponses },
      },
    },
    async (req) => affiliateByCode(req.wsCtx, req.params.code),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'affiliate', action: 'create' } },
      schema: {
        tags,
        summary: 'Add a partner (it starts as a prospect)',
        params: WsParams,
        body: Create,
        response: { 201: Affiliate, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const created = await inTransaction(ctx, (tx) => createAffiliate(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'affiliate', action: 'read' } },
      schema: {
        tags,
        summary: 'One partner',
        params: WsIdParams,
        response: { 200: Affiliate, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await getAffiliate(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'affiliate', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a partner or move it along its lifecycle',
        params: WsIdParams,
        body: Update,
        response: { 200: Affiliate, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(ctx, (tx) =>
        updateAffiliate(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'affiliate', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a partner',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteAffiliate(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
