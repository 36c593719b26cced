import { describe, expect, it } from 'vitest';
import { approvedVersion, byRevisionDesc, stepsFor, workingVersion } from './approval';

const v = (revision: number, status: 'draft' | 'in_review' | 'approved' | 'superseded') => ({
  revision,
  status,
});

describe('approval workflow', () => {
  it('works on the newest draft or version in review', () => {
    const versions = [v(1, 'superseded'), v(2, 'approved'), v(3, 'in_review'), v(4, 'draft')];
    expect(workingVersion(versions)).toEqual(v(4, 'draft'));
    expect(workingVersion([v(1, 'approved')])).toBeUndefined();
    expect(approvedVersion(versions)).toEqual(v(2, 'approved'));
  });

  it('lists history newest first without changing the input', () => {
    const versions = [v(1, 'superseded'), v(3, 'draft'), v(2, 'approved')];
    expect(byRevisionDesc(versions).map((x) => x.revision)).toEqual([3, 2, 1]);
    expect(versions[0]!.revision).toBe(1);
  });

  it('offers the steps the status allows', () => {
    expect(stepsFor('draft')).toEqual(['submit']);
    expect(stepsFor('in_review')).toEqual(['approve', 'send_back']);
    expect(stepsFor('approved')).toEqual([]);
  });
});
