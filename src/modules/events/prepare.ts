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
  properties: Record<string, unknown>;
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
 * The event's id: a hash of (source, message id), so a retried message maps to the same id whatever its
 * time; random when the sender gave none (nothing to recognise a retry by). Shaped as a version 5 UUID.
 */
export function eventId(sourceId: string, messageId: string | undefined): string {
  if (!messageId) return randomUUID();
  const h = createHash('sha256').update(sourceId).update('\u0000').update(messageId).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
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
    traffic: classifyTraffic({
      url: url ?? undefined,
      referrer: referrer ?? undefined,
      utm,
      ownDomains: source.domains,
    }),
    isBot: typeof e.userAgent === 'string' && isbot(e.userAgent),
    properties: record(e.properties) ?? {},
    set: record(e.set),
    setOnce: record(e.setOnce),
    groups,
    groupIdentify:
      giType && giKey ? { type: giType, key: giKey, properties: record(gi!.properties) ?? {} } : null,
  };
}
