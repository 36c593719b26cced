import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { WorkspaceProvider } from '../../app/workspace';
import type { MarketingData } from './marketing';
import MarketingDashboard from './MarketingDashboard';

afterEach(() => vi.restoreAllMocks());

const totals = (o: Partial<MarketingData['totals']> = {}): MarketingData['totals'] => ({
  visits: 1400,
  visitors: 1000,
  leads: 40,
  conversions: 20,
  revenue: 12_000,
  conversionRate: 0.02,
  spend: 4000,
  costPerLead: 100,
  costPerConversion: 200,
  roi: 2,
  ...o,
});

const zero = { leads: 0, conversions: 0, revenue: 0 };

function payload(model: MarketingData['model'], o: Partial<MarketingData> = {}): MarketingData {
  const credited = model === 'first_touch' ? 'Spring webinar' : 'Autumn ads';
  return {
    from: '2026-11-01',
    to: '2026-11-02',
    previous: { from: '2026-10-30', to: '2026-10-31' },
    model,
    lookbackDays: 30,
    currency: 'USD',
    goals: 2,
    filter: { channel: null, campaignId: null, programId: null },
    totals: totals(),
    // Visits up 40 %, cost per lead up 25 % (bad news), revenue flat.
    previousTotals: totals({ visits: 1000, costPerLead: 80, revenue: 12_000 }),
    series: [
      { day: '2026-11-01', visits: 700, leads: 20, conversions: 10, revenue: 6000 },
      { day: '2026-11-02', visits: 700, leads: 20, conversions: 10, revenue: 6000 },
    ],
    previousSeries: [
      { day: '2026-10-30', visits: 500, leads: 20, conversions: 10, revenue: 6000 },
      { day: '2026-10-31', visits: 500, leads: 20, conversions: 10, revenue: 6000 },
    ],
    channels: [{ channel: 'paid_search', visits: 1400, leads: 40, conversions: 20, revenue: 12_000 }],
    unattributed: zero,
    campaigns: [
      {
        id: 'c1',
        name: credited,
        programId: 'p1',
        visits: 900,
        leads: 30,
        conversions: 15,
        revenue: 9000,
        spend: 3000,
        costPerLead: 100,
        costPerConversion: 200,
        roi: 2,
        others: 0,
      },
    ],
    programs: [],
    budget: {
      months: [
        {
          month: '2026-11',
          from: '2026-11-01',
          to: '2026-11-02',
          planned: 5000,
          spend: 4000,
          costPerLead: 100,
          costPerConversion: 200,
          roi: 2,
          ...zero,
        },
      ],
      planned: 5000,
      spend: 4000,
    },
    affiliates: [
      {
        id: 'a1',
        name: 'Datacraft',
        referralCode: 'DATACRAFT',
        status: 'active',
        commissionModel: 'percentage',
        commissionValue: 10,
        visits: 12,
        leads: 1,
        conversions: 2,
        revenue: 800,
        commissionOwed: 80,
      },
    ],
    ...o,
  };
}

function renderPage(answer: (query: Record<string, string>) => MarketingData) {
  const get = vi.spyOn(api, 'GET').mockImplementation((async (
    path: string,
    init: { params: { query: Record<string, string> } },
  ) => ({
    // The metric cards above the dashboard ask for their own summary: none defined here.
    data: path.endsWith('/metrics/summary') ? { metrics: [] } : answer(init.params.query),
    response: new Response(null, { status: 200 }),
  })) as never);
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <WorkspaceProvider value={{ id: 'ws', name: 'Acme', role: 'viewer', ownership: {} as never }}>
          <MemoryRouter
            initialEntries={['/w/ws/dashboards/marketing?from=2026-11-01&to=2026-11-02&compare=1']}
          >
            <Routes>
              <Route path="/w/:workspaceId/dashboards/marketing" element={<MarketingDashboard />} />
            </Routes>
          </MemoryRouter>
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return get;
}

const card = async (label: string) => within(await screen.findByRole('group', { name: label }));

describe('MarketingDashboard', () => {
  it('shows the range’s figures with their change against the previous period, good news apart from bad', async () => {
    const get = renderPage((q) => payload((q.model as MarketingData['model']) ?? 'last_touch'));
    expect((await card('Visits')).getByText('1,400')).toBeTruthy();
    expect((await card('Revenue')).getByText('$12,000')).toBeTruthy();
    expect((await card('ROI')).getByText('+200%')).toBeTruthy();
    const up = (await card('Visits')).getByText('+40 % vs previous period');
    const worse = (await card('Cost per lead')).getByText('+25 % vs previous period');
    expect(up.getAttribute('style')).toContain('teal');
    expect(worse.getAttribute('style')).toContain('red');
    expect((await card('Revenue')).getByText('No change vs previous period')).toBeTruthy();
    expect(get).toHaveBeenCalledWith(
      '/api/v1/workspaces/{workspaceId}/dashboards/marketing',
      expect.objectContaining({
        params: expect.objectContaining({
          query: { from: '2026-11-01', to: '2026-11-02', compare: '1' },
        }),
      }),
    );
    // Every chart has a table for screen readers, and campaigns lead to their page.
    expect(
      screen.getByRole('table', { name: 'Visits, leads, conversions and revenue per day' }),
    ).toBeTruthy();
    const campaigns = screen.getByRole('table', { name: 'Results by campaign' });
    expect(within(campaigns).getByRole('link', { name: 'Autumn ads' }).getAttribute('href')).toBe(
      '/w/ws/campaigns/c1',
    );
    const affiliates = screen.getByRole('table', { name: 'Affiliates' });
    expect(within(affiliates).getByText('$80')).toBeTruthy();
    expect(within(affiliates).getByText('10 % of revenue')).toBeTruthy();
  });

  it('asks again with the model chosen, and shows its credit', async () => {
    const get = renderPage((q) => payload((q.model as MarketingData['model']) ?? 'last_touch'));
    expect(await screen.findByRole('link', { name: 'Autumn ads' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'First touch' }));
    expect(await screen.findByRole('link', { name: 'Spring webinar' })).toBeTruthy();
    await waitFor(() =>
      expect(get).toHaveBeenLastCalledWith(
        '/api/v1/workspaces/{workspaceId}/dashboards/marketing',
        expect.objectContaining({
          params: expect.objectContaining({ query: expect.objectContaining({ model: 'first_touch' }) }),
        }),
      ),
    );
  });

  it('says what to set up when there are no signals yet', async () => {
    renderPage(() =>
      payload('last_touch', {
        goals: 0,
        totals: totals({
          visits: 0,
          visitors: 0,
          ...zero,
          conversionRate: null,
          spend: 0,
          costPerLead: null,
          roi: null,
        }),
        previousTotals: null,
        previous: null,
        series: [],
        previousSeries: null,
        campaigns: [],
        affiliates: [],
        budget: { months: [], planned: 0, spend: 0 },
      }),
    );
    expect(await screen.findByText('No market signals yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open Marketing › Market signals' }).getAttribute('href')).toBe(
      '/w/ws/signals',
    );
    expect(screen.queryByRole('group', { name: 'Visits' })).toBeNull();
  });
});
