import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { CHANNELS, LIMITS, PRIORITIES, PROGRAM_STATUSES, REQUIREMENT_STATUSES } from '../../core/enums.ts';
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
import {
  createProgram,
  deleteProgram,
  getProgram,
  listPrograms,
  reproposeProgram,
  reviewProgram,
  updateProgram,
} from './programs.ts';
import {
  createRequirement,
  deleteRequirement,
  getRequirement,
  listRequirements,
  updateRequirement,
} from './requirements.ts';

const ReqStatus = z.enum(REQUIREMENT_STATUSES);
const Priority = z.enum(PRIORITIES);
const ProgStatus = z.enum(PROGRAM_STATUSES);
const Channel = z.enum(CHANNELS);
const ProgramRef = z.object({ id: Uuid, name: z.string(), status: ProgStatus });
const bool = () => z.enum(['true', 'false']).transform((v) => v === 'true');

const Requirement = z.object({
  id: Uuid,
  title: z.string(),
  problem: z.string(),
  personaId: Uuid.nullable(),
  desiredOutcome: z.string(),
  successMetric: z.string(),
  priority: Priority,
  dueDate: z.string().nullable(),
  launchId: Uuid.nullable(),
  productId: Uuid.nullable(),
  status: ReqStatus,
  programs: z.array(ProgramRef).describe('Programs answering it'),
  covered: z.boolean().describe('An accepted (or running, or done) program answers it'),
  createdBy: Uuid.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const reqFields = {
  personaId: Uuid.nullable().optional().describe('The audience'),
  desiredOutcome: shortText().trim().optional(),
  successMetric: shortText().trim().optional(),
  priority: Priority.optional(),
  dueDate: isoDate().nullable().optional(),
  launchId: Uuid.nullable().optional(),
  productId: Uuid.nullable().optional(),
};
const ReqCreate = z.strictObject({
  title: name(),
  problem: longText().trim().min(1).describe('The problem, not the solution'),
  ...reqFields,
});
const ReqUpdate = z.strictObject({
  title: name().optional(),
  problem: longText().trim().min(1).optional(),
  ...reqFields,
  status: ReqStatus.optional(),
  version: version(),
});

const Program = z.object({
  id: Uuid,
  name: z.string(),
  description: z.string(),
  requirements: z.array(z.object({ id: Uuid, title: z.string() })),
  channels: z.array(Channel),
  ownerId: Uuid.nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  plannedBudget: z.number(),
  status: ProgStatus,
  allowedTransitions: z.array(ProgStatus).describe('Statuses the caller may move it to'),
  reviewComment: z.string(),
  reviewedBy: Uuid.nullable(),
  reviewedAt: z.string().nullable(),
  campaignCount: z.number().int(),
  plannedSpend: z.number().describe("Its campaigns' planned spend"),
  actualSpend: z.number().describe("Its campaigns' actual spend"),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const progFields = {
  description: longText().optional().describe('What will be done'),
  channels: z.array(Channel).max(CHANNELS.length).optional(),
  ownerId: Uuid.nullable().optional().describe('A member; defaults to the creator'),
  startDate: isoDate().nullable().optional(),
  endDate: isoDate().nullable().optional(),
  plannedBudget: z.number().min(0).max(1e12).optional(),
};
const ProgCreate = z.strictObject({
  name: name(),
  requirementIds: z.array(Uuid).min(1).max(LIMITS.listItems),
  ...progFields,
});
const ProgUpdate = z.strictObject({
  name: name().optional(),
  requirementIds: z.array(Uuid).min(1).max(LIMITS.listItems).optional(),
  ...progFields,
  status: ProgStatus.optional().describe(
    'Owner steps: sent_back → proposed, accepted → in_progress → done, → cancelled',
  ),
  version: version(),
});

export const requirementsRoutes: FastifyPluginAsyncZod = async (app) => {
  const reqTags = ['requirements'];
  const reqBase = '/api/v1/workspaces/:workspaceId/requirements';

  app.get(
    reqBase,
    {
      config: { access: { artefact: 'requirement', action: 'read' } },
      schema: {
        tags: reqTags,
        summary:
          'Go-to-market requirements with the programs answering them (sort: dueDate (default), priority, createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          status: csv(ReqStatus).optional(),
          priority: csv(Priority).optional(),
          personaId: Uuid.optional(),
          launchId: Uuid.optional(),
          productId: Uuid.optional(),
          covered: bool().optional().describe('false: requirements with no accepted program'),
          dueBefore: isoDate().optional(),
        }),
        response: { 200: page(Requirement), ...errorResponses },
      },
    },
    async (req) => listRequirements(req.wsCtx, req.query),
  );

  app.post(
    reqBase,
    {
      config: { access: { artefact: 'requirement', action: 'create' } },
      schema: {
        tags: reqTags,
        summary: 'File a requirement for marketing (product marketing)',
        params: WsParams,
        body: ReqCreate,
        response: { 201: Requirement, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const created = await inTransaction(ctx, (tx) => createRequirement(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${reqBase}/:id`,
    {
      config: { access: { artefact: 'requirement', action: 'read' } },
      schema: {
        tags: reqTags,
        summary: 'A requirement and whether it is covered',
        params: WsIdParams,
        response: { 200: Requirement, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await getRequirement(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${reqBase}/:id`,
    {
      config: { access: { artefact: 'requirement', action: 'update' } },
      schema: {
        tags: reqTags,
        summary: 'Edit, close or cancel a requirement',
        params: WsIdParams,
        body: ReqUpdate,
        response: { 200: Requirement, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(ctx, (tx) =>
        updateRequirement(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    `${reqBase}/:id`,
    {
      config: { access: { artefact: 'requirement', action: 'delete' } },
      schema: {
        tags: reqTags,
        summary: 'Delete a requirement no program answers',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteRequirement(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  const tags = ['programs'];
  const base = '/api/v1/workspaces/:workspaceId/programs';

  app.get(
    base,
    {
      config: { access: { artefact: 'program', action: 'read' } },
      schema: {
        tags,
        summary: 'Programs with their requirements and spend (sort: startDate (default), createdAt, name)',
        params: WsParams,
        querystring: ListQuery.extend({
          status: csv(ProgStatus).optional(),
          requirementId: Uuid.optional(),
          ownerId: Uuid.optional(),
          channel: Channel.optional(),
          from: isoDate().optional().describe('Running on or after'),
          to: isoDate().optional().describe('Starting on or before'),
        }),
        response: { 200: page(Program), ...errorResponses },
      },
    },
    async (req) => listPrograms(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'program', action: 'create' } },
      schema: {
        tags,
        summary: 'Propose a program answering requirements (marketing)',
        params: WsParams,
        body: ProgCreate,
        response: { 201: Program, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const created = await inTransaction(ctx, (tx) => createProgram(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'program', action: 'read' } },
      schema: {
        tags,
        summary: 'A program',
        params: WsIdParams,
        response: { 200: Program, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await getProgram(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'program', action: 'update' } },
      schema: {
        tags,
        summary: 'Edit a program or move it along (marketing)',
        params: WsIdParams,
        body: ProgUpdate,
        response: { 200: Program, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(ctx, (tx) =>
        updateProgram(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  const review = [
    [
      'accept',
      'accepted',
      'Accept a proposed program (product marketing)',
      z.strictObject({ comment: shortText().trim().optional(), version: version() }),
    ],
    [
      'send-back',
      'sent_back',
      'Send a proposed program back with a comment (product marketing)',
      z.strictObject({ comment: shortText().trim().min(1), version: version() }),
    ],
  ] as const;
  for (const [path, decision, summary, body] of review)
    app.post(
      `${base}/:id/${path}`,
      {
        config: { access: { artefact: 'program', action: 'review' } },
        schema: { tags, summary, params: WsIdParams, body, response: { 200: Program, ...errorResponses } },
      },
      async (req, reply) => {
        const ctx = req.wsCtx;
        const b = req.body as { comment?: string; version?: number };
        const reviewed = await inTransaction(ctx, (tx) =>
          reviewProgram(tx, req.params.id, decision, b.comment ?? '', expectedVersion(req, b.version)),
        );
        setVersionHeader(reply, reviewed.version);
        return reviewed;
      },
    );

  app.post(
    `${base}/:id/propose`,
    {
      config: { access: { artefact: 'program', action: 'update' } },
      schema: {
        tags,
        summary: 'Re-propose a program that was sent back (marketing)',
        params: WsIdParams,
        body: z.strictObject({ version: version() }),
        response: { 200: Program, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const moved = await inTransaction(ctx, (tx) =>
        reproposeProgram(tx, req.params.id, expectedVersion(req, req.body.version)),
      );
      setVersionHeader(reply, moved.version);
      return moved;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'program', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a program without campaigns',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteProgram(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
