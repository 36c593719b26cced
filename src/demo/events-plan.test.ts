import { describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../modules/events/types.ts';
import { seatsOf } from './events-app.ts';
import { DAY, type DayEvents, type PlanInput, planDemoEvents } from './events-plan.ts';
import { seededRandom } from './random.ts';

const now = new Date('2026-12-02T09:30:00Z');
const shippedAt = new Date('2026-11-01T10:00:00Z');

function input(over: Partial<PlanInput> = {}): PlanInput {
  const customers = [
    { domain: 'harbor.example', segment: 'enterprise' },
    { domain: 'lumen.example', segment: 'smb' },
  ];
  const contacts = [
    { email: 'marta@harbor.example', domain: 'harbor.example' },
    { email: 'tom@harbor.example', domain: 'harbor.example' },
  ];
  return {
    now,
    days: 90,
    scale: 0.5,
    site: 'https://northwind.example',
    campaigns: [
      {
        utmCampaign: 'spring-search',
        channel: 'paid_search',
        startDate: '2026-11-10',
        endDate: '2026-12-30',
        urls: ['https://northwind.example/guide?utm_source=google&utm_medium=cpc&utm_campaign=spring-search'],
      },
      {
        utmCampaign: 'later',
        channel: 'email',
        startDate: '2027-01-10',
        endDate: '2027-01-30',
        urls: ['https://northwind.example/?utm_campaign=later'],
      },
    ],
    affiliates: [{ code: 'DATACRAFT', website: 'https://datacraft.example' }],
    seats: seatsOf(customers, contacts, 1, 90, seededRandom(1)),
    contactEmails: ['tom@harbor.example'],
    features: [
      { signal: { event: 'report_scheduled', filter: {} }, shippedAt },
      { signal: { flag: 'white-label-themes' }, shippedAt },
    ],
    ...over,
  };
}

const plan = (i: PlanInput, seed = 7) => [...planDemoEvents(i, seededRandom(seed))];
const all = (days: DayEvents[]): IncomingEvent[] => days.flatMap((d) => [...d.site, ...d.app, ...d.server]);

describe('the demo signals plan', () => {
  it('is the same on every run and fills each of the days up to now, never after', () => {
    const days = plan(input());
    expect(days).toHaveLength(90);
    expect(all(plan(input()))).toEqual(all(days));
    const first = Date.UTC(2026, 8, 4); // 89 days before 2 Dec 2026
    for (const [i, d] of days.entries()) {
      const events = [...d.site, ...d.app, ...d.server];
      if (i < 89) expect(events.length, `day ${i}`).toBeGreaterThan(0);
      for (const e of events) {
        expect(e.time.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(e.time.getTime()).toBeGreaterThanOrEqual(first);
      }
    }
    const ids = all(days).map((e) => e.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("brings visits by a running campaign's tagged link only while it runs", () => {
    const tagged = all(plan(input())).filter((e) => e.url?.includes('utm_campaign=spring-search'));
    expect(tagged.length).toBeGreaterThan(10);
    for (const e of tagged)
      expect(e.time.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-10T00:00:00Z'));
    expect(all(plan(input())).some((e) => e.url?.includes('utm_campaign=later'))).toBe(false);
  });

  it('turns visitors into leads, sign-ups and purchases with revenue, tying their ids together', () => {
    const events = all(plan(input({ scale: 1 })));
    const leads = events.filter((e) => e.name === 'form_submit');
    expect(leads.length).toBeGreaterThan(50);
    for (const l of leads) expect(l.properties).toMatchObject({ form: 'demo' });
    const identify = events.filter((e) => e.name === '$identify' && e.otherDistinctId);
    expect(identify).toHaveLength(leads.length);
    expect(identify.map((e) => e.set?.email)).toContain('tom@harbor.example');
    const purchases = events.filter((e) => e.name === 'purchase');
    expect(purchases.length).toBeGreaterThan(5);
    const identified = new Set(identify.map((e) => e.distinctId));
    for (const p of purchases) {
      expect(identified.has(p.distinctId)).toBe(true);
      expect(p.properties.revenue).toBeGreaterThan(0);
    }
    expect(events.some((e) => e.url?.includes('ref=DATACRAFT') || e.url?.includes('via=DATACRAFT'))).toBe(
      true,
    );
  });

  it("sends each shipped feature's adoption signal only after it shipped", () => {
    const events = all(plan(input()));
    const used = events.filter(
      (e) =>
        e.name === 'report_scheduled' ||
        (e.name === '$feature_flag_called' && e.properties.$feature_flag_response === true),
    );
    expect(used.length).toBeGreaterThan(20);
    for (const e of used) expect(e.time.getTime()).toBeGreaterThanOrEqual(shippedAt.getTime());
    // The flag is evaluated, off, before it ships: not adoption.
    const off = events.filter(
      (e) => e.name === '$feature_flag_called' && e.properties.$feature_flag_response === false,
    );
    expect(off.length).toBeGreaterThan(0);
    for (const e of off) expect(e.time.getTime()).toBeLessThan(shippedAt.getTime());
  });

  it("names the app's users by email and company, once each", () => {
    const app = plan(input()).flatMap((d) => d.app);
    const identified = app.filter((e) => e.name === '$identify').map((e) => e.distinctId);
    expect(new Set(identified).size).toBe(identified.length);
    const companies = app.filter((e) => e.name === '$groupidentify').map((e) => e.groupIdentify!.key);
    expect(new Set(companies).size).toBe(companies.length);
    // The customers' teams, and the companies of the sign-ups trying the app.
    expect(companies).toEqual(expect.arrayContaining(['harbor.example', 'lumen.example']));
  });

  it('has a weekday rhythm', () => {
    const days = plan(input({ scale: 1 }));
    const visits = (weekend: boolean) => {
      const picked = days.filter((_, i) => {
        const wd = new Date(Date.UTC(2026, 8, 4) + i * DAY).getUTCDay();
        return (wd === 0 || wd === 6) === weekend;
      });
      return picked.reduce((s, d) => s + d.site.length, 0) / picked.length;
    };
    expect(visits(false)).toBeGreaterThan(1.5 * visits(true));
  });
});
