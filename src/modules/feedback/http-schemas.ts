import { z } from 'zod';
import {
  CUSTOMER_SEGMENTS,
  FEATURE_STATUSES,
  FEEDBACK_FLAGS,
  FEEDBACK_SOURCES,
  FEEDBACK_STATUSES,
  IMPORTANCES,
  LIMITS,
  SENTIMENTS,
} from '../../core/enums.ts';
import { Uuid } from '../../http/schemas.ts';

/** Response and field schemas shared by the feedback routes. */

export const Status = z.enum(FEEDBACK_STATUSES);
export const Source = z.enum(FEEDBACK_SOURCES);
export const Sentiment = z.enum(SENTIMENTS);
export const Flag = z.enum(FEEDBACK_FLAGS);
/** Tags as stored: trimmed, lower-case, no duplicates. */
export const Tags = z
  .array(z.string().trim().toLowerCase().min(1).max(LIMITS.tag))
  .max(LIMITS.tags)
  .transform((tags) => [...new Set(tags)]);

export const FeedbackItem = z.object({
  id: Uuid,
  title: z.string(),
  text: z.string(),
  source: Source,
  sentiment: Sentiment.nullable(),
  status: Status,
  allowedTransitions: z.array(Status).describe('Statuses this item may move to next'),
  tags: z.array(z.string()),
  productId: Uuid.nullable(),
  customerId: Uuid.nullable(),
  contactId: Uuid.nullable(),
  personaId: Uuid.nullable().describe('The buyer persona the item speaks for'),
  createdBy: Uuid.nullable(),
  triagedAt: z.string().nullable(),
  flag: Flag.nullable().describe('revenue_detractor: a survey detractor from a customer with revenue'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ListItem = FeedbackItem.extend({
  rank: z.number().nullable().describe('Relevance to q (ts_rank), null without q'),
  customerName: z.string().nullable().describe("The customer's name, null without a customer"),
});
export const Detail = FeedbackItem.extend({
  customer: z
    .object({
      id: Uuid,
      name: z.string(),
      segment: z.enum(CUSTOMER_SEGMENTS).nullable(),
      annualRevenue: z.number(),
    })
    .nullable(),
  features: z.array(
    z.object({
      id: Uuid,
      title: z.string(),
      status: z.enum(FEATURE_STATUSES),
      importance: z.enum(IMPORTANCES),
    }),
  ),
});
