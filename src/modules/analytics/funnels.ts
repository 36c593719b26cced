import { type SQL, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { invalidField } from '../../core/errors.ts';
import { rows } from '../../db/sql.ts';
import { type Step, stepCondition, stepLabel } from './steps.ts';

/**
 * Funnels: ordered steps within a conversion window. A person enters at any occurrence of the first step in
 * [from, to); each next step must happen strictly after the previous one and at most `windowDays` after that
 * first step. Every occurrence of the first step starts an attempt (so a second try after a lapsed window
 * still counts), each attempt takes the earliest next step (greedy, which reaches as deep as any choice
 * would), and a person counts once, at the deepest step any attempt reached; among attempts reaching that
 * depth, the quickest one (then the earliest) supplies the times and the breakdown. Bots are left out.
 */

export const FUNNEL_BREAKDOWNS = ['campaign', 'channel'] as const;
export type FunnelBreakdown = (typeof FUNNEL_BREAKDOWNS)[number];

export type FunnelQuery = {
  steps: Step[];
  /** YYYY-MM-DD, UTC, inclusive. */
  from: string;
  /** YYYY-MM-DD, UTC, inclusive. */
  to: string;
  windowDays: number;
  breakdown?: FunnelBreakdown;
};

export type FunnelStepResult = {
  label: string;
  persons: number;
  /** Of the previous step's persons (1 for the first step; null when the previous step had none). */
  conversionFromPrevious: number | null;
  /** Of the first step's persons. */
  conversionFromFirst: number | null;
  /** Median seconds from the previous step to this one among the persons who reached it; null for step 1. */
  medianSecondsFromPrevious: number | null;
  medianSecondsFromFirst: number | null;
};

export type FunnelResult = {
  from: string;
  to: string;
  windowDays: number;
  steps: FunnelStepResult[];
  breakdown?: {
    by: FunnelBreakdown;
    groups: {
      key: string | null;
      campaign: { id: string; name: string } | null;
      steps: FunnelStepResult[];
    }[];
  };
};

export const MIN_STEPS = 2;
export const MAX_STEPS = 10;
const DAY_MS = 86_400_000;

/** The period as timestamps: from the start of `from` to the end of `to` (UTC days). */
export function periodOf(from: string, to: string, field = 'to'): { start: Date; end: Date } {
  const start = new Date(`${from}T00:00:00.000Z`);
  const end = new Date(new Date(`${to}T00:00:00.000Z`).getTime() + DAY_MS);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
    throw invalidField(field, 'Use a valid date.');
  if (end <= start)
    throw invalidField(field, 'The period ends before it starts: use a date on or after `from`.');
  if (end.getTime() - start.getTime() > 366 * DAY_MS) {
    throw invalidField(field, 'Use a period of at most 366 days.');
  }
  return { start, end };
}

type Row = {
  grp: number;
  key: string | null;
  [k: `s${number}`]: string | number;
  [k: `p${number}`]: number | null;
  [k: `f${number}`]: number | null;
};

/** Runs a funnel over the caller's workspace. */
export async function runFunnel(ctx: WsCtx, q: FunnelQuery): Promise<FunnelResult> {
  if (q.steps.length < MIN_STEPS || q.steps.length > MAX_STEPS) {
    throw invalidField('steps', `Use ${MIN_STEPS} to ${MAX_STEPS} steps.`);
  }
  const { start, end } = periodOf(q.from, q.to);
  const window = sql`${`${q.windowDays} days`}::interval`;
  const n = q.steps.length;
  const ws = ctx.workspaceId;
  const t = (k: number) => sql.raw(`t${k}`);

  const [from, until] = [start.toISOString(), end.toISOString()];
  // e1: the first step's occurrences in the period; eK: later steps' up to the window past its end.
  const ctes: SQL[] = q.steps.map((step, i) => {
    const upTo = i === 0 ? sql`${until}::timestamptz` : sql`${until}::timestamptz + ${window}`;
    // The visit's origin is read only for a breakdown (and only for the attempts that count, at the end).
    const extra = i === 0 && q.breakdown ? sql`, e.session_id, e.utm_campaign, e.channel` : sql``;
    return sql`${sql.raw(`e${i + 1}`)} as materialized (
      select e.person_id, e.time ${extra} from events e
      where e.workspace_id = ${ws} and e.time >= ${from}::timestamptz and e.time < ${upTo}
        and not e.is_bot and ${stepCondition(step)})`;
  });
  // aK: the attempts, each with the earliest occurrence of every step so far. The next occurrence strictly
  // after a time comes from one sort of the attempts merged with the step's events (a window's running min,
  // newest first, over the rows at least a millisecond later: times are stored to the millisecond), not from
  // a join of every attempt with every later event.
  ctes.push(sql`a1 as (
    select row_number() over () as aid, person_id, time as t1 ${q.breakdown ? sql`, session_id, utm_campaign, channel` : sql``} from e1)`);
  const next = (k: number, attempts: SQL) => sql`${sql.raw(`n${k}`)} as (
    select aid, nxt from (
      select aid, min(time) filter (where aid is null) over (
        partition by person_id order by time desc range between unbounded preceding and '1 millisecond' preceding) as nxt
      from (${attempts} union all select person_id, time, null from ${sql.raw(`e${k}`)}) m) w
    where aid is not null)`;
  for (let k = 2; k <= n; k++) {
    const prev = sql.raw(`a${k - 1}`);
    ctes.push(
      next(k, sql`select person_id, ${t(k - 1)} as time, aid from ${prev} where ${t(k - 1)} is not null`),
    );
    if (k === 2) {
      // Attempts reaching the same next step are one attempt: the latest start (it has the same later steps,
      // a later deadline and a shorter time to convert); of those reaching none, the earliest start.
      ctes.push(sql`a2 as (
        select distinct on (a.person_id, n.nxt) a.*, case when n.nxt <= a.t1 + ${window} then n.nxt end as t2
        from a1 a join n2 n using (aid)
        order by a.person_id, n.nxt, case when n.nxt is null then a.t1 end, a.t1 desc)`);
    } else {
      ctes.push(sql`${sql.raw(`a${k}`)} as (
        select a.*, case when n.nxt <= a.t1 + ${window} then n.nxt end as ${t(k)}
        from ${prev} a left join ${sql.raw(`n${k}`)} n using (aid))`);
    }
  }
  const depth = sql.raw(
    `case ${range(2, n)
      .reverse()
      .map((k) => `when t${k} is not null then ${k}`)
      .join(' ')} else 1 end`,
  );
  const reached = sql.raw(
    `coalesce(${range(1, n)
      .reverse()
      .map((k) => `t${k}`)
      .join(', ')})`,
  );
  ctes.push(sql`best as (
    select distinct on (person_id) *, ${depth} as depth from ${sql.raw(`a${n}`)}
    order by person_id, ${depth} desc, ${reached} - t1, t1)`);

  const key =
    q.breakdown === 'campaign'
      ? sql`coalesce(v.utm_campaign, b.utm_campaign)`
      : q.breakdown === 'channel'
        ? sql`coalesce(v.channel, b.channel)`
        : sql`null::text`;
  const visitJoin = q.breakdown
    ? sql`left join visits v on v.workspace_id = ${ws} and v.id = b.session_id`
    : sql``;
  const measures = range(1, n).map((k) =>
    k === 1
      ? sql`count(*) as s1`
      : sql`count(*) filter (where depth >= ${sql.raw(String(k))}) as ${sql.raw(`s${k}`)},
        percentile_cont(0.5) within group (order by extract(epoch from ${t(k)} - ${t(k - 1)})) as ${sql.raw(`p${k}`)},
        percentile_cont(0.5) within group (order by extract(epoch from ${t(k)} - t1)) as ${sql.raw(`f${k}`)}`,
  );
  const grouping = q.breakdown ? sql`grouping sets ((), (1))` : sql`()`;
  // Sorts of a month's attempts fit in memory with a little more than the 4 MB default.
  const found = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    return rows<Row>(
      tx as unknown as WsCtx['db'],
      sql`with ${sql.join(ctes, sql`, `)}
      select ${key} as key, ${q.breakdown ? sql`grouping(${key})` : sql`1`}::int as grp, ${sql.join(measures, sql`, `)}
      from best b ${visitJoin}
      group by ${q.breakdown ? sql`grouping sets ((), (${key}))` : grouping}`,
    );
  });

  const labels = q.steps.map(stepLabel);
  const total = found.find((r) => Number(r.grp) === 1);
  const result: FunnelResult = {
    from: q.from,
    to: q.to,
    windowDays: q.windowDays,
    steps: stepsOf(labels, total),
  };
  if (q.breakdown) {
    const groups = found.filter((r) => Number(r.grp) === 0);
    const names =
      q.breakdown === 'campaign'
        ? await campaignNames(
            ctx,
            groups.map((g) => g.key),
          )
        : new Map();
    result.breakdown = {
      by: q.breakdown,
      groups: groups
        .map((g) => ({
          key: g.key,
          campaign: (g.key && names.get(g.key)) || null,
          steps: stepsOf(labels, g),
        }))
        .sort(
          (a, b) => b.steps[0]!.persons - a.steps[0]!.persons || (a.key ?? '~').localeCompare(b.key ?? '~'),
        ),
    };
  }
  return result;
}

function stepsOf(labels: string[], r: Row | undefined): FunnelStepResult[] {
  const persons = labels.map((_, i) => Number(r?.[`s${i + 1}`] ?? 0));
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return labels.map((label, i) => ({
    label,
    persons: persons[i]!,
    conversionFromPrevious: i === 0 ? ratio(persons[0]!, persons[0]!) : ratio(persons[i]!, persons[i - 1]!),
    conversionFromFirst: ratio(persons[i]!, persons[0]!),
    medianSecondsFromPrevious: i === 0 ? null : num(r?.[`p${i + 1}`]),
    medianSecondsFromFirst: i === 0 ? null : num(r?.[`f${i + 1}`]),
  }));
}

async function campaignNames(ctx: WsCtx, keys: (string | null)[]) {
  const wanted = keys.filter((k): k is string => k !== null);
  if (wanted.length === 0) return new Map<string, { id: string; name: string }>();
  const found = await rows<{ id: string; name: string; utm_campaign: string }>(
    ctx.db,
    sql`select id, name, utm_campaign from campaigns
        where workspace_id = ${ctx.workspaceId} and utm_campaign = any(${`{${wanted.map(pgArrayItem).join(',')}}`}::text[])`,
  );
  return new Map(found.map((c) => [c.utm_campaign, { id: c.id, name: c.name }]));
}

/** One element of a text[] literal, quoted (commas, quotes and backslashes kept literal). */
const pgArrayItem = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
