/** Pure helpers for launch checklists: grouping by role, overdue, who may change what. */

export const TASK_ROLES = ['product_manager', 'product_marketer', 'marketer', 'sales'] as const;
export type TaskRole = (typeof TASK_ROLES)[number];

type TaskLike = {
  ownerRole: TaskRole;
  dueDate: string;
  status: 'open' | 'done' | 'skipped';
  position: number;
};

/** Today as YYYY-MM-DD in the person's time zone (due dates are calendar days). */
export const todayIso = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** An open task whose due day has passed. Done and skipped tasks are never overdue. */
export const isOverdue = (task: Pick<TaskLike, 'status' | 'dueDate'>, today: string) =>
  task.status === 'open' && task.dueDate < today;

export type RoleGroup<T> = { role: TaskRole; tasks: T[]; done: number; total: number; overdue: number };

/**
 * The checklist by owner role, in the order work flows (PM, PMM, marketing, sales); tasks by due date,
 * then position. `total` leaves skipped tasks out, as readiness does. Roles without tasks are omitted.
 */
export function groupByRole<T extends TaskLike>(tasks: readonly T[], today: string): RoleGroup<T>[] {
  return TASK_ROLES.map((role) => {
    const mine = tasks
      .filter((t) => t.ownerRole === role)
      .sort((a, b) => (a.dueDate === b.dueDate ? a.position - b.position : a.dueDate < b.dueDate ? -1 : 1));
    return {
      role,
      tasks: mine,
      done: mine.filter((t) => t.status === 'done').length,
      total: mine.filter((t) => t.status !== 'skipped').length,
      overdue: mine.filter((t) => isOverdue(t, today)).length,
    };
  }).filter((g) => g.tasks.length > 0);
}

/** The viewer's own role first (the tasks they tick off), the others in working order. */
export const ownRoleFirst = <G extends { role: string }>(groups: G[], role: string): G[] => [
  ...groups.filter((g) => g.role === role),
  ...groups.filter((g) => g.role !== role),
];

/**
 * What a person may change on a task: launch owners everything; a member of the task's role only its
 * status and assignee ("work"); anyone else nothing. The server enforces the same rule.
 */
export function taskAccess(role: string, ownsLaunch: boolean, taskRole: TaskRole): 'all' | 'work' | 'none' {
  if (ownsLaunch) return 'all';
  return role === taskRole ? 'work' : 'none';
}

/** The launch brief export (HTML or Markdown). */
export const briefUrl = (workspaceId: string, launchId: string, format: 'html' | 'markdown') =>
  `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/enablement/launches/${encodeURIComponent(
    launchId,
  )}/brief?format=${format}`;

/** Tasks per role a tier's template will generate, for the "new launch" preview. */
export function countByRole(tasks: readonly { ownerRole: TaskRole }[]): Record<TaskRole, number> {
  const out = { product_manager: 0, product_marketer: 0, marketer: 0, sales: 0 };
  for (const t of tasks) out[t.ownerRole] += 1;
  return out;
}
