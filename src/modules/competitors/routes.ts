import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  httpUrlOrEmpty,
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
import { battlecardRoutes, textList } from './battlecard-routes.ts';
import {
  createCompetitor,
  deleteCompetitor,
  getCompetitor,
  listCompetitors,
  updateCompetitor,
} from './competitors.ts';

const Competitor = z.object({
  id: Uuid,
  name: z.string(),
  website: z.string(),
  category: z.string(),
  description: z.string(),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  pricingNotes: z.string(),
  battlecardCount: z.number().int().describe('Battlecards written against this competitor'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fields = {
  website: httpUrlOrEmpty(LIMITS.shortText).optional(),
  category: shortText().trim().optional().describe('Market category they compete in, e.g. "BI suite"'),
  description: longText().optional(),
  strengths: textList(),
  weaknesses: textList(),
  pricingNotes: longText().optional(),
};
const CompetitorCreate = z.strictObject({ name: name(), ...fields });
const CompetitorUpdate = z.strictObject({ name: name().optional(), ...fields, version: version() });

export const competitorsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['competitors'];
  const base = '/api/v1/workspaces/:workspaceId/competitors';

  app.get(
    base,
    {
      config: { access: { artefact: 'competitor', action: 'read' } },
      schema: {
        tags,
        summary: 'Competitors with their battlecard counts (sort: name (default), createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          q: z.string().trim().min(1).max(200).optional().describe('Name contains'),
          category: z
            .string()
            .trim()
            .min(1)
            .max(LIMITS.shortText)
            .optional()
            .describe('Category, ignoring case'),
        }),
        response: { 200: page(Competitor), ...errorResponses },
      },
    },
    async (req) => listCompetitors(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'competitor', action: 'create' } },
      schema: {
        tags,
        summary: 'Record a competitor (names are unique, ignoring case)',
        params: WsParams,
        body: CompetitorCreate,
        response: { 201: Competitor, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const competitor = await inTransaction(ctx, (tx) => createCompetitor(tx, req.body));
      setVersionHeader(reply, competitor.version);
      return reply.code(201).send(competitor);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'competitor', action: 'read' } },
      schema: {
        tags,
        summary: 'A competitor with its battlecard count',
        params: WsIdParams,
        response: { 200: Competitor, ...errorResponses },
      },
    },
    async (req, reply) => {
      const competitor = await getCompetitor(req.wsCtx, req.params.id);
      setVersionHeader(reply, competitor.version);
      return competitor;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'competitor', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a competitor',
        params: WsIdParams,
        body: CompetitorUpdate,
        response: { 200: Competitor, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const competitor = await inTransaction(ctx, (tx) =>
        updateCompetitor(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, competitor.version);
      return competitor;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'competitor', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a competitor with its battlecards',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteCompetitor(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  await app.register(battlecardRoutes);
};
