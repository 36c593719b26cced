import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import { errorResponses, ListQuery, page, WsIdParams, WsParams } from '../../http/schemas.ts';
import { createDeal, DEAL_SORTS, deleteDeal, getDeal, listDeals, updateDeal } from './deals.ts';
import { Deal, DealCreate, DealFilters, DealUpdate, WinRateQuery, WinRates } from './http-schemas.ts';
import { dealImportRoutes } from './import-routes.ts';
import { winRates } from './win-rates.ts';

export const dealsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['deals'];
  const base = '/api/v1/workspaces/:workspaceId/deals';

  app.get(
    base,
    {
      config: { access: { artefact: 'deal', action: 'read' } },
      schema: {
        tags,
        summary: `Deals, most recently closed first (sort: ${DEAL_SORTS.join(', ')}; prefix - for descending)`,
        params: WsParams,
        querystring: ListQuery.extend(DealFilters),
        response: { 200: page(Deal), ...errorResponses },
      },
    },
    async (req) => listDeals(req.wsCtx, req.query),
  );

  app.get(
    `${base}/win-rates`,
    {
      config: { access: { artefact: 'deal', action: 'read' } },
      schema: {
        tags,
        summary:
          'Win rate overall and by competitor, segment, product, reason or month (no decision shown beside)',
        params: WsParams,
        querystring: WinRateQuery,
        response: { 200: WinRates, ...errorResponses },
      },
    },
    async (req) => winRates(req.wsCtx.db, req.wsCtx.workspaceId, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'deal', action: 'create' } },
      schema: {
        tags,
        summary: 'Record a closed deal (a customer or an account name is required)',
        params: WsParams,
        body: DealCreate,
        response: { 201: Deal, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await inTransaction(req.wsCtx, (tx) => createDeal(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'deal', action: 'read' } },
      schema: { tags, summary: 'One deal', params: WsIdParams, response: { 200: Deal, ...errorResponses } },
    },
    async (req, reply) => {
      const found = await getDeal(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'deal', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a deal',
        params: WsIdParams,
        body: DealUpdate,
        response: { 200: Deal, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(req.wsCtx, (tx) =>
        updateDeal(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'deal', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a deal',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await inTransaction(req.wsCtx, (tx) => deleteDeal(tx, req.params.id, expectedVersion(req, undefined)));
      return reply.code(204).send(null);
    },
  );

  await app.register(dealImportRoutes);
};
