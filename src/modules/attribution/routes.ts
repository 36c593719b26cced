import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTRIBUTION_MODELS } from '../../core/enums.ts';
import type { Artefact } from '../../policies/ownership.ts';
import { errorResponses, isoDate, Uuid, WsIdParams, WsParams } from '../../http/schemas.ts';
import { INTERVALS, trafficBreakdown } from './breakdown.ts';
import { affiliateResults, campaignResults, launchResults, programResults } from './results.ts';
import { TRAFFIC_DIMENSIONS } from './schema.ts';

const Model = z.enum(ATTRIBUTION_MODELS);
const WindowQuery = z.strictObject({
  from: isoDate().optional().describe('First day (UTC), inclusive; default 30 days before `to`'),
  to: isoDate()
    .optional()
    .describe('Last day (UTC), inclusive; default today. At most two years after `from`'),
  model: Model.optional().describe("Attribution model; default the workspace's attribution settings"),
  goalId: Uuid.optional().describe(
    'Count conversions of this goal only; default every goal of the workspace',
  ),
});

const Results = z.object({
  visits: z
    .number()
    .int()
    .describe('Non-bot visits whose UTM campaign (or referral code) is this one, started in range'),
  visitors: z.number().int().describe('Unique persons among those visits'),
  leads: z
    .number()
    .describe(
      'Persons who became leads in range, credited by the model over their touches before that moment',
    ),
  conversions: z
    .number()
    .describe('Goal events in range credited by the model (fractional; round for display only)'),
  conversionRate: z.number().nullable().describe('conversions ÷ visitors; null without visitors'),
  revenue: z.number().describe("Credited revenue from the goals' revenue property, in `currency`"),
  spend: z
    .number()
    .describe(
      "Campaigns' actual spend, prorated to the range by the days of each campaign's run (start to end date) " +
        'inside it; the whole spend of a campaign without both dates. For an affiliate: the commission owed.',
    ),
  costPerLead: z.number().nullable().describe('spend ÷ leads; null without leads'),
  costPerConversion: z.number().nullable().describe('spend ÷ conversions; null without conversions'),
  roi: z.number().nullable().describe('(revenue − spend) ÷ spend; null without spend'),
  model: Model,
  goalId: Uuid.nullable(),
  from: z.string(),
  to: z.string(),
  currency: z
    .string()
    .describe("The goals' currency (the most used one when they differ: revenue of the others is left out)"),
});
const AffiliateResults = Results.extend({
  commissionOwed: z
    .number()
    .describe(
      'Percentage model: that share of the credited revenue; fixed: the amount × credited conversions',
    ),
});

const BreakdownQuery = WindowQuery.extend({
  interval: z.enum(INTERVALS).default('day'),
  by: z.enum(TRAFFIC_DIMENSIONS).default('channel'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(10)
    .describe('Groups shown; the rest are summed as "other"'),
});
const Point = z.object({
  start: z.string().describe('First day of the bucket (weeks start on Monday)'),
  visits: z.number().int(),
  visitors: z.number().int(),
  pageviews: z.number().int(),
  conversions: z
    .number()
    .nullable()
    .describe('Credited conversions ending in the bucket; null without goalId'),
});
const Breakdown = z.object({
  from: z.string(),
  to: z.string(),
  interval: z.enum(INTERVALS),
  by: z.enum(TRAFFIC_DIMENSIONS),
  model: Model,
  goalId: Uuid.nullable(),
  groups: z.array(
    z.object({
      key: z
        .string()
        .nullable()
        .describe(
          'The value (a channel, source, campaign, referrer domain or landing path); null: none / unattributed',
        ),
      other: z.boolean().describe('The sum of the groups past `limit`; its visitors add theirs up'),
      visits: z.number().int(),
      pageviews: z.number().int(),
      conversions: z.number().nullable(),
      points: z.array(Point),
    }),
  ),
});

export const attributionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['attribution'];
  const results = [
    ['campaigns', 'campaign', campaignResults],
    ['programs', 'program', programResults],
    ['launches', 'launch', launchResults],
  ] as const satisfies readonly [string, Artefact, unknown][];
  for (const [resource, artefact, fn] of results)
    app.get(
      `/api/v1/workspaces/:workspaceId/${resource}/:id/results`,
      {
        config: { access: { artefact, action: 'read' } },
        schema: {
          tags,
          summary: `A ${artefact}'s traffic, leads, conversions, revenue, spend and ROI in a range`,
          params: WsIdParams,
          querystring: WindowQuery,
          response: { 200: Results, ...errorResponses },
        },
      },
      async (req) => fn(req.wsCtx, req.params.id, req.query),
    );

  app.get(
    '/api/v1/workspaces/:workspaceId/affiliates/:id/results',
    {
      config: { access: { artefact: 'affiliate', action: 'read' } },
      schema: {
        tags,
        summary: "An affiliate's traffic (by referral code), leads, conversions, revenue and commission owed",
        params: WsIdParams,
        querystring: WindowQuery,
        response: { 200: AffiliateResults, ...errorResponses },
      },
    },
    async (req) => affiliateResults(req.wsCtx, req.params.id, req.query),
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/traffic',
    {
      config: { access: { artefact: 'source', action: 'read' } },
      schema: {
        tags,
        summary: 'Traffic by day, week or month and by channel, source, campaign, referrer or landing page',
        params: WsParams,
        querystring: BreakdownQuery,
        response: { 200: Breakdown, ...errorResponses },
      },
    },
    async (req) => trafficBreakdown(req.wsCtx, req.query),
  );
};
