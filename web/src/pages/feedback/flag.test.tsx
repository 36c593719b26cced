import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAs } from '../customers/testing';
import FeedbackInbox from './FeedbackInbox';
import { ClearFlagButton } from './flag';

const item = (id: string, title: string, flag: string | null) => ({
  id,
  title,
  text: `${title}: the export fails every time`,
  excerpt: null,
  tags: ['survey', 'nps', 'detractor'],
  customerName: 'Initech',
  source: 'survey',
  sentiment: 'negative',
  status: 'new',
  allowedTransitions: ['triaged', 'archived'],
  createdAt: '2026-11-20T10:00:00.000Z',
  flag,
});

afterEach(() => vi.restoreAllMocks());

describe('the inbox flag from surveys', { timeout: 30_000 }, () => {
  it('marks a detractor from a customer with revenue, and filters on it', async () => {
    const calls = fakeApi((_m, path) =>
      path.endsWith('/feedback')
        ? {
            items: [
              item('10000000-0000-4000-8000-0000000000f1', 'NPS 2: exports', 'revenue_detractor'),
              item('10000000-0000-4000-8000-0000000000f2', 'NPS 3: pricing', null),
            ],
            nextCursor: null,
          }
        : { items: [], nextCursor: null },
    );
    renderAs('product_manager', <FeedbackInbox />);
    const flagged = (await screen.findByRole('link', { name: 'NPS 2: exports' })).closest('tr')!;
    expect(within(flagged).getByText('Detractor · customer with revenue')).toBeTruthy();
    const plain = screen.getByRole('link', { name: 'NPS 3: pricing' }).closest('tr')!;
    expect(within(plain).queryByText('Detractor · customer with revenue')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Detractors with revenue' }));
    await waitFor(() =>
      expect(
        calls.some(
          (c) =>
            c.path.endsWith('/feedback') &&
            (c.init.params as { query: { flag?: string } }).query.flag === 'revenue_detractor',
        ),
      ).toBe(true),
    );
  });

  it('lets product management clear the flag of a handled item, as a versioned edit', async () => {
    const flagged = { id: '10000000-0000-4000-8000-0000000000f1', version: 4, flag: 'revenue_detractor' };
    const calls = fakeApi(() => ({ ...flagged, flag: null, version: 5 }));
    renderAs('product_manager', <ClearFlagButton item={flagged} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear flag' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.path).toBe('/api/v1/workspaces/{workspaceId}/feedback/{id}');
    expect(patch.init).toMatchObject({
      params: { path: { id: flagged.id } },
      body: { flag: null, version: 4 },
    });
  });

  it('shows no action on an unflagged item, and a disabled one to roles that may not edit feedback', async () => {
    const calls = fakeApi(() => ({}));
    const { unmount } = renderAs(
      'product_manager',
      <ClearFlagButton item={{ id: '10000000-0000-4000-8000-0000000000f2', version: 1, flag: null }} />,
    );
    expect(screen.queryByRole('button', { name: 'Clear flag' })).toBeNull();
    unmount();
    renderAs(
      'sales',
      <ClearFlagButton
        item={{ id: '10000000-0000-4000-8000-0000000000f1', version: 1, flag: 'revenue_detractor' }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Clear flag' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
  });
});
