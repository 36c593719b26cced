import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ATTRIBUTION_MODELS,
  COMMISSION_MODELS,
  PARTNER_STATUSES,
  TRAFFIC_CHANNELS,
} from '../../core/enums.ts';
import { errorResponses, isoDate, Uuid, WsParams } from '../../http/schemas.ts';
import { marketingDashboard } from './marketing.ts';

const Model = z.enum(ATTRIBUTION_MODELS);

const Query = z.strictObject({
  from: isoDate().optional().describe('First day (UTC), inclusive; default 30 days before `to`'),
  to: isoDate()
    .optional()
    .describe('Last day (UTC), inclusive; default today. At most two years after `from`'),
  compare: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => v === '1')
    .describe('1: also answer the previous period of the same length (previousTotals, previousSeries)'),
  model: Model.optional().describe("Attribution model; default the workspace's attribution settings"),
  channel: z
    .enum(TRAFFIC_CHANNELS)
    .optional()
    .describe("Only this channel group's visits, and credit to its touches only"),
  campaignId: Uuid.optional().describe("Only this campaign's visits, and credit to its touches only"),
  programId: Uuid.optional().describe(
    "Only the program's campaigns' visits, and credit to their touches only",
  ),
});

const Outcomes = {
  leads: z.number().describe('Persons identified (credited by the model when filtered; fractional)'),
  conversions: z.number().describe('Goal events (credited by the model when filtered; fractional)'),
  revenue: z.number().describe('Revenue of those conversions, in `currency`'),
};
const Returns = {
  spend: z
    .number()
    .describe("Campaigns' actual spend prorated to the days of their run in range (whole when undated)"),
  costPerLead: z.number().nullable(),
  costPerConversion: z.number().nullable(),
  roi: z.number().nullable().describe('(revenue − spend) ÷ spend; null without spend'),
};
const Totals = z.object({
  visits: z.number().int(),
  visitors: z.number().int().describe('Unique persons among the visits'),
  ...Outcomes,
  conversionRate: z.number().nullable().describe('conversions ÷ visitors'),
  ...Returns,
});
const Point = z.object({ day: z.string(), visits: z.number().int(), ...Outcomes });

const Dashboard = z.object({
  from: z.string(),
  to: z.string(),
  previous: z.object({ from: z.string(), to: z.string() }).nullable().describe('The compared period'),
  model: Model,
  lookbackDays: z.number().int(),
  currency: z.string(),
  goals: z.number().int().describe('Conversion goals counted (0: set some up to see conversions)'),
  filter: z.object({
    channel: z.enum(TRAFFIC_CHANNELS).nullable(),
    campaignId: Uuid.nullable(),
    programId: Uuid.nullable(),
  }),
  totals: Totals,
  previousTotals: Totals.nullable(),
  series: z.array(Point).describe('One point per day of the range'),
  previousSeries: z.array(Point).nullable().describe("The previous period's days, in the same order"),
  channels: z.array(z.object({ channel: z.enum(TRAFFIC_CHANNELS), visits: z.number().int(), ...Outcomes })),
  unattributed: z.object(Outcomes).describe('Leads and conversions without a touch in the lookback (direct)'),
  campaigns: z
    .array(
      z.object({
        id: Uuid.nullable().describe('null: the "others" row'),
        name: z.string().nullable(),
        programId: Uuid.nullable(),
        visits: z.number().int(),
        ...Outcomes,
        ...Returns,
        others: z.number().int().describe('How many campaigns the "others" row sums (0 on a campaign)'),
      }),
    )
    .describe(
      'Campaigns with visits, credit or spend in range: the top 10 by revenue, then one "others" row',
    ),
  programs: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      campaigns: z.number().int(),
      visits: z.number().int(),
      ...Outcomes,
      ...Returns,
    }),
  ),
  budget: z.object({
    months: z.array(
      z.object({
        month: z.string().describe('YYYY-MM'),
        from: z.string(),
        to: z.string(),
        planned: z
          .number()
          .describe(
            "Budget lines of the month's quarter prorated to its days in range (a campaign filter: its planned spend)",
          ),
        ...Outcomes,
        ...Returns,
      }),
    ),
    planned: z.number(),
    spend: z.number(),
  }),
  affiliates: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      referralCode: z.string(),
      status: z.enum(PARTNER_STATUSES),
      commissionModel: z.enum(COMMISSION_MODELS),
      commissionValue: z.number(),
      visits: z.number().int(),
      ...Outcomes,
      commissionOwed: z
        .number()
        .describe('Percentage of the credited revenue, or the amount per credited conversion'),
    }),
  ),
});

export const marketingDashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/workspaces/:workspaceId/dashboards/marketing',
    {
      config: { access: { artefact: 'campaign', action: 'read' } },
      schema: {
        tags: ['dashboards'],
        summary:
          'The marketing dashboard: traffic, leads, conversions, revenue and spend by day, channel, campaign, ' +
          'program and affiliate, against the budget and the previous period',
        params: WsParams,
        querystring: Query,
        response: { 200: Dashboard, ...errorResponses },
      },
    },
    async (req) => marketingDashboard(req.wsCtx, req.query),
  );
};
