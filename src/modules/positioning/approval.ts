import { and, eq, ne, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { ApprovalStatus } from '../../core/enums.ts';
import { forbidden, invalidField } from '../../core/errors.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { type Action, assertCan, can, reviewersOf } from '../../policies/ownership.ts';
import { notifyRoles } from '../comments/notifications.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';
import type { messaging, positionings } from './schema.ts';

/**
 * The approval workflow positioning and messaging share. A version is written as a draft, submitted for
 * review, then approved (superseding the approved version before it) or sent back to draft with a
 * comment. Approved and superseded versions are history: a change is a new draft.
 */
export const STEPS = {
  submit: { from: 'draft', to: 'in_review', verb: 'submitted for review' },
  approve: { from: 'in_review', to: 'approved', verb: 'approved' },
  send_back: { from: 'in_review', to: 'draft', verb: 'sent back' },
} as const satisfies Record<string, { from: ApprovalStatus; to: ApprovalStatus; verb: string }>;
export type Step = keyof typeof STEPS;

/** The matrix right each step takes: the owners submit; the reviewers the matrix names approve or send back. */
export const STEP_RIGHT = {
  submit: 'update',
  approve: 'review',
  send_back: 'review',
} as const satisfies Record<Step, Action>;

/** The activity-log verb of each step. */
export const STEP_ACTIVITY = { submit: 'submitted', approve: 'approved', send_back: 'sent_back' } as const;

/** The columns a step writes on the version: its new status, who and when, and the reviewer's comment. */
export function stepColumns(step: Step, userId: string, now: Date, comment: string | undefined) {
  const status = STEPS[step].to;
  if (step === 'submit') return { status, submittedBy: userId, submittedAt: now, reviewComment: '' };
  if (step === 'approve')
    return { status, approvedBy: userId, approvedAt: now, reviewComment: comment ?? '' };
  return { status, reviewComment: comment ?? '' };
}

/** What the caller may do next with a version, for clients to offer the right buttons. */
export type ApprovalAction = 'update' | 'delete' | Step | 'new_draft';

/** The workspace's settings that decide who may approve (Settings › Workspace). */
export type ApprovalRules = { requireSecondApprover: boolean };

/** Reads the workspace's approval rules: once per request, before presenting or stepping versions. */
export async function approvalRules(ctx: WsCtx): Promise<ApprovalRules> {
  const [w] = await ctx.db
    .select({ requireSecondApprover: workspaces.requireSecondApprover })
    .from(workspaces)
    .where(eq(workspaces.id, ctx.workspaceId));
  return { requireSecondApprover: w?.requireSecondApprover ?? false };
}

/** The parts of a version that decide who may approve it. */
type Authored = { status: ApprovalStatus; createdBy: string | null; submittedBy: string | null };

/**
 * Why the caller may not approve this version although their role reviews it: the workspace requires a
 * second person and the caller started or submitted the version. Null when nothing stands in the way.
 */
export function selfApprovalRefusal(
  ctx: WsCtx,
  label: string,
  row: Authored,
  rules: ApprovalRules,
): string | null {
  if (!rules.requireSecondApprover) return null;
  const me = ctx.actor.userId;
  if (row.createdBy !== me && row.submittedBy !== me) return null;
  return (
    `You wrote or submitted this ${label.toLowerCase()}, and this workspace requires a second person to ` +
    `approve it: another product marketer or an admin.`
  );
}

/** Actions open to the caller on a version, as its status, their role and the workspace's rules allow. */
export function allowedActions(
  ctx: WsCtx,
  artefact: 'positioning' | 'messaging',
  row: Authored,
  rules: ApprovalRules,
): ApprovalAction[] {
  const owner = can(ctx.role, artefact, 'update');
  switch (row.status) {
    case 'draft':
      return owner ? ['update', 'submit', 'delete'] : [];
    case 'in_review': {
      if (!can(ctx.role, artefact, STEP_RIGHT.approve)) return [];
      return selfApprovalRefusal(ctx, artefact, row, rules) ? ['send_back'] : ['approve', 'send_back'];
    }
    case 'approved':
    case 'superseded':
      return owner ? ['new_draft'] : [];
    default: {
      const never: never = row.status;
      return never;
    }
  }
}

/**
 * Why the caller may not approve the version (see selfApprovalRefusal), for clients to say so beside a
 * disabled Approve button; null when they may, or when approving is not theirs to do anyway.
 */
export function approveRefusal(
  ctx: WsCtx,
  artefact: 'positioning' | 'messaging',
  row: Authored,
  rules: ApprovalRules,
): string | null {
  if (row.status !== 'in_review' || !can(ctx.role, artefact, STEP_RIGHT.approve)) return null;
  return selfApprovalRefusal(ctx, artefact, row, rules);
}

/** Refuses a step the version's status does not allow, naming what may be done instead. */
export function assertStep(label: string, status: ApprovalStatus, step: Step): void {
  const s = STEPS[step];
  if (status === s.from) return;
  const hint =
    status === 'draft'
      ? 'a draft can only be submitted for review'
      : status === 'in_review'
        ? 'a version in review can be approved or sent back'
        : `a ${status} version is history: start a new draft to change it`;
  throw invalidField(
    'status',
    `This ${label} is ${status.replace('_', ' ')} and cannot be ${s.verb}; ${hint}`,
  );
}

/** Refuses an edit or a delete of anything but a draft. */
export function assertDraft(label: string, status: ApprovalStatus, what: 'edited' | 'deleted'): void {
  if (status === 'draft') return;
  throw invalidField(
    'status',
    `Only drafts are ${what}; this ${label} is ${status.replace('_', ' ')}. Start a new draft to change it.`,
  );
}

/**
 * Locks the product row so that two drafts created at once cannot take the same revision number
 * (the unique index would refuse the second; the lock makes it wait its turn instead). Returns its name.
 */
export async function lockProduct(ctx: WsCtx, productId: string): Promise<string> {
  const [found] = await ctx.db
    .select({ name: products.name })
    .from(products)
    .where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, productId)))
    .for('update');
  if (!found) throw invalidField('productId', `No product ${productId} in this workspace`);
  return found.name;
}

type ApprovalTable = typeof positionings | typeof messaging;

/** What differs between the versioned artefacts that share the approval workflow. */
export type ApprovalKind<T extends ApprovalTable> = {
  artefact: 'positioning' | 'messaging';
  table: T;
  /** "Positioning", "Messaging": for not-found and step messages. */
  label: string;
  /** Refuses approval of a version that is not complete (field errors name what is missing). */
  assertApprovable(row: T['$inferSelect'], productName: string): void;
  /** The versions one approved version stands for (the same product; and persona, for messaging). */
  sameSlot(row: T['$inferSelect']): SQL;
  /** The version as the activity log records it. */
  logged(row: T['$inferSelect']): object;
};

/**
 * Moves a version one step along the approval workflow: the caller's right, the version check, the
 * step the status allows, the product lock (one approval at a time per product), then on approval the
 * completeness check and the superseding of the approved version before it, each with its log row.
 * Returns the updated row and the product's name.
 */
export async function takeApprovalStep<T extends ApprovalTable>(
  ctx: WsCtx,
  kind: ApprovalKind<T>,
  id: string,
  step: Step,
  options: { comment?: string; expected?: number } = {},
): Promise<{ row: T['$inferSelect']; productName: string }> {
  const table = kind.table as typeof positionings;
  assertCan(ctx.role, kind.artefact, STEP_RIGHT[step]);
  const before: T['$inferSelect'] = await lockRow(ctx, kind.table, id, kind.label);
  await checkVersion(ctx, kind.artefact, before, options.expected);
  assertStep(kind.artefact, before.status, step);
  const productName = await lockProduct(ctx, before.productId);
  if (step === 'approve') {
    // The setting is read inside the step's transaction, so switching it on applies to the next approval.
    const refusal = selfApprovalRefusal(ctx, kind.label, before, await approvalRules(ctx));
    if (refusal) throw forbidden(refusal, reviewersOf(kind.artefact));
    kind.assertApprovable(before, productName);
    const superseded = await ctx.db
      .update(table)
      .set({ status: 'superseded', ...bump() })
      .where(
        and(
          eq(table.workspaceId, ctx.workspaceId),
          kind.sameSlot(before),
          eq(table.status, 'approved'),
          ne(table.id, id),
        ),
      )
      .returning({ id: table.id });
    for (const s of superseded)
      await recordActivity(ctx, {
        entityType: kind.artefact,
        entityId: s.id,
        action: 'superseded',
        changes: {
          status: { before: 'approved', after: 'superseded' },
          supersededBy: { before: null, after: id },
        },
      });
  }
  const [after] = await ctx.db
    .update(table)
    .set({ ...stepColumns(step, ctx.actor.userId, new Date(), options.comment), ...bump() })
    .where(and(eq(table.workspaceId, ctx.workspaceId), eq(table.id, id)))
    .returning();
  // Submitted for review: the matrix's reviewers hear of it, never the version's own author.
  if (step === 'submit')
    await notifyRoles(
      ctx,
      reviewersOf(kind.artefact),
      { kind: 'review_requested', entityType: kind.artefact, entityId: id, parentId: before.productId },
      [before.createdBy],
    );
  await recordActivity(ctx, {
    entityType: kind.artefact,
    entityId: id,
    action: STEP_ACTIVITY[step],
    before: kind.logged(before),
    after: kind.logged(after!),
  });
  return { row: after as T['$inferSelect'], productName };
}
