import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAs, WS } from '../customers/testing';
import type { ProductMarketing } from './product-dashboards';
import ProductMarketingDashboard from './ProductMarketingDashboard';

const score = (answers: number, s: number | null, p = 0, pa = 0, d = 0) => ({
  answers,
  score: s,
  promoters: p,
  passives: pa,
  detractors: d,
  confidence: s === null ? null : { low: s - 55.4, high: s + 55.4 },
});
const tally = (won: number, lost: number, noDecision = 0) => ({
  won,
  lost,
  noDecision,
  rate: won + lost ? Math.round((won / (won + lost)) * 1000) / 10 : null,
});
const RIVAL = '30000000-0000-4000-8000-000000000001';
const LAUNCH = '40000000-0000-4000-8000-000000000001';

const PMM: ProductMarketing = {
  from: '2026-10-01',
  to: '2026-10-31',
  previous: { from: '2026-08-31', to: '2026-09-30' },
  conversion: {
    scope: 'workspace',
    current: { visitors: 200, conversions: 50, rate: 0.25 },
    previous: { visitors: 200, conversions: 40, rate: 0.2 },
  },
  surveys: {
    nps: { current: score(10, 0, 4, 2, 4), previous: score(2, 100, 2) },
    csat: { current: score(10, 60, 6, 2, 2), previous: null },
    series: [
      { week: '2026-09-28', nps: score(0, null), csat: score(0, null) },
      { week: '2026-10-05', nps: score(4, 100, 4), csat: score(10, 60, 6, 2, 2) },
    ],
    byPersona: [{ key: 'p1', label: 'Data lead', ...score(4, 100, 4) }],
    bySegment: [{ key: 'enterprise', label: null, ...score(2, -100, 0, 0, 2) }],
    byLaunch: [],
  },
  surveysHidden: null,
  winRate: {
    current: tally(3, 3, 1),
    previous: tally(1, 0),
    series: [{ week: '2026-10-05', ...tally(2, 1) }],
    byCompetitor: [{ key: RIVAL, label: 'Rival', ...tally(2, 1) }],
    bySegment: [{ key: 'smb', label: null, ...tally(1, 0) }],
  },
  launches: [
    {
      id: LAUNCH,
      name: 'Reports launch',
      date: '2026-10-15',
      status: 'launched',
      tier: 1,
      visits: 1200,
      visitors: 800,
      conversions: 40,
      conversionRate: 0.05,
      adoption: {
        before: 0.1,
        after: 0.35,
        features: [{ id: 'f1', title: 'Reports', before: 0.1, after: 0.35 }],
      },
    },
  ],
};

afterEach(() => vi.restoreAllMocks());

const show = (payload: ProductMarketing, path = '/?from=2026-10-01&to=2026-10-31&compare=1') => {
  const calls = fakeApi((_m, p) =>
    p.includes('dashboards') ? payload : p.endsWith('/metrics/summary') ? { metrics: [] } : { items: [] },
  );
  renderAs('product_marketer', <ProductMarketingDashboard />, path);
  return calls;
};

// Charts render slowly in happy-dom on a busy machine.
describe('ProductMarketingDashboard', { timeout: 30_000 }, () => {
  it('shows the KPI cards with their change against the previous period', async () => {
    show(PMM);
    const conversion = await screen.findByRole('region', { name: 'Conversion rate' });
    expect(conversion.textContent).toContain('25%');
    expect(conversion.textContent).toContain('+5 pts vs previous period');
    expect(conversion.textContent).toContain('50 conversions of 200 visitors');
    const nps = screen.getByRole('region', { name: 'NPS' });
    expect(nps.textContent).toContain('−100 pts vs previous period');
    expect(nps.textContent).toContain('10 answers · 95 % interval −55.4 to +55.4');
    const win = screen.getByRole('region', { name: 'Win rate' });
    expect(win.textContent).toContain('50%');
    expect(win.textContent).toContain('3 won · 3 lost · 1 no decision');
  });

  it('names each chart and gives its figures as a table', async () => {
    show(PMM);
    expect(await screen.findByRole('img', { name: 'Line chart of NPS and CSAT per week' })).toBeTruthy();
    const weeks = screen.getByRole('table', { name: 'NPS and CSAT per week' });
    expect(within(weeks).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('table', { name: 'NPS by persona' }).textContent).toContain('Data lead+1004');
  });

  it("links each competitor to its battlecard and each launch to its page, with the launch's results", async () => {
    show(PMM);
    const rival = await screen.findByRole('link', { name: 'Rival' });
    expect(rival.getAttribute('href')).toBe(`/w/${WS}/competitors/${RIVAL}`);
    const launch = screen.getByRole('link', { name: 'Reports launch' });
    expect(launch.getAttribute('href')).toBe(`/w/${WS}/launches/${LAUNCH}`);
    const row = launch.closest('tr')!;
    expect(row.textContent).toContain('1,200');
    expect(row.textContent).toContain('40 (5%)');
    expect(row.textContent).toContain('10% → 35%');
  });

  it('says why survey figures are missing for a role that may not read them', async () => {
    show({ ...PMM, surveys: null, surveysHidden: 'Survey results are read by product management.' });
    expect(await screen.findByText('Survey results are read by product management.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'NPS' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Win rate' })).toBeTruthy();
  });

  it('asks for the range and filters in the address', async () => {
    const calls = show(PMM, '/?from=2026-10-01&to=2026-10-31&compare=0&segment=enterprise');
    await screen.findByRole('region', { name: 'Conversion rate' });
    const call = calls.find((c) => c.path.includes('product-marketing'))!;
    expect((call.init.params as { query: unknown }).query).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      compare: '0',
      segment: 'enterprise',
    });
  });
});
