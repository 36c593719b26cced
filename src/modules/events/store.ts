import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { currentOf, lockStates, resolvePersons } from './persons.ts';
import type { Prepared } from './prepare.ts';
import { updateProfiles, type LeadEvents } from './profiles.ts';
import { recordset, wsKey } from './recordset.ts';
import { cutVisits, type VisitPart } from './sessions.ts';

/** Runs its function after the previous one it was given finished (one at a time per process). */
export type Serially = <T>(fn: () => Promise<T>) => Promise<T>;

export type Counts = { stored: number; duplicates: number };

/**
 * Writes the events of several requests in the caller's transaction: deduplication (event_keys), persons,
 * visits, the events themselves, person profiles and groups, day marks. Multi-row statements throughout (one
 * JSON parameter each). Returns each request's counts, in order.
 */
export async function storeBatch(
  tx: Db,
  requests: Prepared[][],
  leadEvents: LeadEvents,
  serially: Serially = (fn) => fn(),
): Promise<Counts[]> {
  const T = TRACE ? tracer() : () => {};
  const counts: Counts[] = requests.map(() => ({ stored: 0, duplicates: 0 }));
  // Within the batch, the same id twice is one event: the first one counts.
  const firsts = new Map<string, { e: Prepared; request: number }>();
  requests.forEach((events, request) => {
    for (const e of events) {
      const k = wsKey(e.workspaceId, e.id);
      if (firsts.has(k)) counts[request]!.duplicates++;
      else firsts.set(k, { e, request });
    }
  });
  if (firsts.size === 0) return counts;
  const keys = [...firsts.values()]
    .map(({ e }) => ({ workspace_id: e.workspaceId, id: e.id, time: e.time }))
    .sort((a, b) => (a.workspace_id + a.id < b.workspace_id + b.id ? -1 : 1));
  const inserted = await rows<{ workspace_id: string; id: string }>(
    tx,
    sql`insert into event_keys (workspace_id, id, time)
        select workspace_id, id, time from ${recordset(keys, 'workspace_id uuid, id uuid, time timestamptz')}
        on conflict do nothing returning workspace_id, id`,
  );
  T('keys');
  const isNew = new Set(inserted.map((r) => wsKey(r.workspace_id, r.id)));
  const fresh: Prepared[] = [];
  for (const [k, { e, request }] of firsts) {
    if (isNew.has(k)) {
      fresh.push(e);
      counts[request]!.stored++;
    } else counts[request]!.duplicates++;
  }
  if (fresh.length === 0) return counts;

  // Persons are found, created and locked by one batch of this process at a time: two parallel batches
  // creating the same new distinct id while each holds persons the other needs would deadlock.
  const { locked, byPerson } = await serially(async () => {
    const { personOf, locked } = await resolvePersons(tx, fresh);
    const byPerson = new Map<string, { workspaceId: string; personId: string; events: Prepared[] }>();
    for (const e of fresh) {
      const personId = personOf.get(wsKey(e.workspaceId, e.distinctId))!;
      const k = wsKey(e.workspaceId, personId);
      let p = byPerson.get(k);
      if (!p) byPerson.set(k, (p = { workspaceId: e.workspaceId, personId, events: [] }));
      p.events.push(e);
    }
    // Persons created or merged in this batch: their rows are locked and read now.
    const unread = [...byPerson.entries()]
      .filter(([k]) => !locked.has(k))
      .map(([, p]) => ({ workspace_id: p.workspaceId, id: p.personId }))
      .sort((a, b) => (a.workspace_id + a.id < b.workspace_id + b.id ? -1 : 1));
    if (unread.length > 0)
      for (const s of await lockStates(tx, unread)) locked.set(wsKey(s.workspace_id, s.id), currentOf(s));
    return { locked, byPerson };
  });
  T('states');

  const eventRows: string[] = [];
  const visitRows: object[] = [];
  const personRows: {
    workspaceId: string;
    personId: string;
    events: Prepared[];
    sessionId: string | null;
  }[] = [];
  for (const [k, p] of byPerson) {
    const { parts, current } = cutVisits(p.events, locked.get(k) ?? null);
    for (const part of parts) {
      visitRows.push(visitRow(p.workspaceId, p.personId, part));
      for (const e of part.events) eventRows.push(eventRow(e, p.personId, part.id));
    }
    personRows.push({ ...p, sessionId: current?.id ?? null });
  }

  T('cut');
  await tx.execute(sql`
    insert into events (workspace_id, id, source_id, time, name, distinct_id, person_id, session_id, url, path,
      referrer, referrer_domain, utm_source, utm_medium, utm_campaign, utm_content, utm_term, click_id,
      referral_code, channel, is_bot, properties)
    select workspace_id, id, source_id, time, name, distinct_id, person_id, session_id, url, path,
      referrer, referrer_domain, utm_source, utm_medium, utm_campaign, utm_content, utm_term, click_id,
      referral_code, channel, is_bot, properties
    from ${recordset(`[${eventRows.join(',')}]`, EVENT_COLUMNS)}`);

  T('events');
  visitRows.sort((a, b) => ((a as { k: string }).k < (b as { k: string }).k ? -1 : 1));
  await tx.execute(sql`
    insert into visits as v (workspace_id, id, source_id, person_id, started_at, ended_at, events, pageviews,
      landing_path, referrer_domain, utm_source, utm_medium, utm_campaign, utm_content, utm_term, click_id,
      referral_code, channel, is_bot)
    select workspace_id, id, source_id, person_id, started_at, ended_at, events, pageviews,
      landing_path, referrer_domain, utm_source, utm_medium, utm_campaign, utm_content, utm_term, click_id,
      referral_code, channel, is_bot
    from ${recordset(visitRows, VISIT_COLUMNS)}
    on conflict (workspace_id, id) do update set
      started_at = least(v.started_at, excluded.started_at),
      ended_at = greatest(v.ended_at, excluded.ended_at),
      events = v.events + excluded.events,
      pageviews = v.pageviews + excluded.pageviews,
      is_bot = v.is_bot and excluded.is_bot,
      ${sql.raw(ORIGIN.map((c) => `${c} = case when excluded.started_at < v.started_at then excluded.${c} else v.${c} end`).join(',\n      '))}`);

  T('visits');
  await updateProfiles(tx, personRows, leadEvents);

  T('profiles');
  // The days and hours whose events were written: what rollups and memos are kept by (event_day_marks,
  // event_hour_marks), in one statement.
  const days = new Map<string, { workspace_id: string; day: string }>();
  const hours = new Map<string, { workspace_id: string; hour: string }>();
  for (const e of fresh) {
    const iso = e.time.toISOString();
    const [day, hour] = [iso.slice(0, 10), `${iso.slice(0, 13)}:00:00Z`];
    days.set(wsKey(e.workspaceId, day), { workspace_id: e.workspaceId, day });
    hours.set(wsKey(e.workspaceId, hour), { workspace_id: e.workspaceId, hour });
  }
  const sorted = <T extends { workspace_id: string }>(list: Iterable<T>, at: (r: T) => string) =>
    [...list].sort((a, b) => (a.workspace_id + at(a) < b.workspace_id + at(b) ? -1 : 1));
  await tx.execute(sql`
    with d as (
      insert into event_day_marks (workspace_id, day)
      select workspace_id, day from ${recordset(
        sorted(days.values(), (r) => r.day),
        'workspace_id uuid, day date',
      )}
      on conflict (workspace_id, day) do update set changed_at = now())
    insert into event_hour_marks (workspace_id, hour)
    select workspace_id, hour from ${recordset(
      sorted(hours.values(), (r) => r.hour),
      'workspace_id uuid, hour timestamptz',
    )}
    on conflict (workspace_id, hour) do update set changed_at = now()`);
  T('days');
  return counts;
}

/** TANDEM_WRITER_TRACE=true prints each step's time per batch (a tuning aid: where a batch's time goes). */
const TRACE = process.env.TANDEM_WRITER_TRACE === 'true';
function tracer() {
  let last = performance.now();
  return (step: string) => {
    const t = performance.now();
    process.stderr.write(`writer ${step} ${(t - last).toFixed(1)} ms\n`);
    last = t;
  };
}

const EVENT_COLUMNS = `workspace_id uuid, id uuid, source_id uuid, time timestamptz, name text, distinct_id text,
  person_id uuid, session_id uuid, url text, path text, referrer text, referrer_domain text, utm_source text,
  utm_medium text, utm_campaign text, utm_content text, utm_term text, click_id text, referral_code text,
  channel text, is_bot boolean, properties jsonb`;

/** One event as JSON text, its properties inserted as serialised once (prepare.ts). */
function eventRow(e: Prepared, personId: string, sessionId: string): string {
  const t = e.traffic;
  const fields = {
    workspace_id: e.workspaceId,
    id: e.id,
    source_id: e.sourceId,
    time: e.time,
    name: e.name,
    distinct_id: e.distinctId,
    person_id: personId,
    session_id: sessionId,
    url: e.url,
    path: t.path,
    referrer: e.referrer,
    referrer_domain: t.referrerDomain,
    utm_source: t.utmSource,
    utm_medium: t.utmMedium,
    utm_campaign: t.utmCampaign,
    utm_content: t.utmContent,
    utm_term: t.utmTerm,
    click_id: t.clickId,
    referral_code: t.referralCode,
    channel: t.channel,
    is_bot: e.isBot,
  };
  const text = JSON.stringify(fields);
  return `${text.slice(0, -1)},"properties":${e.propertiesJson}}`;
}

/** The columns a visit takes from its first event. */
const ORIGIN = [
  'source_id',
  'landing_path',
  'referrer_domain',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_content',
  'utm_term',
  'click_id',
  'referral_code',
  'channel',
];

const VISIT_COLUMNS = `workspace_id uuid, id uuid, source_id uuid, person_id uuid, started_at timestamptz,
  ended_at timestamptz, events integer, pageviews integer, landing_path text, referrer_domain text,
  utm_source text, utm_medium text, utm_campaign text, utm_content text, utm_term text, click_id text,
  referral_code text, channel text, is_bot boolean`;

function visitRow(workspaceId: string, personId: string, part: VisitPart): object {
  const first = part.events[0]!;
  const t = first.traffic;
  return {
    k: workspaceId + part.id,
    workspace_id: workspaceId,
    id: part.id,
    source_id: first.sourceId,
    person_id: personId,
    started_at: part.start,
    ended_at: part.end,
    events: part.events.length,
    pageviews: part.events.filter((e) => e.name === '$pageview').length,
    landing_path: t.path,
    referrer_domain: t.referrerDomain,
    utm_source: t.utmSource,
    utm_medium: t.utmMedium,
    utm_campaign: t.utmCampaign,
    utm_content: t.utmContent,
    utm_term: t.utmTerm,
    click_id: t.clickId,
    referral_code: t.referralCode,
    channel: t.channel,
    is_bot: part.events.every((e) => e.isBot),
  };
}
