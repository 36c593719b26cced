import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import type { Prepared } from './prepare.ts';
import { recordset, wsKey } from './recordset.ts';

/** Per workspace, the event names that make a person a lead (signal_settings.lead_events). */
export type LeadEvents = Map<string, Set<string>>;

type PersonBatch = { workspaceId: string; personId: string; events: Prepared[]; sessionId: string | null };

const emailOf = (props: Record<string, unknown> | null): string | null => {
  const v = props?.email;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return s.includes('@') && s.length <= 320 ? s : null;
};

/**
 * What a batch tells about its persons: seen times, current visit, bot or not, `set` / `set_once`
 * properties (set overwrites, set_once fills only what is absent), the email (from set, or set_once when
 * none is known) and when the person became known (an email, or a lead event: the earliest such time).
 * A person given an email becomes the contact with that email (case-insensitive) and that contact's customer.
 * Then groups: upserted with their properties merged, mapped to a customer, and their persons with it.
 */
export async function updateProfiles(tx: Db, persons: PersonBatch[], leadEvents: LeadEvents): Promise<void> {
  const updates: object[] = [];
  const emailed: { workspace_id: string; id: string }[] = [];
  for (const p of persons) {
    const sorted = [...p.events].sort((a, b) => a.time.getTime() - b.time.getTime());
    const leads = leadEvents.get(p.workspaceId);
    let set: Record<string, unknown> | null = null;
    let setOnce: Record<string, unknown> | null = null;
    let emailSet: string | null = null;
    let emailOnce: string | null = null;
    let identifiedAt: Date | null = null;
    for (const e of sorted) {
      if (e.set) set = { ...(set ?? {}), ...e.set };
      if (e.setOnce) setOnce = { ...e.setOnce, ...(setOnce ?? {}) };
      const es = emailOf(e.set);
      const eo = emailOf(e.setOnce);
      if (es) emailSet = es;
      if (eo && !emailOnce) emailOnce = eo;
      if (!identifiedAt && (es || eo || leads?.has(e.name))) identifiedAt = e.time;
    }
    if (emailSet || emailOnce) emailed.push({ workspace_id: p.workspaceId, id: p.personId });
    updates.push({
      workspace_id: p.workspaceId,
      id: p.personId,
      first_seen: sorted[0]!.time,
      last_seen: sorted.at(-1)!.time,
      session_id: p.sessionId,
      is_bot: sorted.every((e) => e.isBot),
      set,
      set_once: setOnce,
      email_set: emailSet,
      email_once: emailOnce,
      identified_at: identifiedAt,
    });
  }
  updates.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  await tx.execute(sql`
    update persons p set
      first_seen_at = least(p.first_seen_at, x.first_seen),
      last_seen_at = greatest(p.last_seen_at, x.last_seen),
      session_id = coalesce(x.session_id, p.session_id),
      is_bot = p.is_bot and x.is_bot,
      properties = case when x.set is null and x.set_once is null then p.properties
        else (coalesce(x.set_once, '{}'::jsonb) || p.properties) || coalesce(x.set, '{}'::jsonb) end,
      email = coalesce(x.email_set, p.email, x.email_once),
      identified_at = least(p.identified_at, x.identified_at)
    from ${recordset(updates, 'workspace_id uuid, id uuid, first_seen timestamptz, last_seen timestamptz, session_id uuid, is_bot boolean, set jsonb, set_once jsonb, email_set text, email_once text, identified_at timestamptz')}
    where p.workspace_id = x.workspace_id and p.id = x.id`);

  if (emailed.length > 0)
    await tx.execute(sql`
      with m as (
        select p.workspace_id, p.id, c.id as contact_id, c.customer_id
        from ${recordset(emailed, 'workspace_id uuid, id uuid')}
        join persons p on p.workspace_id = x.workspace_id and p.id = x.id
        cross join lateral (
          select c.id, c.customer_id from contacts c
          where c.workspace_id = p.workspace_id and lower(c.email) = lower(p.email)
          order by c.created_at, c.id limit 1
        ) c
      )
      update persons p set contact_id = m.contact_id, customer_id = m.customer_id
      from m where p.workspace_id = m.workspace_id and p.id = m.id`);

  await updateGroups(tx, persons);
}

const key = (r: object) => {
  const x = r as { workspace_id: string; id: string };
  return x.workspace_id + x.id;
};

/** The domain of a website, an address or an email: lower case, without `www.`. */
export function domainOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim().toLowerCase();
  const at = s.lastIndexOf('@');
  const host = (at >= 0 ? s.slice(at + 1) : s).replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\./, '');
  const m = /^[^/:?#\s]+/.exec(host);
  return m && m[0].includes('.') ? m[0] : null;
}

async function updateGroups(tx: Db, persons: PersonBatch[]): Promise<void> {
  const groups = new Map<
    string,
    { workspace_id: string; group_type: string; group_key: string; properties: Record<string, unknown> }
  >();
  const members: { workspaceId: string; personId: string; group: string }[] = [];
  for (const p of persons)
    for (const e of [...p.events].sort((a, b) => a.time.getTime() - b.time.getTime())) {
      const touch = (type: string, k: string, props: Record<string, unknown>) => {
        const g = wsKey(e.workspaceId, `${type}\u0000${k}`);
        const seen = groups.get(g);
        if (seen) Object.assign(seen.properties, props);
        else
          groups.set(g, {
            workspace_id: e.workspaceId,
            group_type: type,
            group_key: k,
            properties: { ...props },
          });
        return g;
      };
      for (const [type, k] of e.groups)
        members.push({ workspaceId: p.workspaceId, personId: p.personId, group: touch(type, k, {}) });
      if (e.groupIdentify) touch(e.groupIdentify.type, e.groupIdentify.key, e.groupIdentify.properties);
    }
  if (groups.size === 0) return;
  const list = [...groups.values()].sort((a, b) =>
    a.workspace_id + a.group_type + '\u0000' + a.group_key <
    b.workspace_id + b.group_type + '\u0000' + b.group_key
      ? -1
      : 1,
  );
  const stored = await rows<{
    workspace_id: string;
    group_type: string;
    group_key: string;
    customer_id: string | null;
    properties: Record<string, unknown>;
  }>(
    tx,
    sql`insert into event_groups as g (workspace_id, group_type, group_key, properties)
        select workspace_id, group_type, group_key, properties
        from ${recordset(list, 'workspace_id uuid, group_type text, group_key text, properties jsonb')}
        on conflict (workspace_id, group_type, group_key) do update
          set properties = g.properties || excluded.properties, updated_at = now()
        returning workspace_id, group_type, group_key, customer_id, properties`,
  );
  const customerOf = new Map<string, string>();
  const candidates: object[] = [];
  for (const g of stored) {
    const k = wsKey(g.workspace_id, `${g.group_type}\u0000${g.group_key}`);
    if (g.customer_id) {
      customerOf.set(k, g.customer_id);
      continue;
    }
    const props = typeof g.properties === 'string' ? JSON.parse(g.properties) : g.properties;
    const domains = new Set([props?.domain, props?.website, props?.email].map(domainOf).filter(Boolean));
    if (domains.size === 0) candidates.push({ ...pick(g), domain: null });
    for (const domain of domains) candidates.push({ ...pick(g), domain });
  }
  if (candidates.length > 0) {
    // A group keyed by a customer's id is that customer; else one whose domain is a customer's website's.
    const matched = await rows<{
      workspace_id: string;
      group_type: string;
      group_key: string;
      customer_id: string;
    }>(
      tx,
      sql`with m as (
            select distinct on (x.workspace_id, x.group_type, x.group_key)
              x.workspace_id, x.group_type, x.group_key, c.id as customer_id
            from ${recordset(candidates, 'workspace_id uuid, group_type text, group_key text, domain text')}
            join customers c on c.workspace_id = x.workspace_id and (
              c.id::text = lower(x.group_key) or (x.domain is not null and lower(substring(c.website from
                '^(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?(?:www\\.)?([^/:?#]+)')) = x.domain))
            order by x.workspace_id, x.group_type, x.group_key, (c.id::text = lower(x.group_key)) desc, c.created_at, c.id
          )
          update event_groups g set customer_id = m.customer_id, updated_at = now()
          from m where g.workspace_id = m.workspace_id and g.group_type = m.group_type and g.group_key = m.group_key
          returning g.workspace_id, g.group_type, g.group_key, g.customer_id`,
    );
    for (const g of matched)
      customerOf.set(wsKey(g.workspace_id, `${g.group_type}\u0000${g.group_key}`), g.customer_id);
  }
  const assign = new Map<string, { workspace_id: string; id: string; customer_id: string }>();
  for (const m of members) {
    const c = customerOf.get(m.group);
    if (c && !assign.has(wsKey(m.workspaceId, m.personId)))
      assign.set(wsKey(m.workspaceId, m.personId), {
        workspace_id: m.workspaceId,
        id: m.personId,
        customer_id: c,
      });
  }
  if (assign.size > 0)
    await tx.execute(sql`
      update persons p set customer_id = x.customer_id
      from ${recordset(
        [...assign.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1)),
        'workspace_id uuid, id uuid, customer_id uuid',
      )}
      where p.workspace_id = x.workspace_id and p.id = x.id and p.customer_id is null`);
}

const pick = (g: { workspace_id: string; group_type: string; group_key: string }) => ({
  workspace_id: g.workspace_id,
  group_type: g.group_type,
  group_key: g.group_key,
});
