import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConflictHost, reportConflict } from './conflicts';
import { formatConflictValue } from './conflict-format';

const RELEASE = '9a1392d0-5b7e-4f55-a3e5-2f9e2c1d0a11';
const OTHER = '1b2c3d4e-0000-4000-8000-000000000001';

describe('the conflict dialog', () => {
  it('shows labels, names and formatted values, never raw ids, JSON or US timestamps', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    client.setQueryData(['releases', 'ws', 'all'], {
      items: [
        { id: RELEASE, name: 'Spring release' },
        { id: OTHER, name: 'Summer release' },
      ],
      complete: true,
    });
    client.setQueryData(['conflict-history', 'f1', 4], {
      items: [
        {
          id: 'a1',
          at: '2027-03-03T14:05:00.000Z',
          action: 'updated',
          actor: { id: 'u1', name: 'Priya Sharma' },
          changes: {
            id: { before: null, after: 'f1f1f1f1-0000-4000-8000-000000000000' },
            acceptanceCriteria: { before: null, after: [] },
            releaseId: { before: null, after: RELEASE },
            scoreInputs: { before: { reach: 100 }, after: { reach: 1200, impact: 2 } },
          },
        },
      ],
      nextCursor: null,
    });
    render(
      <MantineProvider>
        <QueryClientProvider client={client}>
          {/* As in main.tsx: outside any workspace page. */}
          <ConflictHost />
        </QueryClientProvider>
      </MantineProvider>,
    );
    act(() =>
      reportConflict({
        workspaceId: 'ws',
        entityType: 'feature',
        entityId: 'f1',
        currentVersion: 4,
        mine: {
          releaseId: OTHER,
          targetDate: '2027-03-31',
          plannedBudget: 25000,
          status: 'in_progress',
          version: 3,
        },
        reapply: async () => {},
        reload: () => {},
      }),
    );
    const changes = await screen.findByRole('table', { name: 'Recent changes' });
    expect(within(changes).getByText(/Spring release/)).toBeTruthy();
    expect(changes.textContent).toContain('Release: — → Spring release');
    expect(changes.textContent).toContain('Score inputs: Reach 100 → Reach 1,200, Impact 2');
    expect(changes.textContent).toMatch(/3 Mar 2027, \d\d:05/);
    const mine = screen.getByRole('table', { name: 'Your change' });
    expect(mine.textContent).toContain('Summer release');
    expect(mine.textContent).toContain('Target date31 Mar 2027');
    expect(mine.textContent).toContain('Planned budget$25,000');
    expect(mine.textContent).toContain('StatusIn progress');
    const all = screen.getByRole('dialog').textContent ?? '';
    expect(all).not.toContain(RELEASE);
    expect(all).not.toContain(OTHER);
    expect(all).not.toContain('releaseId');
    expect(all).not.toContain('f1f1f1f1');
    expect(all).not.toContain('Acceptance criteria');
    expect(all).not.toContain('{');
    expect(all).not.toMatch(/\d+\/\d+\/\d{4}/);
  });
});

describe('formatConflictValue', () => {
  it('never shows an id it cannot name', () => {
    expect(formatConflictValue('requirementIds', [RELEASE, OTHER])).toBe('2 items');
    expect(formatConflictValue('releaseId', RELEASE)).toBe('Someone or something no longer listed');
    expect(formatConflictValue('actualSpend', 1234.5)).toBe('$1,235');
    expect(formatConflictValue('published', true)).toBe('Yes');
    expect(formatConflictValue('kind', 'value_effort')).toBe('Value ÷ effort');
    expect(formatConflictValue('kind', 'referral')).toBe('Referral');
  });
});
