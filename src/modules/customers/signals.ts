import { sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { DealOutcome, DealReason, SurveyKind } from '../../core/enums.ts';
import { notFound } from '../../core/errors.ts';
import { row, rows } from '../../db/sql.ts';
import { can } from '../../policies/ownership.ts';
import type { Tally } from '../deals/win-rates.ts';
import { type Band, bandName } from '../surveys/answers.ts';
import { band, summarize, winRate } from '../surveys/scores.ts';

/** How many of the newest answers and deals a customer's page lists. */
export const SIGNALS_LATEST = 10;

const SCORED_KINDS = ['nps', 'csat', 'ces'] as const satisfies readonly SurveyKind[];
type ScoredKind = (typeof SCORED_KINDS)[number];

/** One kind's figures over the customer's answers, as scores.ts counts them. */
export type KindFigures = {
  score: number | null;
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
};

export type CustomerAnswer = {
  id: string;
  surveyId: string;
  surveyName: string;
  question: string;
  kind: SurveyKind;
  score: number | null;
  /** The score's band (scores.ts's rule); null for an open question. */
  band: Band | null;
  comment: string;
  answeredAt: string;
  contact: { id: string; name: string } | null;
  /** The feedback item the comment became, when it did. */
  feedbackId: string | null;
};

export type CustomerDeal = {
  id: string;
  name: string;
  outcome: DealOutcome;
  amount: number;
  competitor: { id: string; name: string } | null;
  reason: DealReason | null;
  reasonDetail: string;
  closedOn: string;
};

export type CustomerSignals = {
  /** Null when the caller's role may not read surveys (their answers carry customers' words and names). */
  surveys: Record<ScoredKind, KindFigures | null> | null;
  answers: CustomerAnswer[] | null;
  deals: Tally & { amountWon: number; list: CustomerDeal[] };
};

/**
 * What the market said through one customer: its survey scores (NPS, CSAT, CES with the maths of
 * surveys/scores.ts), its newest answers and its deals with the win rate. 404 for another workspace's
 * customer. Survey figures and answers are left out (null) for roles the ownership matrix keeps from
 * surveys; deals are every member's to read.
 */
export async function customerSignals(ctx: WsCtx, customerId: string): Promise<CustomerSignals> {
  const ws = ctx.workspaceId;
  const found = await row(
    ctx.db,
    sql`select 1 as one from customers where workspace_id = ${ws} and id = ${customerId}`,
  );
  if (!found) throw notFound('Customer');
  const mayReadSurveys = can(ctx.role, 'survey', 'read');
  const [surveys, answers, deals] = await Promise.all([
    mayReadSurveys ? surveyFigures(ctx, customerId) : null,
    mayReadSurveys ? latestAnswers(ctx, customerId) : null,
    dealSignals(ctx, customerId),
  ]);
  return { surveys, answers, deals };
}

async function surveyFigures(ctx: WsCtx, customerId: string) {
  const counted = await rows<{ kind: ScoredKind; score: number; n: number }>(
    ctx.db,
    sql`select kind, score, count(*)::int as n from survey_answers
        where workspace_id = ${ctx.workspaceId} and customer_id = ${customerId}
          and kind in ('nps', 'csat', 'ces') and score is not null
        group by kind, score`,
  );
  const figures = {} as Record<ScoredKind, KindFigures | null>;
  for (const kind of SCORED_KINDS) {
    const counts = new Map<number, number>();
    for (const r of counted) if (r.kind === kind) counts.set(Number(r.score), Number(r.n));
    const s = summarize(kind, counts);
    figures[kind] =
      s.answers === 0
        ? null
        : {
            score: s.score,
            answers: s.answers,
            promoters: s.promoters,
            passives: s.passives,
            detractors: s.detractors,
          };
  }
  return figures;
}

async function latestAnswers(ctx: WsCtx, customerId: string): Promise<CustomerAnswer[]> {
  const found = await rows<{
    id: string;
    survey_id: string;
    survey_name: string;
    question: string;
    kind: SurveyKind;
    score: number | null;
    comment: string;
    answered_at: Date | string;
    contact_id: string | null;
    contact_name: string | null;
    feedback_id: string | null;
  }>(
    ctx.db,
    sql`select a.id, a.survey_id, s.name as survey_name, s.question, a.kind, a.score, a.comment,
               a.answered_at, a.contact_id, c.name as contact_name, a.feedback_id
        from survey_answers a
        join surveys s on s.workspace_id = a.workspace_id and s.id = a.survey_id
        left join contacts c on c.workspace_id = a.workspace_id and c.id = a.contact_id
        where a.workspace_id = ${ctx.workspaceId} and a.customer_id = ${customerId}
        order by a.answered_at desc, a.id desc
        limit ${SIGNALS_LATEST}`,
  );
  return found.map((r) => ({
    id: r.id,
    surveyId: r.survey_id,
    surveyName: r.survey_name,
    question: r.question,
    kind: r.kind,
    score: r.score,
    band: r.score === null || r.kind === 'open' ? null : bandName(band(r.kind, r.score)),
    comment: r.comment,
    answeredAt: new Date(r.answered_at).toISOString(),
    contact: r.contact_id ? { id: r.contact_id, name: r.contact_name ?? '' } : null,
    feedbackId: r.feedback_id,
  }));
}

async function dealSignals(ctx: WsCtx, customerId: string): Promise<CustomerSignals['deals']> {
  const ws = ctx.workspaceId;
  const [tally, list] = await Promise.all([
    row<{ won: number; lost: number; no_decision: number; amount_won: number }>(
      ctx.db,
      sql`select count(*) filter (where outcome = 'won')::int as won,
                 count(*) filter (where outcome = 'lost')::int as lost,
                 count(*) filter (where outcome = 'no_decision')::int as no_decision,
                 coalesce(sum(amount) filter (where outcome = 'won'), 0)::float8 as amount_won
          from deals where workspace_id = ${ws} and customer_id = ${customerId}`,
    ),
    rows<{
      id: string;
      name: string;
      outcome: DealOutcome;
      amount: number;
      competitor_id: string | null;
      competitor_name: string | null;
      reason: DealReason | null;
      reason_detail: string;
      closed_on: string;
    }>(
      ctx.db,
      sql`select d.id, d.name, d.outcome, d.amount, d.competitor_id, k.name as competitor_name, d.reason,
                 d.reason_detail, to_char(d.closed_on, 'YYYY-MM-DD') as closed_on
          from deals d
          left join competitors k on k.workspace_id = d.workspace_id and k.id = d.competitor_id
          where d.workspace_id = ${ws} and d.customer_id = ${customerId}
          order by d.closed_on desc, d.created_at desc, d.id desc
          limit ${SIGNALS_LATEST}`,
    ),
  ]);
  const won = Number(tally?.won ?? 0);
  const lost = Number(tally?.lost ?? 0);
  return {
    won,
    lost,
    noDecision: Number(tally?.no_decision ?? 0),
    winRate: winRate(won, lost),
    amountWon: Number(tally?.amount_won ?? 0),
    list: list.map((d) => ({
      id: d.id,
      name: d.name,
      outcome: d.outcome,
      amount: Number(d.amount),
      competitor:
        d.competitor_id && d.competitor_name !== null
          ? { id: d.competitor_id, name: d.competitor_name }
          : null,
      reason: d.reason,
      reasonDetail: d.reason_detail,
      closedOn: d.closed_on,
    })),
  };
}
