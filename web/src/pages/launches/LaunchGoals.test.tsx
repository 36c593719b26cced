import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAs } from '../customers/testing';
import type { Launch } from './data';
import { LaunchGoals } from './LaunchGoals';

const launch = {
  id: '30000000-0000-4000-8000-000000000003',
  name: 'Governance launch',
  goals: ['200 trials in 30 days'],
  version: 4,
} as Launch;

afterEach(() => vi.restoreAllMocks());

describe('LaunchGoals', () => {
  it('lets product marketing edit the goals: trimmed, empty rows dropped, on the version it read', async () => {
    const calls = fakeApi((_method, _path, init) => ({ ...launch, ...(init.body as object), version: 5 }));
    renderAs('product_marketer', <LaunchGoals launch={launch} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit goals' }));
    fireEvent.change(screen.getByLabelText('Goal 1'), { target: { value: ' 250 trials in 30 days ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a goal' }));
    fireEvent.change(screen.getByLabelText('Goal 2'), { target: { value: '3 analyst briefings' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a goal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.method).toBe('PATCH');
    expect(calls[0]!.init.body).toEqual({
      goals: ['250 trials in 30 days', '3 analyst briefings'],
      version: 4,
    });
  });

  it('refuses a goal longer than the server keeps, on its row, before sending', async () => {
    const calls = fakeApi(() => launch);
    renderAs('admin', <LaunchGoals launch={launch} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit goals' }));
    fireEvent.change(screen.getByLabelText('Goal 1'), { target: { value: 'x'.repeat(501) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    expect(await screen.findByText(/Keep a goal under 500 characters \(501 now\)/)).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('shows the goals to others, readable, with the edit button disabled and naming the owners', () => {
    fakeApi(() => launch);
    renderAs('product_manager', <LaunchGoals launch={launch} />);
    expect(screen.getByRole('list', { name: 'Launch goals' }).textContent).toBe('200 trials in 30 days');
    const edit = screen.getByRole('button', { name: 'Edit goals' });
    expect(edit.getAttribute('aria-disabled')).toBe('true');
    expect(edit.getAttribute('title')).toMatch(/Product marketer/);
    fireEvent.click(edit);
    expect(screen.queryByLabelText('Goal 1')).toBeNull();
  });
});
