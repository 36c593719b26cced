import type { AdoptionSignal } from '../modules/analytics/signal.ts';
import type { IncomingEvent } from '../modules/events/types.ts';
import { planAppDay, type AppUser, type Seat } from './events-app.ts';
import type { Random } from './random.ts';

/**
 * The demo's market signals, day by day, as the SDKs would send them (pure: events-plan.test.ts checks the
 * shape, events.ts hands each day to the writer). Website visits from search, social, referral, email, direct,
 * affiliates' links and the running campaigns' tagged links; a share of visitors leave their email on the demo
 * form, some sign up in the app, some of those buy through the billing server (mostly in the same visit, so the
 * campaign that brought them is credited under last touch). The app's usage lives in events-app.ts.
 */

export const DAY = 86_400_000;
const MIN = 60_000;

export type PlanCampaign = {
  utmCampaign: string;
  channel: string;
  startDate: string | null;
  endDate: string | null;
  /** The campaign's tagged URLs (its landing page and its links). */
  urls: string[];
};

export type PlanInput = {
  now: Date;
  /** Days of history, today included. */
  days: number;
  /** Volume: 1 is the demo's, tests use less. */
  scale: number;
  /** The website's origin, e.g. https://northwind.example */
  site: string;
  campaigns: PlanCampaign[];
  affiliates: { code: string; website: string }[];
  seats: Seat[];
  /** Emails of the demo's contacts: some leads are these people, so their persons become contacts. */
  contactEmails: string[];
  features: { signal: Exclude<AdoptionSignal, null>; shippedAt: Date }[];
};

export type DayEvents = { site: IncomingEvent[]; app: IncomingEvent[]; server: IncomingEvent[] };

type Visitor = { id: string; lastDay: number; lead: boolean };

const PAGES = [
  ['/', 30],
  ['/semantic-layer', 12],
  ['/pricing', 14],
  ['/customers', 6],
  ['/integrations/salesforce', 5],
  ['/docs/getting-started', 8],
  ['/blog/metrics-layer-vs-bi', 9],
  ['/blog/dbt-semantic-models', 7],
  ['/blog/one-number-for-revenue', 5],
  ['/roi', 4],
] as const;
const SEARCH = [
  'https://www.google.com/',
  'https://www.google.de/',
  'https://www.bing.com/',
  'https://duckduckgo.com/',
];
const SOCIAL = [
  'https://www.linkedin.com/',
  'https://t.co/',
  'https://www.reddit.com/r/dataengineering/',
  'https://news.ycombinator.com/',
];
const REFERRAL = [
  'https://www.g2.com/categories/bi',
  'https://www.capterra.com/',
  'https://discourse.getdbt.com/',
  'https://awesome-data.example/list',
];
const WEBMAIL = ['https://mail.google.com/', 'https://outlook.live.com/'];
const AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
];
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
/** Hours of the day (UTC) visits start in, weighted: European mornings and American afternoons. */
const HOURS = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22].map(
  (h) => [h, h >= 8 && h <= 17 ? 10 : h <= 20 ? 5 : 2] as const,
);
const PROSPECTS = [
  'brightwave',
  'northgate',
  'siltstone',
  'mapleridge',
  'quillon',
  'redfern',
  'tallgrass',
  'vantage-labs',
  'wexford',
  'yellowpine',
  'zephyrsoft',
  'auroraretail',
  'clearbrook',
  'driftwood',
  'evergreen-ops',
];
const FIRST = [
  'anna',
  'ben',
  'carla',
  'dev',
  'elena',
  'felix',
  'grace',
  'hiro',
  'ines',
  'jamal',
  'kira',
  'luca',
];
const LAST = ['meyer', 'okoye', 'santos', 'ivanova', 'nguyen', 'larsen', 'rossi', 'dubois', 'khan', 'weber'];
/** What the demo's plans cost a year; what a purchase's `revenue` carries. */
const PLANS: [[string, number], number][] = [
  [['team', 1_200], 45],
  [['business', 4_800], 40],
  [['enterprise', 18_000], 15],
];

/** Visits a running campaign brings on a weekday, by its channel. */
const CAMPAIGN_VISITS: Record<string, number> = { paid_search: 20, paid_social: 16, content: 10, email: 0 };
/** Lead rate by where a visit came from. */
const LEAD_RATE: Record<string, number> = {
  campaign: 0.09,
  search: 0.03,
  direct: 0.035,
  referral: 0.04,
  social: 0.025,
  email: 0.05,
  affiliate: 0.09,
};

/** Yields each day's events, oldest day first; a day's events never lie after `now`. */
export function* planDemoEvents(input: PlanInput, rng: Random): Generator<DayEvents> {
  const { now, days, scale } = input;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const pool: Visitor[] = [];
  const users: AppUser[] = input.seats.map((s) => ({ ...s, joinedDay: 0, firstSeen: false, isNew: false }));
  const described = new Set<string>();
  const later = new Map<number, DayEvents>();
  const contacts = [...input.contactEmails];
  let seq = 0;
  let visitorSeq = 0;
  const id = (prefix: string) => `${prefix}-${(++seq).toString(36)}`;

  for (let day = 0; day < days; day++) {
    const start = today - (days - 1 - day) * DAY;
    const date = new Date(start).toISOString().slice(0, 10);
    const weekday = [0, 6].includes(new Date(start).getUTCDay()) ? 0.45 : 1;
    const growth = 1 + (0.4 * day) / Math.max(1, days - 1);
    const noise = () => 0.85 + 0.3 * rng.next();
    const out: DayEvents = later.get(day) ?? { site: [], app: [], server: [] };
    later.delete(day);
    const pageUrl = (path: string) => `${input.site}${path}`;
    const agent = () => rng.pick(AGENTS);
    const hourStart = () => start + rng.weighted(HOURS) * 3_600_000 + rng.int(0, 3_599) * 1_000;

    /** One visit: pageviews from its landing URL, then maybe the demo form, a sign-up and a purchase. */
    const visit = (kind: string, landing: string, referrer: string | undefined, returning = false) => {
      let v: Visitor;
      if (returning && pool.length > 0)
        v = pool[pool.length - 1 - rng.int(0, Math.min(399, pool.length - 1))]!;
      else pool.push((v = { id: `anon-${(++visitorSeq).toString(36)}`, lastDay: day, lead: false }));
      v.lastDay = day;
      const ua = agent();
      let t = hourStart();
      const pages = 1 + Math.min(6, Math.floor(-Math.log(1 - rng.next()) * 1.1));
      let previous = referrer;
      let url = landing;
      for (let i = 0; i < pages; i++) {
        out.site.push({
          messageId: id('web'),
          name: '$pageview',
          distinctId: v.id,
          time: new Date(t),
          url,
          referrer: previous,
          userAgent: ua,
          properties: { $current_url: url, $pathname: new URL(url).pathname },
        });
        previous = url;
        url = pageUrl(rng.weighted(PAGES));
        t += rng.int(15, 180) * 1_000;
      }
      if (v.lead || rng.next() >= (LEAD_RATE[kind] ?? 0.03)) return;
      v.lead = true;
      out.site.push({
        messageId: id('web'),
        name: 'form_submit',
        distinctId: v.id,
        time: new Date((t += rng.int(30, 120) * 1_000)),
        url: pageUrl('/demo'),
        referrer: previous,
        userAgent: ua,
        properties: { form: 'demo', $current_url: pageUrl('/demo') },
      });
      const known = contacts.length > 0 && rng.next() < 0.3 ? contacts.shift()! : undefined;
      const company = known ? known.split('@')[1]! : `${rng.pick(PROSPECTS)}.example`;
      const email = known ?? `${rng.pick(FIRST)}.${rng.pick(LAST)}${rng.int(1, 99)}@${company}`;
      const userId = `usr-${v.id.slice(5)}`;
      out.site.push({
        messageId: id('web'),
        name: '$identify',
        distinctId: userId,
        otherDistinctId: v.id,
        time: new Date((t += 2_000)),
        userAgent: ua,
        properties: {},
        set: { email, company },
      });
      v.id = userId;
      if (rng.next() >= 0.45) return;
      t += rng.int(2, 8) * MIN;
      out.app.push({
        messageId: id('app'),
        name: 'signed_up',
        distinctId: userId,
        time: new Date(t),
        properties: { plan: 'trial' },
        groups: { company },
      });
      users.push({
        distinctId: userId,
        email,
        company,
        activity: 0.55,
        joinedDay: day,
        firstSeen: true,
        isNew: true,
      });
      if (rng.next() >= 0.5) return;
      const [plan, revenue] = rng.weighted(PLANS);
      // Most buy right away (the same visit); the rest come back within three weeks.
      const delay =
        rng.next() < 0.7 ? rng.int(4, 20) * MIN : rng.int(3, 21) * DAY + rng.int(-4, 4) * 3_600_000;
      const when = t + delay;
      const purchaseDay = day + Math.floor((when - start) / DAY);
      const target = purchaseDay === day ? out : dayOf(later, purchaseDay);
      target.server.push({
        messageId: id('srv'),
        name: 'purchase',
        distinctId: userId,
        time: new Date(when),
        properties: { revenue, currency: 'USD', plan, order_id: `ord-${seq}` },
      });
    };

    const visits = (n: number) => Math.max(0, Math.round(n * scale * weekday * noise()));
    const organic = visits(64 * growth);
    for (let i = 0; i < organic; i++) {
      const kind = rng.weighted([
        ['search', 40],
        ['direct', 25],
        ['referral', 12],
        ['social', 10],
        ['email', 5],
        ['affiliate', input.affiliates.length > 0 ? 5 : 0],
      ] as const);
      const returning = rng.next() < 0.22;
      const landing = pageUrl(rng.weighted(PAGES));
      if (kind === 'search') visit(kind, landing, rng.pick(SEARCH), returning);
      else if (kind === 'direct') visit(kind, landing, undefined, returning);
      else if (kind === 'referral') visit(kind, landing, rng.pick(REFERRAL), returning);
      else if (kind === 'social') visit(kind, landing, rng.pick(SOCIAL), returning);
      else if (kind === 'email')
        visit(
          kind,
          rng.next() < 0.5
            ? `${landing}?utm_source=newsletter&utm_medium=email&utm_campaign=northwind-monthly`
            : landing,
          rng.pick(WEBMAIL),
          returning,
        );
      else {
        const a = rng.pick(input.affiliates);
        const param = rng.next() < 0.5 ? 'ref' : 'via';
        visit(
          kind,
          `${pageUrl('/pricing')}?${param}=${encodeURIComponent(a.code)}`,
          `${a.website}/blog/northwind-review`,
        );
      }
    }

    for (const c of input.campaigns) {
      if (c.urls.length === 0 || !c.startDate || c.startDate > date || (c.endDate && c.endDate < date))
        continue;
      const sinceStart = Math.round((start - Date.parse(`${c.startDate}T00:00:00Z`)) / DAY);
      // An email campaign sends weekly: a burst of clicks on the send day that fades over the next days.
      const n =
        c.channel === 'email'
          ? visits(45 * 0.35 ** (sinceStart % 7) * (weekday === 1 ? 1 : 1.6))
          : visits(CAMPAIGN_VISITS[c.channel] ?? 6);
      for (let i = 0; i < n; i++) {
        const url = rng.pick(c.urls);
        const referrer =
          c.channel === 'paid_search'
            ? 'https://www.google.com/'
            : c.channel === 'paid_social' || c.channel === 'organic_social'
              ? 'https://www.linkedin.com/'
              : c.channel === 'email' && rng.next() < 0.4
                ? rng.pick(WEBMAIL)
                : undefined;
        const click =
          c.channel === 'paid_search'
            ? `&gclid=${id('g')}`
            : c.channel === 'paid_social'
              ? `&li_fat_id=${id('li')}`
              : '';
        visit('campaign', url.includes('#') ? url : `${url}${click}`, referrer, rng.next() < 0.1);
      }
    }

    // A handful of crawlers: stored, marked as bots, left out of every figure.
    for (let i = 0; i < Math.round(3 * scale); i++)
      out.site.push({
        messageId: id('web'),
        name: '$pageview',
        distinctId: `bot-${day}-${i}`,
        time: new Date(hourStart()),
        url: pageUrl(rng.weighted(PAGES)),
        userAgent: BOT,
        properties: {},
      });

    for (const u of users)
      planAppDay(out.app, u, {
        day,
        start,
        weekday,
        rng,
        features: input.features,
        id: () => id('app'),
        described,
      });

    const cutoff = now.getTime();
    yield {
      site: out.site.filter((e) => e.time.getTime() <= cutoff),
      app: out.app.filter((e) => e.time.getTime() <= cutoff),
      server: out.server.filter((e) => e.time.getTime() <= cutoff),
    };
  }
}

function dayOf(later: Map<number, DayEvents>, day: number): DayEvents {
  let d = later.get(day);
  if (!d) later.set(day, (d = { site: [], app: [], server: [] }));
  return d;
}
