/** The approval workflow positioning and messaging share: draft → in review → approved (→ superseded). */

export type ApprovalStatus = 'draft' | 'in_review' | 'approved' | 'superseded';
export type Step = 'submit' | 'approve' | 'send_back';

export const STATUS: Record<ApprovalStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  in_review: { label: 'In review', color: 'yellow' },
  approved: { label: 'Approved', color: 'teal' },
  superseded: { label: 'Superseded', color: 'dark' },
};

type Versioned = { revision: number; status: ApprovalStatus };

/** The version being worked on: the newest draft or version in review, if any. */
export function workingVersion<T extends Versioned>(versions: readonly T[]): T | undefined {
  return [...versions]
    .sort((a, b) => b.revision - a.revision)
    .find((v) => v.status === 'draft' || v.status === 'in_review');
}

/** The approved version (at most one per product, or per product and persona). */
export const approvedVersion = <T extends Versioned>(versions: readonly T[]): T | undefined =>
  versions.find((v) => v.status === 'approved');

/** Newest first, for the history list. */
export const byRevisionDesc = <T extends Versioned>(versions: readonly T[]): T[] =>
  [...versions].sort((a, b) => b.revision - a.revision);

/** Steps the version's status allows, in the order buttons show them. */
export function stepsFor(status: ApprovalStatus): Step[] {
  switch (status) {
    case 'draft':
      return ['submit'];
    case 'in_review':
      return ['approve', 'send_back'];
    case 'approved':
    case 'superseded':
      return [];
    default: {
      const never: never = status;
      return never;
    }
  }
}

export const STEP_LABEL: Record<Step, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  send_back: 'Send back',
};
