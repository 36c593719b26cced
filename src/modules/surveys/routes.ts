import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import { errorResponses, ListQuery, page, Uuid, WsIdParams, WsParams } from '../../http/schemas.ts';
import { listAnswers, recordAnswer } from './answers.ts';
import {
  Answer,
  AnswerQuery,
  ApiAnswer,
  CreatedRecipients,
  Kind,
  originOf,
  Recipient,
  Recipients,
  Recorded,
  Results,
  ResultsQuery,
  Status,
  Survey,
  SurveyCreate,
  SurveyUpdate,
  WorkspaceResultsQuery,
} from './http-schemas.ts';
import { addRecipients, listRecipients } from './recipients.ts';
import { surveyResults } from './results.ts';
import { createSurvey, deleteSurvey, getSurvey, listSurveys, surveyRow, updateSurvey } from './surveys.ts';

/** Surveys of a workspace: product marketing owns them; product management and marketing read them. */
export const surveysRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['surveys'];
  const base = '/api/v1/workspaces/:workspaceId/surveys';
  const read = { access: { artefact: 'survey', action: 'read' } } as const;

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary:
          'Surveys with their answers so far and headline score (sort: createdAt (default -createdAt), name)',
        params: WsParams,
        querystring: ListQuery.extend({
          productId: Uuid.optional(),
          launchId: Uuid.optional(),
          status: Status.optional(),
          kind: Kind.optional(),
        }),
        response: { 200: page(Survey), ...errorResponses },
      },
    },
    async (req) => listSurveys(req.wsCtx, req.query, originOf(req)),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'survey', action: 'create' } },
      schema: {
        tags,
        summary: 'Create a survey; it is open at once, its hosted page at `url`',
        params: WsParams,
        body: SurveyCreate,
        response: { 201: Survey, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await inTransaction(req.wsCtx, (tx) => createSurvey(tx, req.body, originOf(req)));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One survey',
        params: WsIdParams,
        response: { 200: Survey, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await getSurvey(req.wsCtx, req.params.id, originOf(req));
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'survey', action: 'update' } },
      schema: {
        tags,
        summary: 'Edit, close or reopen a survey (kind, product, launch and persona are fixed once answered)',
        params: WsIdParams,
        body: SurveyUpdate,
        response: { 200: Survey, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(req.wsCtx, (tx) =>
        updateSurvey(tx, req.params.id, input, expectedVersion(req, v), originOf(req)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'survey', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a survey with its answers and links (the feedback its comments became stays)',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await inTransaction(req.wsCtx, (tx) =>
        deleteSurvey(tx, req.params.id, expectedVersion(req, undefined)),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/:id/recipients`,
    {
      config: { access: { artefact: 'survey', action: 'update' } },
      schema: {
        tags,
        summary: 'Personal links, one answer each (the tokens are shown only in this answer)',
        params: WsIdParams,
        body: Recipients,
        response: { 201: CreatedRecipients, ...errorResponses },
      },
    },
    async (req, reply) => {
      const made = await inTransaction(req.wsCtx, async (tx) =>
        addRecipients(tx, await surveyRow(tx, req.params.id), req.body.recipients, originOf(req)),
      );
      return reply.code(201).send(made);
    },
  );

  app.get(
    `${base}/:id/recipients`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Who was sent a personal link, newest first, answered or not',
        params: WsIdParams,
        querystring: ListQuery.omit({ sort: true }).extend({
          answered: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: page(Recipient), ...errorResponses },
      },
    },
    async (req) => {
      const { answered, ...q } = req.query;
      const survey = await surveyRow(req.wsCtx, req.params.id);
      return listRecipients(req.wsCtx, survey, {
        ...q,
        answered: answered === undefined ? undefined : answered === 'true',
      });
    },
  );

  app.get(
    `${base}/:id/answers`,
    {
      config: read,
      schema: {
        tags,
        summary: "A survey's answers, newest first",
        params: WsIdParams,
        querystring: AnswerQuery,
        response: { 200: page(Answer), ...errorResponses },
      },
    },
    async (req) => {
      const { hasComment, ...q } = req.query;
      const survey = await surveyRow(req.wsCtx, req.params.id);
      return listAnswers(req.wsCtx.db, survey, {
        ...q,
        hasComment: hasComment === undefined ? undefined : hasComment === 'true',
      });
    },
  );

  app.post(
    `${base}/:id/answers`,
    {
      config: { access: { artefact: 'survey', action: 'create' } },
      schema: {
        tags,
        summary: 'Record an answer (an import from another tool); a comment becomes feedback',
        params: WsIdParams,
        body: ApiAnswer,
        response: { 200: Recorded, 201: Recorded, ...errorResponses },
      },
    },
    async (req, reply) => {
      const ctx = req.wsCtx;
      const { answeredAt, idempotencyKey, ...input } = req.body;
      const survey = await surveyRow(ctx, req.params.id);
      const recorded = await recordAnswer(
        ctx.db,
        survey,
        {
          ...input,
          answeredAt: answeredAt ? new Date(answeredAt) : undefined,
          dedupKey: idempotencyKey,
          actor: ctx.actor,
        },
        'api',
      );
      return reply.code(recorded.duplicate ? 200 : 201).send({ id: recorded.id });
    },
  );

  app.get(
    `${base}/:id/results`,
    {
      config: read,
      schema: {
        tags,
        summary: "A survey's score (NPS, CSAT or CES) with counts, 95 % interval, series and breakdown",
        params: WsIdParams,
        querystring: ResultsQuery,
        response: { 200: Results, ...errorResponses },
      },
    },
    async (req) => {
      const survey = await surveyRow(req.wsCtx, req.params.id);
      return surveyResults(req.wsCtx.db, req.wsCtx.workspaceId, {
        ...req.query,
        kind: survey.kind,
        surveyId: survey.id,
      });
    },
  );

  app.get(
    '/api/v1/workspaces/:workspaceId/survey-results',
    {
      config: read,
      schema: {
        tags,
        summary: 'Results over every survey of a kind matching the filters (dashboards, metrics)',
        params: WsParams,
        querystring: WorkspaceResultsQuery,
        response: { 200: Results, ...errorResponses },
      },
    },
    async (req) => surveyResults(req.wsCtx.db, req.wsCtx.workspaceId, req.query),
  );
};
