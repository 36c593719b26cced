import { describe, expect, it } from 'vitest';
import { NOTIFICATIONS } from './toasts';

describe('toast placement', () => {
  it('keeps toasts off the account menu and drawers’ close buttons (top right), stacking three at most', () => {
    expect(NOTIFICATIONS.position.startsWith('top')).toBe(false);
    expect(NOTIFICATIONS.position).not.toBe('bottom-right');
    expect(NOTIFICATIONS.limit).toBeLessThanOrEqual(3);
  });
});
