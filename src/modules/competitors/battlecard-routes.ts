import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { LIMITS } from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  isoDate,
  ListQuery,
  longText,
  page,
  shortText,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import {
  createBattlecard,
  deleteBattlecard,
  getBattlecard,
  listBattlecards,
  reviewBattlecard,
  updateBattlecard,
} from './battlecards.ts';
import { WinLoss } from '../deals/http-schemas.ts';
import { battlecardWinLoss } from '../deals/win-rates.ts';

/** A bounded list of short, non-empty lines (strengths, landmines, win themes, …). */
export const textList = () =>
  z.array(z.string().trim().min(1).max(LIMITS.shortText)).max(LIMITS.listItems).optional();
const line = () => z.string().trim().min(1).max(LIMITS.shortText);
const rows = <T extends z.ZodType>(row: T) => z.array(row).max(LIMITS.listItems);

const ComparisonRow = z.strictObject({ dimension: line(), us: shortText(), them: shortText() });
const ProvenPoint = z.strictObject({ point: line(), proof: longText() });
const ObjectionHandling = z.strictObject({ objection: line(), response: longText() });

const Battlecard = z.object({
  id: Uuid,
  competitorId: Uuid,
  competitorName: z.string(),
  productId: Uuid,
  productName: z.string(),
  whenYouMeetThem: z.string().describe('The deals and signals where this competitor shows up'),
  quickComparison: z.array(z.object({ dimension: z.string(), us: z.string(), them: z.string() })),
  ourStrengths: z.array(z.object({ point: z.string(), proof: z.string() })),
  theirStrengths: z.array(z.string()).describe('Where they are honestly better'),
  objections: z.array(z.object({ objection: z.string(), response: z.string() })),
  landmines: z.array(z.string()).describe('Trap questions to plant'),
  winThemes: z.array(z.string()),
  lastReviewedOn: z.string().nullable(),
  lastReviewedBy: Uuid.nullable(),
  reviewDueOn: z.string().nullable().describe('lastReviewedOn + 90 days; null when never reviewed'),
  stale: z.boolean().describe('Never reviewed, or last reviewed more than 90 days ago'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fields = {
  whenYouMeetThem: longText().optional(),
  quickComparison: rows(ComparisonRow).optional(),
  ourStrengths: rows(ProvenPoint).optional(),
  theirStrengths: textList(),
  objections: rows(ObjectionHandling).optional(),
  landmines: textList(),
  winThemes: textList(),
  lastReviewedOn: isoDate()
    .nullable()
    .optional()
    .describe('YYYY-MM-DD, not in the future; the caller becomes the reviewer'),
};
const BattlecardCreate = z.strictObject({ competitorId: Uuid, productId: Uuid, ...fields });
const BattlecardUpdate = z.strictObject({
  competitorId: Uuid.optional(),
  productId: Uuid.optional(),
  ...fields,
  version: version(),
});

export const battlecardRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['battlecards'];
  const base = '/api/v1/workspaces/:workspaceId/battlecards';

  app.get(
    base,
    {
      config: { access: { artefact: 'battlecard', action: 'read' } },
      schema: {
        tags,
        summary:
          'Battlecards (sort: lastReviewedOn (default: oldest and never-reviewed first), updatedAt, createdAt)',
        params: WsParams,
        querystring: ListQuery.extend({
          competitorId: Uuid.optional(),
          productId: Uuid.optional(),
          stale: z.enum(['true', 'false']).optional().describe('Only stale cards, or only fresh ones'),
        }),
        response: { 200: page(Battlecard), ...errorResponses },
      },
    },
    async (req) => {
      const { stale, ...query } = req.query;
      return listBattlecards(req.wsCtx, {
        ...query,
        stale: stale === undefined ? undefined : stale === 'true',
      });
    },
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'battlecard', action: 'create' } },
      schema: {
        tags,
        summary: 'Create the battlecard of a competitor and one of our products (one per pair)',
        params: WsParams,
        body: BattlecardCreate,
        response: { 201: Battlecard, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const card = await inTransaction(ctx, (tx) => createBattlecard(tx, req.body));
      setVersionHeader(reply, card.version);
      return reply.code(201).send(card);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'battlecard', action: 'read' } },
      schema: {
        tags,
        summary:
          'A battlecard with its competitor and product names, whether it is stale, and the win / loss against the competitor',
        params: WsIdParams,
        response: { 200: Battlecard.extend({ winLoss: WinLoss }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const card = await getBattlecard(ctx, req.params.id);
      setVersionHeader(reply, card.version);
      const winLoss = await battlecardWinLoss(ctx.db, ctx.workspaceId, card.competitorId, card.productId);
      return { ...card, winLoss };
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'battlecard', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a battlecard',
        params: WsIdParams,
        body: BattlecardUpdate,
        response: { 200: Battlecard, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { version: v, ...input } = req.body;
      const card = await inTransaction(ctx, (tx) =>
        updateBattlecard(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, card.version);
      return card;
    },
  );

  app.post(
    `${base}/:id/review`,
    {
      config: { access: { artefact: 'battlecard', action: 'review' } },
      schema: {
        tags,
        summary: 'Mark a battlecard reviewed today by the caller (fresh for another 90 days)',
        params: WsIdParams,
        body: z.strictObject({ version: version() }).optional(),
        response: { 200: Battlecard, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const card = await inTransaction(ctx, (tx) =>
        reviewBattlecard(tx, req.params.id, expectedVersion(req, req.body?.version)),
      );
      setVersionHeader(reply, card.version);
      return card;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'battlecard', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a battlecard',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      await inTransaction(ctx, (tx) => deleteBattlecard(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );
};
