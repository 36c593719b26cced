import { type SQL, sql } from 'drizzle-orm';
import { type CUSTOMER_SEGMENTS, SURVEY_SCALES, type SurveyKind } from '../../core/enums.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { type ScoreSummary, summarize } from './scores.ts';

export const RESULT_INTERVALS = ['day', 'week', 'month'] as const;
export type ResultInterval = (typeof RESULT_INTERVALS)[number];
export const RESULT_BREAKDOWNS = ['segment', 'plan', 'persona', 'product', 'launch', 'customer'] as const;
export type ResultBreakdown = (typeof RESULT_BREAKDOWNS)[number];

/** Which answers a result counts: one survey, or every survey of a kind matching the filters. */
export type ResultsFilter = {
  kind: SurveyKind;
  surveyId?: string;
  productId?: string;
  launchId?: string;
  personaId?: string;
  segment?: (typeof CUSTOMER_SEGMENTS)[number];
  /** First and last day (UTC, YYYY-MM-DD), both included; open-ended when absent. */
  from?: string;
  to?: string;
  interval?: ResultInterval;
  by?: ResultBreakdown;
};

type Scored = Omit<ScoreSummary, 'confidence'> & { confidence: ScoreSummary['confidence'] };
export type BreakdownRow = {
  key: string | null;
  label: string;
  answers: number;
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
};
export type SurveyResults = Scored & {
  kind: SurveyKind;
  nps?: number | null;
  csat?: number | null;
  ces?: number | null;
  distribution: { score: number; count: number }[];
  series: { period: string; answers: number; score: number | null }[];
  breakdown?: BreakdownRow[];
};

/** At most this many rows in a breakdown (by customer can be long): the ones with the most answers. */
export const BREAKDOWN_LIMIT = 100;

const DAY_MS = 86_400_000;
const addDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** The start (YYYY-MM-DD) of the period holding a day, as PostgreSQL's date_trunc (weeks start on Monday). */
export function periodOf(day: string, interval: ResultInterval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

function nextPeriod(period: string, interval: ResultInterval): string {
  if (interval === 'day') return addDay(period);
  if (interval === 'week')
    return new Date(Date.parse(`${period}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10);
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

/** Every period from the first to the last, so a chart shows the quiet ones as gaps, not as nothing. */
function periodsBetween(first: string, last: string, interval: ResultInterval): string[] {
  const out: string[] = [];
  for (let p = periodOf(first, interval); p <= last && out.length < 1000; p = nextPeriod(p, interval))
    out.push(p);
  return out;
}

function where(workspaceId: string, f: ResultsFilter): SQL {
  const conds: SQL[] = [sql`a.workspace_id = ${workspaceId}`, sql`a.kind = ${f.kind}`];
  if (f.surveyId) conds.push(sql`a.survey_id = ${f.surveyId}`);
  if (f.productId) conds.push(sql`a.product_id = ${f.productId}`);
  if (f.launchId) conds.push(sql`a.launch_id = ${f.launchId}`);
  if (f.personaId) conds.push(sql`a.persona_id = ${f.personaId}`);
  if (f.segment) conds.push(sql`c.segment = ${f.segment}`);
  if (f.from) conds.push(sql`a.answered_at >= ${f.from}::date::timestamptz`);
  if (f.to) conds.push(sql`a.answered_at < (${f.to}::date + 1)::timestamptz`);
  return sql.join(conds, sql` and `);
}

// A join is always there for the segment filter and breakdowns; PostgreSQL drops it when unused (left join
// on the primary key).
const customerJoin = sql`left join customers c on c.workspace_id = a.workspace_id and c.id = a.customer_id`;

const BREAKDOWN_SQL: Record<ResultBreakdown, { key: SQL; label: SQL; join: SQL; none: string }> = {
  segment: { key: sql`c.segment`, label: sql`c.segment`, join: sql``, none: 'No segment' },
  plan: { key: sql`c.plan`, label: sql`c.plan`, join: sql``, none: 'No plan' },
  customer: { key: sql`a.customer_id::text`, label: sql`c.name`, join: sql``, none: 'No customer' },
  persona: {
    key: sql`a.persona_id::text`,
    label: sql`x.name`,
    join: sql`left join personas x on x.workspace_id = a.workspace_id and x.id = a.persona_id`,
    none: 'No persona',
  },
  product: {
    key: sql`a.product_id::text`,
    label: sql`x.name`,
    join: sql`left join products x on x.workspace_id = a.workspace_id and x.id = a.product_id`,
    none: 'No product',
  },
  launch: {
    key: sql`a.launch_id::text`,
    label: sql`x.name`,
    join: sql`left join launches x on x.workspace_id = a.workspace_id and x.id = a.launch_id`,
    none: 'No launch',
  },
};

const SEGMENT_LABELS: Record<string, string> = {
  smb: 'SMB',
  mid_market: 'Mid-market',
  enterprise: 'Enterprise',
  public_sector: 'Public sector',
  startup: 'Startup',
  other: 'Other',
};
const segmentLabel = (s: string) => SEGMENT_LABELS[s] ?? s;

/**
 * Survey results: answers, the kind's score with promoters / passives / detractors, mean and 95 % interval,
 * the distribution of scores, a series per day, week or month, and optionally a breakdown. Every figure comes
 * from scores.ts's summarize() over counts per score, so a score means the same in every view.
 * Shared by GET surveys/{id}/results, GET survey-results (dashboards) and, later, metrics.
 */
export async function surveyResults(db: Db, workspaceId: string, f: ResultsFilter): Promise<SurveyResults> {
  const interval = f.interval ?? 'week';
  const unit = sql.raw(`'${interval}'`);
  const cond = where(workspaceId, f);
  const counted = await rows<{ period: string; score: number | null; n: number }>(
    db,
    sql`select to_char(date_trunc(${unit}, a.answered_at at time zone 'UTC'), 'YYYY-MM-DD') as period,
               a.score, count(*)::int as n
        from survey_answers a ${customerJoin}
        where ${cond}
        group by 1, 2`,
  );
  const total = new Map<number, number>();
  const perPeriod = new Map<string, { answers: number; counts: Map<number, number> }>();
  let answers = 0;
  for (const r of counted) {
    const n = Number(r.n);
    answers += n;
    const p = perPeriod.get(r.period) ?? { answers: 0, counts: new Map<number, number>() };
    p.answers += n;
    if (r.score !== null) {
      const s = Number(r.score);
      p.counts.set(s, (p.counts.get(s) ?? 0) + n);
      total.set(s, (total.get(s) ?? 0) + n);
    }
    perPeriod.set(r.period, p);
  }
  const summary = summarize(f.kind, total);
  const seen = [...perPeriod.keys()].sort();
  const first = f.from ?? seen[0];
  const last = f.to ?? seen[seen.length - 1];
  const series =
    first && last
      ? periodsBetween(first, last, interval).map((period) => {
          const p = perPeriod.get(period);
          return {
            period,
            answers: p?.answers ?? 0,
            score: p ? summarize(f.kind, p.counts).score : null,
          };
        })
      : [];
  const scale = SURVEY_SCALES[f.kind];
  const distribution = scale
    ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => ({
        score: scale.min + i,
        count: total.get(scale.min + i) ?? 0,
      }))
    : [];
  const result: SurveyResults = {
    kind: f.kind,
    ...summary,
    answers,
    ...(f.kind === 'open' ? {} : { [f.kind]: summary.score }),
    distribution,
    series,
  };
  if (f.by) result.breakdown = await breakdown(db, f.by, f.kind, cond);
  return result;
}

async function breakdown(db: Db, by: ResultBreakdown, kind: SurveyKind, cond: SQL): Promise<BreakdownRow[]> {
  const b = BREAKDOWN_SQL[by];
  const counted = await rows<{ key: string | null; label: string | null; score: number | null; n: number }>(
    db,
    sql`select ${b.key} as key, ${b.label} as label, a.score, count(*)::int as n
        from survey_answers a ${customerJoin} ${b.join}
        where ${cond}
        group by 1, 2, 3`,
  );
  const groups = new Map<
    string,
    { key: string | null; label: string; answers: number; counts: Map<number, number> }
  >();
  for (const r of counted) {
    const id = r.key ?? '';
    const label = r.key === null ? b.none : by === 'segment' ? segmentLabel(r.key) : (r.label ?? r.key);
    const g = groups.get(id) ?? { key: r.key, label, answers: 0, counts: new Map<number, number>() };
    g.answers += Number(r.n);
    if (r.score !== null) g.counts.set(Number(r.score), (g.counts.get(Number(r.score)) ?? 0) + Number(r.n));
    groups.set(id, g);
  }
  return [...groups.values()]
    .sort((x, y) => y.answers - x.answers || x.label.localeCompare(y.label))
    .slice(0, BREAKDOWN_LIMIT)
    .map((g) => {
      const s = summarize(kind, g.counts);
      return {
        key: g.key,
        label: g.label,
        answers: g.answers,
        score: s.score,
        promoters: s.promoters,
        passives: s.passives,
        detractors: s.detractors,
      };
    });
}
