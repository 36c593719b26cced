import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { CHANNELS, LIMITS, PROGRAM_STATUSES } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  csv,
  errorResponses,
  isoDate,
  ListQuery,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { createBudget, deleteBudget, getBudget, listBudgets, updateBudget } from './budgets.ts';
import { CALENDAR_KINDS, MAX_RANGE_DAYS, marketingCalendar } from './calendar.ts';
import { budgetRollup } from './rollup.ts';

const Year = z.number().int().min(2000).max(2100);
const Quarter = z.number().int().min(1).max(4);
const Budget = z.object({
  id: Uuid,
  year: z.number().int(),
  quarter: z.number().int(),
  programId: Uuid.nullable(),
  planned: z.number(),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const amount = () => z.number().min(0).max(1e12);
const Create = z.strictObject({
  year: Year,
  quarter: Quarter,
  programId: Uuid.nullable().optional().describe("A program, or none for the quarter's unallocated pool"),
  planned: amount(),
  notes: z.string().max(LIMITS.shortText).optional(),
});
const Update = z.strictObject({
  year: Year.optional(),
  quarter: Quarter.optional(),
  programId: Uuid.nullable().optional(),
  planned: amount().optional(),
  notes: z.string().max(LIMITS.shortText).optional(),
  version: version(),
});
const Quarterly = z.object({
  quarter: z.number().int(),
  planned: z.number(),
  actual: z.number(),
  committed: z.number().describe("Live (not cancelled) campaigns' planned spend"),
  forecast: z
    .number()
    .describe("Expected spend: each live campaign's planned or actual spend, whichever is higher"),
  remaining: z.number(),
  overBudget: z.boolean(),
  overCommitted: z.boolean(),
  overForecast: z.boolean().describe('Forecast passes the plan'),
});
const YearFigures = z.object({
  planned: z.number(),
  actual: z.number(),
  committed: z.number(),
  forecast: z.number(),
  remaining: z.number(),
  overBudget: z.boolean(),
  overForecast: z.boolean(),
});
const Rollup = z.object({
  year: z.number().int(),
  quarters: z.array(Quarterly),
  totals: YearFigures.extend({ unallocatedPlanned: z.number() }),
  programs: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      status: z.enum(PROGRAM_STATUSES),
      plannedBudget: z.number(),
      spentToDate: z.number(),
      overBudget: z.boolean().describe('Spent to date exceeds the program’s whole budget'),
      year: YearFigures,
      quarters: z.array(Quarterly),
    }),
  ),
});
const Kind = z.enum(CALENDAR_KINDS);
const Calendar = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(
    z.object({
      kind: Kind,
      id: Uuid,
      title: z.string(),
      start: z.string(),
      end: z.string().nullable(),
      status: z.string(),
      channel: z.enum(CHANNELS).nullable(),
      programId: Uuid.nullable(),
      releaseId: Uuid.nullable(),
    }),
  ),
  truncated: z.boolean().describe('More items fall in the range than `limit`'),
});

export const budgetRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['budget'];
  const base = '/api/v1/workspaces/:workspaceId/budgets';

  app.get(
    base,
    {
      config: { access: { artefact: 'budget', action: 'read' } },
      schema: {
        tags,
        summary: 'Budget lines (sort: period (default), createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          year: z.coerce.number().pipe(Year).optional(),
          quarter: z.coerce.number().pipe(Quarter).optional(),
          programId: z
            .union([Uuid, z.literal('none')])
            .optional()
            .describe("A program id, or 'none' for unallocated lines"),
        }),
        response: { 200: page(Budget), ...errorResponses },
      },
    },
    async (req) => {
      const { programId, ...rest } = req.query;
      return listBudgets(req.wsCtx, {
        ...rest,
        programId: programId === 'none' ? null : programId,
      });
    },
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'budget', action: 'create' } },
      schema: {
        tags,
        summary: 'Plan budget for a quarter (one line per program and quarter)',
        params: WsParams,
        body: Create,
        response: { 201: Budget, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const created = await inTransaction(ctx, (tx) => createBudget(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'budget', action: 'read' } },
      schema: {
        tags,
        summary: 'One budget line',
        params: WsIdParams,
        response: { 200: Budget, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await getBudget(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'budget', action: 'update' } },
      schema: {
        tags,
        summary: 'Change a budget line',
        params: WsIdParams,
        body: Update,
        response: { 200: Budget, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(ctx, (tx) =>
        updateBudget(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'budget', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a budget line',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteBudget(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/budget/rollup',
    {
      config: { access: { artefact: 'budget', action: 'read' } },
      schema: {
        tags,
        summary:
          'A year of marketing budget: planned vs actual and committed spend per quarter and per program',
        params: WsParams,
        querystring: z.strictObject({ year: z.coerce.number().pipe(Year) }),
        response: { 200: Rollup, ...errorResponses },
      },
    },
    async (req) => budgetRollup(req.wsCtx, req.query.year),
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/calendar',
    {
      config: { access: { artefact: 'workspace', action: 'read' } },
      schema: {
        tags: ['calendar'],
        summary: `The marketing calendar: campaigns, programs, launches and release dates in a range (≤ ${MAX_RANGE_DAYS} days)`,
        params: WsParams,
        querystring: z.strictObject({
          from: isoDate(),
          to: isoDate(),
          kinds: csv(Kind).optional().describe('Comma-separated: campaign, program, launch, release'),
          channel: z.enum(CHANNELS).optional().describe('Campaigns on this channel only'),
          programId: Uuid.optional().describe('This program and its campaigns only'),
          limit: z.coerce.number().int().min(1).max(5_000).default(2_000),
        }),
        response: { 200: Calendar, ...errorResponses },
      },
    },
    async (req) => marketingCalendar(req.wsCtx, req.query),
  );
};
