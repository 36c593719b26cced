import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { expectedVersion } from '../../http/context.ts';
import { errorResponses, WsIdParams, WsParams } from '../../http/schemas.ts';
import { featureAdoption, setAdoptionSignal } from './adoption.ts';
import { runFunnel } from './funnels.ts';
import { journeyFunnel } from './journeys.ts';
import { retention } from './retention.ts';
import {
  AdoptionQuery,
  AdoptionResult,
  AdoptionSignal,
  FunnelQuery,
  FunnelResult,
  JourneyFunnelQuery,
  JourneyFunnelResult,
  RetentionQuery,
  RetentionResult,
  StoredAdoptionSignal,
} from './http-schemas.ts';
import type { Step } from './steps.ts';

/**
 * Funnels, retention and feature adoption. The figures are read-only and everyone reads them: access is a
 * read of the artefact they are about (sources for the workspace's events, campaigns, programs, features).
 */
export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['analytics'];
  const ws = '/api/v1/workspaces/:workspaceId';

  app.post(
    `${ws}/funnels/query`,
    {
      config: { access: { artefact: 'source', action: 'read' } },
      schema: {
        tags,
        summary: 'A funnel: persons per ordered step within a conversion window (writes nothing)',
        params: WsParams,
        body: FunnelQuery,
        response: { 200: FunnelResult, ...errorResponses },
      },
    },
    async (req) => {
      const { steps, ...rest } = req.body;
      return runFunnel(req.wsCtx, {
        ...rest,
        steps: steps.map((s): Step =>
          'urlPattern' in s ? { kind: 'url', pattern: s.urlPattern } : { kind: 'events', anyOf: [s] },
        ),
      });
    },
  );

  for (const kind of ['campaign', 'program'] as const) {
    app.get(
      `${ws}/${kind}s/:id/funnel`,
      {
        config: { access: { artefact: kind, action: 'read' } },
        schema: {
          tags,
          summary: `A ${kind}'s touchpoint journey as a funnel (a page asset → its page views; conversion stage → the goals)`,
          params: WsIdParams,
          querystring: JourneyFunnelQuery,
          response: { 200: JourneyFunnelResult, ...errorResponses },
        },
      },
      async (req) => journeyFunnel(req.wsCtx, { kind, id: req.params.id }, req.query),
    );
  }

  app.get(
    `${ws}/retention`,
    {
      config: { access: { artefact: 'source', action: 'read' } },
      schema: {
        tags,
        summary:
          'Retention: 12 weekly or monthly cohorts (first seen, or first use of a feature) and who came back',
        params: WsParams,
        querystring: RetentionQuery,
        response: { 200: RetentionResult, ...errorResponses },
      },
    },
    async (req) => retention(req.wsCtx, req.query),
  );

  app.put(
    `${ws}/features/:id/adoption-signal`,
    {
      config: { access: { artefact: 'feature', action: 'update' } },
      schema: {
        tags,
        summary:
          "Set a feature's adoption signal: an event with an optional property filter, a feature flag, or null",
        params: WsIdParams,
        body: AdoptionSignal,
        response: { 200: z.object({ signal: StoredAdoptionSignal }), ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      const signal = await inTransaction(ctx, (tx) =>
        setAdoptionSignal(tx, req.params.id, req.body, expectedVersion(req, undefined)),
      );
      return { signal };
    },
  );

  app.delete(
    `${ws}/features/:id/adoption-signal`,
    {
      config: { access: { artefact: 'feature', action: 'update' } },
      schema: {
        tags,
        summary: "Clear a feature's adoption signal",
        params: WsIdParams,
        response: { 200: z.object({ signal: StoredAdoptionSignal }), ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      const signal = await inTransaction(ctx, (tx) =>
        setAdoptionSignal(tx, req.params.id, null, expectedVersion(req, undefined)),
      );
      return { signal };
    },
  );

  app.get(
    `${ws}/features/:id/adoption`,
    {
      config: { access: { artefact: 'feature', action: 'read' } },
      schema: {
        tags,
        summary:
          'Adoption per week since shipping (users / active persons and customers), before and after launch',
        params: WsIdParams,
        querystring: AdoptionQuery,
        response: { 200: AdoptionResult, ...errorResponses },
      },
    },
    async (req) => featureAdoption(req.wsCtx, req.params.id, req.query.weeks),
  );
};
