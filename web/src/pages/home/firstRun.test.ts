import { describe, expect, it } from 'vitest';
import { doneCount, firstOpen, type SetupData, showGuide, stepsDone } from './firstRun';

const empty: SetupData = { products: 0, releases: 0, members: 1, invitations: 0, feedback: 0 };

describe('first-run progress', () => {
  it('starts with nothing done and the catalog open', () => {
    const done = stepsDone(empty);
    expect(doneCount(done)).toBe(0);
    expect(firstOpen(done)).toBe('catalog');
    expect(showGuide(done, false, false)).toBe(true);
  });

  it('reads each step from the data, whoever did it', () => {
    const done = stepsDone({ ...empty, products: 2, invitations: 1 });
    expect(done).toEqual({ catalog: true, release: false, team: true, feedback: false });
    expect(firstOpen(done)).toBe('release');
    expect(stepsDone({ ...empty, members: 2 }).team).toBe(true);
  });

  it('stays away from a workspace already in use, and once hidden', () => {
    const all = stepsDone({ products: 3, releases: 1, members: 4, invitations: 0, feedback: 10 });
    expect(firstOpen(all)).toBeNull();
    expect(showGuide(all, false, false)).toBe(false);
    expect(showGuide(all, false, true)).toBe(true);
    expect(showGuide(stepsDone(empty), true, false)).toBe(false);
  });
});
