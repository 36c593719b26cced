import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { recordActivities } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { CUSTOMER_SEGMENTS, DEAL_OUTCOMES, DEAL_REASONS, LIMITS } from '../../core/enums.ts';
import { invalid } from '../../core/errors.ts';
import { bump } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { competitors } from '../competitors/schema.ts';
import { customers } from '../customers/schema.ts';
import { products } from '../products/schema.ts';
import { type CustomerSegment, type DealRow, loggedDeal, todayIso } from './deals.ts';
import { claimImport, importClaim, settleImport } from './import-replay.ts';
import { deals } from './schema.ts';
import { REASON_LABELS, SEGMENT_LABELS } from './win-rates.ts';

/**
 * Columns a deal CSV may have. Headers are read case-insensitively with spaces as underscores ("Closed
 * on" is closed_on); `account` and `customer` are the same column under two names. name, amount,
 * outcome and closed_on are required.
 */
export const DEAL_IMPORT_COLUMNS = [
  'name',
  'account',
  'customer',
  'amount',
  'outcome',
  'competitor',
  'reason',
  'reason_detail',
  'closed_on',
  'product',
  'segment',
  'external_id',
] as const;
export type DealColumn = (typeof DEAL_IMPORT_COLUMNS)[number];
type Rec = Partial<Record<DealColumn, string>>;
const REQUIRED: DealColumn[] = ['name', 'amount', 'outcome', 'closed_on'];

/** Largest CSV accepted in one import. */
export const DEAL_IMPORT_MAX_ROWS = 10_000;

export type DealImportReport = {
  /** Rows created or updated (with dryRun: that would be). */
  imported: number;
  created: number;
  /** Rows whose external id names a deal already here, and which changed it. */
  updated: number;
  /** Rows whose external id names a deal already holding the same values (a re-import). */
  unchanged: number;
  columns: DealColumn[];
  rejected: {
    row: number;
    errors: { column: DealColumn; message: string }[];
    values: Record<string, string>;
  }[];
  /** True when this answers a retry of an import already done (same key or same file): nothing written. */
  replayed: boolean;
};

/** A value as a key: lower case, runs of anything but letters and digits as one underscore. */
const keyOf = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Accepts the value (`missing_feature`), its label (`Missing feature`) or either in any case and spacing. */
function fromSet<T extends string>(
  raw: string,
  values: readonly T[],
  labels: Partial<Record<T, string>> = {},
) {
  const k = keyOf(raw);
  return values.find((v) => v === k || keyOf(labels[v] ?? '') === k);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Imports deals from CSV text, by the feedback import's rule: valid rows are written in the caller's
 * transaction, invalid ones reported by data row (1 = the line after the header) and column and skipped.
 * A row whose external id is already a deal's updates that deal, so re-importing a CRM export is
 * idempotent. A file that is not CSV, lacks a required column or has unknown columns is refused whole.
 * Rows without an external id would be inserted again by a retried upload, so a committed import is
 * claimed by the caller's idempotency key (or the file's content hash) for 24 hours, in the same
 * transaction: a retry answers the first report with `replayed: true` and writes nothing.
 */
export async function importDealsCsv(
  ctx: WsCtx,
  csvText: string,
  options: { dryRun?: boolean; idempotencyKey?: string } = {},
): Promise<DealImportReport> {
  assertCan(ctx.role, 'deal', 'create');
  const claim = options.dryRun ? null : importClaim(csvText, options.idempotencyKey);
  if (claim) {
    const first = await claimImport<Omit<DealImportReport, 'replayed'>>(ctx, claim);
    if (first) return { ...first, replayed: true };
  }
  const { header, records } = parseCsv(csvText);
  const l = await loadLookups(ctx, records);
  const rejected: DealImportReport['rejected'] = [];
  const toCreate: (typeof deals.$inferInsert)[] = [];
  const toUpdate: { before: DealRow; set: Partial<DealRow> }[] = [];
  let unchanged = 0;
  const seen = new Map<string, number>();
  records.forEach((rec, i) => {
    const { value, errors } = toDeal(rec, l);
    const ext = value?.externalId;
    if (ext && seen.has(ext))
      errors.push({ column: 'external_id', message: `Also on row ${seen.get(ext)} of this file` });
    if (errors.length > 0 || !value) {
      rejected.push({ row: i + 1, errors, values: rec as Record<string, string> });
      return;
    }
    if (ext) seen.set(ext, i + 1);
    const existing = ext ? l.dealsByExternalId.get(ext) : undefined;
    if (!existing) toCreate.push({ ...value, workspaceId: ctx.workspaceId, createdBy: ctx.actor.userId });
    else {
      const set = Object.fromEntries(
        Object.entries(value).filter(([k, v]) => existing[k as keyof DealRow] !== v),
      ) as Partial<DealRow>;
      if (Object.keys(set).length === 0) unchanged++;
      else toUpdate.push({ before: existing, set });
    }
  });
  const report = {
    imported: toCreate.length + toUpdate.length,
    created: toCreate.length,
    updated: toUpdate.length,
    unchanged,
    columns: header,
    rejected,
  };
  if (claim) {
    await write(ctx, toCreate, toUpdate);
    await settleImport(ctx, claim, report);
  }
  return { ...report, replayed: false };
}

async function write(
  ctx: WsCtx,
  toCreate: (typeof deals.$inferInsert)[],
  toUpdate: { before: DealRow; set: Partial<DealRow> }[],
) {
  // Chunks keep each statement's parameter count well below PostgreSQL's limit of 65535.
  for (let start = 0; start < toCreate.length; start += 500) {
    const rows = await ctx.db
      .insert(deals)
      .values(toCreate.slice(start, start + 500))
      .returning();
    await recordActivities(
      ctx,
      rows.map((r) => ({ entityType: 'deal', entityId: r.id, action: 'imported', after: loggedDeal(r) })),
    );
  }
  for (const { before, set } of toUpdate) {
    const [after] = await ctx.db
      .update(deals)
      .set({ ...set, ...bump() })
      .where(and(eq(deals.workspaceId, ctx.workspaceId), eq(deals.id, before.id)))
      .returning();
    await recordActivities(ctx, [
      {
        entityType: 'deal',
        entityId: before.id,
        action: 'imported',
        before: loggedDeal(before),
        after: loggedDeal(after!),
      },
    ]);
  }
}

function parseCsv(csvText: string): { header: DealColumn[]; records: Rec[] } {
  let header: string[] = [];
  let records: Rec[];
  try {
    records = parse(csvText, {
      bom: true,
      columns: (h: string[]) => {
        header = h.map(keyOf);
        return header;
      },
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as Rec[];
  } catch (err) {
    if (err instanceof CsvError)
      throw invalid(`The CSV cannot be read: ${err.message}`, [{ path: 'csv', message: err.message }]);
    throw err;
  }
  const unknown = header.filter((c) => !(DEAL_IMPORT_COLUMNS as readonly string[]).includes(c));
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0 || unknown.length > 0)
    throw invalid(
      `The CSV header needs ${REQUIRED.join(', ')} and may have only: ${DEAL_IMPORT_COLUMNS.join(', ')}` +
        (missing.length > 0 ? ` (missing: ${missing.join(', ')})` : '') +
        (unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''),
      [{ path: 'csv', message: 'Bad header' }],
    );
  if (records.length > DEAL_IMPORT_MAX_ROWS)
    throw invalid(`At most ${DEAL_IMPORT_MAX_ROWS} rows per import`, [
      { path: 'csv', message: 'Too many rows' },
    ]);
  return { header: header as DealColumn[], records };
}

type Lookups = {
  customerByExternalId: Map<string, { id: string; segment: CustomerSegment | null }>;
  customersByName: Map<string, { id: string; segment: CustomerSegment | null }[]>;
  competitorsByName: Map<string, string[]>;
  productsByName: Map<string, string[]>;
  dealsByExternalId: Map<string, DealRow>;
};

/** Loads the customers, competitors, products and deals the file names, in four queries. */
async function loadLookups(ctx: WsCtx, records: Rec[]): Promise<Lookups> {
  const distinct = (cols: DealColumn[], lower = false) => [
    ...new Set(
      records
        .flatMap((r) => cols.map((c) => r[c]))
        .filter((v): v is string => !!v)
        .map((v) => (lower ? v.toLowerCase() : v)),
    ),
  ];
  const ws = ctx.workspaceId;
  const buyers = distinct(['customer', 'account']);
  const competitorNames = distinct(['competitor'], true);
  const productNames = distinct(['product'], true);
  const externalIds = distinct(['external_id']);
  const cs = buyers.length
    ? await ctx.db
        .select({
          id: customers.id,
          name: customers.name,
          externalId: customers.externalId,
          segment: customers.segment,
        })
        .from(customers)
        .where(
          and(
            eq(customers.workspaceId, ws),
            or(
              inArray(customers.externalId, buyers),
              inArray(
                sql`lower(${customers.name})`,
                buyers.map((b) => b.toLowerCase()),
              ),
            ),
          ),
        )
    : [];
  const comps = competitorNames.length
    ? await ctx.db
        .select({ id: competitors.id, name: competitors.name })
        .from(competitors)
        .where(
          and(eq(competitors.workspaceId, ws), inArray(sql`lower(${competitors.name})`, competitorNames)),
        )
    : [];
  const prods = productNames.length
    ? await ctx.db
        .select({ id: products.id, name: products.name })
        .from(products)
        .where(and(eq(products.workspaceId, ws), inArray(sql`lower(${products.name})`, productNames)))
    : [];
  const ds = externalIds.length
    ? await ctx.db
        .select()
        .from(deals)
        .where(and(eq(deals.workspaceId, ws), inArray(deals.externalId, externalIds)))
    : [];
  const group = <T, V>(items: T[], key: (t: T) => string, val: (t: T) => V) => {
    const m = new Map<string, V[]>();
    for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), val(it)]);
    return m;
  };
  const buyer = (c: (typeof cs)[number]) => ({ id: c.id, segment: c.segment });
  return {
    customerByExternalId: new Map(cs.filter((c) => c.externalId).map((c) => [c.externalId!, buyer(c)])),
    customersByName: group(cs, (c) => c.name.toLowerCase(), buyer),
    competitorsByName: group(
      comps,
      (c) => c.name.toLowerCase(),
      (c) => c.id,
    ),
    productsByName: group(
      prods,
      (p) => p.name.toLowerCase(),
      (p) => p.id,
    ),
    dealsByExternalId: new Map(ds.map((d) => [d.externalId!, d])),
  };
}

type Value = Omit<typeof deals.$inferInsert, 'workspaceId' | 'createdBy'>;

/** One record as a deal's values, or the reasons it cannot be one. */
function toDeal(rec: Rec, l: Lookups): { value?: Value; errors: { column: DealColumn; message: string }[] } {
  const errors: { column: DealColumn; message: string }[] = [];
  const err = (column: DealColumn, message: string) => errors.push({ column, message });
  const name = rec.name ?? '';
  if (!name) err('name', 'Name is required');
  else if (name.length > LIMITS.name) err('name', `At most ${LIMITS.name} characters`);

  const amountText = (rec.amount ?? '').replace(/[\s,$€£]/g, '');
  const amount = amountText === '' ? Number.NaN : Number(amountText);
  if (!Number.isFinite(amount) || amount < 0 || amount > 1e12)
    err('amount', `"${rec.amount ?? ''}" is not an amount of 0 or more`);

  const outcome = fromSet(rec.outcome ?? '', DEAL_OUTCOMES);
  if (!outcome) err('outcome', `Unknown outcome "${rec.outcome ?? ''}"; use won, lost or no decision`);

  const closedOn = rec.closed_on ?? '';
  if (!ISO_DAY.test(closedOn) || Number.isNaN(Date.parse(closedOn)))
    err('closed_on', 'Use a date as YYYY-MM-DD');
  else if (closedOn > todayIso()) err('closed_on', 'A deal cannot close in the future');

  const buyerColumn: DealColumn = rec.customer ? 'customer' : 'account';
  const buyerText = rec.customer || rec.account || '';
  let customerId: string | null = null;
  let accountName = '';
  let segment: CustomerSegment | null = null;
  if (!buyerText) err(buyerColumn, 'Name the customer or account');
  else {
    const byExternal = l.customerByExternalId.get(buyerText);
    const byName = l.customersByName.get(buyerText.toLowerCase()) ?? [];
    const found = byExternal ?? (byName.length === 1 ? byName[0] : undefined);
    if (found) {
      customerId = found.id;
      segment = found.segment;
    } else if (byName.length > 1)
      err(buyerColumn, `Several customers are named "${buyerText}"; use the external id`);
    else if (buyerText.length > LIMITS.shortText) err(buyerColumn, `At most ${LIMITS.shortText} characters`);
    else accountName = buyerText;
  }
  if (rec.segment) {
    const s = fromSet(rec.segment, CUSTOMER_SEGMENTS, SEGMENT_LABELS);
    if (!s) err('segment', `Unknown segment "${rec.segment}"; use one of ${CUSTOMER_SEGMENTS.join(', ')}`);
    else segment = s;
  }

  const one = (column: DealColumn, map: Map<string, string[]>, label: string) => {
    const raw = rec[column];
    if (!raw) return null;
    const found = map.get(raw.toLowerCase()) ?? [];
    if (found.length === 1) return found[0]!;
    err(column, found.length ? `Several ${label}s are named "${raw}"` : `No ${label} named "${raw}"`);
    return null;
  };
  const competitorId = one('competitor', l.competitorsByName, 'competitor');
  const productId = one('product', l.productsByName, 'product');

  let reason: Value['reason'] = null;
  if (rec.reason) {
    reason = fromSet(rec.reason, DEAL_REASONS, REASON_LABELS) ?? null;
    if (!reason) err('reason', `Unknown reason "${rec.reason}"; use one of ${DEAL_REASONS.join(', ')}`);
  }
  const reasonDetail = rec.reason_detail ?? '';
  if (reasonDetail.length > LIMITS.longText) err('reason_detail', `At most ${LIMITS.longText} characters`);
  const externalId = rec.external_id || null;
  if (externalId && externalId.length > LIMITS.name) err('external_id', `At most ${LIMITS.name} characters`);
  if (errors.length > 0) return { errors };
  return {
    errors,
    value: {
      name,
      customerId,
      accountName,
      segment,
      productId,
      amount,
      outcome: outcome!,
      competitorId,
      reason,
      reasonDetail,
      closedOn,
      externalId,
    },
  };
}
