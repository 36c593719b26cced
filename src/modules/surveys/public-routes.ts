import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SURVEY_SCALES } from '../../core/enums.ts';
import { notFound } from '../../core/errors.ts';
import { errorResponses, Problem, Uuid } from '../../http/schemas.ts';
import { addressKey, type Rate, take, throttled } from '../auth/throttle.ts';
import { openSurvey, publicSurvey, recordAnswer } from './answers.ts';
import { PublicAnswer, PublicSurvey, Recorded } from './http-schemas.ts';

/**
 * The two routes the hosted page and the embeddable snippet call, without a login. The snippet runs on
 * customers' own sites, so any origin may call them (no credentials: no cookie is read here). They answer
 * only what the page needs: no workspace id, no counts.
 */

/** Answers per client address (an IPv6 one by its /64): a burst of 20, then one every 3 seconds. */
export const ANSWER_RATE: Rate = { kind: 'rate', limit: 20, periodSeconds: 60 };
/**
 * An answer is a score and a comment of at most 20,000 characters (LIMITS.longText), up to ~60 KB in UTF-8:
 * the limit lets the longest valid comment through and nothing much larger.
 */
export const ANSWER_BODY_LIMIT = 64 * 1024;

const Params = z.strictObject({ surveyId: Uuid });
const paths = ['/api/v1/public/surveys/:surveyId', '/api/v1/public/surveys/:surveyId/answers'] as const;

function allowAnyOrigin(_req: FastifyRequest, reply: FastifyReply, done: () => void) {
  reply.header('access-control-allow-origin', '*');
  reply.header('cross-origin-resource-policy', 'cross-origin');
  done();
}

const HEADER_LIST = /^[A-Za-z0-9-]+(\s*,\s*[A-Za-z0-9-]+)*$/;
function allowedHeaders(asked: string | string[] | undefined): string {
  return typeof asked === 'string' && asked.length <= 500 && HEADER_LIST.test(asked) ? asked : 'content-type';
}

export const publicSurveyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['surveys'];
  // CORS by hand on these routes only: @fastify/cors would add an OPTIONS catch-all under /api that the
  // access declaration check (rightly) refuses.
  for (const url of paths)
    app.options(url, { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) =>
      reply
        .header('access-control-allow-origin', '*')
        .header('access-control-allow-methods', 'GET, POST')
        // Whatever well-formed headers the page's own tools add (tracing, proxies): no credentials ride on
        // these requests, so naming more headers grants nothing.
        .header('access-control-allow-headers', allowedHeaders(req.headers['access-control-request-headers']))
        .header('vary', 'access-control-request-headers')
        .header('access-control-max-age', '86400')
        .code(204)
        .send(),
    );

  app.get(
    paths[0],
    {
      config: { access: 'public' },
      onRequest: allowAnyOrigin,
      schema: {
        tags,
        summary: 'What the hosted page and the snippet show of a survey (no login)',
        params: Params,
        response: { 200: PublicSurvey, ...errorResponses },
      },
    },
    async (req) => {
      const s = await publicSurvey(app.db, req.params.surveyId);
      if (!s) throw notFound('Survey');
      return {
        id: s.id,
        kind: s.kind,
        question: s.question,
        followUp: s.followUp,
        thankYou: s.thankYou,
        scale: SURVEY_SCALES[s.kind],
        productName: s.productName,
        status: s.status,
        requireToken: s.requireToken,
      };
    },
  );

  app.post(
    paths[1],
    {
      config: { access: 'public' },
      onRequest: allowAnyOrigin,
      bodyLimit: ANSWER_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Answer a survey (no login; rate-limited per address; a token answers once; answers without a personal link capped per survey and hour)',
        params: Params,
        body: PublicAnswer,
        response: { 201: Recorded, 429: Problem, ...errorResponses },
      },
    },
    async (req, reply) => {
      const verdict = await take(app.db, 'survey-answer', addressKey(req.ip), ANSWER_RATE);
      if (!verdict.ok) throw throttled('Too many answers from your address', verdict.retryAfter);
      const { channel, ...input } = req.body;
      const survey = await openSurvey(app.db, req.params.surveyId);
      const recorded = await recordAnswer(app.db, survey, input, channel ?? 'page');
      return reply.code(201).send({ id: recorded.id });
    },
  );
};
