import { randomBytes } from 'node:crypto';
import { and, eq, ilike, or, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { escapeLike } from '../../core/text.ts';
import { defineWorkflow } from '../../core/workflow.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { affiliates } from './schema.ts';

type AffiliateRow = typeof affiliates.$inferSelect;
export type PartnerStatus = AffiliateRow['status'];

/** The partner lifecycle: a prospect becomes active; active and paused alternate; ended is final. */
export const PARTNER_WORKFLOW = defineWorkflow<PartnerStatus>({
  artefact: 'affiliate',
  noun: 'partner',
  transitions: {
    prospect: ['active', 'ended'],
    active: ['paused', 'ended'],
    paused: ['active', 'ended'],
    ended: [],
  },
});
export const PARTNER_TRANSITIONS = PARTNER_WORKFLOW.transitions;

/** Referral codes: upper case letters, digits and dashes, 3–32 long. */
export const CODE_PATTERN = /^[A-Z0-9](?:[A-Z0-9-]{1,30})[A-Z0-9]$/;

/** A code as stored: trimmed and upper-cased, so lookups ignore case. */
export const normaliseCode = (code: string) => code.trim().toUpperCase();

/** A code made from the name plus a random suffix, e.g. "DATACRAFT-7Q2K". */
export function generateCode(name: string): string {
  const stem =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '')
      .slice(0, 20) || 'PARTNER';
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const suffix = [...randomBytes(4)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${stem}-${suffix}`;
}

export function presentAffiliate(r: AffiliateRow) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    website: r.website,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    referralCode: r.referralCode,
    commissionModel: r.commissionModel,
    commissionValue: r.commissionValue,
    status: r.status,
    allowedTransitions: [...PARTNER_WORKFLOW.next(r.status)],
    notes: r.notes,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Affiliate = ReturnType<typeof presentAffiliate>;

const logged = (r: AffiliateRow) => {
  const { id: _i, workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};

export type AffiliateInput = {
  name: string;
  kind?: AffiliateRow['kind'];
  website?: string;
  contactName?: string;
  contactEmail?: string;
  referralCode?: string;
  commissionModel: AffiliateRow['commissionModel'];
  commissionValue: number;
  notes?: string;
};
export type AffiliateUpdate = Partial<AffiliateInput> & { status?: PartnerStatus };

/** A percentage commission is 0–100; a fixed one any amount from 0. */
function assertCommission(model: AffiliateRow['commissionModel'], value: number): void {
  if (value < 0) throw invalidField('commissionValue', 'A commission cannot be negative');
  if (model === 'percentage' && value > 100)
    throw invalidField('commissionValue', 'A percentage commission is at most 100');
}

function codeOrThrow(code: string): string {
  const c = normaliseCode(code);
  if (!CODE_PATTERN.test(c))
    throw invalidField(
      'referralCode',
      'Referral codes are 3–32 letters, digits or dashes, not starting or ending with a dash',
    );
  return c;
}

/** Runs a write, turning a taken referral code into 409 on the field. */
async function uniqueCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict(`Referral code ${code} is already used by another partner`, {
        errors: [{ path: 'referralCode', message: 'Already used in this workspace' }],
      });
    throw err;
  }
}

export const AFFILIATE_SORTS = ['name', 'createdAt'] as const;
const sortColumn = { name: affiliates.name, createdAt: affiliates.createdAt };
export type AffiliateQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  status?: PartnerStatus;
  kind?: AffiliateRow['kind'];
  q?: string;
};

export async function listAffiliates(ctx: WsCtx, q: AffiliateQuery): Promise<Page<Affiliate>> {
  const sort = parseSort(q.sort, AFFILIATE_SORTS, 'name');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: (SQL | undefined)[] = [eq(affiliates.workspaceId, ctx.workspaceId)];
  if (q.status) conds.push(eq(affiliates.status, q.status));
  if (q.kind) conds.push(eq(affiliates.kind, q.kind));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(
      or(
        ilike(affiliates.name, like),
        ilike(affiliates.referralCode, like),
        ilike(affiliates.contactName, like),
      ),
    );
  }
  if (q.cursor) conds.push(afterCursor(column, affiliates.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(affiliates)
    .where(and(...conds))
    .orderBy(...orderFor(column, affiliates.id, sort))
    .limit(q.limit + 1);
  return toPage(fetched, q.limit, sort, (r) => r[sort.field as keyof typeof sortColumn], presentAffiliate);
}

export async function getAffiliate(ctx: WsCtx, id: string): Promise<Affiliate> {
  const [r] = await ctx.db
    .select()
    .from(affiliates)
    .where(and(eq(affiliates.workspaceId, ctx.workspaceId), eq(affiliates.id, id)));
  if (!r) throw notFound('Affiliate');
  return presentAffiliate(r);
}

/** The partner a referral code belongs to, whatever its case. */
export async function affiliateByCode(ctx: WsCtx, code: string): Promise<Affiliate> {
  const [r] = await ctx.db
    .select()
    .from(affiliates)
    .where(
      and(eq(affiliates.workspaceId, ctx.workspaceId), eq(affiliates.referralCode, normaliseCode(code))),
    );
  if (!r) throw notFound(`Partner with referral code ${normaliseCode(code)}`);
  return presentAffiliate(r);
}

/** Adds a partner; without a referral code one is generated from the name. */
export async function createAffiliate(ctx: WsCtx, input: AffiliateInput): Promise<Affiliate> {
  assertCan(ctx.role, 'affiliate', 'create');
  assertCommission(input.commissionModel, input.commissionValue);
  const referralCode = input.referralCode ? codeOrThrow(input.referralCode) : generateCode(input.name);
  const [row] = await uniqueCode(referralCode, () =>
    ctx.db
      .insert(affiliates)
      .values({ ...input, referralCode, workspaceId: ctx.workspaceId, status: 'prospect' })
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'affiliate',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentAffiliate(row!);
}

export async function updateAffiliate(
  ctx: WsCtx,
  id: string,
  input: AffiliateUpdate,
  expected?: number,
): Promise<Affiliate> {
  assertCan(ctx.role, 'affiliate', 'update');
  const before = await lockRow(ctx, affiliates, id, 'Affiliate');
  await checkVersion(ctx, 'affiliate', before, expected);
  if (input.status) PARTNER_WORKFLOW.assertMove({ from: before.status, to: input.status });
  assertCommission(
    input.commissionModel ?? before.commissionModel,
    input.commissionValue ?? before.commissionValue,
  );
  const referralCode = input.referralCode ? codeOrThrow(input.referralCode) : undefined;
  const [after] = await uniqueCode(referralCode ?? before.referralCode, () =>
    ctx.db
      .update(affiliates)
      .set({ ...input, ...(referralCode ? { referralCode } : {}), ...bump() })
      .where(and(eq(affiliates.workspaceId, ctx.workspaceId), eq(affiliates.id, id)))
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'affiliate',
    entityId: id,
    action: PARTNER_WORKFLOW.action(before.status, input.status),
    before: logged(before),
    after: logged(after!),
  });
  return presentAffiliate(after!);
}

export async function deleteAffiliate(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'affiliate', 'delete');
  const before = await lockRow(ctx, affiliates, id, 'Affiliate');
  await checkVersion(ctx, 'affiliate', before, expected);
  await ctx.db
    .delete(affiliates)
    .where(and(eq(affiliates.workspaceId, ctx.workspaceId), eq(affiliates.id, id)));
  await recordActivity(ctx, {
    entityType: 'affiliate',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
