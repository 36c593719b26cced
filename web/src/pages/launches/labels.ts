export const LAUNCH_STATUS = {
  planned: { label: 'Planned', color: 'gray' },
  in_progress: { label: 'In progress', color: 'blue' },
  launched: { label: 'Launched', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'red' },
} as const;
export type LaunchStatus = keyof typeof LAUNCH_STATUS;

export const TIER_LABEL: Record<1 | 2 | 3, string> = {
  1: 'Tier 1 · major',
  2: 'Tier 2 · notable',
  3: 'Tier 3 · minor',
};

/** The button that moves a launch to a status. */
export const TRANSITION_LABEL: Record<LaunchStatus, string> = {
  planned: 'Back to planned',
  in_progress: 'Start launch work',
  launched: 'Mark launched',
  cancelled: 'Cancel launch',
};
