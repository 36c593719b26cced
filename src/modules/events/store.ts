import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { resolvePersons } from './persons.ts';
import type { Prepared } from './prepare.ts';
import { updateProfiles, type LeadEvents } from './profiles.ts';
import { recordset, wsKey } from './recordset.ts';
import { type Current, cutVisits, type VisitPart } from './sessions.ts';

/** A time as milliseconds since the epoch (both drivers answer a number; PGlite answers timestamps as text). */
export const EPOCH_MS = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

export type Counts = { stored: number; duplicates: number };

/**
 * Writes the events of several requests in the caller's transaction: deduplication (event_keys), persons,
 * visits, the events themselves, person profiles and groups, day marks. Multi-row statements throughout (one
 * JSON parameter each). Returns each request's counts, in order.
 */
export async function storeBatch(tx: Db, requests: Prepared[][], leadEvents: LeadEvents): Promise<Counts[]> {
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
  const isNew = new Set(inserted.map((r) => wsKey(r.workspace_id, r.id)));
  const fresh: Prepared[] = [];
  for (const [k, { e, request }] of firsts) {
    if (isNew.has(k)) {
      fresh.push(e);
      counts[request]!.stored++;
    } else counts[request]!.duplicates++;
  }
  if (fresh.length === 0) return counts;

  const personOf = await resolvePersons(tx, fresh);
  const byPerson = new Map<string, { workspaceId: string; personId: string; events: Prepared[] }>();
  for (const e of fresh) {
    const personId = personOf.get(wsKey(e.workspaceId, e.distinctId))!;
    const k = wsKey(e.workspaceId, personId);
    let p = byPerson.get(k);
    if (!p) byPerson.set(k, (p = { workspaceId: e.workspaceId, personId, events: [] }));
    p.events.push(e);
  }

  // The persons' current visits, locked in a fixed order so that parallel writers continue them one at a time.
  const personKeys = [...byPerson.values()]
    .map((p) => ({ workspace_id: p.workspaceId, id: p.personId }))
    .sort((a, b) => (a.workspace_id + a.id < b.workspace_id + b.id ? -1 : 1));
  const states = await rows<{
    workspace_id: string;
    id: string;
    session_id: string | null;
    last_seen: number;
    started: number | null;
  }>(
    tx,
    sql`select p.workspace_id, p.id, p.session_id, ${EPOCH_MS('p.last_seen_at')} as last_seen,
          ${EPOCH_MS('v.started_at')} as started
        from ${recordset(personKeys, 'workspace_id uuid, id uuid')}
        join persons p on p.workspace_id = x.workspace_id and p.id = x.id
        left join visits v on v.workspace_id = p.workspace_id and v.id = p.session_id
        order by p.workspace_id, p.id
        for update of p`,
  );
  const currentOf = new Map<string, Current>();
  for (const s of states) {
    const end = new Date(Number(s.last_seen));
    currentOf.set(
      wsKey(s.workspace_id, s.id),
      s.session_id
        ? { id: s.session_id, start: s.started != null ? new Date(Number(s.started)) : end, end }
        : null,
    );
  }

  const eventRows: object[] = [];
  const visitRows: object[] = [];
  const personRows: {
    workspaceId: string;
    personId: string;
    events: Prepared[];
    sessionId: string | null;
  }[] = [];
  for (const [k, p] of byPerson) {
    const { parts, current } = cutVisits(p.events, currentOf.get(k) ?? null);
    for (const part of parts) {
      visitRows.push(visitRow(p.workspaceId, p.personId, part));
      for (const e of part.events) eventRows.push(eventRow(e, p.personId, part.id));
    }
    personRows.push({ ...p, sessionId: current?.id ?? null });
  }

  await tx.execute(sql`
    insert into events (workspace_id, id, source_id, time, name, distinct_id, person_id, session_id, url, path,
      referrer, referrer_domain, utm_source, utm_medium, utm_campaign, utm_content, utm_term, click_id,
      referral_code, channel, is_bot, properties)
    select workspace_id, id, source_id, time, name, distinct_id, person_id, session_id, url, path,
      referrer, referrer_domain, utm_source, utm_medium, utm_campaign, utm_content, utm_term, click_id,
      referral_code, channel, is_bot, properties
    from ${recordset(eventRows, EVENT_COLUMNS)}`);

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

  await updateProfiles(tx, personRows, leadEvents);

  const days = new Map<string, { workspace_id: string; day: string }>();
  for (const e of fresh) {
    const day = e.time.toISOString().slice(0, 10);
    days.set(wsKey(e.workspaceId, day), { workspace_id: e.workspaceId, day });
  }
  await tx.execute(sql`
    insert into event_day_marks (workspace_id, day)
    select workspace_id, day from ${recordset(
      [...days.values()].sort((a, b) => (a.workspace_id + a.day < b.workspace_id + b.day ? -1 : 1)),
      'workspace_id uuid, day date',
    )}
    on conflict (workspace_id, day) do update set changed_at = now()`);
  return counts;
}

const EVENT_COLUMNS = `workspace_id uuid, id uuid, source_id uuid, time timestamptz, name text, distinct_id text,
  person_id uuid, session_id uuid, url text, path text, referrer text, referrer_domain text, utm_source text,
  utm_medium text, utm_campaign text, utm_content text, utm_term text, click_id text, referral_code text,
  channel text, is_bot boolean, properties jsonb`;

function eventRow(e: Prepared, personId: string, sessionId: string): object {
  const t = e.traffic;
  return {
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
    properties: e.properties,
  };
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
