import type { NotificationsProps } from '@mantine/notifications';

/**
 * Where toasts appear, and how many at once. Not top-right: the account menu and every drawer's close
 * button are there, and stacked toasts covered them. Not bottom-right either (the sticky Save bar's buttons
 * and drawers' actions) nor bottom-left (the navigation): bottom-centre is free on every screen, as
 * snackbars are in Gmail. Three at most; more wait their turn.
 */
export const NOTIFICATIONS = {
  position: 'bottom-center',
  limit: 3,
} as const satisfies Pick<NotificationsProps, 'position' | 'limit'>;
