import { type SQL, sql } from 'drizzle-orm';
import { escapeLike } from '../../core/text.ts';
import type { PropertyFilter } from '../sources/schema.ts';

/**
 * What a funnel step, a retention return or an adoption signal matches among a workspace's events, as SQL
 * over the `events` table aliased `e`. Every condition starts from the event's name, so the planner can use
 * events_name_idx (workspace_id, name, time).
 */

/** One event name with an optional property filter (every named property equal, as jsonb containment). */
export type EventMatch = { event: string; filter?: PropertyFilter };

/**
 * A step: any of several events (a touchpoint's conversion stage is any of the workspace's goals), or a page
 * by URL pattern.
 */
export type Step = { kind: 'events'; anyOf: EventMatch[] } | { kind: 'url'; pattern: string };

/** The event a URL pattern step counts: page views as every wire format names them once stored. */
export const PAGEVIEW = '$pageview';

/**
 * A URL pattern as LIKE text: `*` is any run of characters, everything else literal (`%`, `_` and `\` escaped,
 * core/text.ts). A pattern starting with `/` matches the path; any other the whole URL without its query
 * string and fragment (so tagged links still match their page).
 */
export function likeOfPattern(pattern: string): string {
  return pattern.split('*').map(escapeLike).join('%');
}

/** Whether a URL pattern is matched against the path (else against the URL without query and fragment). */
export const matchesPath = (pattern: string) => pattern.startsWith('/');

function eventCondition(m: EventMatch): SQL {
  const filter = m.filter && Object.keys(m.filter).length > 0 ? m.filter : null;
  return filter
    ? sql`(e.name = ${m.event} and e.properties @> ${JSON.stringify(filter)}::jsonb)`
    : sql`e.name = ${m.event}`;
}

/** The SQL condition an event `e` meets to count as this step. */
export function stepCondition(step: Step): SQL {
  if (step.kind === 'url') {
    const like = likeOfPattern(step.pattern);
    const target = matchesPath(step.pattern)
      ? sql`e.path`
      : sql`split_part(split_part(e.url, '#', 1), '?', 1)`;
    return sql`(e.name = ${PAGEVIEW} and ${target} like ${like})`;
  }
  if (step.anyOf.length === 1) return eventCondition(step.anyOf[0]!);
  return sql`(${sql.join(step.anyOf.map(eventCondition), sql` or `)})`;
}

/** A step as people read it: `signed_up`, `signed_up (plan = pro)`, `/pricing*`, `signed_up or purchase`. */
export function stepLabel(step: Step): string {
  if (step.kind === 'url') return step.pattern;
  return step.anyOf
    .map((m) => {
      const f = Object.entries(m.filter ?? {});
      return f.length ? `${m.event} (${f.map(([k, v]) => `${k} = ${String(v)}`).join(', ')})` : m.event;
    })
    .join(' or ');
}
