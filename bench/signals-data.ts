import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * The events the signals benchmark sends: shaped like what posthog-js (pageviews) and posthog-node (custom
 * events) put on the wire, each with a fresh uuid so the writer's dedup never hides work. The COPY ceiling
 * loads rows built from the same events, so both move the same bytes.
 */

const PAGES = ['/', '/pricing', '/blog/launch-notes', '/docs/getting-started', '/signup', '/customers'];
const CAMPAIGNS = ['spring-launch', 'webinar-q3', 'retargeting', 'newsletter-42'];
const NAMES = ['$pageview', '$pageview', '$pageview', 'signed_up', 'feature_used', '$autocapture'];
const DISTINCT_IDS = 50_000;

export type WireEvent = {
  uuid: string;
  event: string;
  distinct_id: string;
  timestamp: string;
  type: 'capture';
  properties: Record<string, unknown>;
};

/** The i-th event of a run: deterministic content, random uuid, time within the last hour. */
export function wireEvent(i: number, now = Date.now()): WireEvent {
  const event = NAMES[i % NAMES.length]!;
  const page = PAGES[(i * 7) % PAGES.length]!;
  const tagged = i % 5 === 0;
  const url = `https://www.example.test${page}${tagged ? `?utm_source=google&utm_medium=cpc&utm_campaign=${CAMPAIGNS[i % CAMPAIGNS.length]}` : ''}`;
  return {
    uuid: randomUUID(),
    event,
    distinct_id: `visitor-${(i * 7919) % DISTINCT_IDS}`,
    timestamp: new Date(now - (i % 3_600) * 1000).toISOString(),
    type: 'capture',
    properties: {
      $current_url: url,
      $host: 'www.example.test',
      $pathname: page,
      $referrer: i % 3 === 0 ? 'https://www.google.com/' : '$direct',
      $browser: 'Chrome',
      $browser_version: 131,
      $os: 'Mac OS X',
      $device_type: 'Desktop',
      $screen_height: 900,
      $screen_width: 1440,
      $lib: 'web',
      $lib_version: '1.200.0',
      $session_id: `s-${(i * 7919) % DISTINCT_IDS}`,
      plan: i % 2 ? 'pro' : 'free',
      ...(event === 'feature_used' ? { feature: `feature-${i % 40}` } : {}),
    },
  };
}

/** A PostHog `/batch/` body as posthog-node sends it (gzip). */
export function batchBody(key: string, from: number, size: number): Buffer {
  const now = Date.now();
  const batch = Array.from({ length: size }, (_, k) => wireEvent(from + k, now));
  return gzipSync(JSON.stringify({ api_key: key, batch, sent_at: new Date(now).toISOString() }));
}

/** A single-event body for `/i/v0/e/` (plain JSON). */
export function singleBody(key: string, i: number): string {
  const e = wireEvent(i);
  return JSON.stringify({ api_key: key, ...e });
}

const esc = (s: string | null) =>
  s === null ? '\\N' : s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

export const COPY_COLUMNS = [
  'workspace_id',
  'id',
  'source_id',
  'time',
  'name',
  'distinct_id',
  'person_id',
  'session_id',
  'url',
  'path',
  'referrer',
  'referrer_domain',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'channel',
  'is_bot',
  'properties',
] as const;

/** One row of the COPY ceiling, in COPY's text format, for the i-th event. */
export function copyRow(workspaceId: string, sourceId: string, i: number, now: number): string {
  const e = wireEvent(i, now);
  const url = e.properties.$current_url as string;
  const tagged = url.includes('utm_');
  const google = e.properties.$referrer !== '$direct';
  const person = `00000000-0000-4000-8000-${String((i * 7919) % DISTINCT_IDS).padStart(12, '0')}`;
  return [
    workspaceId,
    e.uuid,
    sourceId,
    e.timestamp,
    e.event,
    e.distinct_id,
    person,
    person,
    url,
    e.properties.$pathname as string,
    google ? 'https://www.google.com/' : null,
    google ? 'google.com' : null,
    tagged ? 'google' : null,
    tagged ? 'cpc' : null,
    tagged ? url.split('utm_campaign=')[1]! : null,
    tagged ? 'paid_search' : google ? 'organic_search' : 'direct',
    'f',
    JSON.stringify(e.properties),
  ]
    .map(esc)
    .join('\t');
}
