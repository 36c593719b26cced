import { and, eq, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { conflict, type FieldError, invalid } from '../../core/errors.ts';
import { afterCursor, orderFor, parseSort, toPage } from '../../core/pagination.ts';
import { newSecret, sha256 } from '../../core/secrets.ts';
import { rows } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { surveyRecipients } from './schema.ts';
import { type SurveyRow, surveyUrl } from './surveys.ts';

export type RecipientInput = { contactId?: string; email?: string; distinctId?: string };

/** A recipient's link token: 24 random bytes (192 bits), URL-safe; only its SHA-256 is stored. */
const newToken = () => newSecret('', 24);

/**
 * Personal links for a survey, one per recipient: a contact brings its customer and email; an email that is a
 * contact's of the workspace links that contact. The tokens are answered here once and never again.
 */
export async function addRecipients(ctx: WsCtx, survey: SurveyRow, list: RecipientInput[], origin: string) {
  assertCan(ctx.role, 'survey', 'update');
  if (survey.status !== 'open') throw conflict('This survey is closed: open it again to send links');
  const ws = ctx.workspaceId;
  const contactIds = [...new Set(list.flatMap((r) => (r.contactId ? [r.contactId] : [])))];
  const emails = [...new Set(list.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])))];
  const found = await rows<{ id: string; customer_id: string; email: string | null }>(
    ctx.db,
    sql`select id, customer_id, email from contacts where workspace_id = ${ws} and (
          id in (${
            contactIds.length
              ? sql.join(
                  contactIds.map((id) => sql`${id}::uuid`),
                  sql`, `,
                )
              : sql`null`
          })
          or lower(email) in (${
            emails.length
              ? sql.join(
                  emails.map((e) => sql`${e}`),
                  sql`, `,
                )
              : sql`null`
          }))
        order by created_at, id`,
  );
  const byId = new Map(found.map((c) => [c.id, c]));
  const byEmail = new Map<string, (typeof found)[number]>();
  for (const c of found)
    if (c.email && !byEmail.has(c.email.toLowerCase())) byEmail.set(c.email.toLowerCase(), c);
  const errors: FieldError[] = [];
  const values = list.map((r, i) => {
    if (!r.contactId && !r.email && !r.distinctId)
      errors.push({ path: `recipients.${i}`, message: 'Give a contactId, an email or a distinctId.' });
    const contact = r.contactId
      ? byId.get(r.contactId)
      : r.email
        ? byEmail.get(r.email.toLowerCase())
        : undefined;
    if (r.contactId && !contact)
      errors.push({
        path: `recipients.${i}.contactId`,
        message: `No contact ${r.contactId} in this workspace`,
      });
    const token = newToken();
    return {
      token,
      row: {
        workspaceId: ws,
        surveyId: survey.id,
        tokenHash: sha256(token),
        contactId: contact?.id ?? null,
        customerId: contact?.customer_id ?? null,
        email: r.email ?? contact?.email ?? null,
        distinctId: r.distinctId ?? null,
      },
    };
  });
  if (errors.length > 0) throw invalid(errors.map((e) => e.message).join('; '), errors);
  const inserted = await ctx.db
    .insert(surveyRecipients)
    .values(values.map((v) => v.row))
    .returning();
  await recordActivity(ctx, {
    entityType: 'survey',
    entityId: survey.id,
    action: 'link_created',
    changes: { personalLinks: { before: null, after: inserted.length } },
  });
  return {
    recipients: inserted.map((r, i) => ({
      id: r.id,
      contactId: r.contactId,
      customerId: r.customerId,
      email: r.email,
      url: `${surveyUrl(origin, survey.id)}?t=${values[i]!.token}`,
    })),
  };
}

export type RecipientQuery = { limit: number; cursor?: string; answered?: boolean };

/** Who was sent a link, newest first, answered or not (never a token: only its hash is kept). */
export async function listRecipients(ctx: WsCtx, survey: SurveyRow, q: RecipientQuery) {
  const r = surveyRecipients;
  const sort = parseSort(undefined, ['createdAt'], '-createdAt');
  const conds: (SQL | undefined)[] = [eq(r.workspaceId, ctx.workspaceId), eq(r.surveyId, survey.id)];
  if (q.answered !== undefined)
    conds.push(q.answered ? sql`${r.answeredAt} is not null` : sql`${r.answeredAt} is null`);
  if (q.cursor) conds.push(afterCursor(r.createdAt, r.id, sort, q.cursor));
  const fetched = await ctx.db
    .select({
      id: r.id,
      contactId: r.contactId,
      contactName: sql<
        string | null
      >`(select name from contacts c where c.workspace_id = ${r.workspaceId} and c.id = ${r.contactId})`,
      customerId: r.customerId,
      customerName: sql<
        string | null
      >`(select name from customers c where c.workspace_id = ${r.workspaceId} and c.id = ${r.customerId})`,
      email: r.email,
      distinctId: r.distinctId,
      createdAt: r.createdAt,
      answeredAt: r.answeredAt,
    })
    .from(r)
    .where(and(...conds))
    .orderBy(...orderFor(r.createdAt, r.id, sort))
    .limit(q.limit + 1);
  return toPage(
    fetched,
    q.limit,
    sort,
    (x) => x.createdAt,
    (x) => ({
      id: x.id,
      contact: x.contactId ? { id: x.contactId, name: x.contactName ?? '' } : null,
      customer: x.customerId ? { id: x.customerId, name: x.customerName ?? '' } : null,
      email: x.email,
      distinctId: x.distinctId,
      createdAt: x.createdAt.toISOString(),
      answeredAt: x.answeredAt?.toISOString() ?? null,
    }),
  );
}
