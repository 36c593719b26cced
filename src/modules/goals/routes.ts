import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { ATTRIBUTION_MODELS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  ListQuery,
  name,
  page,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { createGoal, deleteGoal, getGoal, listGoals, updateGoal } from './goals.ts';
import { readSignalSettings, saveSignalSettings } from './settings.ts';

/** Limits of a goal's property filter and of the lead events list. */
export const GOAL_LIMITS = { filterKeys: 20, key: 100, value: 500, leadEvents: 20, event: 200 } as const;

const EventName = z.string().trim().min(1).max(GOAL_LIMITS.event);
const Filter = z
  .record(
    z.string().trim().min(1).max(GOAL_LIMITS.key),
    z.union([z.string().max(GOAL_LIMITS.value), z.number(), z.boolean()]),
  )
  .refine((f) => Object.keys(f).length <= GOAL_LIMITS.filterKeys, {
    message: `Use at most ${GOAL_LIMITS.filterKeys} properties.`,
  })
  .describe('Property → value: an event counts when every named property equals its value');
const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.')
  .describe('ISO 4217 code, default USD');
const RevenueProperty = z
  .string()
  .trim()
  .min(1)
  .max(GOAL_LIMITS.key)
  .nullable()
  .describe('The event property holding the amount (e.g. revenue); null: the goal has no revenue');

const Goal = z.object({
  id: Uuid,
  name: z.string(),
  event: z.string(),
  filter: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  revenueProperty: z.string().nullable(),
  currency: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const Create = z.strictObject({
  name: name(),
  event: EventName,
  filter: Filter.optional(),
  revenueProperty: RevenueProperty.optional(),
  currency: Currency.optional(),
});
const Update = z.strictObject({
  name: name().optional(),
  event: EventName.optional(),
  filter: Filter.optional(),
  revenueProperty: RevenueProperty.optional(),
  currency: Currency.optional(),
  version: version(),
});

const Model = z.enum(ATTRIBUTION_MODELS);
const Settings = z.object({
  model: Model,
  lookbackDays: z.number().int(),
  leadEvents: z.array(z.string()),
  version: z.number().int().describe('0 until first saved (the defaults)'),
  updatedAt: z.string().nullable(),
});
const SaveSettings = z.strictObject({
  model: Model,
  lookbackDays: z.number().int().min(1).max(365),
  leadEvents: z
    .array(EventName)
    .max(GOAL_LIMITS.leadEvents)
    .describe('Events that make a person a lead (a form submit), besides an identify with an email'),
  version: z.number().int().min(0).optional().describe('The version read; 0 for the defaults'),
});

export const goalsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['goals'];
  const base = '/api/v1/workspaces/:workspaceId/goals';

  app.get(
    base,
    {
      config: { access: { artefact: 'goal', action: 'read' } },
      schema: {
        tags,
        summary: 'Conversion goals (sort: name (default), createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({ event: EventName.optional() }),
        response: { 200: page(Goal), ...errorResponses },
      },
    },
    async (req) => listGoals(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'goal', action: 'create' } },
      schema: {
        tags,
        summary: 'Add a conversion goal: an event, an optional property filter and where its revenue is',
        params: WsParams,
        body: Create,
        response: { 201: Goal, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await inTransaction(req.wsCtx, (tx) => createGoal(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'goal', action: 'read' } },
      schema: { tags, summary: 'One goal', params: WsIdParams, response: { 200: Goal, ...errorResponses } },
    },
    async (req, reply) => {
      const found = await getGoal(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'goal', action: 'update' } },
      schema: {
        tags,
        summary: 'Change a goal (a filter given replaces the whole filter)',
        params: WsIdParams,
        body: Update,
        response: { 200: Goal, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(req.wsCtx, (tx) =>
        updateGoal(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'goal', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a goal (events are kept; results for it are no longer offered)',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await inTransaction(req.wsCtx, (tx) => deleteGoal(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  const settings = '/api/v1/workspaces/:workspaceId/attribution-settings';
  app.get(
    settings,
    {
      config: { access: { artefact: 'attribution_settings', action: 'read' } },
      schema: {
        tags,
        summary: 'Attribution model, lookback window and lead events (defaults until saved)',
        params: WsParams,
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await readSignalSettings(req.wsCtx.db, req.wsCtx.workspaceId);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.put(
    settings,
    {
      config: { access: { artefact: 'attribution_settings', action: 'update' } },
      schema: {
        tags,
        summary: 'Save the attribution settings (whole); version checked',
        params: WsParams,
        body: SaveSettings,
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { version: v, ...input } = req.body;
      const saved = await inTransaction(req.wsCtx, (tx) =>
        saveSignalSettings(tx, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, saved.version);
      return saved;
    },
  );
};
