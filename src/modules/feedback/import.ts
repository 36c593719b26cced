import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { recordActivities } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { FEEDBACK_SOURCES, LIMITS, SENTIMENTS } from '../../core/enums.ts';
import { invalid } from '../../core/errors.ts';
import { assertCan } from '../../policies/ownership.ts';
import { contacts, customers } from '../customers/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { type FeedbackSource, normalizeTags, presentFeedback, type Sentiment } from './feedback.ts';
import { feedback } from './schema.ts';

/** Columns a feedback CSV may have (header names are case-insensitive); only `text` is required. */
export const IMPORT_COLUMNS = [
  'text',
  'title',
  'source',
  'sentiment',
  'tags',
  'customer',
  'contact_email',
  'product',
  'persona',
  'created_at',
] as const;
export type Column = (typeof IMPORT_COLUMNS)[number];
type Record_ = Partial<Record<Column, string>>;

/** Largest CSV accepted in one import; bigger files are split by the caller. */
export const IMPORT_MAX_ROWS = 10_000;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export type ImportReport = {
  imported: number;
  /** The file's header as read (trimmed, lower case), so rejected rows can be written back as a CSV. */
  columns: Column[];
  rejected: {
    row: number;
    errors: { column: Column; message: string }[];
    /** The row's values as read, by column: what the person fixes and imports again. */
    values: Record<string, string>;
  }[];
};

/**
 * Imports feedback from CSV text. Valid rows are inserted in the caller's transaction; invalid rows are
 * reported and skipped. `row` numbers count data records from 1, the header excluded (blank lines are
 * skipped and not counted), so row 1 is the line after the header. With dryRun nothing is written and
 * `imported` is how many rows would be. A text that is not CSV, lacks the `text` column or has
 * unknown columns is refused as a whole (422).
 */
export async function importFeedbackCsv(
  ctx: WsCtx,
  csvText: string,
  options: { dryRun?: boolean } = {},
): Promise<ImportReport> {
  assertCan(ctx.role, 'feedback', 'create');
  const { header, records } = parseCsv(csvText);
  const lookups = await loadLookups(ctx, records);
  const rejected: ImportReport['rejected'] = [];
  const valid: (typeof feedback.$inferInsert)[] = [];
  records.forEach((rec, i) => {
    const { value, errors } = toFeedback(ctx, rec, lookups);
    if (errors.length > 0) rejected.push({ row: i + 1, errors, values: rec as Record<string, string> });
    else valid.push(value!);
  });
  if (!options.dryRun) {
    // Chunks keep each statement's parameter count well below PostgreSQL's limit of 65535.
    for (let start = 0; start < valid.length; start += 500) {
      const rows = await ctx.db
        .insert(feedback)
        .values(valid.slice(start, start + 500))
        .returning();
      await recordActivities(
        ctx,
        rows.map((r) => ({
          entityType: 'feedback',
          entityId: r.id,
          action: 'imported',
          after: presentFeedback(r),
        })),
      );
    }
  }
  return { imported: valid.length, columns: header, rejected };
}

function parseCsv(csvText: string): { header: Column[]; records: Record_[] } {
  let header: string[] = [];
  let records: Record_[];
  try {
    records = parse(csvText, {
      bom: true,
      columns: (h: string[]) => {
        header = h.map((c) => c.trim().toLowerCase());
        return header;
      },
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as Record_[];
  } catch (err) {
    if (err instanceof CsvError)
      throw invalid(`The CSV cannot be read: ${err.message}`, [{ path: 'csv', message: err.message }]);
    throw err;
  }
  const unknown = header.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (!header.includes('text') || unknown.length > 0)
    throw invalid(
      `The CSV header must have a "text" column and only these: ${IMPORT_COLUMNS.join(', ')}` +
        (unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''),
      [{ path: 'csv', message: 'Bad header' }],
    );
  if (records.length > IMPORT_MAX_ROWS)
    throw invalid(`At most ${IMPORT_MAX_ROWS} rows per import`, [{ path: 'csv', message: 'Too many rows' }]);
  return { header: header as Column[], records };
}

type Lookups = {
  customerByExternalId: Map<string, string>;
  customersByName: Map<string, string[]>;
  contactsByEmail: Map<string, { id: string; customerId: string }[]>;
  productsByName: Map<string, string[]>;
  personasByName: Map<string, string>;
};

/** Loads the customers, contacts, products and personas the file names, in four queries. */
async function loadLookups(ctx: WsCtx, records: Record_[]): Promise<Lookups> {
  const distinct = (col: Column, lower = false) => [
    ...new Set(
      records
        .map((r) => r[col])
        .filter((v): v is string => !!v)
        .map((v) => (lower ? v.toLowerCase() : v)),
    ),
  ];
  const customerKeys = distinct('customer');
  const emails = distinct('contact_email', true);
  const productNames = distinct('product', true);
  const personaNames = distinct('persona', true);
  const ws = ctx.workspaceId;
  const lower = customerKeys.map((k) => k.toLowerCase());
  const cs = customerKeys.length
    ? await ctx.db
        .select({ id: customers.id, name: customers.name, externalId: customers.externalId })
        .from(customers)
        .where(
          and(
            eq(customers.workspaceId, ws),
            or(inArray(customers.externalId, customerKeys), inArray(sql`lower(${customers.name})`, lower)),
          ),
        )
    : [];
  const ps = emails.length
    ? await ctx.db
        .select({ id: contacts.id, customerId: contacts.customerId, email: contacts.email })
        .from(contacts)
        .where(and(eq(contacts.workspaceId, ws), inArray(sql`lower(${contacts.email})`, emails)))
    : [];
  const prods = productNames.length
    ? await ctx.db
        .select({ id: products.id, name: products.name })
        .from(products)
        .where(and(eq(products.workspaceId, ws), inArray(sql`lower(${products.name})`, productNames)))
    : [];
  // Persona names are unique per workspace, case-insensitively (personas_name_key).
  const pers = personaNames.length
    ? await ctx.db
        .select({ id: personas.id, name: personas.name })
        .from(personas)
        .where(and(eq(personas.workspaceId, ws), inArray(sql`lower(${personas.name})`, personaNames)))
    : [];
  const group = <T>(items: T[], key: (t: T) => string) => {
    const m = new Map<string, T[]>();
    for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), it]);
    return m;
  };
  return {
    customerByExternalId: new Map(cs.filter((c) => c.externalId).map((c) => [c.externalId!, c.id])),
    customersByName: new Map(
      [...group(cs, (c) => c.name.toLowerCase())].map(([k, v]) => [k, v.map((c) => c.id)]),
    ),
    contactsByEmail: group(
      ps.map((p) => ({ id: p.id, customerId: p.customerId, email: p.email! })),
      (p) => p.email.toLowerCase(),
    ),
    productsByName: new Map(
      [...group(prods, (p) => p.name.toLowerCase())].map(([k, v]) => [k, v.map((p) => p.id)]),
    ),
    personasByName: new Map(pers.map((p) => [p.name.toLowerCase(), p.id])),
  };
}

/** One record as a feedback row, or the reasons it cannot be one. */
function toFeedback(ctx: WsCtx, rec: Record_, l: Lookups) {
  const errors: { column: Column; message: string }[] = [];
  const err = (column: Column, message: string) => errors.push({ column, message });
  const text = rec.text ?? '';
  if (!text) err('text', 'Text is required');
  else if (text.length > LIMITS.longText) err('text', `At most ${LIMITS.longText} characters`);
  const title = rec.title ?? '';
  if (title.length > LIMITS.name) err('title', `At most ${LIMITS.name} characters`);
  const source = (rec.source || 'other').toLowerCase();
  if (!(FEEDBACK_SOURCES as readonly string[]).includes(source))
    err('source', `Unknown source "${rec.source}"; use one of ${FEEDBACK_SOURCES.join(', ')}`);
  const sentiment = rec.sentiment ? rec.sentiment.toLowerCase() : null;
  if (sentiment && !(SENTIMENTS as readonly string[]).includes(sentiment))
    err('sentiment', `Unknown sentiment "${rec.sentiment}"; use one of ${SENTIMENTS.join(', ')}`);
  const tags = normalizeTags((rec.tags ?? '').split(/[;|]/));
  for (const e of tags.errors) err('tags', e.message);

  let customerId: string | null = null;
  if (rec.customer) {
    const byName = l.customersByName.get(rec.customer.toLowerCase()) ?? [];
    const byExternal = l.customerByExternalId.get(rec.customer);
    if (byExternal) customerId = byExternal;
    else if (byName.length === 1) customerId = byName[0]!;
    else if (byName.length > 1)
      err('customer', `Several customers are named "${rec.customer}"; use the external id`);
    else err('customer', `No customer with external id or name "${rec.customer}"`);
  }
  let contactId: string | null = null;
  if (rec.contact_email) {
    const candidates = l.contactsByEmail.get(rec.contact_email.toLowerCase()) ?? [];
    const mine = rec.customer ? candidates.filter((c) => c.customerId === customerId) : candidates;
    if (candidates.length === 0) err('contact_email', `No contact with email ${rec.contact_email}`);
    else if (rec.customer && customerId && mine.length === 0)
      err('contact_email', `${rec.contact_email} is not a contact of ${rec.customer}`);
    else if (mine.length > 1)
      err('contact_email', `Several contacts have email ${rec.contact_email}; give the customer`);
    else if (mine.length === 1) {
      contactId = mine[0]!.id;
      customerId = mine[0]!.customerId;
    }
  }
  let productId: string | null = null;
  if (rec.product) {
    const found = l.productsByName.get(rec.product.toLowerCase()) ?? [];
    if (found.length === 1) productId = found[0]!;
    else
      err(
        'product',
        found.length ? `Several products are named "${rec.product}"` : `No product named "${rec.product}"`,
      );
  }
  let personaId: string | null = null;
  if (rec.persona) {
    personaId = l.personasByName.get(rec.persona.toLowerCase()) ?? null;
    if (!personaId) err('persona', `No persona named "${rec.persona}"`);
  }
  let createdAt: Date | undefined;
  if (rec.created_at) {
    const t = Date.parse(rec.created_at);
    if (!ISO.test(rec.created_at) || Number.isNaN(t)) err('created_at', 'Use an ISO 8601 date or date-time');
    else createdAt = new Date(t);
  }
  if (errors.length > 0) return { errors };
  const value: typeof feedback.$inferInsert = {
    workspaceId: ctx.workspaceId,
    title,
    text,
    source: source as FeedbackSource,
    sentiment: sentiment as Sentiment | null,
    tags: tags.tags,
    customerId,
    contactId,
    productId,
    personaId,
    createdBy: ctx.actor.userId,
    ...(createdAt ? { createdAt } : {}),
  };
  return { value, errors };
}
