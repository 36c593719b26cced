import { and, asc, eq, gte, isNotNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { Channel } from '../../core/enums.ts';
import { invalidField } from '../../core/errors.ts';
import { rows as rowsOf } from '../../db/sql.ts';
import { campaigns } from '../campaigns/schema.ts';
import { launches } from '../launches/schema.ts';
import { releases } from '../releases/schema.ts';
import { programs } from '../requirements/schema.ts';

export const CALENDAR_KINDS = ['campaign', 'program', 'launch', 'release'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export type CalendarItem = {
  kind: CalendarKind;
  id: string;
  title: string;
  /** ISO dates; a launch or release is one day (start = end). */
  start: string;
  end: string | null;
  status: string;
  channel: Channel | null;
  programId: string | null;
  releaseId: string | null;
};

export type CalendarQuery = {
  from: string;
  to: string;
  kinds?: CalendarKind[];
  channel?: Channel;
  programId?: string;
  limit: number;
};

/** Longest range one request may ask for, in days. */
export const MAX_RANGE_DAYS = 400;

/**
 * Everything on the marketing calendar between two dates: campaigns and programs running in the range
 * (a missing end date means still running), launches and release dates inside it. Sorted by start date,
 * then kind; cut at `limit` with `truncated` set, so a crowded range stays bounded.
 */
export async function marketingCalendar(ctx: WsCtx, q: CalendarQuery) {
  const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
  if (days < 0) throw invalidField('to', 'The range ends before it starts');
  if (days > MAX_RANGE_DAYS) throw invalidField('to', `A calendar range is at most ${MAX_RANGE_DAYS} days`);
  const kinds = new Set(q.kinds?.length ? q.kinds : CALENDAR_KINDS);
  // A channel filter only makes sense for campaigns; a program filter for campaigns and the program itself.
  if (q.channel) for (const k of ['program', 'launch', 'release'] as const) kinds.delete(k);
  if (q.programId) for (const k of ['launch', 'release'] as const) kinds.delete(k);
  const take = q.limit + 1;
  const items: CalendarItem[] = [];
  // Each kind is one query; they run at once, on separate connections, and are merged in order below.
  const loads: Promise<void>[] = [];

  if (kinds.has('campaign'))
    loads.push(
      (async () => {
        // Campaigns whose days overlap the range, found on the GiST index of their date ranges; materialised
        // first and then sorted, so PostgreSQL does not walk every earlier campaign in start order instead.
        const filters = [
          q.channel ? sql` and ${campaigns.channel} = ${q.channel}` : sql``,
          q.programId ? sql` and ${campaigns.programId} = ${q.programId}` : sql``,
        ];
        const rows = await rowsOf<Omit<CalendarItem, 'kind' | 'releaseId'>>(
          ctx.db,
          sql`with running as materialized (
        select ${campaigns.id} as id, ${campaigns.name} as title, ${campaigns.startDate}::text as start,
          ${campaigns.endDate}::text as "end", ${campaigns.status} as status, ${campaigns.channel} as channel,
          ${campaigns.programId} as "programId"
        from ${campaigns}
        where ${campaigns.workspaceId} = ${ctx.workspaceId} and ${campaigns.startDate} is not null
          and daterange(${campaigns.startDate}, ${campaigns.endDate}, '[]') && daterange(${q.from}::date, ${q.to}::date, '[]')
          ${filters[0]}${filters[1]}
      )
      select * from running order by start::date, id limit ${take}`,
        );
        for (const r of rows) items.push({ kind: 'campaign', ...r, releaseId: null });
      })(),
    );
  if (kinds.has('program'))
    loads.push(
      (async () => {
        const conds: (SQL | undefined)[] = [
          eq(programs.workspaceId, ctx.workspaceId),
          isNotNull(programs.startDate),
          lte(programs.startDate, q.to),
          or(gte(programs.endDate, q.from), sql`${programs.endDate} is null`),
        ];
        if (q.programId) conds.push(eq(programs.id, q.programId));
        const rows = await ctx.db
          .select({
            id: programs.id,
            title: programs.name,
            start: programs.startDate,
            end: programs.endDate,
            status: programs.status,
          })
          .from(programs)
          .where(and(...conds))
          .orderBy(asc(programs.startDate), asc(programs.id))
          .limit(take);
        for (const r of rows)
          items.push({
            kind: 'program',
            ...r,
            start: r.start!,
            channel: null,
            programId: r.id,
            releaseId: null,
          });
      })(),
    );
  if (kinds.has('launch'))
    loads.push(
      (async () => {
        const rows = await ctx.db
          .select({
            id: launches.id,
            title: launches.name,
            start: launches.launchDate,
            status: launches.status,
            releaseId: launches.releaseId,
          })
          .from(launches)
          .where(
            and(
              eq(launches.workspaceId, ctx.workspaceId),
              gte(launches.launchDate, q.from),
              lte(launches.launchDate, q.to),
            ),
          )
          .orderBy(asc(launches.launchDate), asc(launches.id))
          .limit(take);
        for (const r of rows)
          items.push({ kind: 'launch', ...r, end: r.start, channel: null, programId: null });
      })(),
    );
  if (kinds.has('release'))
    loads.push(
      (async () => {
        const rows = await ctx.db
          .select({
            id: releases.id,
            title: releases.name,
            start: releases.targetDate,
            status: releases.status,
          })
          .from(releases)
          .where(
            and(
              eq(releases.workspaceId, ctx.workspaceId),
              gte(releases.targetDate, q.from),
              lte(releases.targetDate, q.to),
            ),
          )
          .orderBy(asc(releases.targetDate), asc(releases.id))
          .limit(take);
        for (const r of rows)
          items.push({
            kind: 'release',
            ...r,
            start: r.start!,
            end: r.start,
            channel: null,
            programId: null,
            releaseId: r.id,
          });
      })(),
    );

  await Promise.all(loads);
  const order = new Map(CALENDAR_KINDS.map((k, i) => [k, i]));
  items.sort((a, b) =>
    a.start !== b.start
      ? a.start < b.start
        ? -1
        : 1
      : order.get(a.kind)! - order.get(b.kind)! || (a.id < b.id ? -1 : 1),
  );
  return { from: q.from, to: q.to, items: items.slice(0, q.limit), truncated: items.length > q.limit };
}
