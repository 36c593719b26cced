import { and, eq } from 'drizzle-orm';
import { LIMITS } from '../../core/enums.ts';
import { AppError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import type { IncomingEvent, SourceRef } from '../events/types.ts';
import { recordAnswer } from './answers.ts';
import { surveys } from './schema.ts';

/**
 * posthog-js surveys send `survey sent` when a survey is completed (see posthog-js's surveys extension):
 * `$survey_id`; `$survey_questions` [{id, question, response}] in order; each response as
 * `$survey_response_<question id>`, and by position as `$survey_response` (first), `$survey_response_1`, …;
 * `$survey_completed` false on a partial response (sent again, completed, later).
 */
export const SURVEY_SENT = 'survey sent';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The responses of a `survey sent` event in question order: the first is the score, the next the comment. */
export function responsesOf(properties: Record<string, unknown>): unknown[] {
  const questions = properties.$survey_questions;
  if (Array.isArray(questions) && questions.length > 0)
    return questions.map((q, i) => {
      const byId =
        q && typeof q === 'object' && 'id' in q ? properties[`$survey_response_${String(q.id)}`] : undefined;
      const inline =
        q && typeof q === 'object' && 'response' in q ? (q as { response: unknown }).response : undefined;
      return byId ?? inline ?? properties[i === 0 ? '$survey_response' : `$survey_response_${i}`];
    });
  const out: unknown[] = [properties.$survey_response];
  for (let i = 1; `$survey_response_${i}` in properties; i++) out.push(properties[`$survey_response_${i}`]);
  return out;
}

/** A rating as PostHog sends it: a number, or its text ("9"); anything else is no score. */
function scoreOf(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}
const textOf = (v: unknown) =>
  typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(', ') : '';

/**
 * Records the `survey sent` events of a PostHog request whose `$survey_id` is an open Tandem survey of the
 * source's own workspace, as answers (channel posthog, deduplicated by the event's uuid), once the events
 * are stored and before the request is acknowledged. Another workspace's survey, an unknown id or an answer
 * the survey refuses (off its scale) is left as a plain event; a failure of the database is the request's.
 */
export async function recordPosthogSurveyAnswers(
  db: Db,
  source: SourceRef,
  events: readonly IncomingEvent[],
  warn: (detail: object, message: string) => void,
): Promise<number> {
  let recorded = 0;
  for (const e of events) {
    if (e.name !== SURVEY_SENT) continue;
    const id = e.properties.$survey_id;
    if (typeof id !== 'string' || !UUID.test(id)) continue;
    if (e.properties.$survey_completed === false) continue;
    const [survey] = await db
      .select()
      .from(surveys)
      .where(
        and(eq(surveys.workspaceId, source.workspaceId), eq(surveys.id, id), eq(surveys.status, 'open')),
      );
    if (!survey) continue;
    const responses = responsesOf(e.properties);
    const open = survey.kind === 'open';
    try {
      await recordAnswer(
        db,
        survey,
        {
          score: open ? null : scoreOf(responses[0]),
          comment: textOf(open ? responses[0] : responses[1]).slice(0, LIMITS.longText),
          distinctId: e.distinctId.slice(0, 200),
          answeredAt: e.time,
          dedupKey: e.messageId ?? undefined,
        },
        'posthog',
      );
      recorded++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      warn({ surveyId: id, sourceId: source.sourceId, reason: err.message }, 'posthog survey answer refused');
    }
  }
  return recorded;
}
