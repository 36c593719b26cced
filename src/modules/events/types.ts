import type { SourceKind } from '../../core/enums.ts';

/**
 * The contract between the wire formats (ingest/posthog.ts, ingest/segment.ts, ingest/plausible.ts, the CLI
 * import) and the writer (events/writer.ts). A peer's parser turns what its SDK sends into IncomingEvents,
 * dropping (and counting) the ones it cannot read; the writer stores them and answers once they are committed.
 */

/** The source a key resolved to (sources/keys.ts). */
export type SourceRef = { workspaceId: string; sourceId: string; kind: SourceKind; domains: string[] };

/** UTM values as the sender gave them (Segment `context.campaign`); absent ones are read from `url`. */
export type Utm = { source?: string; medium?: string; campaign?: string; content?: string; term?: string };

export type IncomingEvent = {
  /** The sender's message id (PostHog `uuid`, Segment `messageId`): a retried message is stored once. */
  messageId?: string;
  /**
   * The event's name as the sender named it: `$pageview`, `$identify`, `$create_alias`, `$groupidentify`,
   * `signed_up`, … (Segment: page → `$pageview`, screen → `$screen`, identify → `$identify`, alias →
   * `$create_alias`, group → `$groupidentify`, track → its `event`).
   */
  name: string;
  /** Never empty; numbers already turned into strings. */
  distinctId: string;
  /** When it happened, already corrected for the sender's clock by the peer's rule. */
  time: Date;
  properties: Record<string, unknown>;
  /** The page (PostHog `$current_url`, Segment `context.page.url`, Plausible `u`). */
  url?: string;
  referrer?: string;
  utm?: Utm;
  /** For bot detection (isbot) and Plausible's visitor id; not stored. */
  userAgent?: string;
  /** Identity: `$set` / `$set_once` (identify traits are `set`). An `email` in either makes the person known. */
  set?: Record<string, unknown>;
  setOnce?: Record<string, unknown>;
  /** Another distinct id of the same person: `$anon_distinct_id` on identify, the alias on `$create_alias`. */
  otherDistinctId?: string;
  /** Groups the event belongs to, type → key (PostHog `$groups`, Segment `context.groupId` as `company`). */
  groups?: Record<string, string>;
  /** A group's own properties (`$groupidentify`, Segment group). */
  groupIdentify?: { type: string; key: string; properties: Record<string, unknown> };
};

export type WriteResult = {
  stored: number;
  duplicates: number;
  /** Events older than the retention window (TANDEM_EVENTS_RETENTION_MONTHS): not stored. */
  dropped?: number;
};

/**
 * Stores events and resolves once they are committed (group commit: requests from many connections share
 * few transactions). Rejects with Overloaded rather than queue without bound.
 */
export interface EventSink {
  write(source: SourceRef, events: IncomingEvent[]): Promise<WriteResult>;
  /** Stops taking events, commits what is queued, resolves when done. */
  close(): Promise<void>;
}

/** The writer is full (503) or this source is over its share (429): try again after `retryAfterSeconds`. */
export class Overloaded extends Error {
  constructor(
    readonly status: 429 | 503,
    readonly retryAfterSeconds: number,
  ) {
    super(status === 429 ? 'This source sends more than its share; retry later.' : 'Busy; retry later.');
  }
}
