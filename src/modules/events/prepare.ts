import { createHash, randomUUID } from 'node:crypto';
import { isbot } from 'isbot';
import { classifyTraffic, type Traffic } from './traffic.ts';
import type { IncomingEvent, SourceRef } from './types.ts';

/**
 * One incoming event made ready for the database: its id, a storable copy of every string, its time
 * clamped, its traffic origin and whether a bot sent it. Pure apart from the random id of a message without one.
 */
export type Prepared = {
  workspaceId: string;
  sourceId: string;
  id: string;
  time: Date;
  name: string;
  distinctId: string;
  otherDistinctId: string | null;
  url: string | null;
  referrer: string | null;
  traffic: Traffic;
  isBot: boolean;
  /** The properties as JSON text, storable (serialised once, inserted as is). */
  propertiesJson: string;
  set: Record<string, unknown> | null;
  setOnce: Record<string, unknown> | null;
  groups: [string, string][];
  groupIdentify: { type: string; key: string; properties: Record<string, unknown> } | null;
};

const DAY_MS = 86_400_000;
const MAX_NAME = 200;
const MAX_ID = 400;
const MAX_URL = 4_000;
const MAX_DEPTH = 32;

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one (core/text.ts).
// eslint-disable-next-line no-control-regex -- removing NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The string without what PostgreSQL refuses (NUL in text and jsonb, lone surrogates). */
export const storable = (s: string): string =>
  s.includes('\u0000') || /[\ud800-\udfff]/.test(s) ? s.replace(UNSTORABLE, '') : s;

/** A JSON value with every string and key storable; nesting past MAX_DEPTH and non-JSON values become null. */
export function storableJson(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return storable(value);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => storableJson(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    if (v !== undefined) out[storable(k)] = storableJson(v, depth + 1);
  return out;
}

const record = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (storableJson(v) as Record<string, unknown>) : null;

const text = (v: string | undefined | null, max: number): string | null => {
  if (typeof v !== 'string') return null;
  const s = storable(v).slice(0, max);
  return s === '' ? null : s;
};

/**
 * Properties as storable JSON text. Serialising first and cleaning only when the text shows something to
 * clean (JSON.stringify writes NUL and lone surrogates as \u escapes) spares the copy of nearly every event.
 */
export function propertiesJson(properties: unknown): string {
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return '{}';
  try {
    const text = JSON.stringify(properties);
    if (!/\\u(0000|d[89a-f])/i.test(text)) return text;
  } catch {
    // A value JSON cannot hold (a BigInt): the copy below makes it null.
  }
  return JSON.stringify(storableJson(properties));
}

/**
 * A small memo of a pure function's answers: pages, referrers and user agents repeat, and URL parsing and
 * the bot list's regular expression cost more than the rest of preparing an event. Cleared when full.
 */
function memo<T>(size: number): (key: string, compute: () => T) => T {
  const seen = new Map<string, T>();
  return (key, compute) => {
    let v = seen.get(key);
    if (v === undefined) {
      if (seen.size >= size) seen.clear();
      v = compute();
      seen.set(key, v);
    }
    return v;
  };
}

const bots = memo<boolean>(2_000);
const bot = (userAgent: string) => bots(userAgent, () => isbot(userAgent));

const origins = memo<Traffic>(10_000);
function traffic(url: string | null, referrer: string | null, utm: IncomingEvent['utm'], domains: string[]) {
  const compute = () =>
    classifyTraffic({ url: url ?? undefined, referrer: referrer ?? undefined, utm, ownDomains: domains });
  // Given UTM values (Segment's context.campaign) are rare enough to compute each time.
  if (utm) return compute();
  return origins(`${domains.join(' ')}\n${url ?? ''}\n${referrer ?? ''}`, compute);
}

/**
 * The event's id: a hash of (source, message id), so a retried message maps to the same id whatever its
 * time; random when the sender gave none (nothing to recognise a retry by). Shaped as a version 5 UUID.
 */
export function eventId(sourceId: string, messageId: string | undefined): string {
  if (!messageId) return randomUUID();
  const x = createHash('sha256').update(`${sourceId}\u0000${messageId}`).digest('hex');
  const variant = ((parseInt(x[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-5${x.slice(13, 16)}-${variant}${x.slice(17, 20)}-${x.slice(20, 32)}`;
}

/** The first month kept: events before it are dropped, partitions before it pruned (partitions.ts). */
export function retentionStart(now: Date, retentionMonths: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - retentionMonths, 1));
}

/**
 * Prepares one event, or null when it is older than the retention window (dropped). An event more than a
 * day in the future (a sender's clock far off) is taken as happening on receipt.
 */
export function prepare(source: SourceRef, e: IncomingEvent, now: Date, keepFrom: Date): Prepared | null {
  let time = e.time instanceof Date && !Number.isNaN(e.time.getTime()) ? e.time : now;
  if (time.getTime() > now.getTime() + DAY_MS) time = now;
  if (time < keepFrom) return null;
  const url = text(e.url, MAX_URL);
  const referrer = text(e.referrer, MAX_URL);
  const utm = e.utm
    ? Object.fromEntries(
        Object.entries(e.utm).map(([k, v]) => [k, typeof v === 'string' ? storable(v) : undefined]),
      )
    : undefined;
  const groups: [string, string][] = [];
  for (const [type, key] of Object.entries(e.groups ?? {})) {
    const t = text(type, MAX_NAME);
    const k = text(typeof key === 'string' ? key : String(key), MAX_ID);
    if (t && k) groups.push([t, k]);
  }
  const gi = e.groupIdentify;
  const giType = gi ? text(gi.type, MAX_NAME) : null;
  const giKey = gi ? text(String(gi.key), MAX_ID) : null;
  return {
    workspaceId: source.workspaceId,
    sourceId: source.sourceId,
    id: eventId(source.sourceId, e.messageId),
    time,
    name: text(e.name, MAX_NAME) ?? '(unnamed)',
    distinctId: text(e.distinctId, MAX_ID) ?? '(anonymous)',
    otherDistinctId: text(e.otherDistinctId, MAX_ID),
    url,
    referrer,
    traffic: traffic(url, referrer, utm, source.domains),
    isBot: typeof e.userAgent === 'string' && bot(e.userAgent),
    propertiesJson: propertiesJson(e.properties),
    set: record(e.set),
    setOnce: record(e.setOnce),
    groups,
    groupIdentify:
      giType && giKey ? { type: giType, key: giKey, properties: record(gi!.properties) ?? {} } : null,
  };
}
