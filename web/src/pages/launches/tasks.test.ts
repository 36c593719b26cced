import { describe, expect, it } from 'vitest';
import { briefUrl, countByRole, groupByRole, isOverdue, ownRoleFirst, taskAccess, todayIso } from './tasks';

const task = (
  ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales',
  dueDate: string,
  status: 'open' | 'done' | 'skipped' = 'open',
  position = 0,
) => ({ ownerRole, dueDate, status, position });

describe('launch tasks', () => {
  const today = '2026-11-23';

  it('is overdue only while open and past its due day', () => {
    expect(isOverdue(task('sales', '2026-11-21'), today)).toBe(true);
    expect(isOverdue(task('sales', '2026-11-23'), today)).toBe(false);
    expect(isOverdue(task('sales', '2026-11-21', 'done'), today)).toBe(false);
    expect(isOverdue(task('sales', '2026-11-21', 'skipped'), today)).toBe(false);
  });

  it('groups by role in working order, sorted by due date, counting done, total and overdue', () => {
    const groups = groupByRole(
      [
        task('sales', '2026-11-21'),
        task('product_manager', '2026-12-01', 'done', 2),
        task('product_manager', '2026-10-01', 'open', 1),
        task('product_manager', '2026-10-01', 'skipped', 0),
      ],
      today,
    );
    expect(groups.map((g) => g.role)).toEqual(['product_manager', 'sales']);
    const pm = groups[0]!;
    expect(pm.tasks.map((t) => t.dueDate)).toEqual(['2026-10-01', '2026-10-01', '2026-12-01']);
    expect(pm.tasks[0]!.status).toBe('skipped');
    expect({ done: pm.done, total: pm.total, overdue: pm.overdue }).toEqual({
      done: 1,
      total: 2,
      overdue: 1,
    });
    expect(groups[1]!.overdue).toBe(1);
  });

  it('lets launch owners change anything and a task’s role only its status and assignee', () => {
    expect(taskAccess('product_marketer', true, 'sales')).toBe('all');
    expect(taskAccess('sales', false, 'sales')).toBe('work');
    expect(taskAccess('marketer', false, 'sales')).toBe('none');
  });

  it('builds the brief link and template counts', () => {
    expect(briefUrl('w', 'l', 'html')).toBe('/api/v1/workspaces/w/enablement/launches/l/brief?format=html');
    expect(countByRole([{ ownerRole: 'sales' }, { ownerRole: 'sales' }, { ownerRole: 'marketer' }])).toEqual({
      product_manager: 0,
      product_marketer: 0,
      marketer: 1,
      sales: 2,
    });
  });

  it('formats today as a local calendar day', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('puts the viewer’s own role first', () => {
    const groups = [{ role: 'product_manager' }, { role: 'marketer' }, { role: 'sales' }];
    expect(ownRoleFirst(groups, 'sales').map((g) => g.role)).toEqual([
      'sales',
      'product_manager',
      'marketer',
    ]);
    expect(ownRoleFirst(groups, 'viewer')).toEqual(groups);
  });
});
