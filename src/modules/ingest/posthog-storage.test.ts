import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { PostHog } from 'posthog-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { buildApp } from '../../http/app.ts';
import type { EventSink } from '../events/types.ts';
import { createEventSink } from '../events/writer.ts';
import { sources } from '../sources/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/**
 * posthog-node against the real writer, asserting what is stored: events with their distinct ids and
 * properties, persons merged by identify and alias, groups, UTM from the page address, and a batch whose
 * answer failed after its commit stored once when the SDK retries it.
 */

let database: Database;
let app: FastifyInstance;
let host: string;
let key: string;
let workspaceId: string;
/** Answers fail (after the commit) this many times. */
let failAfterCommit = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  const writer = createEventSink(database);
  const events: EventSink = {
    write: async (source, list) => {
      const result = await writer.write(source, list);
      if (failAfterCommit > 0) {
        failAfterCommit--;
        throw new Error('the answer is lost after the commit');
      }
      return result;
    },
    close: () => writer.close(),
  };
  app = await buildApp({
    database,
    config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
    events,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  host = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/ingest/posthog`;
  const [ws] = await app.db.insert(workspaces).values({ name: 'Acme' }).returning();
  workspaceId = ws!.id;
  key = `phc_${randomBytes(12).toString('hex')}`;
  await app.db.insert(sources).values({ workspaceId, name: 'Site', kind: 'website', key });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

const client = () => {
  const statuses: number[] = [];
  const ph = new PostHog(key, {
    host,
    flushAt: 4,
    flushInterval: 0,
    fetchRetryDelay: 5,
    fetch: async (url: string, init: RequestInit) => {
      const res = await fetch(url, init);
      statuses.push(res.status);
      return res;
    },
  } as ConstructorParameters<typeof PostHog>[1]);
  return { ph, statuses };
};

const q = <T>(query: ReturnType<typeof sql>) => rows<T>(app.db, query);

describe('posthog-node into storage', () => {
  it('stores events, merges identify and alias into one person, keeps groups and UTM', async () => {
    const run = randomUUID().slice(0, 8);
    const anon = `anon-${run}`;
    const user = `user-${run}`;
    const { ph, statuses } = client();
    ph.capture({
      distinctId: anon,
      event: '$pageview',
      properties: {
        $current_url: 'https://acme.test/pricing?utm_source=news&utm_medium=email&utm_campaign=spring',
      },
    });
    ph.identify({ distinctId: user, properties: { email: `ada-${run}@acme.test`, $anon_distinct_id: anon } });
    ph.alias({ distinctId: user, alias: `crm-${run}` });
    ph.capture({
      distinctId: user,
      event: 'purchase',
      properties: { revenue: 99 },
      groups: { company: `acme-${run}` },
    });
    ph.groupIdentify({ groupType: 'company', groupKey: `acme-${run}`, properties: { name: 'Acme Inc' } });
    await ph.shutdown();
    expect(statuses.every((s) => s === 200)).toBe(true);

    const events = await q<{
      name: string;
      distinct_id: string;
      utm_campaign: string | null;
      properties: any;
    }>(
      sql`select name, distinct_id, utm_campaign, properties from events
          where workspace_id = ${workspaceId} and distinct_id in (${anon}, ${user}) order by time, name`,
    );
    const page = events.find((e) => e.name === '$pageview')!;
    expect(page).toMatchObject({ distinct_id: anon, utm_campaign: 'spring' });
    expect(events.find((e) => e.name === 'purchase')!.properties).toMatchObject({ revenue: 99 });

    const ids = await q<{ distinct_id: string; person_id: string }>(
      sql`select distinct_id, person_id from person_distinct_ids
          where workspace_id = ${workspaceId} and distinct_id in (${anon}, ${user}, ${`crm-${run}`})`,
    );
    expect(ids).toHaveLength(3);
    expect(new Set(ids.map((i) => i.person_id)).size).toBe(1);
    const [person] = await q<{ email: string }>(
      sql`select email from persons where workspace_id = ${workspaceId} and id = ${ids[0]!.person_id}`,
    );
    expect(person!.email).toBe(`ada-${run}@acme.test`);
    const [group] = await q<{ properties: any }>(
      sql`select properties from event_groups where workspace_id = ${workspaceId} and group_key = ${`acme-${run}`}`,
    );
    expect(group!.properties).toMatchObject({ name: 'Acme Inc' });
  });

  it('stores a retried batch once when the first answer failed after the commit', async () => {
    const run = randomUUID().slice(0, 8);
    failAfterCommit = 1;
    const { ph, statuses } = client();
    for (const n of [1, 2, 3, 4]) ph.capture({ distinctId: `retry-${run}`, event: `step_${n}` });
    await ph.shutdown();
    expect(statuses).toEqual([503, 200]);
    const [count] = await q<{ n: number }>(
      sql`select count(*)::int as n from events where workspace_id = ${workspaceId} and distinct_id = ${`retry-${run}`}`,
    );
    expect(count!.n).toBe(4);
  });

  it('stores events carrying text PostgreSQL refuses or deep nesting, cleaned, never failing the batch', async () => {
    const run = randomUUID().slice(0, 8);
    const deep = `${'{"a":'.repeat(60)}1${'}'.repeat(60)}`;
    const body = `{"api_key":"${key}","batch":[
      {"event":"nul","distinct_id":"nul-${run}","properties":{"text":"a\\u0000b","k\\u0000":1}},
      {"event":"lone \\ud800 surrogate","distinct_id":"nul-${run}"},
      {"event":"deep","distinct_id":"nul-${run}","properties":${deep}}]}`;
    const res = await fetch(`${host}/batch/`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status, await res.text()).toBe(200);
    const stored = await q<{ name: string; properties: any }>(
      sql`select name, properties from events where workspace_id = ${workspaceId} and distinct_id = ${`nul-${run}`}`,
    );
    expect(stored).toHaveLength(3);
    expect(stored.find((e) => e.name === 'nul')!.properties.text).toBe('ab');
  });
});
