/** What the first-run guide derives from the workspace's data (pure, tested beside). */

export const STEPS = ['catalog', 'release', 'team', 'feedback'] as const;
export type Step = (typeof STEPS)[number];

export type SetupData = {
  products: number;
  releases: number;
  /** Members, the caller included. */
  members: number;
  /** Pending invitations (admins only see them; 0 for others). */
  invitations: number;
  feedback: number;
};

/** Which steps the data shows done: progress comes from what exists, whoever did it and wherever. */
export function stepsDone(d: SetupData): Record<Step, boolean> {
  return {
    catalog: d.products > 0,
    release: d.releases > 0,
    // Someone else belongs, or has been asked to: an invitation is the admin's part done.
    team: d.members > 1 || d.invitations > 0,
    feedback: d.feedback > 0,
  };
}

/** The step to open first: the first not done, in order. */
export const firstOpen = (done: Record<Step, boolean>): Step | null => STEPS.find((s) => !done[s]) ?? null;

export const doneCount = (done: Record<Step, boolean>) => STEPS.filter((s) => done[s]).length;

/**
 * Whether Home shows the guide: while a step is left, unless the person hid it; and, once every step is
 * done, only if they finished it here (so they see it complete, never on a workspace already in use).
 */
export function showGuide(done: Record<Step, boolean>, dismissed: boolean, finishedHere: boolean): boolean {
  if (dismissed) return false;
  return doneCount(done) < STEPS.length || finishedHere;
}

const key = (workspaceId: string) => `tandem.firstRun.hidden.${workspaceId}`;

/** Hiding the guide is one person's choice in one browser: kept locally, per workspace. */
export const guideStore = {
  hidden(workspaceId: string): boolean {
    try {
      return localStorage.getItem(key(workspaceId)) === '1';
    } catch {
      return false;
    }
  },
  hide(workspaceId: string) {
    try {
      localStorage.setItem(key(workspaceId), '1');
    } catch {
      // Storage refused (private mode): the guide hides for this visit only.
    }
  },
};
