import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { TrafficChannel } from '../../core/enums.ts';

/**
 * Rows of the market's data written behind the writer's back, for attribution tests: persons, visits (a
 * touch each) and events, with the day and hour marks the writer leaves. Times are ISO strings (UTC).
 */
export function signals(db: Db, workspaceId: string) {
  const ws = workspaceId;
  const months = new Set<string>();

  /** The events partition of a month, as the writer names it (created when missing). */
  async function partition(at: string) {
    const month = at.slice(0, 7);
    if (months.has(month)) return;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    await db.execute(
      sql.raw(
        `create table if not exists events_p${month.replace('-', '')} partition of events ` +
          `for values from ('${month}-01') to ('${next}-01')`,
      ),
    );
    months.add(month);
  }

  async function mark(at: string, changedAt?: string) {
    await db.execute(
      sql`insert into event_day_marks (workspace_id, day, changed_at)
          values (${ws}, ${at.slice(0, 10)}::date, coalesce(${changedAt ?? null}::timestamptz, now()))
          on conflict (workspace_id, day) do update set changed_at = excluded.changed_at`,
    );
    await db.execute(
      sql`insert into event_hour_marks (workspace_id, hour, changed_at)
          values (${ws}, date_trunc('hour', ${at}::timestamptz), coalesce(${changedAt ?? null}::timestamptz, now()))
          on conflict (workspace_id, hour) do update set changed_at = excluded.changed_at`,
    );
  }

  return {
    mark,
    async person(o: { identifiedAt?: string; isBot?: boolean; firstSeenAt?: string } = {}) {
      const id = randomUUID();
      const seen = o.firstSeenAt ?? o.identifiedAt ?? '2026-01-01T00:00:00Z';
      await db.execute(
        sql`insert into persons (workspace_id, id, first_seen_at, last_seen_at, identified_at, is_bot)
            values (${ws}, ${id}, ${seen}::timestamptz, ${seen}::timestamptz,
              ${o.identifiedAt ?? null}::timestamptz, ${o.isBot ?? false})`,
      );
      return id;
    },
    async visit(
      personId: string,
      at: string,
      o: {
        campaign?: string;
        source?: string;
        medium?: string;
        referralCode?: string;
        referrer?: string;
        page?: string;
        channel?: TrafficChannel;
        pageviews?: number;
        isBot?: boolean;
        id?: string;
        /** Leave no day mark (as a writer that forgot would). */
        unmarked?: boolean;
      } = {},
    ) {
      const id = o.id ?? randomUUID();
      await db.execute(
        sql`insert into visits (workspace_id, id, source_id, person_id, started_at, ended_at, events, pageviews,
              landing_path, referrer_domain, utm_source, utm_medium, utm_campaign, referral_code, channel, is_bot)
            values (${ws}, ${id}, ${ws}, ${personId}, ${at}::timestamptz, ${at}::timestamptz, 1,
              ${o.pageviews ?? 1}, ${o.page ?? '/'}, ${o.referrer ?? null}, ${o.source ?? null},
              ${o.medium ?? null}, ${o.campaign ?? null}, ${o.referralCode ?? null},
              ${o.channel ?? (o.campaign ? 'other' : 'direct')}, ${o.isBot ?? false})`,
      );
      if (!o.unmarked) await mark(at);
      return id;
    },
    async event(
      personId: string,
      name: string,
      at: string,
      properties: Record<string, unknown> = {},
      o: { isBot?: boolean } = {},
    ) {
      await partition(at);
      await db.execute(
        sql`insert into events (workspace_id, id, source_id, time, name, distinct_id, person_id, session_id,
              channel, is_bot, properties)
            values (${ws}, ${randomUUID()}, ${ws}, ${at}::timestamptz, ${name}, ${personId}, ${personId},
              ${randomUUID()}, 'direct', ${o.isBot ?? false}, ${JSON.stringify(properties)}::jsonb)`,
      );
      await mark(at);
    },
    async goal(o: {
      name: string;
      event: string;
      filter?: Record<string, string | number | boolean>;
      revenueProperty?: string;
      currency?: string;
    }) {
      const id = randomUUID();
      await db.execute(
        sql`insert into goals (workspace_id, id, name, event, filter, revenue_property, currency)
            values (${ws}, ${id}, ${o.name}, ${o.event}, ${JSON.stringify(o.filter ?? {})}::jsonb,
              ${o.revenueProperty ?? null}, ${o.currency ?? 'USD'})`,
      );
      return id;
    },
    async settings(o: { model?: string; lookbackDays?: number }) {
      await db.execute(
        sql`insert into signal_settings (workspace_id, model, lookback_days)
            values (${ws}, ${o.model ?? 'last_touch'}, ${o.lookbackDays ?? 30})
            on conflict (workspace_id) do update set model = excluded.model, lookback_days = excluded.lookback_days`,
      );
    },
  };
}
