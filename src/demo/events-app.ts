import { FLAG_EVENT, type AdoptionSignal } from '../modules/analytics/signal.ts';
import type { IncomingEvent } from '../modules/events/types.ts';
import type { Random } from './random.ts';

/**
 * The product app's usage in the demo (pure, used by events-plan.ts): the customers' seats use the app on
 * most weekdays, new sign-ups try it and many drift away (retention cohorts), and each shipped feature's
 * adoption signal appears after it shipped, rising week by week. Persons become the demo's contacts by their
 * email and the customers by their company's domain (`$groupidentify`), as posthog-js would send them.
 */

const DAY = 86_400_000;

export type Seat = {
  distinctId: string;
  email: string;
  /** The company's domain: its group key, matched to a customer by the customer's website. */
  company: string;
  /** Chance of using the app on a weekday. */
  activity: number;
  /** The day (of the plan) from which the person no longer uses the app. */
  churnDay?: number;
};

/** A person using the app: a seat from day 0, or a sign-up (`isNew`) from the day they signed up. */
export type AppUser = Seat & { joinedDay: number; firstSeen: boolean; isNew: boolean };

const SEATS: Record<string, number> = { enterprise: 6, public_sector: 4, mid_market: 3, smb: 2 };
const FIRST = [
  'maya',
  'noah',
  'olga',
  'pavel',
  'quinn',
  'rosa',
  'sven',
  'tara',
  'umar',
  'vera',
  'wen',
  'yusuf',
];
const LAST = ['berg', 'costa', 'diaz', 'eklund', 'fischer', 'garcia', 'hansen', 'ito', 'jensen', 'kowal'];
const DASHBOARDS = ['Revenue overview', 'Pipeline health', 'Weekly KPIs', 'Churn drivers', 'Board pack'];

/** Seats of the customers' teams: a known contact first, then colleagues; a few stop using the app. */
export function seatsOf(
  customers: { domain: string; segment: string | null }[],
  contacts: { email: string; domain: string }[],
  scale: number,
  days: number,
  rng: Random,
): Seat[] {
  const seats: Seat[] = [];
  for (const c of customers) {
    // The first contact uses the app; the customer's other contacts may still turn up as leads (events-plan.ts).
    const known = contacts
      .filter((p) => p.domain === c.domain)
      .map((p) => p.email)
      .slice(0, 1);
    const n = Math.max(1, Math.round((SEATS[c.segment ?? ''] ?? 4) * scale));
    const prefix = c.domain.split('.')[0]!;
    for (let i = 0; i < n; i++) {
      const email = known[i] ?? `${rng.pick(FIRST)}.${rng.pick(LAST)}${i}@${c.domain}`;
      seats.push({
        distinctId: `usr-${prefix}-${i}`,
        email,
        company: c.domain,
        activity: 0.2 + 0.4 * rng.next(),
        churnDay: rng.next() < 0.1 ? rng.int(Math.floor(days / 5), days - 5) : undefined,
      });
    }
  }
  return seats;
}

type DayContext = {
  day: number;
  /** The day's UTC midnight, in ms. */
  start: number;
  /** 1 on weekdays, less at weekends. */
  weekday: number;
  rng: Random;
  features: { signal: Exclude<AdoptionSignal, null>; shippedAt: Date }[];
  id: () => string;
  /** Companies already described by a `$groupidentify`. */
  described: Set<string>;
};

/** One person's use of the app on one day, if they use it: a visit of a few events. */
export function planAppDay(out: IncomingEvent[], u: AppUser, ctx: DayContext): void {
  const { day, start, rng } = ctx;
  if (day <= u.joinedDay && u.firstSeen) return;
  if (u.churnDay !== undefined && day >= u.churnDay) return;
  // New sign-ups start keen and settle lower; seats stay near their own rate.
  const age = day - u.joinedDay;
  const rate = u.isNew ? u.activity * (0.25 + 0.75 * Math.exp(-age / 10)) : u.activity;
  const weekend = ctx.weekday < 1 ? 0.2 : 1;
  if (rng.next() >= rate * weekend) return;
  let t = start + rng.int(7, 19) * 3_600_000 + rng.int(0, 3_599) * 1_000;
  const groups = { company: u.company };
  const push = (
    name: string,
    properties: Record<string, unknown> = {},
    extra: Partial<IncomingEvent> = {},
  ) => {
    out.push({
      messageId: ctx.id(),
      name,
      distinctId: u.distinctId,
      time: new Date(t),
      properties,
      groups,
      ...extra,
    });
    t += rng.int(40, 360) * 1_000;
  };
  if (!u.firstSeen) {
    u.firstSeen = true;
    push('$identify', {}, { set: { email: u.email } });
  }
  if (!ctx.described.has(u.company)) {
    ctx.described.add(u.company);
    push(
      '$groupidentify',
      {},
      {
        groupIdentify: { type: 'company', key: u.company, properties: { domain: u.company } },
      },
    );
  }
  const views = rng.int(1, 3);
  for (let i = 0; i < views; i++) push('dashboard_viewed', { dashboard: rng.pick(DASHBOARDS) });
  const queries = rng.int(0, 2);
  for (let i = 0; i < queries; i++) push('query_run', { rows: rng.int(10, 50_000) });
  for (const f of ctx.features) {
    const since = (t - f.shippedAt.getTime()) / DAY;
    if (since < 0) {
      // A flag is evaluated (and off) before its feature ships: those calls are not adoption.
      if ('flag' in f.signal && rng.next() < 0.3)
        push(FLAG_EVENT, { $feature_flag: f.signal.flag, $feature_flag_response: false });
      continue;
    }
    if (rng.next() >= 0.45 * (1 - Math.exp(-since / 10))) continue;
    if ('flag' in f.signal) push(FLAG_EVENT, { $feature_flag: f.signal.flag, $feature_flag_response: true });
    else push(f.signal.event, { ...f.signal.filter });
  }
}
