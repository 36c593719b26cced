import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { FEATURE_STATUSES, RELEASE_STATUSES } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  csv,
  errorResponses,
  isoDate,
  ListQuery,
  longText,
  name,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { createRelease, deleteRelease, getRelease, listReleases, updateRelease } from './releases.ts';
import { roadmapRoutes } from './roadmap-routes.ts';

const Status = z.enum(RELEASE_STATUSES);
const Release = z.object({
  id: Uuid,
  productId: Uuid.nullable(),
  name: z.string(),
  description: z.string(),
  targetDate: z.string().nullable(),
  status: Status,
  capacity: z.number().nullable(),
  plannedEffort: z.number().describe("Sum of the effort of its features, except won't do"),
  featureCount: z.number().int().describe("Features assigned, including won't do"),
  unestimatedCount: z.number().int().describe("Features (not won't do) without an effort estimate"),
  overCapacity: z.boolean().describe('plannedEffort exceeds capacity (false when capacity is not set)'),
  allowedTransitions: z.array(Status).describe('Statuses this release may move to next'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fields = {
  productId: Uuid.nullable().optional().describe('Product this release belongs to; none for cross-product'),
  description: longText().optional(),
  targetDate: isoDate().nullable().optional().describe('YYYY-MM-DD'),
  capacity: z.number().min(0).max(1_000_000).nullable().optional().describe('Effort the release can hold'),
};
const ReleaseCreate = z.strictObject({ name: name(), ...fields });
const ReleaseUpdate = z.strictObject({
  name: name().optional(),
  ...fields,
  status: Status.optional().describe(
    'Workflow: planned → in_progress | cancelled; in_progress → released | planned | cancelled; cancelled → planned; released is final',
  ),
  version: version(),
});

export const releasesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['releases'];
  const base = '/api/v1/workspaces/:workspaceId/releases';

  app.get(
    base,
    {
      config: { access: { artefact: 'release', action: 'read' } },
      schema: {
        tags,
        summary: 'Releases with their load (sort: targetDate (default, undated last), name, createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          status: csv(Status).optional().describe('Comma-separated statuses'),
          productId: Uuid.optional(),
          from: isoDate().optional().describe('Target date on or after'),
          to: isoDate().optional().describe('Target date on or before'),
          forFeature: Uuid.optional().describe(
            'Only the releases this feature may be planned in (the rule PATCH features applies), plus its own',
          ),
          featureStatus: z
            .enum(FEATURE_STATUSES)
            .optional()
            .describe('With forFeature: the status the feature will have when it is saved'),
        }).refine((q) => q.featureStatus === undefined || q.forFeature !== undefined, {
          message: 'featureStatus needs forFeature',
          path: ['featureStatus'],
        }),
        response: { 200: page(Release), ...errorResponses },
      },
    },
    async (req) => listReleases(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'release', action: 'create' } },
      schema: {
        tags,
        summary: 'Create a release (it starts planned)',
        params: WsParams,
        body: ReleaseCreate,
        response: { 201: Release, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const release = await inTransaction(ctx, (tx) => createRelease(tx, req.body));
      setVersionHeader(reply, release.version);
      return reply.code(201).send(release);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'release', action: 'read' } },
      schema: {
        tags,
        summary: 'A release with its load',
        params: WsIdParams,
        response: { 200: Release, ...errorResponses },
      },
    },
    async (req, reply) => {
      const release = await getRelease(req.wsCtx, req.params.id);
      setVersionHeader(reply, release.version);
      return release;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'release', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a release or move it along its workflow',
        params: WsIdParams,
        body: ReleaseUpdate,
        response: { 200: Release, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const release = await inTransaction(ctx, (tx) =>
        updateRelease(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, release.version);
      return release;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'release', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a release that holds no features',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteRelease(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  await app.register(roadmapRoutes);
};
