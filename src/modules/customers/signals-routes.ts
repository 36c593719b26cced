import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SURVEY_KINDS } from '../../core/enums.ts';
import { errorResponses, Uuid, WsIdParams } from '../../http/schemas.ts';
import { Outcome, Reason } from '../deals/http-schemas.ts';
import { BANDS } from '../surveys/answers.ts';
import { customerSignals } from './signals.ts';

const Named = z.object({ id: Uuid, name: z.string() }).nullable();
const KindFigures = z
  .object({
    score: z.number().nullable().describe('NPS (−100…100), or CSAT / CES as a percentage'),
    answers: z.number().int(),
    promoters: z.number().int().describe('Promoters for NPS; satisfied answers for CSAT and CES'),
    passives: z.number().int(),
    detractors: z.number().int(),
  })
  .nullable()
  .describe('Null when the customer gave no answer of this kind');

const CustomerSignals = z.object({
  surveys: z
    .object({ nps: KindFigures, csat: KindFigures, ces: KindFigures })
    .nullable()
    .describe('Null for roles that may not read surveys'),
  answers: z
    .array(
      z.object({
        id: Uuid,
        surveyId: Uuid,
        surveyName: z.string(),
        question: z.string(),
        kind: z.enum(SURVEY_KINDS),
        score: z.number().int().nullable(),
        band: z.enum(BANDS).nullable(),
        comment: z.string(),
        answeredAt: z.string(),
        contact: Named,
        feedbackId: Uuid.nullable(),
      }),
    )
    .nullable()
    .describe('The 10 newest answers; null for roles that may not read surveys'),
  deals: z.object({
    won: z.number().int(),
    lost: z.number().int(),
    noDecision: z.number().int(),
    winRate: z.number().nullable().describe('Won over won + lost, in %; null with no decided deal'),
    amountWon: z.number(),
    list: z
      .array(
        z.object({
          id: Uuid,
          name: z.string(),
          outcome: Outcome,
          amount: z.number(),
          competitor: Named,
          reason: Reason.nullable(),
          reasonDetail: z.string(),
          closedOn: z.string(),
        }),
      )
      .describe('The 10 most recently closed deals'),
  }),
});

/** One customer's market signals: its survey scores and answers, its deals and win rate. */
export const customerSignalsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/workspaces/:workspaceId/customers/:id/signals',
    {
      config: { access: { artefact: 'customer', action: 'read' } },
      schema: {
        tags: ['customers'],
        summary: "A customer's market signals: NPS / CSAT / CES, newest answers, deals and win rate",
        params: WsIdParams,
        response: { 200: CustomerSignals, ...errorResponses },
      },
    },
    async (req) => customerSignals(req.wsCtx, req.params.id),
  );
};
