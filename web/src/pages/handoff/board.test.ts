import { describe, expect, it } from 'vitest';
import { isOverdue, LANES, programLanes, visibleRequirements } from './board';

const me = 'u-me';
const reqs = [
  { id: 'r1', createdBy: me, covered: false },
  { id: 'r2', createdBy: 'u-other', covered: true },
  { id: 'r3', createdBy: me, covered: true },
];
const prog = (
  id: string,
  status: (typeof LANES)[number] | 'cancelled',
  ownerId: string,
  reqIds: string[],
) => ({
  id,
  status,
  ownerId,
  requirements: reqIds.map((r) => ({ id: r })),
});
const programs = [
  prog('p1', 'proposed', 'u-mkt', ['r1']),
  prog('p2', 'accepted', me, ['r2']),
  prog('p3', 'in_progress', 'u-mkt', ['r2']),
  prog('p4', 'cancelled', 'u-mkt', ['r1']),
];

describe('visibleRequirements', () => {
  it('keeps what I filed with "mine"', () => {
    expect(visibleRequirements(reqs, { scope: 'mine', userId: me }).map((r) => r.id)).toEqual(['r1', 'r3']);
  });

  it('keeps only unanswered ones on request', () => {
    expect(
      visibleRequirements(reqs, { scope: 'all', userId: me, unansweredOnly: true }).map((r) => r.id),
    ).toEqual(['r1']);
  });
});

describe('programLanes', () => {
  const ids = (lanes: Map<string, { id: string }[]>) =>
    Object.fromEntries([...lanes].map(([k, v]) => [k, v.map((p) => p.id)]));

  it('groups by status in workflow order and hides cancelled programs', () => {
    const lanes = programLanes(programs, new Set(), { scope: 'all', userId: me });
    expect([...lanes.keys()]).toEqual([...LANES]);
    expect(ids(lanes)).toMatchObject({ proposed: ['p1'], accepted: ['p2'], in_progress: ['p3'] });
  });

  it('shows cancelled programs on request', () => {
    expect(
      programLanes(programs, new Set(), { scope: 'all', userId: me, showCancelled: true }).get('cancelled'),
    ).toHaveLength(1);
  });

  it('"mine" keeps programs I own and those answering my requirements', () => {
    const lanes = programLanes(programs, new Set(['r1']), { scope: 'mine', userId: me });
    expect(ids(lanes)).toMatchObject({ proposed: ['p1'], accepted: ['p2'], in_progress: [] });
  });

  it('narrows to the programs answering one requirement', () => {
    const lanes = programLanes(programs, new Set(), { scope: 'all', userId: me, requirementId: 'r2' });
    expect(ids(lanes)).toMatchObject({ proposed: [], accepted: ['p2'], in_progress: ['p3'] });
  });
});

describe('isOverdue', () => {
  it('compares ISO dates', () => {
    expect(isOverdue('2027-01-01', '2027-01-02')).toBe(true);
    expect(isOverdue('2027-01-02', '2027-01-02')).toBe(false);
    expect(isOverdue(null, '2027-01-02')).toBe(false);
  });
});
