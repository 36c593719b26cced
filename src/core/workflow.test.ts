import { describe, expect, it } from 'vitest';
import { PARTNER_WORKFLOW } from '../modules/affiliates/affiliates.ts';
import { CAMPAIGN_WORKFLOW } from '../modules/campaigns/campaigns.ts';
import { FEATURE_WORKFLOW } from '../modules/features/features.ts';
import { FEEDBACK_WORKFLOW } from '../modules/feedback/feedback.ts';
import { LAUNCH_WORKFLOW } from '../modules/launches/launches.ts';
import { RELEASE_WORKFLOW } from '../modules/releases/releases.ts';
import { PROGRAM_WORKFLOW } from '../modules/requirements/programs.ts';
import {
  CAMPAIGN_STATUSES,
  FEATURE_STATUSES,
  FEEDBACK_STATUSES,
  LAUNCH_STATUSES,
  PARTNER_STATUSES,
  PROGRAM_STATUSES,
  RELEASE_STATUSES,
} from './enums.ts';
import { AppError } from './errors.ts';
import type { Workflow } from './workflow.ts';

/** Every machine of the domain with the value set its status column allows. */
const MACHINES: [string, Workflow<string>, readonly string[]][] = [
  ['feature', FEATURE_WORKFLOW as Workflow<string>, FEATURE_STATUSES],
  ['feedback', FEEDBACK_WORKFLOW as unknown as Workflow<string>, FEEDBACK_STATUSES],
  ['release', RELEASE_WORKFLOW as Workflow<string>, RELEASE_STATUSES],
  ['launch', LAUNCH_WORKFLOW as Workflow<string>, LAUNCH_STATUSES],
  ['program', PROGRAM_WORKFLOW as Workflow<string>, PROGRAM_STATUSES],
  ['campaign', CAMPAIGN_WORKFLOW as Workflow<string>, CAMPAIGN_STATUSES],
  ['partner', PARTNER_WORKFLOW as Workflow<string>, PARTNER_STATUSES],
];

const refusal = (fn: () => void): AppError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('the status machines', () => {
  it.each(MACHINES)(
    '%s: every status has an entry and goes only to statuses of its set',
    (_, wf, statuses) => {
      expect(Object.keys(wf.transitions).sort()).toEqual([...statuses].sort());
      for (const from of statuses) {
        for (const to of wf.next(from)) {
          expect(statuses).toContain(to);
          expect(to).not.toBe(from);
        }
      }
    },
  );

  it.each(MACHINES)(
    '%s: refuses every move it does not list with one kind and one message shape',
    (_, wf, statuses) => {
      for (const from of statuses)
        for (const to of statuses) {
          const allowed = wf.next(from);
          if (from === to || allowed.includes(to)) {
            expect(wf.problem(from, to)).toBeNull();
            expect(() => wf.assertMove({ from, to })).not.toThrow();
            continue;
          }
          const err = refusal(() => wf.assertMove({ from, to }));
          expect(err.kind).toBe('validation');
          const why = allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : `${from} is final`;
          const message = `A ${wf.spec.noun} cannot move from ${from} to ${to}; ${why}`;
          expect(err.message).toBe(message);
          expect(err.details.errors).toEqual([{ path: 'status', message }]);
          expect(wf.problem(from, to, 'ids.3')).toEqual({ path: 'ids.3', message });
        }
    },
  );

  it('names the status a move needs a right for, and who holds it', () => {
    const err = refusal(() =>
      PROGRAM_WORKFLOW.assertMove({ from: 'proposed', to: 'accepted', role: 'sales' }),
    );
    expect(err.kind).toBe('forbidden');
    expect(err.message).toMatch(/A sales may not move a program to accepted: that takes the review right/);
    expect(err.details.ownerRoles).toEqual(['admin', 'product_marketer']);
    expect(() =>
      PROGRAM_WORKFLOW.assertMove({ from: 'proposed', to: 'accepted', role: 'product_marketer' }),
    ).not.toThrow();
    // The machine speaks first: a move it never allows is 422 whoever asks.
    expect(
      refusal(() => PROGRAM_WORKFLOW.assertMove({ from: 'done', to: 'accepted', role: 'sales' })).kind,
    ).toBe('validation');
  });

  it('offers each role only the moves it may make', () => {
    expect(PROGRAM_WORKFLOW.allowedFor('marketer', 'proposed')).toEqual(['cancelled']);
    expect(PROGRAM_WORKFLOW.allowedFor('product_marketer', 'proposed')).toEqual(['accepted', 'sent_back']);
    expect(PROGRAM_WORKFLOW.allowedFor('admin', 'proposed')).toEqual(['accepted', 'sent_back', 'cancelled']);
    expect(PROGRAM_WORKFLOW.allowedFor('viewer', 'proposed')).toEqual([]);
    expect(FEATURE_WORKFLOW.allowedFor('product_manager', 'idea')).toEqual([
      'discovery',
      'planned',
      'wont_do',
    ]);
    expect(FEATURE_WORKFLOW.allowedFor('sales', 'idea')).toEqual([]);
  });

  it('keeps steps of their own out of plain status edits', () => {
    const err = refusal(() => PROGRAM_WORKFLOW.assertPlainEdit('proposed', 'accepted'));
    expect(err.kind).toBe('validation');
    expect(err.message).toBe('A program moves to accepted through the accept step, not a status edit');
    expect(() => PROGRAM_WORKFLOW.assertPlainEdit('accepted', 'accepted')).not.toThrow();
    expect(() => PROGRAM_WORKFLOW.assertPlainEdit('accepted', 'in_progress')).not.toThrow();
  });

  it('writes the side effects of entering a status, and names a move in the log', () => {
    expect(FEEDBACK_WORKFLOW.enter('triaged').triagedAt).toBeInstanceOf(Date);
    expect(FEEDBACK_WORKFLOW.enter('archived')).toEqual({});
    expect(RELEASE_WORKFLOW.action('planned', 'in_progress')).toBe('status_changed');
    expect(RELEASE_WORKFLOW.action('planned', 'planned')).toBe('updated');
    expect(RELEASE_WORKFLOW.action('planned', undefined)).toBe('updated');
  });
});
