import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { recordActivities } from '../core/activity.ts';
import type { WsCtx } from '../core/context.ts';
import type { SurveyChannel } from '../core/enums.ts';
import { rows } from '../db/sql.ts';
import { launches } from '../modules/launches/schema.ts';
import { products } from '../modules/products/schema.ts';
import { recordAnswer } from '../modules/surveys/answers.ts';
import { band } from '../modules/surveys/scores.ts';
import { surveys } from '../modules/surveys/schema.ts';
import { seededRandom, type Random } from './random.ts';

const DAY = 86_400_000;

/** NPS scores as a healthy B2B product gets them: half promoters, a fifth detractors (NPS about +30). */
const NPS_MIX: [number, number][] = [
  [10, 22],
  [9, 28],
  [8, 18],
  [7, 12],
  [6, 7],
  [5, 5],
  [4, 3],
  [3, 2],
  [2, 1],
  [0, 2],
];
const CSAT_MIX: [number, number][] = [
  [5, 38],
  [4, 34],
  [3, 14],
  [2, 9],
  [1, 5],
];

/** What customers write after their score, in their own words, by band. */
const COMMENTS: Record<'promoter' | 'passive' | 'detractor', string[]> = {
  promoter: [
    'Our finance team builds its own month-end dashboards now instead of queuing requests with us.',
    'The scheduled PDF reports replaced three spreadsheets we used to email around every Monday.',
    'Support answered within the hour when our warehouse connection broke after a password rotation.',
    'Drill-downs from the revenue dashboard to single invoices are what sold our CFO.',
    'Setting up the Snowflake connector took ten minutes, documentation was spot on.',
    'We moved 40 reports over from our old BI tool in a week and nobody asked for the old one back.',
    'Row-level permissions finally let us share one dashboard with every regional manager.',
    'The dbt integration means our models and dashboards finally agree on what revenue is.',
    'Alerts on metric thresholds caught a billing bug before our customers did.',
    'Our board pack is now a link instead of a 30-page deck.',
    'The onboarding call was the best vendor onboarding we have had this year.',
    'Incremental syncs cut our pipeline runtime from two hours to eight minutes.',
    'Sharing a filtered view by link saves me a dozen screenshots a week.',
    'The new chart editor is fast, and undo actually works.',
    'We embedded usage dashboards in our customer portal in a sprint.',
  ],
  passive: [
    'Good product, but dashboards with more than twenty charts get slow to load in the morning.',
    'We like it; the pricing per viewer makes it hard to open it up to the whole company.',
    'Solid, though we still export to Excel for pivot tables the explorer cannot do yet.',
    'Pipelines work well once set up, but failed runs should tell us which column broke.',
    'Embedding works, theming the charts to match our app took longer than expected.',
    'Would love a proper dark mode and keyboard shortcuts for the editor.',
    'Fine for standard reports; cohort analysis still happens in notebooks.',
    'The mobile view of dashboards is hard to read on a phone.',
    'Good connectors, but we miss a native HubSpot one.',
    'Version history for dashboards would save us from accidental edits.',
    'It does the job. The scheduling options are a bit limited (no business days only).',
    'Permissions are powerful but confusing; we needed support to set up groups.',
    'Works for us, although the query builder hides joins we need to see.',
  ],
  detractor: [
    'The Salesforce sync has failed silently twice this quarter and our pipeline numbers were wrong for days.',
    'Setup took our data team two weeks and the importer kept timing out on large CSV files.',
    'We need SSO with SCIM provisioning before security will let us roll it out further.',
    'Too expensive for what we use; we are evaluating Metabase for the smaller teams.',
    'Audit logs are missing for dashboard changes, which blocks our SOC 2 evidence collection.',
    'Embedded charts break in Safari for some of our customers and support could not reproduce it.',
    'Refreshes during business hours slow our warehouse down and we get the bill for it.',
    'We lost a week of pipeline runs after the schema change in our Postgres source went unnoticed.',
    'The renewal quote went up 30 % with no new features we use.',
    'No data residency in the EU yet, so our German entity cannot use it.',
    'Dashboards time out when the CEO opens them on Monday mornings.',
    'Export to Excel drops formatting and number formats, so finance redoes every report.',
    'Support tickets take days to get past the first line.',
    'Embedding requires too much custom code compared with what the sales demo showed.',
  ],
};

const pickWeighted = (rng: Random, mix: [number, number][]) =>
  rng.weighted(mix.map(([s, w]) => [s, w] as const));

/**
 * Surveys for the demo: NPS on the two main products over the last 90 days and a CSAT after the latest
 * launch (or the latest release when none is past), about 150 answers from the demo customers' contacts
 * through recordAnswer, the path every real answer takes: about 30 % carry a comment, which lands in the
 * product managers' inbox as survey feedback (detractors from paying customers flagged).
 */
export async function buildSurveysDemo(ctx: WsCtx, now: Date): Promise<Record<string, number>> {
  const rng = seededRandom(20_261_202);
  const w = ctx.workspaceId;
  const named = async (name: string) => {
    const [p] = await ctx.db
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.workspaceId, w), eq(products.name, name)));
    return p?.id;
  };
  const dash = await named('Northwind Dashboards');
  const pipe = await named('Northwind Pipelines');
  const embed = await named('Northwind Embedded');
  const [fallback] = await ctx.db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.workspaceId, w), isNull(products.parentId)));
  const [launch] = await ctx.db
    .select({ id: launches.id, productId: launches.productId, launchDate: launches.launchDate })
    .from(launches)
    .where(and(eq(launches.workspaceId, w), lte(launches.launchDate, now.toISOString().slice(0, 10))))
    .orderBy(sql`${launches.launchDate} desc`)
    .limit(1);
  const people = await rows<{ id: string; customer_id: string; segment: string | null }>(
    ctx.db,
    sql`select c.id, c.customer_id, cu.segment from contacts c
        join customers cu on cu.workspace_id = c.workspace_id and cu.id = c.customer_id
        where c.workspace_id = ${w} order by c.name, c.id`,
  );
  if (people.length === 0 || !fallback) return { surveys: 0, surveyAnswers: 0, surveyFeedback: 0 };

  const sinceLaunch = launch
    ? Math.max(7, Math.floor((now.getTime() - Date.parse(`${launch.launchDate}T00:00:00Z`)) / DAY))
    : 34;
  const plan = [
    {
      kind: 'nps' as const,
      productId: dash ?? fallback.id,
      name: 'Dashboards NPS',
      question: 'How likely are you to recommend Northwind Dashboards to a colleague?',
      followUp: 'What is the main reason for your score?',
      answers: 65,
      days: 90,
    },
    {
      kind: 'nps' as const,
      productId: pipe ?? fallback.id,
      name: 'Pipelines NPS',
      question: 'How likely are you to recommend Northwind Pipelines to a colleague?',
      followUp: 'What is the main reason for your score?',
      answers: 50,
      days: 90,
    },
    {
      kind: 'csat' as const,
      productId: launch?.productId ?? embed ?? fallback.id,
      launchId: launch?.id ?? null,
      name: launch ? 'Launch CSAT' : 'CSAT after release 7.2',
      question: 'How satisfied are you with what we shipped this month?',
      followUp: 'What would make it better?',
      answers: 35,
      days: Math.min(sinceLaunch, 60),
    },
  ];
  const created = await ctx.db
    .insert(surveys)
    .values(
      plan.map((p) => ({
        workspaceId: w,
        name: p.name,
        kind: p.kind,
        productId: p.productId,
        launchId: 'launchId' in p ? p.launchId : null,
        question: p.question,
        followUp: p.followUp,
        thankYou: 'Thank you! Our product team reads every answer.',
        createdBy: ctx.actor.userId,
        createdAt: new Date(now.getTime() - 92 * DAY),
        updatedAt: new Date(now.getTime() - 92 * DAY),
      })),
    )
    .returning();
  await recordActivities(
    ctx,
    created.map((s) => ({
      entityType: 'survey' as const,
      entityId: s.id,
      action: 'created' as const,
      after: { name: s.name, kind: s.kind },
    })),
  );

  let answers = 0;
  let commented = 0;
  const used = { promoter: 0, passive: 0, detractor: 0 };
  for (const [i, p] of plan.entries()) {
    const survey = created[i]!;
    for (let n = 0; n < p.answers; n++) {
      const score = pickWeighted(rng, p.kind === 'nps' ? NPS_MIX : CSAT_MIX);
      const b = band(p.kind, score);
      const key = b === 1 ? 'promoter' : b === 0 ? 'passive' : 'detractor';
      // Unhappy customers write more often than happy ones.
      const list = COMMENTS[key];
      // Each comment once: the inbox shows no copy-pasted voices.
      const writes = used[key] < list.length && rng.next() < (b === -1 ? 0.75 : b === 0 ? 0.4 : 0.28);
      const comment = writes ? list[used[key]++]! : '';
      // Enterprise and mid-market contacts answer more (bigger teams, more seats).
      const person = rng.next() < 0.6 ? pickBig(rng, people) : rng.pick(people);
      const channel: SurveyChannel = rng.next() < 0.75 ? 'page' : 'snippet';
      const answeredAt = new Date(now.getTime() - rng.int(0, p.days * 24 - 1) * 3_600_000);
      await recordAnswer(ctx.db, survey, { score, comment, contactId: person.id, answeredAt }, channel);
      answers++;
      if (comment) commented++;
    }
  }
  return { surveys: created.length, surveyAnswers: answers, surveyFeedback: commented };
}

function pickBig<T extends { segment: string | null }>(rng: Random, people: T[]): T {
  const big = people.filter((p) => p.segment === 'enterprise' || p.segment === 'mid_market');
  return rng.pick(big.length ? big : people);
}
