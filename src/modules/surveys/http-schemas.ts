import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CUSTOMER_SEGMENTS,
  LIMITS,
  SURVEY_CHANNELS,
  SURVEY_KINDS,
  SURVEY_STATUSES,
} from '../../core/enums.ts';
import { longText, Uuid } from '../../http/schemas.ts';
import { BANDS, DISTINCT_ID_MAX } from './answers.ts';
import { RESULT_BREAKDOWNS, RESULT_INTERVALS } from './results.ts';

/** Request and response schemas of the survey routes (workspace and public). */

/** The Tandem server's origin as the caller reached it (behind a proxy: TANDEM_TRUST_PROXY), for links. */
export const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

export const Kind = z.enum(SURVEY_KINDS);
export const Status = z.enum(SURVEY_STATUSES);
const Scale = z.object({ min: z.number().int(), max: z.number().int() }).nullable();

export const Survey = z.object({
  id: Uuid,
  name: z.string(),
  kind: Kind,
  status: Status,
  productId: Uuid,
  launchId: Uuid.nullable(),
  personaId: Uuid.nullable(),
  question: z.string(),
  followUp: z.string(),
  thankYou: z.string(),
  requireToken: z.boolean(),
  url: z.string().describe('The hosted page: <origin>/s/<id>'),
  scale: Scale.describe('Score range of the kind; null for an open question'),
  answers: z.number().int(),
  score: z.number().nullable().describe("The kind's headline score over all answers (NPS, CSAT % or CES %)"),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const text = (max: number) => z.string().trim().max(max);
const fields = {
  name: text(LIMITS.name).optional().describe('Defaults to the question'),
  launchId: Uuid.nullable().optional(),
  personaId: Uuid.nullable().optional(),
  followUp: text(LIMITS.shortText).optional().describe('Asked after the score; its answer is the comment'),
  thankYou: text(LIMITS.shortText).optional(),
  requireToken: z.boolean().optional().describe('Only answers from personal links (one each)'),
};
export const SurveyCreate = z.strictObject({
  kind: Kind,
  productId: Uuid,
  question: text(LIMITS.shortText).min(1),
  ...fields,
});
export const SurveyUpdate = z.strictObject({
  kind: Kind.optional(),
  productId: Uuid.optional(),
  question: text(LIMITS.shortText).min(1).optional(),
  ...fields,
  status: Status.optional().describe('open or closed: a closed survey takes no answers'),
  version: z.number().int().min(1).optional(),
});

export const Recipients = z.strictObject({
  recipients: z
    .array(
      z.strictObject({
        contactId: Uuid.optional(),
        email: z.email().max(LIMITS.email).optional(),
        distinctId: z.string().min(1).max(DISTINCT_ID_MAX).optional(),
      }),
    )
    .min(1)
    .max(500),
});
const Named = z.object({ id: Uuid, name: z.string() }).nullable();
export const CreatedRecipients = z.object({
  recipients: z.array(
    z.object({
      id: Uuid,
      contactId: Uuid.nullable(),
      customerId: Uuid.nullable(),
      email: z.string().nullable(),
      url: z.string().describe('The personal link; its token is shown only here'),
    }),
  ),
});
export const Recipient = z.object({
  id: Uuid,
  contact: Named,
  customer: Named,
  email: z.string().nullable(),
  distinctId: z.string().nullable(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
});

const answerFields = {
  score: z
    .number()
    .nullable()
    .optional()
    .describe("A whole number on the kind's scale; none for an open question"),
  comment: longText().optional(),
  token: z.string().min(1).max(200).optional().describe("A recipient's token (the link's `t`)"),
  distinctId: z
    .string()
    .min(1)
    .max(DISTINCT_ID_MAX)
    .optional()
    .describe('The analytics distinct id of who answers'),
};
export const PublicAnswer = z.strictObject({
  ...answerFields,
  channel: z.enum(['page', 'snippet']).optional().describe('Which public path sent it (default page)'),
});
export const ApiAnswer = z.strictObject({
  ...answerFields,
  answeredAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('When it was given (an import); default now'),
  contactId: Uuid.optional(),
  customerId: Uuid.optional(),
  idempotencyKey: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('A retry with the same key answers the first'),
});
export const Recorded = z.object({ id: Uuid });

export const Answer = z.object({
  id: Uuid,
  score: z.number().int().nullable(),
  comment: z.string(),
  channel: z.enum(SURVEY_CHANNELS),
  contact: Named,
  customer: Named,
  feedbackId: Uuid.nullable().describe('The feedback item its comment became'),
  answeredAt: z.string(),
});
export const AnswerQuery = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize.max).default(LIMITS.pageSize.default),
  cursor: z.string().max(1000).optional(),
  band: z.enum(BANDS).optional().describe("promoter / passive / detractor by the kind's bands"),
  hasComment: z.enum(['true', 'false']).optional(),
});

const day = z.iso.date();
const resultFilters = {
  from: day.optional().describe('First day (UTC), inclusive'),
  to: day.optional().describe('Last day (UTC), inclusive'),
  interval: z.enum(RESULT_INTERVALS).optional().describe('Series period (default week)'),
  by: z.enum(RESULT_BREAKDOWNS).optional().describe('Break the answers down by this'),
};
export const ResultsQuery = z.object(resultFilters);
export const WorkspaceResultsQuery = z.object({
  kind: Kind.exclude(['open']).default('nps'),
  productId: Uuid.optional(),
  launchId: Uuid.optional(),
  personaId: Uuid.optional(),
  segment: z.enum(CUSTOMER_SEGMENTS).optional(),
  ...resultFilters,
});

const count = z.number().int();
export const Results = z.object({
  kind: Kind,
  answers: count,
  score: z.number().nullable().describe('NPS (−100…100), or CSAT / CES as % satisfied'),
  nps: z.number().nullable().optional(),
  csat: z.number().nullable().optional(),
  ces: z.number().nullable().optional(),
  promoters: count.describe('NPS promoters; satisfied answers for CSAT / CES'),
  passives: count,
  detractors: count,
  mean: z.number().nullable(),
  confidence: z
    .object({ level: z.literal(0.95), low: z.number(), high: z.number() })
    .nullable()
    .describe('95 % interval of the score'),
  distribution: z.array(z.object({ score: count, count })),
  series: z.array(z.object({ period: z.string(), answers: count, score: z.number().nullable() })),
  breakdown: z
    .array(
      z.object({
        key: z.string().nullable(),
        label: z.string(),
        answers: count,
        score: z.number().nullable(),
        promoters: count,
        passives: count,
        detractors: count,
      }),
    )
    .optional(),
});

export const PublicSurvey = z.object({
  id: Uuid,
  kind: Kind,
  question: z.string(),
  followUp: z.string(),
  thankYou: z.string(),
  scale: Scale,
  productName: z.string(),
  status: Status,
  requireToken: z.boolean(),
});
