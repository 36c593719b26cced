import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/context.ts';
import { LIMITS, SURVEY_SCALES, type SurveyChannel, type SurveyKind } from '../../core/enums.ts';
import { AppError, conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { sha256 } from '../../core/secrets.ts';
import type { Db } from '../../db/client.ts';
import { row } from '../../db/sql.ts';
import { type Rate, take, throttled } from '../auth/throttle.ts';
import { insertFeedback, normalizeTags } from '../feedback/feedback.ts';
import { band, sentimentOf, validScore } from './scores.ts';
import { surveyAnswers, surveys } from './schema.ts';
import type { SurveyRow } from './surveys.ts';

/** Longest distinct id an answer may name (the events module's ids are far shorter in practice). */
export const DISTINCT_ID_MAX = 200;

/**
 * The most answers one survey takes in an hour from nobody in particular: on the public page or snippet,
 * without a personal link's token and from no person, contact or customer known here (a made-up distinct
 * id is no one). The per-address limit does not stop many addresses; this bounds what they can pour into
 * the inbox. Personal links are bounded by their recipients, API and PostHog answers by their keys.
 */
export const ANONYMOUS_ANSWERS_PER_HOUR = 200;
const ANONYMOUS_RATE: Rate = { kind: 'rate', limit: ANONYMOUS_ANSWERS_PER_HOUR, periodSeconds: 3600 };

/** Bands as people name them, for every scored kind (NPS's words; CSAT and CES read the same way). */
export const BANDS = ['promoter', 'passive', 'detractor'] as const;
export type Band = (typeof BANDS)[number];
export const bandName = (b: 1 | 0 | -1): Band => (b === 1 ? 'promoter' : b === 0 ? 'passive' : 'detractor');

export type AnswerInput = {
  score?: number | null;
  comment?: string;
  /** A recipient's token from their link: ties the answer to them, once. */
  token?: string;
  distinctId?: string;
  /** Set by members recording an answer by API (an import from another tool). */
  contactId?: string;
  customerId?: string;
  answeredAt?: Date;
  /** What makes a retry the same answer (a PostHog event's uuid, an API idempotency key). */
  dedupKey?: string;
  /** The member recording it; none for the public page, the snippet and PostHog. */
  actor?: Actor;
};

export type Recorded = { id: string; feedbackId: string | null; duplicate: boolean };

type Who = { personId: string | null; contactId: string | null; customerId: string | null };

/**
 * THE way an answer is stored, whichever path it came by (public page, snippet, API, PostHog, demo). In one
 * transaction: checks the survey is open, the score fits its kind and the token (one answer each, held by
 * the database's unique index too); ties the answer to a person, contact and customer; inserts it; and when
 * it has a comment, files that as a feedback item in the product managers' inbox (flagged when a
 * detractor's customer brings revenue), keeping the item's id on the answer. Anonymous answers count
 * against the survey's hourly ceiling (ANONYMOUS_ANSWERS_PER_HOUR): past it, 429 and nothing stored.
 */
export async function recordAnswer(
  db: Db,
  survey: SurveyRow,
  input: AnswerInput,
  channel: SurveyChannel,
): Promise<Recorded> {
  if (survey.status !== 'open')
    throw conflict('This survey is closed and takes no more answers', { errors: [] });
  const score = input.score ?? null;
  if (!validScore(survey.kind, score)) throw invalidField('score', scoreRule(survey.kind));
  const comment = (input.comment ?? '').trim();
  if (comment.length > LIMITS.longText)
    throw invalidField('comment', `Use at most ${LIMITS.longText} characters.`);
  if (survey.kind === 'open' && !comment) throw invalidField('comment', 'An open question needs an answer.');
  if (input.distinctId !== undefined && input.distinctId.length > DISTINCT_ID_MAX)
    throw invalidField('distinctId', `Use at most ${DISTINCT_ID_MAX} characters.`);
  // A member recording an answer by API (an import) vouches for it; the public paths need the link's token.
  if (survey.requireToken && !input.token && !input.actor)
    throw invalidField('token', 'This survey is answered from a personal link: its token is missing.');

  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const ws = survey.workspaceId;
    const answeredAt = input.answeredAt ?? new Date();
    let recipient:
      | { id: string; contact_id: string | null; customer_id: string | null; distinct_id: string | null }
      | undefined;
    if (input.token) {
      // Claimed by one UPDATE: of two concurrent answers with one token, the second waits for the first's
      // row lock and then finds it answered.
      recipient = await row(
        tx,
        sql`update survey_recipients set answered_at = ${answeredAt.toISOString()}::timestamptz
            where token_hash = ${sha256(input.token)} and workspace_id = ${ws} and survey_id = ${survey.id}
              and answered_at is null
            returning id, contact_id, customer_id, distinct_id`,
      );
      if (!recipient) {
        const known = await row(
          tx,
          sql`select 1 as one from survey_recipients
              where token_hash = ${sha256(input.token)} and workspace_id = ${ws} and survey_id = ${survey.id}`,
        );
        if (known)
          throw conflict('This link has already been used to answer', {
            errors: [{ path: 'token', message: 'Already used' }],
          });
        throw invalidField('token', 'This link is not valid for this survey.');
      }
    }
    const who = await whoAnswered(tx, ws, {
      contactId: recipient?.contact_id ?? input.contactId,
      customerId: recipient?.customer_id ?? input.customerId,
      distinctId: input.distinctId ?? recipient?.distinct_id ?? undefined,
    });
    const anonymous =
      (channel === 'page' || channel === 'snippet') &&
      !recipient &&
      !input.actor &&
      !who.personId &&
      !who.contactId &&
      !who.customerId;
    if (anonymous) {
      // Counted in this transaction: an answer refused below gives its place back. Nothing is written when
      // the ceiling is reached (the refusal rolls the transaction back).
      const verdict = await take(tx, 'survey-anonymous', survey.id, ANONYMOUS_RATE);
      if (!verdict.ok)
        throw throttled(
          `This survey takes at most ${ANONYMOUS_ANSWERS_PER_HOUR} answers an hour without a personal link`,
          verdict.retryAfter,
        );
    }
    const [inserted] = await tx
      .insert(surveyAnswers)
      .values({
        workspaceId: ws,
        surveyId: survey.id,
        kind: survey.kind,
        productId: survey.productId,
        launchId: survey.launchId,
        personaId: survey.personaId,
        score,
        comment,
        channel,
        recipientId: recipient?.id ?? null,
        distinctId: input.distinctId ?? recipient?.distinct_id ?? null,
        personId: who.personId,
        contactId: who.contactId,
        customerId: who.customerId,
        dedupKey: input.dedupKey ?? null,
        answeredAt,
      })
      .onConflictDoNothing()
      .returning({ id: surveyAnswers.id });
    if (!inserted) {
      // The only unique keys an insert can hit: the recipient's (claimed above, so not reached) and the
      // dedup key of a retried answer, which answers the first one again.
      const first = await row<{ id: string; feedback_id: string | null }>(
        tx,
        sql`select id, feedback_id from survey_answers
            where workspace_id = ${ws} and survey_id = ${survey.id} and dedup_key = ${input.dedupKey ?? null}`,
      );
      if (!first) throw conflict('This link has already been used to answer');
      return { id: first.id, feedbackId: first.feedback_id, duplicate: true };
    }
    const feedbackId = comment
      ? await fileFeedback(tx, survey, score, comment, who, answeredAt, input.actor)
      : null;
    if (feedbackId)
      await tx
        .update(surveyAnswers)
        .set({ feedbackId })
        .where(and(eq(surveyAnswers.workspaceId, ws), eq(surveyAnswers.id, inserted.id)));
    return { id: inserted.id, feedbackId, duplicate: false };
  });
}

function scoreRule(kind: SurveyKind): string {
  const scale = SURVEY_SCALES[kind];
  return scale
    ? `Give a whole number from ${scale.min} to ${scale.max}.`
    : 'An open question takes no score: leave it out.';
}

/**
 * Who answered: a contact given (or the recipient's) brings its customer; otherwise the distinct id's
 * events person, through its contact (matched by email when the writer has not linked it yet) or its
 * customer. Ids are checked against the workspace: persons carry no foreign keys, answers do.
 */
async function whoAnswered(
  db: Db,
  ws: string,
  by: { contactId?: string | null; customerId?: string | null; distinctId?: string },
): Promise<Who> {
  let personId: string | null = null;
  let contactId = by.contactId ?? null;
  let customerId = by.customerId ?? null;
  if (by.distinctId && !contactId && !customerId) {
    const p = await row<{ person_id: string; contact_id: string | null; customer_id: string | null }>(
      db,
      sql`select p.id as person_id, c.id as contact_id, coalesce(c.customer_id, cu.id) as customer_id
          from person_distinct_ids d
          join persons p on p.workspace_id = d.workspace_id and p.id = d.person_id
          left join lateral (
            select c.id, c.customer_id from contacts c
            where c.workspace_id = p.workspace_id
              and (c.id = p.contact_id or (p.contact_id is null and p.email is not null and lower(c.email) = lower(p.email)))
            order by c.created_at, c.id limit 1
          ) c on true
          left join customers cu on cu.workspace_id = p.workspace_id and cu.id = p.customer_id
          where d.workspace_id = ${ws} and d.distinct_id = ${by.distinctId}`,
    );
    if (p) ({ person_id: personId, contact_id: contactId, customer_id: customerId } = p);
  } else if (by.distinctId) {
    const p = await row<{ person_id: string }>(
      db,
      sql`select person_id from person_distinct_ids where workspace_id = ${ws} and distinct_id = ${by.distinctId}`,
    );
    personId = p?.person_id ?? null;
  }
  if (contactId) {
    const c = await row<{ customer_id: string }>(
      db,
      sql`select customer_id from contacts where workspace_id = ${ws} and id = ${contactId}`,
    );
    if (!c) throw invalidField('contactId', `No contact ${contactId} in this workspace`);
    if (customerId && customerId !== c.customer_id)
      throw invalidField('contactId', 'This contact belongs to another customer');
    customerId = c.customer_id;
  } else if (customerId) {
    const c = await row(
      db,
      sql`select 1 as one from customers where workspace_id = ${ws} and id = ${customerId}`,
    );
    if (!c) throw invalidField('customerId', `No customer ${customerId} in this workspace`);
  }
  return { personId, contactId, customerId };
}

/** A comment's first words, for a feedback title ("NPS 3: Setup took our team two weeks…"). */
export function titleFor(kind: SurveyKind, score: number | null, comment: string): string {
  const words = comment.replace(/\s+/g, ' ').trim();
  const head = words.length <= 60 ? words : `${words.slice(0, 60).replace(/\s+\S*$/, '')}…`;
  const label = kind === 'open' ? 'Survey' : `${kind.toUpperCase()} ${score}`;
  return `${label}: ${head}`.slice(0, LIMITS.name);
}

async function fileFeedback(
  db: Db,
  survey: SurveyRow,
  score: number | null,
  comment: string,
  who: Who,
  answeredAt: Date,
  actor: Actor | undefined,
): Promise<string> {
  const b = score === null || survey.kind === 'open' ? null : band(survey.kind, score);
  let flag: 'revenue_detractor' | null = null;
  if (b === -1 && who.customerId) {
    const c = await row<{ revenue: number }>(
      db,
      sql`select annual_revenue as revenue from customers where workspace_id = ${survey.workspaceId} and id = ${who.customerId}`,
    );
    if (c && Number(c.revenue) > 0) flag = 'revenue_detractor';
  }
  const { tags } = normalizeTags(['survey', survey.kind, ...(b === null ? [] : [bandName(b)])]);
  const created = await insertFeedback(
    db,
    survey.workspaceId,
    actor
      ? { userId: actor.userId, name: null }
      : { userId: null, name: `Survey “${survey.name}”`.slice(0, LIMITS.name) },
    {
      title: titleFor(survey.kind, score, comment),
      text: comment,
      source: 'survey',
      sentiment: sentimentOf(survey.kind, score),
      tags,
      productId: survey.productId,
      personaId: survey.personaId,
      customerId: who.customerId,
      contactId: who.contactId,
      flag,
      createdAt: answeredAt,
    },
  );
  return created.id;
}

/** An open survey found by its id alone, for the public routes and PostHog; null when unknown. */
export async function publicSurvey(
  db: Db,
  id: string,
): Promise<(SurveyRow & { productName: string }) | null> {
  const [found] = await db
    .select({
      s: surveys,
      productName: sql<string>`(select name from products p where p.workspace_id = ${surveys.workspaceId} and p.id = ${surveys.productId})`,
    })
    .from(surveys)
    .where(eq(surveys.id, id));
  return found ? { ...found.s, productName: found.productName } : null;
}

/** The survey a public answer names: unknown → 404; closed → 409. */
export async function openSurvey(db: Db, id: string): Promise<SurveyRow> {
  const found = await publicSurvey(db, id);
  if (!found) throw notFound('Survey');
  if (found.status !== 'open')
    throw new AppError('conflict', 'This survey is closed and takes no more answers');
  return found;
}

export type AnswerQuery = {
  limit: number;
  cursor?: string;
  band?: Band;
  hasComment?: boolean;
};

/** The scores of a kind falling in a band, for filtering by band in SQL with scores.ts's rule. */
export function scoresInBand(kind: SurveyKind, which: Band): number[] {
  const scale = SURVEY_SCALES[kind];
  if (!scale) return [];
  const out: number[] = [];
  for (let s = scale.min; s <= scale.max; s++) if (bandName(band(kind, s)) === which) out.push(s);
  return out;
}

/** A survey's answers, newest first, with who gave them. */
export async function listAnswers(db: Db, survey: SurveyRow, q: AnswerQuery) {
  const sort = parseSort(undefined, ['answeredAt'], '-answeredAt');
  const a = surveyAnswers;
  const conds: (SQL | undefined)[] = [eq(a.workspaceId, survey.workspaceId), eq(a.surveyId, survey.id)];
  if (q.band) {
    const scores = scoresInBand(survey.kind, q.band);
    conds.push(
      scores.length
        ? sql`${a.score} in (${sql.join(
            scores.map((s) => sql`${s}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  }
  if (q.hasComment !== undefined) conds.push(q.hasComment ? sql`${a.comment} <> ''` : sql`${a.comment} = ''`);
  if (q.cursor) conds.push(afterCursor(a.answeredAt, a.id, sort, q.cursor));
  const fetched = await db
    .select({
      id: a.id,
      score: a.score,
      comment: a.comment,
      channel: a.channel,
      feedbackId: a.feedbackId,
      answeredAt: a.answeredAt,
      contactId: a.contactId,
      contactName: sql<
        string | null
      >`(select name from contacts c where c.workspace_id = ${a.workspaceId} and c.id = ${a.contactId})`,
      customerId: a.customerId,
      customerName: sql<
        string | null
      >`(select name from customers c where c.workspace_id = ${a.workspaceId} and c.id = ${a.customerId})`,
    })
    .from(a)
    .where(and(...conds))
    .orderBy(...orderFor(a.answeredAt, a.id, sort))
    .limit(q.limit + 1);
  return toPage(
    fetched,
    q.limit,
    sort,
    (r) => r.answeredAt,
    (r) => ({
      id: r.id,
      score: r.score,
      comment: r.comment,
      channel: r.channel,
      contact: r.contactId ? { id: r.contactId, name: r.contactName ?? '' } : null,
      customer: r.customerId ? { id: r.customerId, name: r.customerName ?? '' } : null,
      feedbackId: r.feedbackId,
      answeredAt: r.answeredAt.toISOString(),
    }),
  );
}
export type AnswerPage = Page<Awaited<ReturnType<typeof listAnswers>>['items'][number]>;
