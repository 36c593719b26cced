import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { WorkspaceProvider } from '../../app/workspace';
import { CampaignResults, Results } from './CampaignResults';

afterEach(() => vi.restoreAllMocks());

const results = (model: string, conversions: number, roi: number | null) => ({
  visits: 1250,
  visitors: 980,
  leads: 42.5,
  conversions,
  conversionRate: conversions / 980,
  revenue: 12_400,
  spend: 5000,
  costPerLead: 117.6,
  costPerConversion: 5000 / conversions,
  roi,
  model,
  goalId: null,
  from: '2026-11-01',
  to: '2026-12-01',
  currency: 'USD',
});

function renderCard(card = <CampaignResults campaignId="c1" />) {
  const get = vi.spyOn(api, 'GET').mockImplementation((async (
    _path: string,
    init: { params: { query: { model?: string } } },
  ) => ({
    data:
      init.params.query.model === 'first_touch'
        ? results('first_touch', 30, -0.25)
        : results('last_touch', 49, 1.48),
    response: new Response(null, { status: 200 }),
  })) as never);
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <WorkspaceProvider value={{ id: 'ws', name: 'Acme', role: 'viewer', ownership: {} as never }}>
          {card}
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return get;
}

const figure = async (label: string) => within(await screen.findByRole('group', { name: label }));

describe('CampaignResults', () => {
  it("shows the last 30 days' visits, leads, conversions, revenue and ROI by the workspace's model", async () => {
    const get = renderCard();
    expect((await figure('Visits')).getByText('1,250')).toBeTruthy();
    expect((await figure('Visits')).getByText('980 visitors')).toBeTruthy();
    expect((await figure('Leads')).getByText('42.5')).toBeTruthy();
    expect((await figure('Conversions')).getByText('49')).toBeTruthy();
    expect((await figure('Conversions')).getByText('5% of visitors')).toBeTruthy();
    expect((await figure('Revenue')).getByText('$12,400')).toBeTruthy();
    expect((await figure('ROI')).getByText('+148%')).toBeTruthy();
    expect((await figure('ROI')).getByText('on $5,000 spent')).toBeTruthy();
    expect(get.mock.calls[0]![1]).toMatchObject({ params: { query: {} } });
  });

  it('asks again with the model chosen', async () => {
    const get = renderCard();
    await figure('Visits');
    fireEvent.click(screen.getAllByLabelText('Attribution model')[0]!);
    fireEvent.click(await screen.findByRole('option', { name: 'First touch', hidden: true }));
    await waitFor(async () => expect((await figure('ROI')).getByText('−25%')).toBeTruthy());
    expect(get).toHaveBeenLastCalledWith(
      '/api/v1/workspaces/{workspaceId}/campaigns/{id}/results',
      expect.objectContaining({
        params: { path: { workspaceId: 'ws', id: 'c1' }, query: { model: 'first_touch' } },
      }),
    );
  });

  it("shows a program's own results the same way, from the program's results", async () => {
    const get = renderCard(<Results of="programs" id="p1" />);
    expect((await figure('Visits')).getByText('1,250')).toBeTruthy();
    expect(get).toHaveBeenCalledWith(
      '/api/v1/workspaces/{workspaceId}/programs/{id}/results',
      expect.objectContaining({ params: { path: { workspaceId: 'ws', id: 'p1' }, query: {} } }),
    );
  });
});
