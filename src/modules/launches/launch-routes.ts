import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { LAUNCH_STATUSES, LIMITS, TASK_ROLES } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  csv,
  errorResponses,
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
import { createLaunch, deleteLaunch, getLaunch, listLaunches, updateLaunch } from './launches.ts';

const Status = z.enum(LAUNCH_STATUSES);
export const Tier = z
  .union([z.literal(1), z.literal(2), z.literal(3)])
  .describe('1 major, 2 notable, 3 minor');
const Role = z.enum(TASK_ROLES);
const RoleCount = z.object({ done: z.number().int(), total: z.number().int() });
const Launch = z.object({
  id: Uuid,
  name: z.string(),
  releaseId: Uuid.nullable(),
  productId: Uuid.nullable(),
  tier: Tier,
  launchDate: z.string(),
  description: z.string(),
  goals: z.array(z.string()),
  status: Status,
  allowedTransitions: z.array(Status),
  ownerId: Uuid.nullable(),
  readiness: z.object({
    done: z.number().int(),
    total: z.number().int().describe('Tasks that count: all but skipped'),
    percent: z.number().int().describe('Share of done tasks, 0–100'),
    overdue: z.array(z.object({ id: Uuid, title: z.string(), ownerRole: Role, dueDate: z.string() })),
    byRole: z.object(
      Object.fromEntries(TASK_ROLES.map((r) => [r, RoleCount])) as Record<
        (typeof TASK_ROLES)[number],
        typeof RoleCount
      >,
    ),
  }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fields = {
  releaseId: Uuid.nullable()
    .optional()
    .describe('The release this launch announces (one launch per release)'),
  productId: Uuid.nullable().optional().describe("Defaults to the release's product"),
  description: longText().optional(),
  goals: z.array(shortText().trim().min(1)).max(LIMITS.listItems).optional(),
  ownerId: Uuid.nullable().optional().describe('A member of the workspace'),
};
const Create = z.strictObject({
  name: name(),
  tier: Tier,
  launchDate: isoDate().describe('YYYY-MM-DD'),
  ...fields,
});
const Update = z.strictObject({
  name: name().optional(),
  tier: Tier.optional().describe('Changing the tier keeps the task list as it is'),
  launchDate: isoDate().optional().describe("Moving it moves open tasks' due dates with it"),
  ...fields,
  status: Status.optional().describe(
    'Workflow: planned → in_progress | cancelled; in_progress → launched | planned | cancelled; cancelled → planned; launched is final',
  ),
  version: version(),
});

export const launchCrudRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['launches'];
  const base = '/api/v1/workspaces/:workspaceId/launches';

  app.get(
    base,
    {
      config: { access: { artefact: 'launch', action: 'read' } },
      schema: {
        tags,
        summary: 'Launches with their readiness (sort: launchDate (default), createdAt, name)',
        params: WsParams,
        querystring: ListQuery.extend({
          status: csv(Status).optional(),
          tier: z.coerce.number().pipe(Tier).optional(),
          releaseId: Uuid.optional(),
          productId: Uuid.optional(),
          from: isoDate().optional().describe('Launch date on or after'),
          to: isoDate().optional().describe('Launch date on or before'),
          overdue: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional()
            .describe('Has open tasks past due'),
        }),
        response: { 200: page(Launch), ...errorResponses },
      },
    },
    async (req) => listLaunches(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'launch', action: 'create' } },
      schema: {
        tags,
        summary:
          "Create a launch; its tasks are generated from the tier's template, due relative to the launch date",
        params: WsParams,
        body: Create,
        response: { 201: Launch, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const launch = await inTransaction(ctx, (tx) => createLaunch(tx, req.body));
      setVersionHeader(reply, launch.version);
      return reply.code(201).send(launch);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'launch', action: 'read' } },
      schema: {
        tags,
        summary: 'A launch with its readiness',
        params: WsIdParams,
        response: { 200: Launch, ...errorResponses },
      },
    },
    async (req, reply) => {
      const launch = await getLaunch(req.wsCtx, req.params.id);
      setVersionHeader(reply, launch.version);
      return launch;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'launch', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a launch; a new launch date moves the open tasks with it',
        params: WsIdParams,
        body: Update,
        response: { 200: Launch, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const launch = await inTransaction(ctx, (tx) =>
        updateLaunch(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, launch.version);
      return launch;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'launch', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a launch and its tasks',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteLaunch(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
