import { z } from 'zod';
import { JOURNEY_STAGES, CHANNELS } from '../../core/enums.ts';
import { isoDate, Uuid } from '../../http/schemas.ts';
import { FUNNEL_BREAKDOWNS, MAX_STEPS, MIN_STEPS } from './funnels.ts';
import { INTERVALS } from './periods.ts';
import { COHORTS } from './retention.ts';

/** Request and response schemas of analytics/routes.ts (and the adoption signal on features' answers). */

export const EventName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe('An event name as sent: signed_up, $pageview');
/** Every named property must equal the value (strings compared as sent), as goals' filters. */
export const PropertyFilter = z
  .record(z.string().min(1).max(200), z.union([z.string().max(500), z.number(), z.boolean()]))
  .refine((f) => Object.keys(f).length <= 20, 'Use at most 20 properties.')
  .describe('Property name → the value it must equal');

const EventStep = z.strictObject({ event: EventName, filter: PropertyFilter.optional() });
const UrlStep = z.strictObject({
  urlPattern: z
    .string()
    .trim()
    .min(1)
    .max(2_000)
    .describe(
      '`*` matches anything; a pattern starting with / matches the path, any other the URL without its query',
    ),
});
export const FunnelStepInput = z.union([EventStep, UrlStep]);

export const Breakdown = z.enum(FUNNEL_BREAKDOWNS);
export const WindowDays = z.coerce
  .number()
  .int()
  .min(1)
  .max(90)
  .default(14)
  .describe('Each step within this many days of the first');

export const FunnelQuery = z.strictObject({
  steps: z.array(FunnelStepInput).min(MIN_STEPS).max(MAX_STEPS),
  from: isoDate().describe('First day (UTC) a person may enter'),
  to: isoDate().describe('Last day (UTC) a person may enter; later steps may follow within the window'),
  windowDays: WindowDays,
  breakdown: Breakdown.optional().describe("By the first step's visit's campaign (utm_campaign) or channel"),
});

export const JourneyFunnelQuery = z.strictObject({
  from: isoDate().optional().describe('Default: the start date, else 30 days ago'),
  to: isoDate().optional().describe('Default: the end date, else today'),
  windowDays: WindowDays,
  breakdown: Breakdown.optional(),
});

const StepResult = z.object({
  label: z.string(),
  persons: z.number().int(),
  conversionFromPrevious: z.number().nullable(),
  conversionFromFirst: z.number().nullable(),
  medianSecondsFromPrevious: z.number().nullable(),
  medianSecondsFromFirst: z.number().nullable(),
});
export const FunnelResult = z.object({
  from: z.string(),
  to: z.string(),
  windowDays: z.number().int(),
  steps: z.array(StepResult),
  breakdown: z
    .object({
      by: Breakdown,
      groups: z.array(
        z.object({
          key: z.string().nullable().describe('The utm_campaign or channel; null: none'),
          campaign: z.object({ id: Uuid, name: z.string() }).nullable(),
          steps: z.array(StepResult),
        }),
      ),
    })
    .optional(),
});
export const JourneyFunnelResult = FunnelResult.extend({
  journey: z.array(
    z.object({
      touchpointId: Uuid,
      position: z.number().int(),
      stage: z.enum(JOURNEY_STAGES),
      channel: z.enum(CHANNELS),
      asset: z.string(),
      step: z.number().int().nullable().describe('The funnel step (0-based) it counts as; null: left out'),
      missing: z.string().nullable().describe('Why it is left out'),
    }),
  ),
});

export const RetentionQuery = z.strictObject({
  interval: z.enum(INTERVALS).default('week'),
  from: isoDate().optional().describe('A day in the first cohort; default: 11 periods before this one'),
  cohort: z.enum(COHORTS).default('first_seen'),
  featureId: Uuid.optional().describe("With cohort=feature: first use of this feature's adoption signal"),
  returnEvent: EventName.optional().describe('What counts as coming back; default any event'),
});
export const RetentionResult = z.object({
  interval: z.enum(INTERVALS),
  cohort: z.enum(COHORTS),
  returnEvent: z.string().nullable(),
  cohorts: z.array(
    z.object({
      start: z.string(),
      size: z.number().int(),
      returning: z
        .array(z.number().int().nullable())
        .describe('Per period from the cohort’s own; null: not begun'),
    }),
  ),
});

/** Set with PUT; cleared with DELETE (a JSON null body is refused as bad input everywhere else). */
export const AdoptionSignal = z.union([
  z.strictObject({ event: EventName, filter: PropertyFilter.default({}) }),
  z.strictObject({ flag: z.string().trim().min(1).max(200).describe('A PostHog feature flag key') }),
]);
/** As answered (stored filters are not re-validated). */
export const StoredAdoptionSignal = z
  .union([
    z.object({
      event: z.string(),
      filter: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    }),
    z.object({ flag: z.string() }),
  ])
  .nullable();

const Usage = {
  persons: z.number().int(),
  activePersons: z.number().int(),
  rate: z.number().nullable(),
  customers: z.number().int(),
  activeCustomers: z.number().int(),
  customerRate: z.number().nullable(),
};
export const AdoptionQuery = z.strictObject({
  weeks: z.coerce.number().int().min(1).max(52).default(12).describe('Weeks from the week it shipped'),
});
export const AdoptionResult = z.object({
  featureId: Uuid,
  signal: StoredAdoptionSignal,
  shippedAt: z.string().nullable(),
  launch: z.object({ id: Uuid, name: z.string(), date: z.string() }).nullable(),
  weeks: z.array(z.object({ start: z.string(), ...Usage })),
  beforeLaunch: z.object({ from: z.string(), to: z.string(), ...Usage }).nullable(),
  afterLaunch: z.object({ from: z.string(), to: z.string(), ...Usage }).nullable(),
});
