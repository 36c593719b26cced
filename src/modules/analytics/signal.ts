import { type SQL, sql } from 'drizzle-orm';
import type { PropertyFilter } from '../sources/schema.ts';

/**
 * A feature's adoption signal: the event that means "used it" (with an optional property filter), or a
 * PostHog feature flag key, which counts `$feature_flag_called` events for that flag whose response is
 * truthy (true, or a variant name; not false, "false", "", 0 or null). Stored on features
 * (adoption_event, adoption_filter, adoption_flag; migration 0013).
 */
export type AdoptionSignal = { event: string; filter: PropertyFilter } | { flag: string } | null;

export const FLAG_EVENT = '$feature_flag_called';

type Stored = {
  adoptionEvent: string | null;
  adoptionFilter: PropertyFilter | null;
  adoptionFlag: string | null;
};

/** The signal as the API shows it. */
export function signalOf(row: Stored): AdoptionSignal {
  if (row.adoptionFlag) return { flag: row.adoptionFlag };
  if (row.adoptionEvent) return { event: row.adoptionEvent, filter: row.adoptionFilter ?? {} };
  return null;
}

/** The signal as columns. */
export function columnsOf(signal: AdoptionSignal): Stored {
  if (signal === null) return { adoptionEvent: null, adoptionFilter: null, adoptionFlag: null };
  if ('flag' in signal) return { adoptionEvent: null, adoptionFilter: null, adoptionFlag: signal.flag };
  return { adoptionEvent: signal.event, adoptionFilter: signal.filter, adoptionFlag: null };
}

/** SQL: an event `e` shows the feature in use. */
export function signalCondition(signal: Exclude<AdoptionSignal, null>): SQL {
  if ('flag' in signal) {
    return sql`(e.name = ${FLAG_EVENT} and e.properties->>'$feature_flag' = ${signal.flag}
      and coalesce(e.properties->'$feature_flag_response', 'null'::jsonb)
        not in ('false'::jsonb, 'null'::jsonb, '""'::jsonb, '0'::jsonb, '"false"'::jsonb))`;
  }
  return Object.keys(signal.filter).length > 0
    ? sql`(e.name = ${signal.event} and e.properties @> ${JSON.stringify(signal.filter)}::jsonb)`
    : sql`e.name = ${signal.event}`;
}
