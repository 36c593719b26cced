import { screen } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAs, WS } from '../customers/testing';
import type { ProductMarketing } from './product-dashboards';
import { LaunchResults } from './ProductMarketingLaunchResults';

const LAUNCH = '40000000-0000-4000-8000-000000000001';
const FEATURE = '50000000-0000-4000-8000-000000000001';
const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');

const payload = (over: Partial<ProductMarketing> = {}): ProductMarketing => ({
  from: day(-20),
  to: day(0),
  previous: null,
  conversion: { scope: 'launch', current: { visitors: 800, conversions: 40, rate: 0.05 }, previous: null },
  surveys: null,
  surveysHidden: 'Survey results are read by product management, product marketing and marketing.',
  winRate: {
    current: { won: 0, lost: 0, noDecision: 0, rate: null },
    previous: null,
    series: [],
    byCompetitor: [],
    bySegment: [],
  },
  launches: [
    {
      id: LAUNCH,
      name: 'Reports launch',
      date: day(-20),
      status: 'launched',
      tier: 1,
      visits: 1200,
      visitors: 800,
      conversions: 40,
      conversionRate: 0.05,
      adoption: {
        before: 0.1,
        after: 0.35,
        features: [{ id: FEATURE, title: 'Reports', before: 0.1, after: 0.35 }],
      },
    },
  ],
  ...over,
});

afterEach(() => vi.restoreAllMocks());

describe('LaunchResults', { timeout: 30_000 }, () => {
  it("asks the dashboard for this launch since its date and shows reach, conversions and its features' adoption", async () => {
    const calls = fakeApi(() => payload());
    renderAs('sales', <LaunchResults launchId={LAUNCH} launchDate={day(-20)} />);
    const reach = await screen.findByRole('region', { name: 'Reach' });
    expect(reach.textContent).toContain('800');
    expect(reach.textContent).toContain('1,200 visits');
    expect(screen.getByRole('region', { name: 'Conversions' }).textContent).toContain('5% of visitors');
    expect(screen.getByRole('region', { name: 'Adoption before → after' }).textContent).toContain(
      '10% → 35%',
    );
    expect(screen.getByRole('link', { name: 'Reports' }).getAttribute('href')).toBe(
      `/w/${WS}/features/${FEATURE}`,
    );
    // Sales may not read surveys: the card says why.
    expect(screen.getByRole('region', { name: 'NPS about this launch' }).textContent).toContain(
      'Survey results are read',
    );
    expect((calls[0]!.init.params as { query: unknown }).query).toEqual({
      from: day(-20),
      to: day(0),
      compare: '0',
      launchId: LAUNCH,
    });
  });

  it('waits for the launch date before showing results', async () => {
    fakeApi(() => payload());
    renderAs('product_marketer', <LaunchResults launchId={LAUNCH} launchDate={day(10)} />);
    expect(await screen.findByText(/Results start on the launch date/)).toBeTruthy();
  });
});
