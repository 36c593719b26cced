import type { IncomingEvent, Utm } from '../events/types.ts';

/**
 * Segment's HTTP API as its libraries send it (analytics-node: `{batch, writeKey, sentAt}` to /v1/batch with
 * HTTP Basic; analytics.js: one message a request to /v1/t, /v1/p, … as text/plain with `writeKey` in the body),
 * turned into IncomingEvents. Pure: the routes decode the body, this reads the messages.
 */

/** Segment's own limits: a message over 32 KB is dropped alone; a request over 500 KB is refused. */
export const SEGMENT_MESSAGE_LIMIT = 32 * 1024;
export const SEGMENT_BATCH_LIMIT = 500 * 1024;

export const SEGMENT_TYPES = ['track', 'identify', 'page', 'screen', 'group', 'alias'] as const;
export type SegmentType = (typeof SEGMENT_TYPES)[number];

/** Path segment → the message type it implies (full and analytics.js's short forms); batch reads each item's. */
export const SEGMENT_PATHS: Record<string, SegmentType | 'batch'> = {
  track: 'track',
  t: 'track',
  identify: 'identify',
  i: 'identify',
  page: 'page',
  p: 'page',
  screen: 'screen',
  s: 'screen',
  group: 'group',
  g: 'group',
  alias: 'alias',
  a: 'alias',
  batch: 'batch',
  b: 'batch',
  import: 'batch',
};

type Obj = Record<string, unknown>;

export type SegmentParse = {
  /** The write key the body names (`writeKey` at the top, or on the first message that has one). */
  writeKey?: string;
  events: IncomingEvent[];
  /** Messages that could not be read (no type, no user, too large, not an object, …); never the whole request. */
  dropped: number;
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
/** A string as the libraries send it; numbers (user ids) become strings; empty is absent. */
const str = (v: unknown): string | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};
const date = (v: unknown): Date | undefined => {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

/**
 * When a message happened: receivedAt − (sentAt − timestamp) corrects the sender's clock, as Segment does;
 * a timestamp alone is taken as it is; neither is now.
 */
export function segmentTime(message: Obj, batchSentAt: unknown, receivedAt: Date): Date {
  const timestamp = date(message.timestamp) ?? date(message.originalTimestamp);
  const sentAt = date(message.sentAt) ?? date(batchSentAt);
  const t = timestamp
    ? sentAt
      ? receivedAt.getTime() - (sentAt.getTime() - timestamp.getTime())
      : timestamp.getTime()
    : receivedAt.getTime();
  // A clock far ahead, or a year no partition holds, is read as now (PostHog does the same).
  if (t > receivedAt.getTime() + FUTURE_SLACK_MS || t < EARLIEST) return receivedAt;
  return new Date(t);
}

const FUTURE_SLACK_MS = 23 * 3600_000;
const EARLIEST = Date.UTC(1970, 0, 1);
/** PostHog's limit on a distinct id, and a generous one on event names and message ids. */
const MAX_ID = 200;
const MAX_NAME = 400;

function campaign(context: Obj): Utm | undefined {
  const c = obj(context.campaign);
  const utm: Utm = {
    campaign: str(c.name),
    source: str(c.source),
    medium: str(c.medium),
    term: str(c.term),
    content: str(c.content),
  };
  const given = Object.fromEntries(Object.entries(utm).filter(([, v]) => v !== undefined)) as Utm;
  return Object.keys(given).length > 0 ? given : undefined;
}

const NAMES: Record<SegmentType, string | null> = {
  page: '$pageview',
  screen: '$screen',
  identify: '$identify',
  alias: '$create_alias',
  group: '$groupidentify',
  track: null,
};

/**
 * One message → one event, or null when it cannot be read. `type` is the path's when the request named one
 * (/v1/track), else the message's own.
 */
export function segmentMessage(
  message: unknown,
  pathType: SegmentType | undefined,
  batch: { context?: unknown; sentAt?: unknown },
  receivedAt: Date,
): IncomingEvent | null {
  if (!isObj(message)) return null;
  const type = (pathType ?? message.type) as SegmentType;
  if (!SEGMENT_TYPES.includes(type)) return null;
  const userId = str(message.userId);
  const anonymousId = str(message.anonymousId);
  const distinctId = userId ?? anonymousId;
  if (!distinctId || distinctId.length > MAX_ID) return null;
  const name = NAMES[type] ?? str(message.event);
  if (!name || name.length > MAX_NAME) return null;

  // The batch's context is the default for each message's (analytics-node puts the library there).
  const context = { ...obj(batch.context), ...obj(message.context) };
  const page = obj(context.page);
  const properties: Obj = { ...obj(message.properties) };
  if ((type === 'page' || type === 'screen') && str(message.name) && properties.name === undefined)
    properties.name = message.name;
  if (type === 'page' && str(message.category) && properties.category === undefined)
    properties.category = message.category;
  const library = obj(context.library);
  if (str(library.name)) properties.$lib = library.name;
  if (str(library.version)) properties.$lib_version = library.version;

  const event: IncomingEvent = {
    name,
    distinctId,
    time: segmentTime(message, batch.sentAt, receivedAt),
    properties,
  };
  const messageId = str(message.messageId);
  if (messageId && messageId.length > MAX_NAME) return null;
  if (messageId) event.messageId = messageId;
  const url = str(page.url) ?? str(properties.url);
  if (url) event.url = url;
  const referrer = str(page.referrer) ?? str(properties.referrer);
  if (referrer) event.referrer = referrer;
  const utm = campaign(context);
  if (utm) event.utm = utm;
  const userAgent = str(context.userAgent);
  if (userAgent) event.userAgent = userAgent;
  const groupId = str(context.groupId);
  if (groupId) event.groups = { company: groupId };

  if (type === 'identify') {
    const traits = { ...obj(context.traits), ...obj(message.traits) };
    if (Object.keys(traits).length > 0) event.set = traits;
    if (userId && anonymousId && userId !== anonymousId && anonymousId.length <= MAX_ID)
      event.otherDistinctId = anonymousId;
  }
  if (type === 'alias') {
    const previousId = str(message.previousId);
    if (!previousId || previousId.length > MAX_ID) return null;
    if (previousId !== distinctId) event.otherDistinctId = previousId;
  }
  if (type === 'group') {
    const key = str(message.groupId);
    if (!key) return null;
    event.groupIdentify = { type: 'company', key, properties: obj(message.traits) };
    event.groups = { ...event.groups, company: key };
  }
  return event;
}

/**
 * A decoded request body → events. `/v1/batch` (and /v1/import) carry `{batch: [...], context?, sentAt?}`; the
 * other paths one message. `accept` lets the caller drop messages it cannot store (text PostgreSQL refuses).
 */
export function parseSegment(
  body: unknown,
  path: SegmentType | 'batch',
  receivedAt: Date,
  accept: (message: unknown) => boolean = () => true,
): SegmentParse {
  const top = obj(body);
  let writeKey = str(top.writeKey);
  const result: SegmentParse = { events: [], dropped: 0 };
  const messages = path === 'batch' ? (Array.isArray(top.batch) ? top.batch : []) : [top];
  const batch = path === 'batch' ? { context: top.context, sentAt: top.sentAt } : {};
  for (const message of messages) {
    writeKey ??= isObj(message) ? str(message.writeKey) : undefined;
    const size = Buffer.byteLength(JSON.stringify(message ?? null));
    const event =
      size <= SEGMENT_MESSAGE_LIMIT && accept(message)
        ? segmentMessage(message, path === 'batch' ? undefined : path, batch, receivedAt)
        : null;
    if (event) result.events.push(event);
    else result.dropped++;
  }
  if (writeKey) result.writeKey = writeKey;
  return result;
}
