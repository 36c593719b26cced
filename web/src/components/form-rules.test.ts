import { describe, expect, it } from 'vitest';
import { amountRule, endDateRule, programBudgetWarning } from './form-rules';

describe('form rules', () => {
  it('refuses a negative amount instead of turning it into 0', () => {
    expect(amountRule(-5000)).toBe('Use 0 or more.');
    expect(amountRule(0)).toBeNull();
    expect(amountRule('')).toBeNull();
  });

  it('refuses an end date before the start', () => {
    expect(endDateRule('2027-03-01', '2027-03-31')).toBe('Use a date on or after the start date.');
    expect(endDateRule('2027-03-31', '2027-03-31')).toBeNull();
    expect(endDateRule('2027-03-01', null)).toBeNull();
  });

  it('warns with the figures when a campaign passes its program budget', () => {
    const program = { id: 'p', name: 'Launch push', plannedBudget: 25_000, plannedSpend: 0 };
    expect(programBudgetWarning(program, 30_000)).toBe(
      'Launch push has a budget of $25,000; with this campaign its campaigns plan $30,000 ($0 already planned by others), $5,000 over.',
    );
    expect(programBudgetWarning(program, 25_000)).toBeNull();
    // Editing: the campaign's stored spend is not counted twice.
    const edited = { ...program, plannedSpend: 20_000 };
    expect(programBudgetWarning(edited, 24_000, { programId: 'p', plannedSpend: 20_000 })).toBeNull();
    expect(programBudgetWarning(edited, 26_000, { programId: 'p', plannedSpend: 20_000 })).toContain(
      '$1,000 over',
    );
  });
});
