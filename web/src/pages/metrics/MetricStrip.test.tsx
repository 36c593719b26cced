import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAs, WS } from '../customers/testing';
import { MetricStrip } from './MetricStrip';
import type { SummaryItem } from './queries';

const item = (over: Partial<SummaryItem> = {}): SummaryItem => ({
  id: '50000000-0000-4000-8000-000000000001',
  name: 'Cost per lead',
  ownerRole: 'marketer',
  kind: 'cost_per_lead',
  unit: 'currency',
  direction: 'down',
  filters: {},
  value: 84,
  previous: 72,
  change: 12,
  target: 80,
  status: 'at_risk',
  rule: 'At risk: 84 > target 80 (within 10 %) (lower is better).',
  series: [
    { period: '2026-11-01', value: 70 },
    { period: '2026-11-02', value: 90 },
  ],
  ...over,
});
const range = { from: '2026-11-01', to: '2026-11-30', compare: true };

afterEach(() => vi.restoreAllMocks());

describe('MetricStrip', { timeout: 30_000 }, () => {
  it('shows value, status with its rule, target, and a rise in cost as worse (direction down)', async () => {
    const calls = fakeApi(() => ({ from: range.from, to: range.to, compare: true, metrics: [item()] }));
    renderAs('marketer', <MetricStrip role="marketer" range={range} />);
    const card = await screen.findByRole('article', { name: 'Cost per lead' });
    expect(within(card).getByText('$84')).toBeTruthy();
    expect(within(card).getByText('At risk')).toBeTruthy();
    expect(within(card).getByText(/lower is better/)).toBeTruthy();
    expect(within(card).getByText('Target $80')).toBeTruthy();
    expect(within(card).getByText('↑ $12 worse')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Cost per lead' }).getAttribute('href')).toBe(
      `/w/${WS}/metrics/${item().id}`,
    );
    expect(calls[0]!.init.params).toMatchObject({
      query: { ownerRole: 'marketer', from: '2026-11-01', to: '2026-11-30', compare: '1' },
    });
  });

  it('calls a rise good when more is better, and leads to the campaign a metric is filtered by', async () => {
    const campaignId = '60000000-0000-4000-8000-000000000006';
    fakeApi(() => ({
      from: range.from,
      to: range.to,
      compare: true,
      metrics: [
        item({
          name: 'Leads',
          unit: 'count',
          direction: 'up',
          value: 140,
          change: 20,
          filters: { campaignId },
          status: 'on_track',
        }),
      ],
    }));
    renderAs('marketer', <MetricStrip role="marketer" range={range} />);
    const card = await screen.findByRole('article', { name: 'Leads' });
    expect(within(card).getByText('↑ 20 better')).toBeTruthy();
    expect(within(card).getByText('On track')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Leads' }).getAttribute('href')).toBe(
      `/w/${WS}/campaigns/${campaignId}`,
    );
  });

  it('says "No data yet", not "No target", when a target waits for its first value', async () => {
    fakeApi(() => ({
      from: range.from,
      to: range.to,
      compare: false,
      metrics: [
        item({ value: null, previous: null, change: null, status: 'no_target', rule: 'No value yet…' }),
      ],
    }));
    renderAs('marketer', <MetricStrip role="marketer" range={range} />);
    const card = await screen.findByRole('article', { name: 'Cost per lead' });
    expect(within(card).getByText('No data yet')).toBeTruthy();
    expect(within(card).getByText('Target $80')).toBeTruthy();
  });

  it('offers "Define a metric" to the owning role only when there is none', async () => {
    fakeApi(() => ({ from: range.from, to: range.to, compare: true, metrics: [] }));
    const { unmount } = renderAs('marketer', <MetricStrip role="marketer" range={range} />);
    expect(await screen.findByRole('link', { name: 'Define a metric' })).toBeTruthy();
    unmount();
    renderAs('sales', <MetricStrip role="marketer" range={range} />);
    expect(await screen.findByText('No marketer metrics yet')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Define a metric' })).toBeNull();
  });
});
