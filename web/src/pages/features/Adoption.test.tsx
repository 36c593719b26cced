import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import { AdoptionPanel, AdoptionSummary } from './Adoption';
import type { Adoption } from './adoption';
import type { Feature } from './data';

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as Role[],
  artefacts: [
    {
      artefact: 'feature' as const,
      owners: ['product_manager' as const],
      contributors: [],
      readers: [],
      reviewers: [],
    },
  ],
};

const usage = (persons: number, active: number, customers: number, activeCustomers: number) => ({
  persons,
  activePersons: active,
  rate: active ? persons / active : null,
  customers,
  activeCustomers,
  customerRate: activeCustomers ? customers / activeCustomers : null,
});

const ADOPTION: Adoption = {
  featureId: 'f1',
  signal: { event: 'report_exported', filter: { format: 'pdf' } },
  shippedAt: '2026-09-07T10:00:00.000Z',
  launch: { id: 'l1', name: 'Autumn launch', date: '2026-09-21' },
  weeks: [
    { start: '2026-09-07', ...usage(1, 3, 1, 2) },
    { start: '2026-09-14', ...usage(1, 2, 1, 2) },
    { start: '2026-09-21', ...usage(0, 0, 0, 0) },
  ],
  beforeLaunch: { from: '2026-08-24', to: '2026-09-20', ...usage(2, 3, 1, 2) },
  afterLaunch: { from: '2026-09-21', to: '2026-10-18', ...usage(1, 1, 1, 1) },
};

const feature = (signal: Feature['adoptionSignal']) =>
  ({ id: 'f1', version: 7, adoptionSignal: signal }) as Feature;

afterEach(() => vi.restoreAllMocks());

function renderAs(role: Role, f: Feature, adoption: Adoption = ADOPTION) {
  vi.spyOn(api, 'GET').mockImplementation((async () => ({
    data: adoption,
    response: new Response(null, { status: 200 }),
  })) as never);
  const put = vi.spyOn(api, 'PUT').mockImplementation((async () => ({
    data: { signal: null },
    response: new Response(null, { status: 200 }),
  })) as never);
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <WorkspaceProvider value={{ id: 'ws', name: 'Acme', role, ownership: ownership as never }}>
          <AdoptionPanel f={f} />
          <AdoptionSummary f={f} />
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return put;
}

describe('AdoptionPanel', () => {
  it('shows adoption per week since shipping, the launch, and before against after', async () => {
    renderAs('viewer', feature(ADOPTION.signal));
    expect(screen.getByText('Event “report_exported” where format = pdf')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Adoption per week' });
    expect(table.textContent).toContain('1 / 3 (33.3%)');
    expect(table.textContent).toContain('1 / 2 (50%)');
    expect(table.textContent).toContain('0 / 0 (—)');
    expect(screen.getByText(/launched 21 Sept? 2026 \(Autumn launch\)/)).toBeTruthy();
    expect(screen.getByText('66.7% of persons · 50% of customers')).toBeTruthy();
    expect(screen.getByText('100% of persons · 100% of customers')).toBeTruthy();
    // Beside demand: the last week's share.
    const usageBox = screen.getByRole('region', { name: 'Usage' });
    expect(usageBox.textContent).toContain('—');
  });

  it('lets product management set an event with a property filter, sent with the version it saw', async () => {
    const put = renderAs('product_manager', feature(null), { ...ADOPTION, signal: null, weeks: [] });
    expect(screen.getByText('No adoption signal yet.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Event name/), { target: { value: ' report_exported ' } });
    fireEvent.change(screen.getByLabelText(/Property filter/), {
      target: { value: 'format = pdf\npages = 3\nbeta = true\ncode = "42"' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save signal' }));
    await waitFor(() => expect(put).toHaveBeenCalledOnce());
    const [path, options] = put.mock.calls[0]! as [
      string,
      { body: unknown; headers: Record<string, string> },
    ];
    expect(path).toBe('/api/v1/workspaces/{workspaceId}/features/{id}/adoption-signal');
    expect(options.body).toEqual({
      event: 'report_exported',
      filter: { format: 'pdf', pages: 3, beta: true, code: '42' },
    });
    expect(options.headers).toEqual({ 'if-match': '"7"' });
  });

  it('sets a feature flag key', async () => {
    const put = renderAs('product_manager', feature(null), { ...ADOPTION, signal: null, weeks: [] });
    fireEvent.click(screen.getByText('Feature flag'));
    fireEvent.change(await screen.findByLabelText(/Feature flag key/), { target: { value: 'new-reports' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save signal' }));
    await waitFor(() => expect(put).toHaveBeenCalledOnce());
    expect((put.mock.calls[0]![1] as { body: unknown }).body).toEqual({ flag: 'new-reports' });
  });

  it('points at a filter line it cannot read and sends nothing', async () => {
    const put = renderAs('product_manager', feature(null), { ...ADOPTION, signal: null, weeks: [] });
    fireEvent.change(screen.getByLabelText(/Event name/), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText(/Property filter/), { target: { value: 'no equals sign' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save signal' }));
    expect(await screen.findByText(/Write each condition as name = value/)).toBeTruthy();
    expect(put).not.toHaveBeenCalled();
  });

  it('keeps the form visible but read-only for other roles, naming the owner', async () => {
    const put = renderAs('marketer', feature(ADOPTION.signal));
    expect((screen.getByLabelText(/Event name/) as HTMLInputElement).disabled).toBe(true);
    const save = screen.getByRole('button', { name: 'Save signal' });
    expect(save.getAttribute('title')).toMatch(/Owned by/);
    fireEvent.click(save);
    expect(put).not.toHaveBeenCalled();
  });
});
