import { type SQL, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { SURVEY_KINDS, SURVEY_SCALES } from '../../core/enums.ts';
import { assertRef } from '../../core/refs.ts';
import { rows } from '../../db/sql.ts';
import { launchAdoption, windowAdoption } from '../analytics/adoption.ts';
import { activeCounts } from '../analytics/active.ts';
import { addPeriods, isoDay, periodIndex, periodStart } from '../analytics/periods.ts';
import { PERIODS, retention } from '../analytics/retention.ts';
import { signalOf } from '../analytics/signal.ts';
import type { PropertyFilter } from '../sources/schema.ts';
import { products } from '../products/schema.ts';
import { band } from '../surveys/scores.ts';
import { type DashboardRange, earliest, type RangeInput, resolveRange, weekStarts } from './product-range.ts';
import { themeWords } from './themes.ts';

/**
 * The product management dashboard in one payload: adoption of shipped features, usage, retention cohorts,
 * feedback volume and sentiment, detractor themes and the newest flagged feedback. Each part is one query
 * (the before/after launch figures of the features shown excepted: analytics/adoption.ts launchAdoption, one
 * memo per launch side).
 */

export type ProductManagementInput = RangeInput & { productId?: string };

/** Shipped features read (newest first) and shown at each end of the ranking. */
export const ADOPTION_FEATURES = 50;
export const SHOWN = 5;
/** Detractor feedback read for themes, and themes shown. */
const THEME_ITEMS = 1000;
const THEMES = 10;
const FLAGGED = 5;
/** Tags the survey loop sets on every answer's feedback: they say where it came from, not what it is about. */
const MACHINE_TAGS = new Set<string>(['survey', ...SURVEY_KINDS, 'promoter', 'passive', 'detractor']);
const DAY_MS = 86_400_000;

export async function productManagementDashboard(ctx: WsCtx, input: ProductManagementInput) {
  await assertRef(ctx, products, input.productId, 'productId', 'product');
  const range = await resolveRange(ctx, input);
  const [adoption, usage, cohorts, feedbackVolume, themes, flagged] = await Promise.all([
    adoptionPart(ctx, range, input.productId),
    usagePart(ctx, range),
    retention(ctx, {
      interval: 'week',
      cohort: 'first_seen',
      from: isoDay(addPeriods('week', periodStart('week', range.current.toDay), -(PERIODS - 1))),
    }),
    feedbackPart(ctx, range, input.productId),
    themesPart(ctx, range, input.productId),
    flaggedPart(ctx, range, input.productId),
  ]);
  return {
    from: range.current.fromDay,
    to: range.current.toDay,
    previous: range.previous ? { from: range.previous.fromDay, to: range.previous.toDay } : null,
    adoption,
    usage,
    retention: cohorts,
    feedback: feedbackVolume,
    detractorThemes: themes,
    flagged,
  };
}

const productFilter = (column: SQL, productId: string | undefined) =>
  productId ? sql`and ${column} = ${productId}` : sql``;

type FeatureRow = {
  id: string;
  title: string;
  adoption_event: string | null;
  adoption_filter: PropertyFilter | null;
  adoption_flag: string | null;
  launch_date: string | null;
};

/**
 * Adoption of shipped features in the range: persons whose events show the feature's signal ÷ persons active
 * (any event) in the range (analytics/adoption.ts windowAdoption: one pass over the range's events, a memo once
 * the range is over); the top and bottom SHOWN with their before/after launch rates.
 */
async function adoptionPart(ctx: WsCtx, r: DashboardRange, productId: string | undefined) {
  const ws = ctx.workspaceId;
  const list = await rows<FeatureRow>(
    ctx.db,
    sql`select f.id, f.title, f.adoption_event, f.adoption_filter, f.adoption_flag, l.launch_date::text as launch_date
        from features f
        left join launches l on l.workspace_id = f.workspace_id and l.release_id = f.release_id
        where f.workspace_id = ${ws} and f.status = 'shipped' ${productFilter(sql`f.product_id`, productId)}
          and (f.adoption_event is not null or f.adoption_flag is not null)
        order by f.updated_at desc, f.id limit ${ADOPTION_FEATURES}`,
  );
  const signalsOf = list.map((f) =>
    signalOf({
      adoptionEvent: f.adoption_event,
      adoptionFilter: f.adoption_filter,
      adoptionFlag: f.adoption_flag,
    })!,
  );
  const { active, used } = await windowAdoption(ctx, signalsOf, r.current.start, r.current.end);
  const ranked = list
    .map((f, i) => {
      const persons = used[i] ?? 0;
      return { id: f.id, title: f.title, persons, rate: active > 0 ? persons / active : null, i };
    })
    .sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0) || a.title.localeCompare(b.title));
  const top = ranked.slice(0, SHOWN);
  const bottom = ranked.slice(SHOWN).slice(-SHOWN).reverse();
  // The shown features grouped by their launch's date: one launchAdoption for all (analytics/adoption.ts).
  const dates = [...new Set([...top, ...bottom].flatMap((f) => list[f.i]!.launch_date ?? []))];
  const sides = await launchAdoption(
    ctx,
    dates.map((date) => ({
      date,
      signals: [...top, ...bottom].filter((f) => list[f.i]!.launch_date === date).map((f) => signalsOf[f.i]!),
    })),
  );
  const withLaunch = ({ i, ...f }: (typeof ranked)[number]) => {
    const date = list[i]!.launch_date;
    const at = date === null ? undefined : sides[dates.indexOf(date)];
    const n = at
      ? [...top, ...bottom].filter((g) => list[g.i]!.launch_date === date).findIndex((g) => g.i === i)
      : -1;
    return { ...f, before: at?.before[n]?.rate ?? null, after: at?.after[n]?.rate ?? null };
  };
  return {
    activePersons: active,
    shipped: list.length,
    top: top.map(withLaunch),
    bottom: bottom.map(withLaunch),
  };
}

/**
 * Active persons (any event, from the visits rollup as analytics/active.ts reads it) per day and per week of
 * the range, and in each period: analytics/active.ts activeCounts, each window a memo once it is over (so a
 * view computes only today, this week and the current period), the missing ones in one statement. A visit
 * counts on every UTC day it spans.
 */
async function usagePart(ctx: WsCtx, r: DashboardRange) {
  const { start, end } = r.current;
  const days: Date[] = [];
  for (let t = start.getTime(); t < end.getTime(); t += DAY_MS) days.push(new Date(t));
  const weeks = weekStarts(r).map((week) => new Date(`${week}T00:00:00.000Z`));
  const windows = [
    { from: start, to: end },
    ...(r.previous ? [{ from: r.previous.start, to: r.previous.end }] : []),
    ...days.map((d) => ({ from: d, to: new Date(d.getTime() + DAY_MS) })),
    ...weeks.map((w) => ({ from: w, to: addPeriods('week', w, 1) })),
  ];
  const counts = await activeCounts(ctx, windows);
  const [current, previous] = [counts[0]!, r.previous ? counts[1]! : null];
  const dayCounts = counts.slice(r.previous ? 2 : 1);
  return {
    daily: days.map((d, i) => ({ day: isoDay(d), persons: dayCounts[i]! })),
    weekly: weeks.map((w, i) => ({ week: isoDay(w), persons: dayCounts[days.length + i]! })),
    current,
    previous,
  };
}

/** Feedback received per week of the range by sentiment, and in each period: one query. */
async function feedbackPart(ctx: WsCtx, r: DashboardRange, productId: string | undefined) {
  const found = await rows<{ wk: number; sentiment: string | null; cur: boolean; n: number }>(
    ctx.db,
    sql`select ${periodIndex('week', r.weekStart, sql`f.created_at`)} as wk, f.sentiment,
          f.created_at >= ${r.current.start.toISOString()}::timestamptz as cur, count(*)::int as n
        from feedback f
        where f.workspace_id = ${ctx.workspaceId} ${productFilter(sql`f.product_id`, productId)}
          and f.created_at >= ${earliest(r).toISOString()}::timestamptz
          and f.created_at < ${r.current.end.toISOString()}::timestamptz
        group by 1, 2, 3`,
  );
  const empty = () => ({ positive: 0, neutral: 0, negative: 0, unknown: 0 });
  const weeks = weekStarts(r).map((week) => ({ week, total: 0, ...empty() }));
  const sentiment = empty();
  let [current, previous] = [0, 0];
  for (const f of found) {
    const n = Number(f.n);
    const key = (f.sentiment ?? 'unknown') as keyof ReturnType<typeof empty>;
    if (!f.cur) {
      previous += n;
      continue;
    }
    current += n;
    sentiment[key] += n;
    const w = weeks[Number(f.wk)];
    if (w) {
      w[key] += n;
      w.total += n;
    }
  }
  return { current, previous: r.previous ? previous : null, weeks, sentiment };
}

/**
 * Detractor themes: of the range's negative feedback that came from surveys (source 'survey', sentiment
 * negative), the tags people gave them (the survey loop's own tags left out), the words the comments share
 * (themes.ts: a word counts once per item; a theme is a word at least two items use), and the features the
 * items are linked to. Counts are items, newest THEME_ITEMS read.
 */
async function themesPart(ctx: WsCtx, r: DashboardRange, productId: string | undefined) {
  const ws = ctx.workspaceId;
  const where = sql`f.workspace_id = ${ws} and f.source = 'survey' and f.sentiment = 'negative'
    ${productFilter(sql`f.product_id`, productId)}
    and f.created_at >= ${r.current.start.toISOString()}::timestamptz and f.created_at < ${r.current.end.toISOString()}::timestamptz`;
  const [items, linked] = await Promise.all([
    rows<{ text: string; tags: string[] }>(
      ctx.db,
      sql`select f.text, f.tags from feedback f where ${where}
          order by f.created_at desc, f.id desc limit ${THEME_ITEMS}`,
    ),
    rows<{ id: string; title: string; n: number }>(
      ctx.db,
      sql`select ft.id, ft.title, count(*)::int as n from feedback f
          join feature_feedback ff on ff.workspace_id = f.workspace_id and ff.feedback_id = f.id
          join features ft on ft.workspace_id = ff.workspace_id and ft.id = ff.feature_id
          where ${where} group by ft.id, ft.title order by n desc, ft.title limit ${THEMES}`,
    ),
  ]);
  const tags = new Map<string, number>();
  for (const item of items)
    for (const tag of new Set(item.tags)) if (!MACHINE_TAGS.has(tag)) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  return {
    feedback: items.length,
    tags: [...tags]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, THEMES)
      .map(([tag, count]) => ({ tag, count })),
    words: themeWords(
      items.map((i) => i.text),
      THEMES,
    ),
    features: linked.map((f) => ({ id: f.id, title: f.title, count: Number(f.n) })),
  };
}

/** The detractor scores of each kind, from scores.ts band(): the one definition of a detractor. */
function detractorCondition(): SQL {
  const parts = SURVEY_KINDS.flatMap((kind) => {
    const scale = SURVEY_SCALES[kind];
    if (!scale) return [];
    const scores: number[] = [];
    for (let s = scale.min; s <= scale.max; s++) if (band(kind, s) === -1) scores.push(s);
    return [
      sql`(a.kind = ${kind} and a.score in (${sql.join(
        scores.map((s) => sql`${s}`),
        sql`, `,
      )}))`,
    ];
  });
  return sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * The newest flagged feedback of the range: comments of survey detractors whose customer brings revenue
 * (annual revenue > 0), the rule the survey loop flags them by; archived items left out.
 */
async function flaggedPart(ctx: WsCtx, r: DashboardRange, productId: string | undefined) {
  const found = await rows<{
    id: string;
    title: string;
    text: string;
    score: number;
    kind: string;
    customer_id: string;
    customer_name: string;
    annual_revenue: number;
    created_at: string | Date;
  }>(
    ctx.db,
    sql`select f.id, f.title, f.text, a.score, a.kind, c.id as customer_id, c.name as customer_name,
          c.annual_revenue, f.created_at
        from survey_answers a
        join feedback f on f.workspace_id = a.workspace_id and f.id = a.feedback_id
        join customers c on c.workspace_id = a.workspace_id and c.id = a.customer_id
        where a.workspace_id = ${ctx.workspaceId} and c.annual_revenue > 0 and f.status <> 'archived'
          and ${detractorCondition()} ${productFilter(sql`a.product_id`, productId)}
          and f.created_at >= ${r.current.start.toISOString()}::timestamptz
          and f.created_at < ${r.current.end.toISOString()}::timestamptz
        order by f.created_at desc, f.id desc limit ${FLAGGED}`,
  );
  return found.map((f) => ({
    id: f.id,
    title: f.title,
    text: f.text,
    score: Number(f.score),
    kind: f.kind,
    customer: { id: f.customer_id, name: f.customer_name, annualRevenue: Number(f.annual_revenue) },
    createdAt: new Date(f.created_at).toISOString(),
  }));
}
