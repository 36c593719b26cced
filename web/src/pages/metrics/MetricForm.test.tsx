import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAs, WS } from '../customers/testing';
import MetricDetail from './MetricDetail';
import { MetricForm } from './MetricForm';
import type { Metric, MetricDetail as Detail } from './queries';
import { Route, Routes } from 'react-router';

const metric = (over: Partial<Metric> = {}): Metric => ({
  id: '50000000-0000-4000-8000-000000000001',
  name: 'Pipeline created',
  description: '',
  ownerRole: 'sales',
  kind: 'manual',
  filters: {},
  unit: 'currency',
  direction: 'up',
  period: 'month',
  tolerance: 0.1,
  version: 2,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});
const detail = (over: Partial<Detail> = {}): Detail => ({
  ...metric(),
  targets: [{ periodStart: '2026-11-01', value: 200000 }],
  values: [{ on: '2026-11-02', value: 50000 }],
  periods: [
    {
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      label: 'November 2026',
      value: 50000,
      target: 200000,
      status: 'off_track',
      rule: 'Off track: 50,000 by day 2 of 30, …',
    },
  ],
  ...over,
});

afterEach(() => vi.restoreAllMocks());

const answer = (method: string) => (method === 'GET' ? { items: [], nextCursor: null } : metric());

describe('Metric form', { timeout: 30_000 }, () => {
  it('takes unit and direction from the kind picked, and sends only the kind’s filters', async () => {
    const calls = fakeApi(answer);
    renderAs('marketer', <MetricForm metric={null} defaultRole="marketer" onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'CPL' } });
    fireEvent.click(screen.getByLabelText('What it measures', { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Cost per lead' }));
    expect((screen.getByLabelText('Unit', { selector: 'input' }) as HTMLInputElement).value).toBe(
      'Currency (USD)',
    );
    expect((screen.getByLabelText('Good direction', { selector: 'input' }) as HTMLInputElement).value).toBe(
      'Down (less is better)',
    );
    expect(screen.getByLabelText('Campaign', { selector: 'input' })).toBeTruthy();
    expect(screen.queryByLabelText('Product', { selector: 'input' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Define metric' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.init.body).toEqual({
      name: 'CPL',
      description: '',
      ownerRole: 'marketer',
      kind: 'cost_per_lead',
      unit: 'currency',
      direction: 'down',
      period: 'month',
      tolerance: 0.1,
      filters: {},
    });
  });

  it('shows another role’s metric read only, naming its owner, with nothing to save', async () => {
    fakeApi(answer);
    renderAs('marketer', <MetricForm metric={metric()} defaultRole="marketer" onDone={() => {}} />);
    expect(screen.getByRole('note').textContent).toMatch(/owned by Sales/);
    expect(screen.queryByRole('button', { name: 'Save metric' })).toBeNull();
  });
});

describe('Metric page', { timeout: 30_000 }, () => {
  const page = (role: 'sales' | 'marketer') =>
    renderAs(
      role,
      <Routes>
        <Route path="/w/:ws/metrics/:metricId" element={<MetricDetail />} />
      </Routes>,
      `/w/${WS}/metrics/${metric().id}`,
    );

  it('imports pasted CSV values and reports the rows it skipped', async () => {
    const calls = fakeApi((method) =>
      method === 'POST'
        ? {
            imported: 1,
            rejected: [{ row: 2, errors: [{ column: 'value', message: 'Use a number.' }], values: {} }],
          }
        : detail(),
    );
    page('sales');
    expect(await screen.findByText('Off track')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Paste CSV/), {
      target: { value: 'date,value\n2026-11-09,60000\n2026-11-16,lots' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import values' }));
    expect(await screen.findByText(/1 imported; skipped row 2 \(value: Use a number\.\)/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.init.body).toEqual({
      csv: 'date,value\n2026-11-09,60000\n2026-11-16,lots',
    });
  });

  it('lets another role read targets and values but not change them', async () => {
    fakeApi(() => detail());
    page('marketer');
    expect(await screen.findByText('Off track')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save targets' })).toBeNull();
    expect(screen.queryByLabelText(/Paste CSV/)).toBeNull();
    expect(screen.getAllByText('$50,000').length).toBeGreaterThan(0);
  });
});
