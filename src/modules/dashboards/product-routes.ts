import { z } from 'zod';
import { CUSTOMER_SEGMENTS, LAUNCH_STATUSES } from '../../core/enums.ts';
import { errorResponses, isoDate, Uuid, WsParams } from '../../http/schemas.ts';
import { RetentionResult } from '../analytics/http-schemas.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { productManagementDashboard } from './product-management.ts';
import { productMarketingDashboard } from './product.ts';

/**
 * The product marketing and product management dashboards: read-only, one payload each for the first view.
 * Everyone reads launches and features; survey figures follow the matrix's survey read right (product.ts).
 */
export const productDashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['dashboards'];
  app.get(
    '/api/v1/workspaces/:workspaceId/dashboards/product-marketing',
    {
      config: { access: { artefact: 'launch', action: 'read' } },
      schema: {
        tags,
        summary:
          'Product marketing dashboard: conversion rate, NPS and CSAT, win rate, and launches with reach and adoption',
        params: WsParams,
        querystring: ProductMarketingQuery,
        response: { 200: ProductMarketingResult, ...errorResponses },
      },
    },
    async (req) => productMarketingDashboard(req.wsCtx, req.query),
  );
  app.get(
    '/api/v1/workspaces/:workspaceId/dashboards/product-management',
    {
      config: { access: { artefact: 'feature', action: 'read' } },
      schema: {
        tags,
        summary:
          'Product management dashboard: feature adoption, usage, retention, feedback volume and sentiment, detractor themes',
        params: WsParams,
        querystring: ProductManagementQuery,
        response: { 200: ProductManagementResult, ...errorResponses },
      },
    },
    async (req) => productManagementDashboard(req.wsCtx, req.query),
  );
};

/** Request and response schemas of the product marketing and product management dashboards. */

const RangeQuery = {
  from: isoDate().optional().describe('First day (UTC), inclusive; default 30 days before `to`'),
  to: isoDate()
    .optional()
    .describe('Last day (UTC), inclusive; default today. At most two years after `from`'),
  compare: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true')
    .describe('1: also answer the previous period of the same length'),
};

const ProductMarketingQuery = z.strictObject({
  ...RangeQuery,
  productId: Uuid.optional().describe(
    "Surveys, deals and launches of this product (traffic and conversions are the workspace's: events name no product)",
  ),
  launchId: Uuid.optional().describe("Surveys about this launch; conversion: the launch's credited results"),
  personaId: Uuid.optional().describe('Surveys about this persona'),
  segment: z.enum(CUSTOMER_SEGMENTS).optional().describe("The answering customer's (or the deal's) segment"),
});
const ProductManagementQuery = z.strictObject({
  ...RangeQuery,
  productId: Uuid.optional().describe(
    "Features, feedback and flagged answers of this product (usage and retention are the workspace's)",
  ),
});

const Period = z.object({ from: z.string(), to: z.string() });
const Score = z.object({
  answers: z.number().int(),
  score: z.number().nullable().describe('NPS (−100…100) or CSAT (%); null without answers'),
  promoters: z.number().int().describe('NPS promoters (9–10); CSAT satisfied (4–5)'),
  passives: z.number().int(),
  detractors: z.number().int(),
  confidence: z.object({ low: z.number(), high: z.number() }).nullable().describe('95 % interval'),
});
const Group = Score.extend({
  key: z.string().nullable().describe('Persona or launch id, or segment; null: none'),
  label: z.string().nullable(),
});
const Conversion = z.object({
  visitors: z.number().int(),
  conversions: z.number(),
  rate: z.number().nullable().describe('conversions ÷ visitors; null without visitors'),
});
const Tally = z.object({
  won: z.number().int(),
  lost: z.number().int(),
  noDecision: z.number().int(),
  rate: z.number().nullable().describe('Win rate: won ÷ (won + lost), in %; null without decided deals'),
});
const Rate = z.number().nullable();

const ProductMarketingResult = z.object({
  from: z.string(),
  to: z.string(),
  previous: Period.nullable(),
  conversion: z.object({
    scope: z.enum(['workspace', 'launch']),
    current: Conversion,
    previous: Conversion.nullable(),
  }),
  surveys: z
    .object({
      nps: z.object({ current: Score, previous: Score.nullable() }),
      csat: z.object({ current: Score, previous: Score.nullable() }),
      series: z.array(z.object({ week: z.string(), nps: Score, csat: Score })),
      byPersona: z.array(Group),
      bySegment: z.array(Group),
      byLaunch: z.array(Group),
    })
    .nullable()
    .describe('Null when the role may not read surveys (see surveysHidden)'),
  surveysHidden: z.string().nullable(),
  winRate: z.object({
    current: Tally,
    previous: Tally.nullable(),
    series: z.array(Tally.extend({ week: z.string() })),
    byCompetitor: z.array(Tally.extend({ key: z.string().nullable(), label: z.string().nullable() })),
    bySegment: z.array(Tally.extend({ key: z.string().nullable(), label: z.string().nullable() })),
  }),
  launches: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      date: z.string(),
      status: z.enum(LAUNCH_STATUSES),
      tier: z.number().int(),
      visits: z.number().int(),
      visitors: z.number().int(),
      conversions: z.number(),
      conversionRate: Rate,
      adoption: z.object({
        before: Rate.describe("Mean of its features' adoption rates in the 4 weeks before its date"),
        after: Rate.describe('… and in the 4 weeks from its date'),
        features: z.array(z.object({ id: Uuid, title: z.string(), before: Rate, after: Rate })),
      }),
    }),
  ),
});

const FeatureAdoption = z.object({
  id: Uuid,
  title: z.string(),
  persons: z.number().int(),
  rate: Rate.describe('Persons who used it ÷ persons active in the range'),
  before: Rate,
  after: Rate,
});

const ProductManagementResult = z.object({
  from: z.string(),
  to: z.string(),
  previous: Period.nullable(),
  adoption: z.object({
    activePersons: z.number().int(),
    shipped: z.number().int().describe('Shipped features with an adoption signal'),
    top: z.array(FeatureAdoption),
    bottom: z.array(FeatureAdoption),
  }),
  usage: z.object({
    daily: z.array(z.object({ day: z.string(), persons: z.number().int() })),
    weekly: z.array(z.object({ week: z.string(), persons: z.number().int() })),
    current: z.number().int().describe('Persons active in the range'),
    previous: z.number().int().nullable(),
  }),
  retention: RetentionResult,
  feedback: z.object({
    current: z.number().int(),
    previous: z.number().int().nullable(),
    weeks: z.array(
      z.object({
        week: z.string(),
        total: z.number().int(),
        positive: z.number().int(),
        neutral: z.number().int(),
        negative: z.number().int(),
        unknown: z.number().int().describe('No sentiment set'),
      }),
    ),
    sentiment: z.object({
      positive: z.number().int(),
      neutral: z.number().int(),
      negative: z.number().int(),
      unknown: z.number().int(),
    }),
  }),
  detractorThemes: z.object({
    feedback: z.number().int().describe('Negative survey feedback in the range the themes come from'),
    tags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
    words: z.array(z.object({ word: z.string(), count: z.number().int() })),
    features: z.array(z.object({ id: Uuid, title: z.string(), count: z.number().int() })),
  }),
  flagged: z.array(
    z.object({
      id: Uuid,
      title: z.string(),
      text: z.string(),
      score: z.number().int(),
      kind: z.string(),
      customer: z.object({ id: Uuid, name: z.string(), annualRevenue: z.number() }),
      createdAt: z.string(),
    }),
  ),
});
