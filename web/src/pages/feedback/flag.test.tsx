import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAs } from '../customers/testing';
import FeedbackInbox from './FeedbackInbox';

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
});
