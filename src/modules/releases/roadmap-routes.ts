import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FEATURE_STATUSES, RELEASE_STATUSES } from '../../core/enums.ts';
import { csv, errorResponses, isoDate, ListQuery, Uuid, WsParams } from '../../http/schemas.ts';
import { horizons, releaseRoadmap } from './roadmap.ts';

const RoadmapFeature = z.object({
  id: Uuid,
  productId: Uuid,
  title: z.string(),
  status: z.enum(FEATURE_STATUSES),
  effort: z.number().nullable(),
  score: z.number().nullable(),
  ownerId: Uuid.nullable(),
});

const Utilisation = {
  plannedEffort: z.number().describe("Sum of the effort of its features, except won't do"),
  capacity: z.number().nullable(),
  remaining: z
    .number()
    .nullable()
    .describe('capacity − plannedEffort (negative when over); null without capacity'),
  utilisation: z
    .number()
    .nullable()
    .describe('plannedEffort as a percentage of capacity, one decimal; null without (or with zero) capacity'),
  overCapacity: z.boolean(),
};

const RoadmapRelease = z.object({
  id: Uuid,
  productId: Uuid.nullable(),
  name: z.string(),
  status: z.enum(RELEASE_STATUSES),
  targetDate: z.string().nullable(),
  featureCount: z.number().int(),
  unestimatedCount: z.number().int(),
  ...Utilisation,
  features: z.array(RoadmapFeature).describe('Best score first, at most featureLimit'),
});

const HorizonColumn = z.object({
  count: z.number().int().describe('Features in this column in all (the list stops at limit)'),
  features: z.array(RoadmapFeature.extend({ releaseId: Uuid.nullable() })),
  releases: z.array(
    z.object({
      id: Uuid,
      productId: Uuid.nullable(),
      name: z.string(),
      status: z.enum(RELEASE_STATUSES),
      targetDate: z.string().nullable(),
    }),
  ),
});

const HORIZONS_DESCRIPTION = `Now / next / later, the way product teams talk about a roadmap.
Shipped and won't-do features, and released or cancelled releases, are left out. With asOf = today (or the
asOf parameter):
- **now**: features in progress, and every open feature of a release that is in progress or planned with a
  target date within the next 6 weeks (overdue releases included);
- **next**: features of planned releases due within 6 months, and planned features that have no dated
  planned release;
- **later**: everything else still open: ideas and discovery features not in a near release, and anything in
  a release more than 6 months out.
Releases are placed by the same dates (in progress or due within 6 weeks → now, within 6 months → next,
further out or undated → later). Features in each column are sorted by score, best first (unscored last).`;

export const roadmapRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['roadmap'];
  const base = '/api/v1/workspaces/:workspaceId/roadmap';

  app.get(
    `${base}/releases`,
    {
      config: { access: { artefact: 'release', action: 'read' } },
      schema: {
        tags,
        summary: 'Releases in target-date order with their features and effort against capacity',
        description:
          'Undated releases come last. Without a status filter cancelled releases are left out. With productId: ' +
          'releases of that product and cross-product releases holding any of its features. "unscheduled" holds ' +
          "the open features (not shipped or won't do) without a release, best score first, with their count.",
        params: WsParams,
        querystring: ListQuery.omit({ sort: true }).extend({
          productId: Uuid.optional(),
          status: csv(z.enum(RELEASE_STATUSES)).optional(),
          from: isoDate().optional().describe('Target date on or after'),
          to: isoDate().optional().describe('Target date on or before'),
          featureLimit: z.coerce.number().int().min(0).max(500).default(100),
          unscheduledLimit: z.coerce.number().int().min(0).max(200).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(RoadmapRelease),
            nextCursor: z.string().nullable(),
            unscheduled: z.object({ count: z.number().int(), features: z.array(RoadmapFeature) }),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => releaseRoadmap(req.wsCtx, req.query),
  );

  app.get(
    `${base}/horizons`,
    {
      config: { access: { artefact: 'release', action: 'read' } },
      schema: {
        tags,
        summary: 'Now / next / later: in progress and next 6 weeks; planned up to 6 months; the rest',
        description: HORIZONS_DESCRIPTION,
        params: WsParams,
        querystring: z.object({
          productId: Uuid.optional(),
          asOf: isoDate().optional().describe('The day the windows start from (default today, UTC)'),
          limit: z.coerce.number().int().min(1).max(200).default(50).describe('Features per column'),
        }),
        response: {
          200: z.object({
            asOf: z.string(),
            nowUntil: z.string().describe('Last day of the "now" window'),
            nextUntil: z.string().describe('Last day of the "next" window'),
            now: HorizonColumn,
            next: HorizonColumn,
            later: HorizonColumn,
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => horizons(req.wsCtx, req.query),
  );
};
