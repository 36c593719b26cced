import type { IncomingEvent, Utm } from '../events/types.ts';
import { base64Text, gunzipBounded, isGzip, lz64Decompress, TooLarge, Undecodable, utf8 } from './body.ts';

/**
 * What PostHog's SDKs send, read the way PostHog's capture endpoint reads it: the body's encodings
 * (`decodePosthogBody`), then the payload's shapes, the key and each event (`readPosthogPayload`). Pure but
 * for gunzip; the routes are in posthog-routes.ts.
 */

/** The parts of a request the decoder needs. */
export type WireRequest = {
  method: string;
  /** `compression` (gzip, gzip-js, lz64, base64) and `data` (GET). */
  query: Record<string, unknown>;
  contentType: string | undefined;
  contentEncoding: string | undefined;
  body: Buffer;
  /** Largest decoded payload accepted, in bytes (characters for lz64). */
  maxBytes: number;
};

const JSON_START = /^\s*[[{]/;

/** The JSON text an encoded value stands for: lz64 when said so, JSON as it is, else base64 of JSON. */
function textOf(value: string, compression: string | undefined, maxBytes: number): string {
  if (compression === 'lz64') return lz64Decompress(value, maxBytes);
  if (JSON_START.test(value)) return value;
  return base64Text(value);
}

const queryText = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) ? String(v[0]) : undefined);

/**
 * The JSON payload of a capture request: `data` in the query (GET), or the body gzip'd (by header, by
 * `?compression=gzip|gzip-js`, or by its magic bytes), as a form with a `data` field (urlencoded; JSON,
 * base64 or lz64), or as text (JSON, lz64, base64). Throws Undecodable or TooLarge.
 */
export async function decodePosthogBody(req: WireRequest): Promise<unknown> {
  let compression = queryText(req.query.compression)?.toLowerCase();
  let bytes = req.body;
  let text: string;
  if (bytes.length === 0) {
    const data = queryText(req.query.data);
    if (data === undefined) throw new Undecodable('No data: send a JSON body or a `data` field.');
    text = data;
  } else {
    const gzipped =
      isGzip(bytes) ||
      compression === 'gzip' ||
      compression === 'gzip-js' ||
      /\bgzip\b/i.test(req.contentEncoding ?? '');
    if (gzipped) {
      bytes = await gunzipBounded(bytes, req.maxBytes);
      compression = undefined;
    } else if (bytes.length > req.maxBytes) throw new TooLarge(req.maxBytes);
    text = utf8(bytes);
    if (/x-www-form-urlencoded/i.test(req.contentType ?? '') || text.startsWith('data=')) {
      const form = new URLSearchParams(text);
      const data = form.get('data');
      if (data === null) throw new Undecodable('The form has no `data` field.');
      compression = form.get('compression')?.toLowerCase() ?? compression;
      text = data;
    }
  }
  text = textOf(text, compression, req.maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new Undecodable('The payload is not valid JSON.');
  }
}

/** One event PostHog would refuse, and why (logged and counted; the rest of the batch is stored). */
export type Dropped = { index: number; reason: string };

export type ReadPayload = {
  /** The project key: the payload's `api_key`, `token` or `$token`, else the first event's. */
  key: string | null;
  events: IncomingEvent[];
  dropped: Dropped[];
  /** The body was one event rather than a list (PostHog refuses a bad single event with 400). */
  single: boolean;
};

export type ReadContext = {
  /** When the request arrived: the server's clock every event time is corrected to. */
  now: Date;
  /** The request's User-Agent, used when an event has no `$raw_user_agent`. */
  userAgent: string | undefined;
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const KEY_FIELDS = ['api_key', 'token', '$token'] as const;

function keyIn(o: Obj): string | undefined {
  for (const f of KEY_FIELDS) if (str(o[f])) return o[f] as string;
  const props = o.properties;
  if (isObj(props)) for (const f of KEY_FIELDS) if (str(props[f])) return props[f] as string;
  return undefined;
}

/** Reads a decoded payload: one event, an array of events, or `{api_key|token, batch: […], sent_at}`. */
export function readPosthogPayload(payload: unknown, ctx: ReadContext): ReadPayload {
  let list: unknown[];
  let sentAt: unknown;
  let key: string | undefined;
  let single = false;
  if (Array.isArray(payload)) list = payload;
  else if (isObj(payload) && Array.isArray(payload.batch)) {
    list = payload.batch;
    sentAt = payload.sent_at;
    key = keyIn({ ...payload, properties: undefined });
  } else if (isObj(payload)) {
    list = [payload];
    single = true;
  } else throw new Undecodable('The payload must be an event, a list of events or a batch.');
  if (!key) for (const e of list) if (isObj(e) && (key = keyIn(e))) break;
  const events: IncomingEvent[] = [];
  const dropped: Dropped[] = [];
  list.forEach((raw, index) => {
    const read = readEvent(raw, sentAt, ctx);
    if (typeof read === 'string') dropped.push({ index, reason: read });
    else events.push(read);
  });
  return { key: key ?? null, events, dropped, single };
}

/** PostHog's limit on a distinct id, and a generous one on names and message ids. */
const MAX_ID = 200;
const MAX_NAME = 400;
/** PostHog moves an event more than 23 hours ahead of the server's clock back to now. */
const FUTURE_SLACK_MS = 23 * 3600_000;

function distinctIdOf(e: Obj, props: Obj): string | undefined {
  for (const v of [e.distinct_id, e.$distinct_id, props.distinct_id, props.$distinct_id]) {
    const id =
      typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.trim() : '';
    if (id) return id;
  }
  return undefined;
}

function dateOf(v: unknown): number | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const t = new Date(v).getTime();
  return Number.isFinite(t) ? t : undefined;
}

/**
 * PostHog's rule: with `timestamp` and `sent_at`, the sender's clock skew is removed (now + timestamp −
 * sent_at); else `timestamp`; else now − `offset` (ms); else now. Times outside what a date can hold or far
 * in the future become now.
 */
export function eventTime(e: Obj, batchSentAt: unknown, now: Date): Date {
  const n = now.getTime();
  const ts = dateOf(e.timestamp);
  const sent = dateOf(e.sent_at ?? batchSentAt);
  const offset = typeof e.offset === 'number' && Number.isFinite(e.offset) ? e.offset : undefined;
  const t =
    ts !== undefined && sent !== undefined
      ? n + (ts - sent)
      : ts !== undefined
        ? ts
        : offset !== undefined
          ? n - offset
          : n;
  // Year 1 to 9999: what PostgreSQL's timestamptz and a partition name can hold sensibly.
  if (!Number.isFinite(t) || t > n + FUTURE_SLACK_MS || t < -62_135_596_800_000) return now;
  return new Date(t);
}

const UTM_FIELDS = ['source', 'medium', 'campaign', 'content', 'term'] as const;

function utmOf(props: Obj): Utm | undefined {
  const utm: Utm = {};
  for (const f of UTM_FIELDS) {
    const v = str(props[`utm_${f}`]);
    if (v) utm[f] = v;
  }
  return Object.keys(utm).length ? utm : undefined;
}

const objOrUndefined = (v: unknown) => (isObj(v) ? v : undefined);

function groupsOf(v: unknown): Record<string, string> | undefined {
  if (!isObj(v)) return undefined;
  const groups: Record<string, string> = {};
  for (const [type, key] of Object.entries(v))
    if (typeof key === 'string' ? key !== '' : typeof key === 'number' && Number.isFinite(key))
      groups[type] = String(key);
  return Object.keys(groups).length ? groups : undefined;
}

const idText = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v)
    ? String(v)
    : typeof v === 'string' && v.trim()
      ? v.trim()
      : undefined;

/** One PostHog event as an IncomingEvent, or the reason it is refused. */
export function readEvent(raw: unknown, batchSentAt: unknown, ctx: ReadContext): IncomingEvent | string {
  if (!isObj(raw)) return 'not an object';
  if (raw.properties !== undefined && raw.properties !== null && !isObj(raw.properties))
    return '`properties` is not an object';
  const props: Obj = { ...((raw.properties as Obj | undefined) ?? {}) };
  const set = objOrUndefined(props.$set) ?? objOrUndefined(raw.$set);
  const setOnce = objOrUndefined(props.$set_once) ?? objOrUndefined(raw.$set_once);
  // /engage/ (people updates from old SDKs) has no event name: it is a `$set`.
  const name = str(raw.event) ?? (set || setOnce ? '$set' : undefined);
  if (!name) return 'no `event` name';
  if (name.length > MAX_NAME) return '`event` is too long';
  const distinctId = distinctIdOf(raw, props);
  if (!distinctId) return 'no `distinct_id`';
  if (distinctId.length > MAX_ID) return '`distinct_id` is longer than 200 characters';
  const messageId = raw.uuid === undefined || raw.uuid === null ? undefined : str(raw.uuid);
  if (raw.uuid !== undefined && raw.uuid !== null && (!messageId || messageId.length > MAX_NAME))
    return '`uuid` is not a string';
  for (const f of KEY_FIELDS) delete props[f];
  delete props.distinct_id;
  const event: IncomingEvent = {
    name,
    distinctId,
    time: eventTime(raw, batchSentAt, ctx.now),
    properties: props,
  };
  if (messageId) event.messageId = messageId;
  const url = str(props.$current_url);
  if (url) event.url = url;
  const referrer = str(props.$referrer);
  if (referrer && referrer !== '$direct') event.referrer = referrer;
  const utm = utmOf(props);
  if (utm) event.utm = utm;
  const userAgent = str(props.$raw_user_agent) ?? ctx.userAgent;
  if (userAgent) event.userAgent = userAgent;
  if (set) event.set = set;
  if (setOnce) event.setOnce = setOnce;
  const other =
    name === '$identify'
      ? idText(props.$anon_distinct_id)
      : name === '$create_alias'
        ? idText(props.alias)
        : undefined;
  if (other && other !== distinctId && other.length <= MAX_ID) event.otherDistinctId = other;
  const groups = groupsOf(props.$groups);
  if (groups) event.groups = groups;
  if (name === '$groupidentify') {
    const type = str(props.$group_type);
    const key = idText(props.$group_key);
    if (!type || !key) return '`$groupidentify` needs `$group_type` and `$group_key`';
    event.groupIdentify = { type, key, properties: objOrUndefined(props.$group_set) ?? {} };
  }
  return event;
}
