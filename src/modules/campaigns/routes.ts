import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { CAMPAIGN_STATUSES, CHANNELS, LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  csv,
  errorResponses,
  httpUrl,
  httpUrlOrEmpty,
  isoDate,
  ListQuery,
  longText,
  name,
  page,
  shortText,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { createCampaign, deleteCampaign, getCampaign, listCampaigns, updateCampaign } from './campaigns.ts';
import { createLink, deleteLink, listLinks } from './links.ts';
import { touchpointRoutes } from './touchpoint-routes.ts';

const Channel = z.enum(CHANNELS);
const Status = z.enum(CAMPAIGN_STATUSES);
const TargetMetric = z.strictObject({
  metric: z.string().trim().min(1).max(100),
  target: z.number().min(0).max(1e12),
  unit: z.string().trim().max(30).optional(),
});
const Campaign = z.object({
  id: Uuid,
  programId: Uuid,
  name: z.string(),
  description: z.string(),
  channel: Channel,
  personaId: Uuid.nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  plannedSpend: z.number(),
  actualSpend: z.number(),
  targetMetrics: z.array(z.object({ metric: z.string(), target: z.number(), unit: z.string().optional() })),
  status: Status,
  allowedTransitions: z.array(Status),
  utm: z.object({ source: z.string(), medium: z.string(), campaign: z.string() }),
  landingUrl: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const utm = () => z.string().trim().max(200);
const money = () => z.number().min(0).max(1e12);
const fields = {
  description: longText().optional(),
  personaId: Uuid.nullable().optional().describe('The audience'),
  startDate: isoDate().nullable().optional(),
  endDate: isoDate().nullable().optional(),
  plannedSpend: money().optional(),
  actualSpend: money().optional(),
  targetMetrics: z.array(TargetMetric).max(20).optional(),
  landingUrl: httpUrlOrEmpty().optional().describe('Default destination for tagged links'),
  utmSource: utm().optional().describe('Normalised; defaults by channel'),
  utmMedium: utm().optional().describe('Normalised; defaults by channel (paid_search → cpc, …)'),
  utmCampaign: utm()
    .optional()
    .describe(
      'Normalised; defaults to the name, made unique with -2, -3…; a taken value given explicitly is 409',
    ),
};
const Create = z.strictObject({ programId: Uuid, name: name(), channel: Channel, ...fields });
const Update = z.strictObject({
  programId: Uuid.optional(),
  name: name().optional(),
  channel: Channel.optional(),
  ...fields,
  status: Status.optional().describe(
    'planned → active → paused ↔ active → completed; any open status → cancelled',
  ),
  version: version(),
});
const Link = z.object({
  id: Uuid,
  campaignId: Uuid,
  label: z.string(),
  destinationUrl: z.string(),
  utmContent: z.string(),
  utmTerm: z.string(),
  url: z.string().describe("The destination tagged with the campaign's current UTM values"),
  createdAt: z.string(),
});

export const campaignsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['campaigns'];
  const base = '/api/v1/workspaces/:workspaceId/campaigns';

  app.get(
    base,
    {
      config: { access: { artefact: 'campaign', action: 'read' } },
      schema: {
        tags,
        summary: 'Campaigns (sort: startDate (default), name, createdAt, actualSpend)',
        params: WsParams,
        querystring: ListQuery.extend({
          programId: Uuid.optional(),
          channel: csv(Channel).optional(),
          status: csv(Status).optional(),
          personaId: Uuid.optional(),
          from: isoDate().optional().describe('Running on or after'),
          to: isoDate().optional().describe('Starting on or before'),
          q: z.string().max(200).optional().describe('Name or utm_campaign contains'),
        }),
        response: { 200: page(Campaign), ...errorResponses },
      },
    },
    async (req) => listCampaigns(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'campaign', action: 'create' } },
      schema: {
        tags,
        summary: 'Create a campaign in an accepted or running program',
        params: WsParams,
        body: Create,
        response: { 201: Campaign, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const created = await inTransaction(ctx, (tx) => createCampaign(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'campaign', action: 'read' } },
      schema: {
        tags,
        summary: 'A campaign',
        params: WsIdParams,
        response: { 200: Campaign, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await getCampaign(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'campaign', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a campaign, its spend or its status',
        params: WsIdParams,
        body: Update,
        response: { 200: Campaign, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(ctx, (tx) =>
        updateCampaign(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'campaign', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a campaign with its links and touchpoints',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteCampaign(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${base}/:id/links`,
    {
      config: { access: { artefact: 'campaign', action: 'read' } },
      schema: {
        tags,
        summary: "A campaign's tagged links",
        params: WsIdParams,
        response: { 200: z.object({ items: z.array(Link) }), ...errorResponses },
      },
    },
    async (req) => ({
      items: await listLinks(req.wsCtx, req.params.id),
    }),
  );

  app.post(
    `${base}/:id/links`,
    {
      config: { access: { artefact: 'campaign', action: 'update' } },
      schema: {
        tags,
        summary: 'Generate a tagged link (UTM builder)',
        params: WsIdParams,
        body: z.strictObject({
          destinationUrl: httpUrl(),
          label: shortText().trim().optional(),
          utmContent: z
            .string()
            .max(LIMITS.tag * 2)
            .optional()
            .describe('Which ad or link (normalised)'),
          utmTerm: z
            .string()
            .max(LIMITS.tag * 2)
            .optional()
            .describe('Paid keyword (normalised)'),
        }),
        response: { 201: Link, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const link = await inTransaction(ctx, (tx) => createLink(tx, req.params.id, req.body));
      return reply.code(201).send(link);
    },
  );

  app.delete(
    `${base}/:id/links/:linkId`,
    {
      config: { access: { artefact: 'campaign', action: 'update' } },
      schema: {
        tags,
        summary: 'Delete a tagged link',
        params: z.strictObject({ workspaceId: Uuid, id: Uuid, linkId: Uuid }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteLink(tx, req.params.id, req.params.linkId));
      return reply.code(204).send(null);
    },
  );

  await app.register(touchpointRoutes);
};
