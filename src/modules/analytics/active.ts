import { type SQL, sql } from 'drizzle-orm';
import { type Interval, periodIndex } from './periods.ts';

/**
 * Who was active in which period: (person_id, pi) pairs, pi = the period's index from `start`, over
 * [start, end). Any event → the visits rollup (kept by the writer beside the events): a visit is a chain of a
 * person's events less than 30 minutes apart, so a visit overlapping a period of a week or more has an event
 * in it, and its first and last periods (with any between) are exactly the periods its events fall in.
 * Visits are read from 31 days before `start`: a visit running longer than that is a bot's, left out anyway.
 * A chosen event → the events themselves (events_name_idx). `source: 'events'` forces the raw events, for
 * the test that keeps the rollup exact.
 */
export function activePairs(
  ws: string,
  interval: Interval,
  start: Date,
  end: Date,
  options: { event?: string; source?: 'visits' | 'events' } = {},
): SQL {
  const [s, e] = [start.toISOString(), end.toISOString()];
  if (options.event || options.source === 'events') {
    const name = options.event ? sql`and e.name = ${options.event}` : sql``;
    return sql`select e.person_id, ${periodIndex(interval, start, sql`e.time`)} as pi from events e
      where e.workspace_id = ${ws} and e.time >= ${s}::timestamptz and e.time < ${e}::timestamptz
        and not e.is_bot ${name}
      group by 1, 2`;
  }
  const first = periodIndex(interval, start, sql`v.started_at`);
  const last = periodIndex(interval, start, sql`v.ended_at`);
  return sql`select v.person_id, generate_series(greatest(${first}, 0), least(${last}, ${periodIndex(interval, start, sql`${e}::timestamptz - interval '1 millisecond'`)})) as pi
    from visits v
    where v.workspace_id = ${ws} and v.started_at >= ${s}::timestamptz - interval '31 days'
      and v.started_at < ${e}::timestamptz and v.ended_at >= ${s}::timestamptz and not v.is_bot
    group by 1, 2`;
}
