import { z } from 'zod';
import { CUSTOMER_SEGMENTS, DEAL_OUTCOMES, DEAL_REASONS, LIMITS } from '../../core/enums.ts';
import { isoDate, longText, name, shortText, Uuid, version } from '../../http/schemas.ts';
import { WIN_RATE_GROUPINGS } from './win-rates.ts';

export const Outcome = z.enum(DEAL_OUTCOMES);
export const Reason = z.enum(DEAL_REASONS);
export const Segment = z.enum(CUSTOMER_SEGMENTS);
const Named = z.object({ id: Uuid, name: z.string() }).nullable();

export const Deal = z.object({
  id: Uuid,
  name: z.string(),
  customerId: Uuid.nullable(),
  customer: Named,
  accountName: z.string().describe("The buyer's name when they are not a customer"),
  segment: Segment.nullable(),
  productId: Uuid.nullable(),
  product: Named,
  amount: z.number(),
  outcome: Outcome,
  competitorId: Uuid.nullable(),
  competitor: Named,
  reason: Reason.nullable(),
  reasonDetail: z.string(),
  closedOn: z.string(),
  externalId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fields = {
  customerId: Uuid.nullable().optional().describe('The customer; its segment fills `segment` when not given'),
  accountName: shortText().optional().describe('The buyer when not a customer (either this or customerId)'),
  segment: Segment.nullable().optional(),
  productId: Uuid.nullable().optional(),
  competitorId: Uuid.nullable().optional().describe('The competitor met in the deal'),
  reason: Reason.nullable().optional().describe('The primary reason it was won or lost'),
  reasonDetail: longText().optional(),
  externalId: z.string().trim().max(LIMITS.name).nullable().optional().describe("The deal's id in the CRM"),
};
const amount = z.number().min(0).max(1e12);
const closedOn = isoDate().describe('YYYY-MM-DD, not in the future');

export const DealCreate = z.strictObject({ name: name(), amount, outcome: Outcome, closedOn, ...fields });
export const DealUpdate = z.strictObject({
  name: name().optional(),
  amount: amount.optional(),
  outcome: Outcome.optional(),
  closedOn: closedOn.optional(),
  ...fields,
  version: version(),
});

const period = {
  from: isoDate().optional().describe('Closed on or after (YYYY-MM-DD)'),
  to: isoDate().optional().describe('Closed on or before (YYYY-MM-DD)'),
  productId: Uuid.optional(),
  segment: Segment.optional(),
  competitorId: Uuid.optional(),
};
export const DealFilters = {
  ...period,
  outcome: Outcome.optional(),
  customerId: Uuid.optional(),
  q: z.string().max(200).optional().describe('Deal, account or customer name contains'),
};
export const WinRateQuery = z.strictObject({
  ...period,
  by: z
    .enum(WIN_RATE_GROUPINGS)
    .optional()
    .describe('Group by competitor, segment, product, reason or month'),
});

const Tally = {
  won: z.number().int(),
  lost: z.number().int(),
  noDecision: z.number().int().describe('Shown beside won and lost; not counted as a loss'),
  winRate: z.number().nullable().describe('won / (won + lost) in %, null without decided deals'),
};
export const WinRates = z.object({
  overall: z.object({ ...Tally, wonAmount: z.number(), lostAmount: z.number() }),
  groups: z.array(z.object({ key: z.string().nullable(), label: z.string(), ...Tally })),
});

export const WinLoss = z
  .object({
    ...Tally,
    since: z.string().describe('The first day counted: 12 months ago'),
    recentLosses: z
      .array(
        z.object({
          id: Uuid,
          name: z.string(),
          accountName: z.string().describe("The customer's name, or the account's"),
          reason: Reason.nullable(),
          reasonDetail: z.string(),
          closedOn: z.string(),
          amount: z.number(),
        }),
      )
      .describe('The five newest losses'),
  })
  .describe(
    "Deals of the last 12 months against this competitor, for the card's product or naming no product",
  );
