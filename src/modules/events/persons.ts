import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { row, rows } from '../../db/sql.ts';
import type { Prepared } from './prepare.ts';
import { recordset, wsKey } from './recordset.ts';
import type { Current } from './sessions.ts';

/** A time as milliseconds since the epoch (both drivers answer a number; PGlite answers timestamps as text). */
export const EPOCH_MS = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

type StateRow = {
  workspace_id: string;
  id: string;
  session_id: string | null;
  last_seen: number;
  started: number | null;
};

/** A person's current visit from its row: persons.session_id, its visit's start, persons.last_seen_at. */
export function currentOf(s: StateRow): Current {
  const end = new Date(Number(s.last_seen));
  return s.session_id
    ? { id: s.session_id, start: s.started != null ? new Date(Number(s.started)) : end, end }
    : null;
}

/** Persons' current visits, their rows locked in a fixed order so parallel writers continue them one at a time. */
export async function lockStates(
  tx: Db,
  persons: { workspace_id: string; id: string }[],
): Promise<StateRow[]> {
  return rows<StateRow>(
    tx,
    sql`select p.workspace_id, p.id, p.session_id, ${EPOCH_MS('p.last_seen_at')} as last_seen,
          ${EPOCH_MS('v.started_at')} as started
        from ${recordset(persons, 'workspace_id uuid, id uuid')}
        join persons p on p.workspace_id = x.workspace_id and p.id = x.id
        left join visits v on v.workspace_id = p.workspace_id and v.id = p.session_id
        order by p.workspace_id, p.id
        for update of p`,
  );
}

export type Resolved = {
  /** `ws|distinctId` → person id, for every distinct id of the batch. */
  personOf: Map<string, string>;
  /** `ws|personId` → current visit, for the persons already locked (the others: lockStates). */
  locked: Map<string, Current>;
};

/**
 * Identity: every distinct id belongs to one person (person_distinct_ids), created on first sight.
 * `$identify` / `$create_alias` name a second distinct id of the same person: if only one side has a person
 * the other id joins it; if both do, the newer person (by first sight) is merged into the older one.
 * Runs inside the writer's transaction; returns `ws|distinctId` → person id for every id of the batch.
 */
export async function resolvePersons(tx: Db, fresh: Prepared[]): Promise<Resolved> {
  const ids = new Map<string, { workspace_id: string; distinct_id: string; first: Date }>();
  const note = (ws: string, did: string, t: Date) => {
    const k = wsKey(ws, did);
    const seen = ids.get(k);
    if (!seen) ids.set(k, { workspace_id: ws, distinct_id: did, first: t });
    else if (t < seen.first) seen.first = t;
  };
  for (const e of fresh) {
    note(e.workspaceId, e.distinctId, e.time);
    if (e.otherDistinctId) note(e.workspaceId, e.otherDistinctId, e.time);
  }
  const map = new Map<string, string>();
  const locked = new Map<string, Current>();
  // Known ids with their persons' current visits, the persons locked (in id order) in the same statement.
  const found = await rows<StateRow & { distinct_id: string }>(
    tx,
    sql`select d.workspace_id, d.distinct_id, p.id, p.session_id, ${EPOCH_MS('p.last_seen_at')} as last_seen,
          ${EPOCH_MS('v.started_at')} as started
        from ${recordset(
          [...ids.values()].map(({ workspace_id, distinct_id }) => ({ workspace_id, distinct_id })),
          'workspace_id uuid, distinct_id text',
        )}
        join person_distinct_ids d on d.workspace_id = x.workspace_id and d.distinct_id = x.distinct_id
        join persons p on p.workspace_id = d.workspace_id and p.id = d.person_id
        left join visits v on v.workspace_id = p.workspace_id and v.id = p.session_id
        order by p.workspace_id, p.id
        for update of p`,
  );
  for (const r of found) {
    map.set(wsKey(r.workspace_id, r.distinct_id), r.id);
    locked.set(wsKey(r.workspace_id, r.id), currentOf(r));
  }

  // Links, in the order they happened.
  const links = fresh
    .filter((e) => e.otherDistinctId && e.otherDistinctId !== e.distinctId)
    .sort((a, b) => a.time.getTime() - b.time.getTime());
  for (const e of links) {
    const ws = e.workspaceId;
    const ka = wsKey(ws, e.distinctId);
    const kb = wsKey(ws, e.otherDistinctId!);
    const a = map.get(ka);
    const b = map.get(kb);
    if (a && b) {
      if (a !== b) await merge(tx, map, ws, a, b, locked);
    } else if (a || b) {
      await attach(tx, map, ws, a ? e.otherDistinctId! : e.distinctId, (a ?? b)!, locked);
    } else {
      const p = await createPerson(tx, ws, e.time);
      await attach(tx, map, ws, e.distinctId, p, locked);
      await attach(tx, map, ws, e.otherDistinctId!, map.get(ka)!, locked);
    }
  }

  // Every id still unknown gets a person of its own; an id another writer created meanwhile keeps that one.
  const missing = [...ids.entries()]
    .filter(([k]) => !map.has(k))
    .map(([, v]) => ({ ...v, person_id: randomUUID() }))
    .sort((x, y) => (x.workspace_id + x.distinct_id < y.workspace_id + y.distinct_id ? -1 : 1));
  if (missing.length > 0) {
    const inserted = await rows<{ workspace_id: string; distinct_id: string; person_id: string }>(
      tx,
      sql`insert into person_distinct_ids (workspace_id, distinct_id, person_id)
          select workspace_id, distinct_id, person_id
          from ${recordset(missing, 'workspace_id uuid, distinct_id text, person_id uuid')}
          on conflict do nothing
          returning workspace_id, distinct_id, person_id`,
    );
    const made = new Set(inserted.map((r) => wsKey(r.workspace_id, r.distinct_id)));
    const created = missing.filter((m) => made.has(wsKey(m.workspace_id, m.distinct_id)));
    if (created.length > 0)
      await tx.execute(
        sql`insert into persons (workspace_id, id, first_seen_at, last_seen_at, is_bot)
            select workspace_id, person_id, first, first, true
            from ${recordset(created, 'workspace_id uuid, person_id uuid, first timestamptz')}`,
      );
    for (const m of created) map.set(wsKey(m.workspace_id, m.distinct_id), m.person_id);
    const raced = missing.filter((m) => !made.has(wsKey(m.workspace_id, m.distinct_id)));
    if (raced.length > 0) {
      const again = await rows<{ workspace_id: string; distinct_id: string; person_id: string }>(
        tx,
        sql`select d.workspace_id, d.distinct_id, d.person_id
            from ${recordset(raced, 'workspace_id uuid, distinct_id text')}
            join person_distinct_ids d on d.workspace_id = x.workspace_id and d.distinct_id = x.distinct_id`,
      );
      for (const r of again) map.set(wsKey(r.workspace_id, r.distinct_id), r.person_id);
    }
  }
  return { personOf: map, locked };
}

async function createPerson(tx: Db, ws: string, time: Date): Promise<string> {
  const id = randomUUID();
  await tx.execute(
    sql`insert into persons (workspace_id, id, first_seen_at, last_seen_at, is_bot)
        values (${ws}, ${id}, ${time}, ${time}, true)`,
  );
  return id;
}

/** Gives a distinct id to a person; if another writer gave it one meanwhile, the two persons merge. */
async function attach(
  tx: Db,
  map: Map<string, string>,
  ws: string,
  did: string,
  personId: string,
  locked: Map<string, Current>,
) {
  const inserted = await rows<{ person_id: string }>(
    tx,
    sql`insert into person_distinct_ids (workspace_id, distinct_id, person_id) values (${ws}, ${did}, ${personId})
        on conflict do nothing returning person_id`,
  );
  if (inserted.length > 0) {
    map.set(wsKey(ws, did), personId);
    return;
  }
  const other = await row<{ person_id: string }>(
    tx,
    sql`select person_id from person_distinct_ids where workspace_id = ${ws} and distinct_id = ${did}`,
  );
  map.set(wsKey(ws, did), other!.person_id);
  if (other!.person_id !== personId) await merge(tx, map, ws, other!.person_id, personId, locked);
}

/**
 * Merges the newer of two persons into the older: distinct ids, events and visits move (events bounded by
 * the merged person's first sight, so only the partitions holding them are read); the older person's
 * properties win, the newer one's fill what is absent; the earliest identification and seen times are kept.
 */
export async function merge(
  tx: Db,
  map: Map<string, string>,
  ws: string,
  a: string,
  b: string,
  locked: Map<string, Current>,
) {
  const both = await rows<{ id: string; first_seen: number }>(
    tx,
    sql`select id, ${EPOCH_MS('first_seen_at')} as first_seen from persons where workspace_id = ${ws} and id in (${a}, ${b})
        order by first_seen_at, created_at, id for update`,
  );
  if (both.length < 2) return;
  const keep = both[0]!.id;
  const gone = both[1]!.id;
  const since = new Date(Number(both[1]!.first_seen));
  await tx.execute(sql`
    update persons k set
      first_seen_at = least(k.first_seen_at, m.first_seen_at),
      last_seen_at = greatest(k.last_seen_at, m.last_seen_at),
      session_id = case when m.last_seen_at > k.last_seen_at then m.session_id else k.session_id end,
      email = coalesce(k.email, m.email),
      identified_at = least(k.identified_at, m.identified_at),
      properties = m.properties || k.properties,
      contact_id = coalesce(k.contact_id, m.contact_id),
      customer_id = coalesce(k.customer_id, m.customer_id),
      is_bot = k.is_bot and m.is_bot
    from persons m
    where k.workspace_id = ${ws} and k.id = ${keep} and m.workspace_id = ${ws} and m.id = ${gone}`);
  await tx.execute(
    sql`update person_distinct_ids set person_id = ${keep} where workspace_id = ${ws} and person_id = ${gone}`,
  );
  await tx.execute(
    sql`update events set person_id = ${keep}
        where workspace_id = ${ws} and person_id = ${gone} and time >= ${since}`,
  );
  await tx.execute(
    sql`update visits set person_id = ${keep}
        where workspace_id = ${ws} and person_id = ${gone} and started_at >= ${since}`,
  );
  await tx.execute(sql`delete from persons where workspace_id = ${ws} and id = ${gone}`);
  for (const [k, v] of map) if (v === gone) map.set(k, keep);
  // The kept person's visit may now be the merged one's: read again when its events are cut into visits.
  locked.delete(wsKey(ws, keep));
  locked.delete(wsKey(ws, gone));
}
