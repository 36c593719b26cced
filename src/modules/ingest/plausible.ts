import { createHash, randomBytes } from 'node:crypto';
import type { IncomingEvent } from '../events/types.ts';

/**
 * Plausible's events API (`POST /api/event`) as its tracker sends it: `{n, u, d, r, p, $, i, h}` as
 * text/plain JSON (long names `name`, `url`, `domain`, `referrer`, `props` too; `m`/`meta` is the old name of
 * props). Pure but for the daily salt.
 */

/** The tracker's bodies are small; more than this is not a Plausible event. */
export const PLAUSIBLE_BODY_LIMIT = 32 * 1024;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

export type PlausibleEvent = {
  name: string;
  url: string;
  domain: string;
  referrer?: string;
  props: Obj;
  revenue?: { amount: number; currency: string };
};

/** Field → what is wrong with it, in Plausible's own error shape (`{errors: {field: [message]}}`). */
export type PlausibleErrors = Record<string, string[]>;

/** Props as an object, or as the JSON string older trackers send; anything else is no props. */
function props(v: unknown): Obj {
  if (isObj(v)) return v;
  if (typeof v !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(v);
    return isObj(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

export function parsePlausible(body: unknown): { event: PlausibleEvent } | { errors: PlausibleErrors } {
  if (!isObj(body)) return { errors: { request: ['Send a JSON object.'] } };
  const name = str(body.n) ?? str(body.name);
  const url = str(body.u) ?? str(body.url);
  // Plausible allows several sites at once ("a.com,b.com"); the first names the site here.
  const domain = (str(body.d) ?? str(body.domain))?.split(',')[0]?.trim().toLowerCase();
  const errors: PlausibleErrors = {};
  if (!name) errors.name = ["can't be blank"];
  if (!url) errors.url = ["can't be blank"];
  else if (!URL.canParse(url)) errors.url = ['is invalid'];
  if (!domain) errors.domain = ["can't be blank"];
  if (Object.keys(errors).length > 0) return { errors };
  const event: PlausibleEvent = {
    name: name!,
    url: url!,
    domain: domain!,
    props: { ...props(body.m ?? body.meta), ...props(body.p ?? body.props) },
  };
  const referrer = str(body.r) ?? str(body.referrer);
  if (referrer) event.referrer = referrer;
  const revenue = body.$ ?? body.revenue;
  if (isObj(revenue)) {
    const amount = Number(revenue.amount);
    const currency = str(revenue.currency)?.toUpperCase();
    if (Number.isFinite(amount) && currency && /^[A-Z]{3}$/.test(currency))
      event.revenue = { amount, currency };
  }
  return { event };
}

/**
 * The tracker reports time on page as `engagement` events; Tandem counts visits from pageviews and sessions,
 * so these are acknowledged and not stored.
 */
export const isEngagement = (e: PlausibleEvent) => e.name === 'engagement';

let salt: { day: string; value: Buffer } | undefined;

/**
 * A random salt per UTC day, never stored: yesterday's visitors cannot be recomputed from an address and a
 * browser, as with Plausible (which keeps its salts in its database; here each process has its own).
 */
export function dailySalt(now: Date): Buffer {
  const day = now.toISOString().slice(0, 10);
  if (salt?.day !== day) salt = { day, value: randomBytes(32) };
  return salt.value;
}

/** Plausible's visitor: a hash of the day's salt, the site, the client address and the browser; no cookie. */
export function visitorId(now: Date, domain: string, address: string, userAgent: string): string {
  return createHash('sha256')
    .update(dailySalt(now))
    .update(`\u0000${domain}\u0000${address}\u0000${userAgent}`)
    .digest('hex')
    .slice(0, 32);
}

/** A Plausible event → the writer's; `pageview` is `$pageview`, revenue becomes `revenue` and `currency`. */
export function toIncoming(
  e: PlausibleEvent,
  visitor: { address: string; userAgent: string },
  now: Date,
): IncomingEvent {
  const properties: Obj = { ...e.props };
  if (e.revenue) {
    properties.revenue = e.revenue.amount;
    properties.currency = e.revenue.currency;
  }
  const event: IncomingEvent = {
    name: e.name === 'pageview' ? '$pageview' : e.name,
    distinctId: visitorId(now, e.domain, visitor.address, visitor.userAgent),
    time: now,
    properties,
    url: e.url,
  };
  if (e.referrer) event.referrer = e.referrer;
  if (visitor.userAgent) event.userAgent = visitor.userAgent;
  return event;
}
