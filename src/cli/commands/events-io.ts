import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { row, rows } from '../../db/sql.ts';
import { findUnstorable } from '../../http/input-guard.ts';
import {
  type EventSink,
  type IncomingEvent,
  Overloaded,
  type SourceRef,
} from '../../modules/events/types.ts';
import { readEvent } from '../../modules/ingest/posthog.ts';
import { SEGMENT_MESSAGE_LIMIT, segmentMessage } from '../../modules/ingest/segment.ts';

/**
 * `tandem events import` and `export`: a file of JSON lines through the same parsing and the same writer as
 * the HTTP paths, and a workspace's events out as JSON lines. Both stream: neither holds a file in memory.
 */

export const IMPORT_FORMATS = ['segment', 'posthog'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One line of an export file → one event, or the reason it cannot be read. */
export type LineParser = (message: unknown) => IncomingEvent | string;

/**
 * A Segment export line (one message with its `type`). Its time follows the HTTP rule with the line's own
 * `receivedAt` (receivedAt − (sentAt − timestamp)), so an old export keeps its dates.
 */
export const segmentLine: LineParser = (message) => {
  const received = (message as { receivedAt?: unknown } | null)?.receivedAt;
  const receivedAt =
    typeof received === 'string' && !Number.isNaN(Date.parse(received)) ? new Date(received) : new Date();
  return (
    segmentMessage(message, undefined, {}, receivedAt) ??
    'not a Segment message (a known `type`, `userId` or `anonymousId`, and `event` for a track)'
  );
};

/**
 * A PostHog export line (one event: `event`, `distinct_id`, `properties`, `timestamp`, `uuid`), read by the
 * HTTP path's own parser; its `timestamp` is the time (no `sent_at` in an export).
 */
export const posthogLine: LineParser = (message) =>
  readEvent(message, undefined, { now: new Date(), userAgent: undefined });

/** The parser for `format`, or why there is none. */
export function lineParser(format: string): LineParser | string {
  if (format === 'segment') return segmentLine;
  if (format === 'posthog') return posthogLine;
  return `Unknown format "${format}": use ${IMPORT_FORMATS.join(' or ')}.`;
}

/** The source to import into, found in its workspace; null when there is none or it is revoked. */
export async function findSource(db: Db, workspaceId: string, sourceId: string): Promise<SourceRef | string> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!uuid.test(workspaceId)) return `--workspace: "${workspaceId}" is not a workspace id.`;
  if (!uuid.test(sourceId)) return `--source: "${sourceId}" is not a source id.`;
  const found = await row<{ kind: SourceRef['kind']; domains: string[]; revoked_at: Date | null }>(
    db,
    sql`select kind, domains, revoked_at from sources where workspace_id = ${workspaceId} and id = ${sourceId}`,
  );
  if (!found) return `No source ${sourceId} in workspace ${workspaceId}.`;
  if (found.revoked_at) return `Source ${sourceId} is revoked; it takes no events.`;
  return { workspaceId, sourceId, kind: found.kind, domains: found.domains };
}

export type ImportReport = {
  lines: number;
  stored: number;
  duplicates: number;
  /** Lines not stored: unreadable (listed in `bad`) or older than the retention window. */
  dropped: number;
  bad: { line: number; reason: string }[];
};

/** Bad lines listed at most; the count goes on. */
const MAX_LISTED = 1_000;
const BATCH = 500;

/**
 * Reads `input` line by line, parses each with `parse`, and writes batches through `sink`, waiting out an
 * overloaded writer. A bad line is reported by number and skipped; the file always goes on.
 */
export async function importLines(
  input: Readable,
  parse: LineParser,
  sink: EventSink,
  source: SourceRef,
): Promise<ImportReport> {
  const report: ImportReport = { lines: 0, stored: 0, duplicates: 0, dropped: 0, bad: [] };
  const bad = (line: number, reason: string) => {
    report.dropped++;
    if (report.bad.length < MAX_LISTED) report.bad.push({ line, reason });
  };
  let batch: IncomingEvent[] = [];
  const flush = async () => {
    const events = batch;
    batch = [];
    for (;;) {
      try {
        const r = await sink.write(source, events);
        report.stored += r.stored;
        report.duplicates += r.duplicates;
        report.dropped += r.dropped ?? 0;
        return;
      } catch (err) {
        if (!(err instanceof Overloaded)) throw err;
        await new Promise((resolve) => setTimeout(resolve, err.retryAfterSeconds * 1000));
      }
    }
  };
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const text of lines) {
    const n = ++report.lines;
    if (text.trim() === '') continue;
    if (Buffer.byteLength(text) > SEGMENT_MESSAGE_LIMIT) {
      bad(n, `larger than ${SEGMENT_MESSAGE_LIMIT / 1024} KB`);
      continue;
    }
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      bad(n, 'not JSON');
      continue;
    }
    const unstorable = findUnstorable(message, 'message');
    if (unstorable) {
      bad(n, `${unstorable.path}: ${unstorable.message}`);
      continue;
    }
    const event = parse(message);
    if (typeof event === 'string') bad(n, event);
    else batch.push(event);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return report;
}

type EventRow = {
  id: string;
  time: Date;
  received_at: Date;
  source_id: string;
  name: string;
  distinct_id: string;
  person_id: string;
  session_id: string;
  url: string | null;
  referrer: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_content: string | null;
  utm_term: string | null;
  click_id: string | null;
  referral_code: string | null;
  channel: string;
  is_bot: boolean;
  properties: Record<string, unknown>;
};

/** An exported event: the stored row in the API's spelling. */
function present(r: EventRow) {
  return {
    id: r.id,
    time: new Date(r.time).toISOString(),
    receivedAt: new Date(r.received_at).toISOString(),
    sourceId: r.source_id,
    name: r.name,
    distinctId: r.distinct_id,
    personId: r.person_id,
    sessionId: r.session_id,
    url: r.url,
    referrer: r.referrer,
    utm: {
      source: r.utm_source,
      medium: r.utm_medium,
      campaign: r.utm_campaign,
      content: r.utm_content,
      term: r.utm_term,
    },
    clickId: r.click_id,
    referralCode: r.referral_code,
    channel: r.channel,
    isBot: r.is_bot,
    properties: r.properties,
  };
}

const PAGE = 1_000;

/**
 * A workspace's events in time order as JSON lines, a page at a time (keyset on time and id, so each page is
 * an index range of the partitions in the window), each line written before the next page is read.
 */
export async function exportLines(
  db: Db,
  workspaceId: string,
  window: { from?: Date; to?: Date },
  write: (line: string) => Promise<void>,
): Promise<number> {
  let after: { time: Date; id: string } | undefined;
  let count = 0;
  for (;;) {
    const page = await rows<EventRow>(
      db,
      sql`select id, time, received_at, source_id, name, distinct_id, person_id, session_id, url, referrer,
                 utm_source, utm_medium, utm_campaign, utm_content, utm_term, click_id, referral_code, channel,
                 is_bot, properties
          from events
          where workspace_id = ${workspaceId}
            ${window.from ? sql`and time >= ${window.from}` : sql``}
            ${window.to ? sql`and time < ${window.to}` : sql``}
            ${after ? sql`and (time, id) > (${after.time}, ${after.id})` : sql``}
          order by time, id
          limit ${PAGE}`,
    );
    for (const r of page) await write(`${JSON.stringify(present(r))}\n`);
    count += page.length;
    if (page.length < PAGE) return count;
    const last = page[page.length - 1]!;
    after = { time: new Date(last.time), id: last.id };
  }
}
