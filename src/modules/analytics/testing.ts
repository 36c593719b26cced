import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgCode } from '../../db/sql.ts';
import { events, persons, visits } from '../events/schema.ts';

/**
 * Hand-made events for analytics tests, written straight into the tables (not through the writer): each test
 * states exactly which person did what when. Persons are named by a label; their first_seen_at is their
 * earliest event unless given.
 */

export type Fixture = {
  person: string;
  name: string;
  /** ISO timestamp. */
  at: string;
  path?: string;
  url?: string;
  properties?: Record<string, unknown>;
  bot?: boolean;
  /** Events sharing a session label share a visit (with that visit's campaign and channel). */
  session?: string;
  campaign?: string;
  channel?: (typeof events.$inferInsert)['channel'];
};

/** Monthly partitions as the writer names them (events_pYYYYMM), for the months the fixtures use. */
export async function ensureMonths(db: Db, times: string[]): Promise<void> {
  const months = new Set(times.map((t) => t.slice(0, 7)));
  for (const m of months) {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    const from = new Date(Date.UTC(y, mo - 1, 1)).toISOString();
    const to = new Date(Date.UTC(y, mo, 1)).toISOString();
    try {
      await db.execute(
        sql.raw(
          `create table if not exists events_p${m.replace('-', '')} partition of events for values from ('${from}') to ('${to}')`,
        ),
      );
    } catch (err) {
      // Another test file (or the writer) made it at the same moment.
      if (!['42P07', '23505'].includes(pgCode(err) ?? '')) throw err;
    }
  }
}

export type Persons = Map<string, string>;

/** Inserts the fixtures; answers the person ids by label (ids of `known` are reused). */
export async function insertFixtures(
  db: Db,
  workspaceId: string,
  fixtures: Fixture[],
  options: { known?: Persons; customers?: Record<string, string>; firstSeen?: Record<string, string> } = {},
): Promise<Persons> {
  const ids: Persons = new Map(options.known ?? []);
  const sessions = new Map<string, string>();
  const idOf = (label: string) => ids.get(label) ?? ids.set(label, randomUUID()).get(label)!;
  const sessionOf = (f: Fixture) => {
    const key = `${f.person}/${f.session ?? f.at}`;
    return sessions.get(key) ?? sessions.set(key, randomUUID()).get(key)!;
  };
  await ensureMonths(
    db,
    fixtures.map((f) => f.at),
  );
  const sourceId = randomUUID();
  const firstSeen = new Map<string, string>();
  for (const f of fixtures) {
    const current = firstSeen.get(f.person);
    if (!current || f.at < current) firstSeen.set(f.person, f.at);
  }
  const fresh = [...firstSeen.keys()].filter((label) => !options.known?.has(label));
  if (fresh.length) {
    await db.insert(persons).values(
      fresh.map((label) => {
        const at = new Date(options.firstSeen?.[label] ?? firstSeen.get(label)!);
        return {
          workspaceId,
          id: idOf(label),
          firstSeenAt: at,
          lastSeenAt: at,
          customerId: options.customers?.[label] ?? null,
          isBot: fixtures.some((f) => f.person === label && f.bot),
        };
      }),
    );
  }
  if (fixtures.length === 0) return ids;
  await db.insert(events).values(
    fixtures.map((f) => ({
      workspaceId,
      id: randomUUID(),
      sourceId,
      time: new Date(f.at),
      name: f.name,
      distinctId: f.person,
      personId: idOf(f.person),
      sessionId: sessionOf(f),
      url: f.url ?? null,
      path: f.path ?? (f.url ? new URL(f.url).pathname : null),
      utmCampaign: f.campaign ?? null,
      channel: f.channel ?? 'direct',
      isBot: f.bot ?? false,
      properties: f.properties ?? {},
    })),
  );
  // One visit per session, its origin its first event's, spanning its events.
  const bySession = new Map<string, Fixture[]>();
  for (const f of [...fixtures].sort((x, y) => x.at.localeCompare(y.at))) {
    const id = sessionOf(f);
    bySession.set(id, [...(bySession.get(id) ?? []), f]);
  }
  await db.insert(visits).values(
    [...bySession].map(([id, [f, ...rest]]) => ({
      workspaceId,
      id,
      sourceId,
      personId: idOf(f!.person),
      startedAt: new Date(f!.at),
      endedAt: new Date((rest.at(-1) ?? f!).at),
      events: rest.length + 1,
      utmCampaign: f!.campaign ?? null,
      channel: f!.channel ?? 'direct',
      isBot: f!.bot ?? false,
    })),
  );
  return ids;
}
