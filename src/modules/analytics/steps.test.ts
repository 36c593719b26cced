import { describe, expect, it } from 'vitest';
import { journeySteps, pageOf } from './journeys.ts';
import { addPeriods, periodStart } from './periods.ts';
import { likeOfPattern, stepLabel } from './steps.ts';

describe('URL patterns', () => {
  it('turns * into % and keeps %, _ and \\ literal', () => {
    expect(likeOfPattern('/blog/*')).toBe('/blog/%');
    expect(likeOfPattern('/promo/50%_off*')).toBe('/promo/50\\%\\_off%');
    expect(likeOfPattern('/a\\b')).toBe('/a\\\\b');
  });

  it('labels steps as people read them', () => {
    expect(stepLabel({ kind: 'url', pattern: '/pricing*' })).toBe('/pricing*');
    expect(
      stepLabel({
        kind: 'events',
        anyOf: [{ event: 'signed_up', filter: { plan: 'pro' } }, { event: 'purchase' }],
      }),
    ).toBe('signed_up (plan = pro) or purchase');
  });
});

describe('journeys as funnels', () => {
  it('reads a page from an http(s) URL or a path, and nothing else', () => {
    expect(pageOf('https://shop.example/pricing?utm_source=x#top')).toBe('https://shop.example/pricing');
    expect(pageOf(' /pricing?x=1 ')).toBe('/pricing');
    expect(pageOf('Pricing page')).toBeNull();
    expect(pageOf('mailto:sales@example.com')).toBeNull();
    expect(pageOf('//evil.example/x')).toBeNull();
  });

  const t = (
    position: number,
    stage: 'awareness' | 'consideration' | 'conversion' | 'retention',
    asset: string,
  ) => ({
    id: `t${position}`,
    position,
    stage,
    channel: 'website' as const,
    asset,
  });
  const goals = [{ event: 'signed_up' }, { event: 'purchase', filter: { paid: true } }];

  it('maps pages to page views, conversion steps to the goals, and leaves out what events cannot see', () => {
    const { steps, journey } = journeySteps(
      [
        t(1, 'awareness', 'Video ad'),
        t(2, 'consideration', 'https://shop.example/pricing'),
        t(3, 'conversion', 'Sign-up form'),
        t(4, 'conversion', 'Checkout'),
        t(5, 'retention', '/app/reports'),
      ],
      goals,
    );
    expect(steps).toEqual([
      { kind: 'url', pattern: 'https://shop.example/pricing' },
      { kind: 'events', anyOf: goals },
      { kind: 'url', pattern: '/app/reports' },
    ]);
    expect(journey.map((j) => j.step)).toEqual([null, 0, 1, 1, 2]);
    expect(journey[0]!.missing).toMatch(/not a page/);
  });

  it('says a conversion step needs goals when the workspace has none', () => {
    const { steps, journey } = journeySteps(
      [t(1, 'consideration', '/pricing'), t(2, 'conversion', 'Form')],
      [],
    );
    expect(steps).toHaveLength(1);
    expect(journey[1]!.missing).toMatch(/no conversion goals/);
  });
});

describe('periods', () => {
  it('starts weeks on Monday and months on the first, in UTC', () => {
    expect(periodStart('week', '2026-03-08').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(periodStart('week', '2026-03-02').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(periodStart('month', '2026-03-31').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(addPeriods('month', new Date('2026-11-01T00:00:00Z'), 3).toISOString()).toBe(
      '2027-02-01T00:00:00.000Z',
    );
  });
});
