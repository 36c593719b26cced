import type { ProgramStatus } from '../../app/labels';

/** The board's lanes, in workflow order; cancelled programs only show on request. */
export const LANES: readonly ProgramStatus[] = ['proposed', 'sent_back', 'accepted', 'in_progress', 'done'];

type ProgramLike = {
  id: string;
  status: ProgramStatus;
  ownerId: string | null;
  requirements: { id: string }[];
};
type RequirementLike = { id: string; createdBy: string | null; covered: boolean };

export type Scope = 'mine' | 'all';

export type BoardFilter = {
  scope: Scope;
  userId: string;
  /** Only the programs answering this requirement. */
  requirementId?: string | null;
  showCancelled?: boolean;
};

/**
 * The requirements a person sees: with "mine", those they filed; with `unansweredOnly`, those no accepted
 * (or running, or done) program answers.
 */
export function visibleRequirements<R extends RequirementLike>(
  requirements: readonly R[],
  filter: { scope: Scope; userId: string; unansweredOnly?: boolean },
): R[] {
  return requirements.filter(
    (r) =>
      (filter.scope === 'all' || r.createdBy === filter.userId) && (!filter.unansweredOnly || !r.covered),
  );
}

/**
 * Programs grouped by lane. "Mine" keeps the programs a person owns and those answering a requirement
 * they filed: a marketer sees their work, a product marketer what waits for their review.
 */
export function programLanes<P extends ProgramLike>(
  programs: readonly P[],
  mineRequirementIds: ReadonlySet<string>,
  filter: BoardFilter,
): Map<ProgramStatus, P[]> {
  const lanes = new Map<ProgramStatus, P[]>(LANES.map((s) => [s, []]));
  if (filter.showCancelled) lanes.set('cancelled', []);
  for (const p of programs) {
    const lane = lanes.get(p.status);
    if (!lane) continue;
    if (filter.requirementId && !p.requirements.some((r) => r.id === filter.requirementId)) continue;
    if (
      filter.scope === 'mine' &&
      p.ownerId !== filter.userId &&
      !p.requirements.some((r) => mineRequirementIds.has(r.id))
    )
      continue;
    lane.push(p);
  }
  return lanes;
}

/** Whether a due date has passed (dates compare as ISO strings). */
export const isOverdue = (dueDate: string | null, today: string) => dueDate !== null && dueDate < today;
