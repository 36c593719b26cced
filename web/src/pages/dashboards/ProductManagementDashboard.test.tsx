import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAs, WS } from '../customers/testing';
import type { ProductManagement } from './product-dashboards';
import ProductManagementDashboard from './ProductManagementDashboard';

const FEATURE = '50000000-0000-4000-8000-000000000001';
const FEEDBACK = '60000000-0000-4000-8000-000000000001';
const CUSTOMER = '10000000-0000-4000-8000-000000000009';

const PM: ProductManagement = {
  from: '2026-10-01',
  to: '2026-10-14',
  previous: { from: '2026-09-17', to: '2026-09-30' },
  adoption: {
    activePersons: 4,
    shipped: 2,
    top: [{ id: FEATURE, title: 'Alpha exports', persons: 3, rate: 0.75, before: 0.2, after: 0.6 }],
    bottom: [{ id: 'f2', title: 'Beta sharing', persons: 1, rate: 0.25, before: null, after: null }],
  },
  usage: {
    daily: [
      { day: '2026-10-01', persons: 2 },
      { day: '2026-10-02', persons: 1 },
    ],
    weekly: [{ week: '2026-09-28', persons: 3 }],
    current: 4,
    previous: 2,
  },
  retention: {
    interval: 'week',
    cohort: 'first_seen',
    returnEvent: null,
    cohorts: [
      { start: '2026-09-28', size: 10, returning: [10, 4, null] },
      { start: '2026-10-05', size: 0, returning: [0, null] },
    ],
  },
  feedback: {
    current: 8,
    previous: 10,
    weeks: [{ week: '2026-09-28', total: 8, positive: 2, neutral: 1, negative: 4, unknown: 1 }],
    sentiment: { positive: 2, neutral: 1, negative: 4, unknown: 1 },
  },
  detractorThemes: {
    feedback: 3,
    tags: [{ tag: 'pricing', count: 2 }],
    words: [{ word: 'export', count: 3 }],
    features: [{ id: FEATURE, title: 'Alpha exports', count: 2 }],
  },
  flagged: [
    {
      id: FEEDBACK,
      title: 'NPS 3: Export is slow',
      text: 'Export is slow',
      score: 3,
      kind: 'nps',
      customer: { id: CUSTOMER, name: 'Big Co', annualRevenue: 50000 },
      createdAt: '2026-10-13T12:00:00.000Z',
    },
  ],
};

afterEach(() => vi.restoreAllMocks());

const show = (payload: ProductManagement) => {
  const calls = fakeApi((_m, p) =>
    p.includes('dashboards') ? payload : p.endsWith('/metrics/summary') ? { metrics: [] } : { items: [] },
  );
  renderAs('product_manager', <ProductManagementDashboard />, '/?from=2026-10-01&to=2026-10-14&compare=1');
  return calls;
};

// Charts render slowly in happy-dom on a busy machine.
describe('ProductManagementDashboard', { timeout: 30_000 }, () => {
  it('shows usage and feedback with their change, and adoption of shipped features linking to them', async () => {
    show(PM);
    const active = await screen.findByRole('region', { name: 'Active persons' });
    expect(active.textContent).toContain('+100% vs previous period');
    expect(screen.getByRole('region', { name: 'Feedback received' }).textContent).toContain('−20%');
    expect(screen.getByRole('region', { name: 'Negative feedback' }).textContent).toContain('50%');
    const most = screen.getByRole('table', { name: 'Most adopted' });
    const link = within(most).getByRole('link', { name: 'Alpha exports' });
    expect(link.getAttribute('href')).toBe(`/w/${WS}/features/${FEATURE}`);
    expect(link.closest('tr')!.textContent).toContain('75% (3)20% → 60%');
    expect(screen.getByRole('table', { name: 'Least adopted' }).textContent).toContain('Beta sharing');
  });

  it('draws the retention grid as a table: shaded shares, blank where a week has not begun', async () => {
    show(PM);
    const grid = await screen.findByRole('table', { name: 'Weekly retention cohorts' });
    const [, first, second] = within(grid).getAllByRole('row');
    expect(within(first!).getByRole('rowheader').textContent).toBe('28 Sep 2026');
    const cells = within(first!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['10', '100%', '40%', '']);
    expect(cells[2]!.getAttribute('title')).toBe('4 of 10');
    expect(cells[1]!.style.background).toContain('0.9');
    expect(
      within(second!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '—', '', '']);
  });

  it('lists detractor themes linking to the inbox filtered, and the flagged feedback', async () => {
    show(PM);
    const tag = await screen.findByRole('link', { name: 'pricing' });
    expect(tag.getAttribute('href')).toBe(`/w/${WS}/feedback?status=all&sentiment=negative&tag=pricing`);
    expect(screen.getByRole('link', { name: 'export' }).getAttribute('href')).toContain('q=export');
    const flagged = screen.getByRole('list', { name: 'Flagged feedback' });
    const item = within(flagged).getByRole('link', { name: 'NPS 3: Export is slow' });
    expect(item.getAttribute('href')).toBe(`/w/${WS}/feedback/${FEEDBACK}`);
    expect(flagged.textContent).toContain('Big Co');
    expect(flagged.textContent).toContain('$50,000 a year');
  });

  it('says what to set up when no shipped feature has an adoption signal', async () => {
    show({ ...PM, adoption: { activePersons: 4, shipped: 0, top: [], bottom: [] } });
    expect(await screen.findByText('No shipped feature with an adoption signal')).toBeTruthy();
  });
});
