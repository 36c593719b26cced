import { describe, expect, it } from 'vitest';
import { ARTEFACTS, COMMENTABLE, ROLES } from '../core/enums.ts';
import { OWNERSHIP } from './ownership.ts';

// "Who owns what" must list only what exists (issue 12): every right the matrix grants must be one the API
// and the web app offer. Comments are the right most easily granted on paper only, so they are checked here
// against the kinds the comments API accepts; the web's comment-screens test checks each kind has a screen.
describe('the ownership matrix lists only what exists', () => {
  it('grants comments only on kinds people can comment on, and every commentable kind is an artefact', () => {
    const commentedOn = ARTEFACTS.filter((a) =>
      Object.values(OWNERSHIP[a].contributors).some((may) => may?.includes('comment')),
    );
    const commentable: readonly string[] = COMMENTABLE;
    expect(commentedOn.filter((a) => !commentable.includes(a))).toEqual([]);
    const artefacts: readonly string[] = ARTEFACTS;
    expect(COMMENTABLE.filter((kind) => !artefacts.includes(kind))).toEqual([]);
  });

  it('has no commentable kind that no role but admins could comment on', () => {
    const nobody = COMMENTABLE.filter(
      (kind) =>
        OWNERSHIP[kind].owners.length === 0 &&
        !Object.values(OWNERSHIP[kind].contributors).some((may) => may?.includes('comment')),
    );
    expect(nobody).toEqual([]);
  });

  // That every artefact has an API is walked in test/authorization.test.ts, over the OpenAPI document.
  it('has a rule for every artefact, and only roles that exist', () => {
    expect(Object.keys(OWNERSHIP).sort()).toEqual([...ARTEFACTS].sort());
    for (const a of ARTEFACTS)
      for (const role of Object.keys(OWNERSHIP[a].contributors)) expect(ROLES).toContain(role);
  });
});
