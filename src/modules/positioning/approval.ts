import { and, eq } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { ApprovalStatus, Role } from '../../core/enums.ts';
import { invalidField } from '../../core/errors.ts';
import { type Action, can } from '../../policies/ownership.ts';
import { products } from '../products/schema.ts';

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

/** Actions open to a role on a version in the given status. */
export function allowedActions(
  role: Role,
  artefact: 'positioning' | 'messaging',
  status: ApprovalStatus,
): ApprovalAction[] {
  const owner = can(role, artefact, 'update');
  switch (status) {
    case 'draft':
      return owner ? ['update', 'submit', 'delete'] : [];
    case 'in_review':
      return can(role, artefact, STEP_RIGHT.approve) ? ['approve', 'send_back'] : [];
    case 'approved':
    case 'superseded':
      return owner ? ['new_draft'] : [];
    default: {
      const never: never = status;
      return never;
    }
  }
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
