import { describe, expect, it } from 'vitest';
import { actionLabel, fieldLabel, formatValue } from './activity';

describe('activity formatting', () => {
  it('names fields and statuses the way people read them', () => {
    expect(fieldLabel('asA')).toBe('As a');
    expect(fieldLabel('targetDate')).toBe('Target date');
    expect(formatValue('status', 'in_progress')).toBe('In progress');
    expect(formatValue('effort', null)).toBe('—');
    expect(actionLabel('status_changed')).toBe('changed the status');
    expect(actionLabel('something_else')).toBe('something else');
  });

  it('shows ids by name when known, and objects compactly', () => {
    const names = (field: string, id: string) =>
      field === 'releaseId' && id === 'r1' ? 'Release 7.3' : undefined;
    expect(formatValue('releaseId', 'r1', names)).toBe('Release 7.3');
    expect(formatValue('scoreInputs', { reach: 2000, impact: 2 })).toBe('reach 2000, impact 2');
    expect(formatValue('acceptanceCriteria', ['a', 'b'])).toBe('a; b');
    expect(formatValue('comment', { id: 'c1', body: 'Looks good' })).toBe('“Looks good”');
    expect(formatValue('body', 'Ask @[Alex Morgan](db1680fb-0240-42b4-a420-3945d9179cd3) now')).toBe(
      'Ask @Alex Morgan now',
    );
  });
});
