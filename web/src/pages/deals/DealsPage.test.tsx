import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import { fakeApi } from '../customers/testing';
import { type WinLossFigures as Figures, WinLossFigures } from '../competitors/WinLoss';
import type { Deal, DealImportReport, WinRates } from './data';
import { DealForm } from './DealForm';
import DealsPage from './DealsPage';
import { ImportDeals } from './ImportDeals';

const WS = '00000000-0000-4000-8000-000000000001';
const rule = (artefact: string, owners: Role[]) => ({
  artefact,
  owners,
  contributors: [],
  readers: [],
  reviewers: [],
  description: artefact,
});
const ownership = {
  adminMayDoEverything: true,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'],
  artefacts: [rule('deal', ['sales', 'product_marketer']), rule('customer', ['product_manager'])],
};

function renderAs(role: Role, ui: ReactNode, path = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <WorkspaceProvider value={{ id: WS, name: 'Acme', role, ownership: ownership as never }}>
            {ui}
          </WorkspaceProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const deal = (over: Partial<Deal> = {}): Deal => ({
  id: '50000000-0000-4000-8000-000000000005',
  name: 'Globex — Dashboards new logo',
  customerId: null,
  customer: null,
  accountName: 'Globex',
  segment: 'mid_market',
  productId: null,
  product: null,
  amount: 48_000,
  outcome: 'lost',
  competitorId: '60000000-0000-4000-8000-000000000006',
  competitor: { id: '60000000-0000-4000-8000-000000000006', name: 'Quantrix Cloud' },
  reason: 'price',
  reasonDetail: '45% off the first year',
  closedOn: '2026-10-01',
  externalId: 'OPP-1',
  version: 1,
  createdAt: '2026-10-01T10:00:00.000Z',
  updatedAt: '2026-10-01T10:00:00.000Z',
  ...over,
});
const rates: WinRates = {
  overall: { won: 6, lost: 4, noDecision: 2, winRate: 60, wonAmount: 300_000, lostAmount: 120_000 },
  groups: [
    { key: 'c1', label: 'Quantrix Cloud', won: 1, lost: 3, noDecision: 0, winRate: 25 },
    { key: 'c2', label: 'Lumina BI', won: 5, lost: 1, noDecision: 2, winRate: 83.3 },
  ],
};

/** Answers the page's reads as the server would. */
const serve = () =>
  fakeApi((method, path) => {
    if (path.endsWith('/deals/win-rates')) return rates;
    if (path.endsWith('/deals')) return { items: [deal()], nextCursor: null };
    if (path.endsWith('/competitors')) return { items: [], nextCursor: null };
    return { items: [], nextCursor: null };
  });

afterEach(() => vi.restoreAllMocks());

describe('Win / loss page', { timeout: 30_000 }, () => {
  it('shows the win rate, counts and amounts, the rate by competitor, and the deals', async () => {
    const calls = serve();
    renderAs('viewer', <DealsPage />);
    const cards = await screen.findByLabelText('Win rate summary');
    expect(within(cards).getByText('60 %')).toBeTruthy();
    expect(within(cards).getByText('$300,000')).toBeTruthy();
    expect(within(cards).getByText('$120,000')).toBeTruthy();
    const byRival = screen.getByRole('table', { name: 'Win rate by competitor' });
    const cells = within(byRival)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual([
      ['Quantrix Cloud', '1', '3', '0', '25 %'],
      ['Lumina BI', '5', '1', '2', '83 %'],
    ]);
    const table = await screen.findByRole('table', { name: 'Deals' });
    expect(within(table).getByText('Globex')).toBeTruthy();
    expect(within(table).getByText('Lost')).toBeTruthy();
    expect(within(table).getByText('Price')).toBeTruthy();
    // The period is sent to both the rates and the list: the last 12 months by default.
    const rateCall = calls.find((c) => c.path.endsWith('/win-rates'))!;
    expect((rateCall.init.params as { query: { from: string; by: string } }).query).toMatchObject({
      by: 'competitor',
      from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    // A viewer reads; recording stays visible, disabled, naming who records deals.
    const record = screen.getByRole('button', { name: 'Record deal' });
    expect(record.hasAttribute('disabled') || record.getAttribute('data-disabled') === 'true').toBe(true);
  });

  it('lets sales record a deal', async () => {
    serve();
    renderAs('sales', <DealsPage />);
    const record = await screen.findByRole('button', { name: 'Record deal' });
    expect(record.hasAttribute('disabled')).toBe(false);
  });
});

describe('Deal form', { timeout: 30_000 }, () => {
  const submit = () =>
    fireEvent.submit(screen.getByRole('button', { name: /Record deal|Save deal/ }).closest('form')!);

  it('asks for a customer or an account and a closing date not in the future, and sends nothing', async () => {
    const calls = fakeApi(() => ({ items: [], nextCursor: null }));
    renderAs('sales', <DealForm deal={null} onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText(/^Deal/), { target: { value: 'Hooli pilot' } });
    fireEvent.change(screen.getByLabelText(/^Amount/), { target: { value: '12000' } });
    submit();
    expect(
      await screen.findByText('Choose the customer, or name the account when they are not one'),
    ).toBeTruthy();
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('sends the account, amount, outcome and reason as typed', async () => {
    const calls = fakeApi((method) => (method === 'POST' ? deal() : { items: [], nextCursor: null }));
    const onDone = vi.fn();
    renderAs('sales', <DealForm deal={null} onDone={onDone} />);
    fireEvent.change(screen.getByLabelText(/^Deal/), { target: { value: 'Hooli pilot' } });
    fireEvent.change(screen.getByLabelText(/^Account/), { target: { value: ' Hooli ' } });
    fireEvent.change(screen.getByLabelText(/^Amount/), { target: { value: '12000' } });
    submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe('/api/v1/workspaces/{workspaceId}/deals');
    expect(post.init.body).toMatchObject({
      name: 'Hooli pilot',
      accountName: 'Hooli',
      customerId: null,
      amount: 12_000,
      outcome: 'won',
      closedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(post.init.body).not.toHaveProperty('segment');
  });

  it('shows a deal read-only to a role that may not edit it', () => {
    fakeApi(() => ({ items: [], nextCursor: null }));
    renderAs('marketer', <DealForm deal={deal()} onDone={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Save deal' })).toBeNull();
    expect((screen.getByLabelText(/^Deal/) as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});

describe('Deal CSV import', { timeout: 30_000 }, () => {
  const report: DealImportReport = {
    imported: 1,
    created: 1,
    updated: 0,
    unchanged: 2,
    columns: ['name', 'amount', 'outcome', 'closed_on', 'competitor'],
    rejected: [
      { row: 3, errors: [{ column: 'competitor', message: 'No competitor named "Nobody"' }], values: {} },
    ],
    replayed: false,
  };
  const keyOf = (c: { init: { params?: unknown } }) =>
    (c.init.params as { header?: Record<string, string> }).header?.['idempotency-key'];

  it('checks pasted rows first, shows the rejected ones, then imports on request', async () => {
    const calls = fakeApi(() => report);
    renderAs('sales', <ImportDeals />);
    const csv = 'name,amount,outcome,closed_on,competitor\nA,1,won,2026-01-01,\n';
    fireEvent.change(screen.getByLabelText(/Or paste the CSV/), { target: { value: csv } });
    fireEvent.click(screen.getByRole('button', { name: 'Check rows' }));
    expect(await screen.findByText(/1 new deal, 0 updates, 2 unchanged; 1 row will be skipped/)).toBeTruthy();
    const rejected = screen.getByRole('table', { name: 'Rejected rows' });
    expect(within(rejected).getByText('No competitor named "Nobody"')).toBeTruthy();
    expect(calls.map((c) => c.init.body)).toEqual([{ csv, dryRun: true }]);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByText(/1 deal added, 0 deals updated, 2 unchanged/)).toBeTruthy();
    expect(calls.map((c) => c.init.body)).toEqual([
      { csv, dryRun: true },
      { csv, dryRun: false },
    ]);
    // The check carries no key; the import does.
    expect(keyOf(calls[0]!)).toBeUndefined();
    expect(keyOf(calls[1]!)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('retries an import with the same key, says when it was a replay, and keys each file chosen anew', async () => {
    const imports: string[] = [];
    const calls = fakeApi((_m, _p, init) => {
      if ((init.body as { dryRun: boolean }).dryRun) return report;
      imports.push(keyOf({ init })!);
      // The first try fails on the way back (a gateway timeout); the retry finds it done.
      return imports.length === 1
        ? [504, { title: 'Gateway Timeout', status: 504 }]
        : { ...report, replayed: imports.length === 2 };
    });
    const csv = 'name,amount,outcome,closed_on\nA,1,won,2026-01-01\n';
    const choose = () =>
      fireEvent.change(screen.getByLabelText('CSV file'), {
        target: { files: [new File([csv], 'deals.csv', { type: 'text/csv' })] },
      });
    renderAs('sales', <ImportDeals />);
    choose();
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByText('The import failed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByText('Already imported')).toBeTruthy();
    expect(screen.getByText(/nothing was added again/)).toBeTruthy();
    expect(imports).toHaveLength(2);
    expect(imports[1]).toBe(imports[0]);
    cleanup();

    // The same file chosen again is a new upload on purpose: a new key.
    renderAs('sales', <ImportDeals />);
    choose();
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByText('Import finished')).toBeTruthy();
    expect(imports).toHaveLength(3);
    expect(imports[2]).toMatch(/^[0-9a-f]{32}$/);
    expect(imports[2]).not.toBe(imports[0]);
    expect(calls.filter((c) => (c.init.body as { dryRun: boolean }).dryRun).every((c) => !keyOf(c))).toBe(
      true,
    );
  });
});

describe('Battlecard win / loss', { timeout: 30_000 }, () => {
  const figures: Figures = {
    won: 3,
    lost: 2,
    noDecision: 1,
    winRate: 60,
    since: '2025-12-01',
    recentLosses: [
      {
        id: '70000000-0000-4000-8000-000000000007',
        name: 'Meridian — Dashboards new logo',
        accountName: 'Meridian Bank',
        reason: 'missing_feature',
        reasonDetail: 'No paginated reports',
        closedOn: '2026-11-02',
        amount: 90_000,
      },
    ],
  };

  it('shows the rate, the counts and the recent losses, each linking to its deal', () => {
    renderAs('sales', <WinLossFigures figures={figures} competitorName="Lumina BI" />);
    expect(screen.getByLabelText('Win rate against Lumina BI: 60 %')).toBeTruthy();
    expect(screen.getByText('3 won · 2 lost · 1 no decision')).toBeTruthy();
    const losses = screen.getByRole('table', { name: 'Recent losses to Lumina BI' });
    expect(within(losses).getByText('Missing feature')).toBeTruthy();
    expect(within(losses).getByRole('link', { name: 'Meridian Bank' }).getAttribute('href')).toBe(
      `/w/${WS}/deals?deal=70000000-0000-4000-8000-000000000007`,
    );
  });

  it('says when no deal was met against the competitor', () => {
    renderAs(
      'sales',
      <WinLossFigures
        figures={{ ...figures, won: 0, lost: 0, noDecision: 0, winRate: null, recentLosses: [] }}
        competitorName="Lumina BI"
      />,
    );
    expect(screen.getByText(/No deal against Lumina BI recorded in the last 12 months/)).toBeTruthy();
  });
});
