import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.ts';
import { contacts, customers } from '../customers/schema.ts';
import { signalSettings } from '../sources/schema.ts';
import { at, ev, newSource, query } from './test-helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

type Person = {
  id: string;
  ids: string[];
  email: string | null;
  identified_at: Date | null;
  properties: Record<string, unknown>;
  contact_id: string | null;
  customer_id: string | null;
  first_seen_at: Date;
};

/** Every person of the workspace with its distinct ids, oldest first. */
const persons = async (workspaceId: string) =>
  (
    await query<Person>(
      env,
      sql`select p.id, p.email, p.identified_at, p.properties, p.contact_id, p.customer_id, p.first_seen_at,
          (select array_agg(d.distinct_id order by d.distinct_id) from person_distinct_ids d
           where d.workspace_id = p.workspace_id and d.person_id = p.id) as ids
        from persons p where p.workspace_id = ${workspaceId} order by p.first_seen_at, p.id`,
    )
  ).map((p) => ({
    ...p,
    // PGlite answers raw timestamps as text.
    first_seen_at: new Date(p.first_seen_at),
    identified_at: p.identified_at && new Date(p.identified_at),
  }));

const personOfEvents = (workspaceId: string) =>
  query<{ distinct_id: string; person_id: string }>(
    env,
    sql`select distinct distinct_id, person_id from events where workspace_id = ${workspaceId} order by distinct_id`,
  );

describe('persons', () => {
  it('merges the newer person into the older on identify, rewriting its events and visits', async () => {
    const s = await newSource(env);
    await env.app.events.write(s, [ev({ distinctId: 'anon', time: at('2026-11-01T10:00:00Z') })]);
    await env.app.events.write(s, [
      ev({ distinctId: 'user-1', time: at('2026-11-02T10:00:00Z'), set: { plan: 'pro', name: 'New' } }),
    ]);
    expect(await persons(s.workspaceId)).toHaveLength(2);
    await env.app.events.write(s, [
      ev({
        name: '$identify',
        distinctId: 'user-1',
        otherDistinctId: 'anon',
        time: at('2026-11-02T10:05:00Z'),
        set: { name: 'Ann' },
      }),
    ]);
    const [only, ...none] = await persons(s.workspaceId);
    expect(none).toEqual([]);
    expect(only!.ids).toEqual(['anon', 'user-1']);
    expect(only!.first_seen_at).toEqual(at('2026-11-01T10:00:00Z'));
    expect(only!.properties).toEqual({ plan: 'pro', name: 'Ann' });
    const events = await personOfEvents(s.workspaceId);
    expect(events.map((e) => e.person_id)).toEqual([only!.id, only!.id]);
    const visits = await query<{ person_id: string }>(
      env,
      sql`select person_id from visits where workspace_id = ${s.workspaceId}`,
    );
    expect(visits.map((v) => v.person_id)).toEqual([only!.id, only!.id]);
  });

  it('attaches a new distinct id to the known person, and links two new ones in one batch', async () => {
    const s = await newSource(env);
    await env.app.events.write(s, [ev({ distinctId: 'anon-2', time: at('2026-11-01T10:00:00Z') })]);
    await env.app.events.write(s, [
      ev({
        name: '$identify',
        distinctId: 'user-2',
        otherDistinctId: 'anon-2',
        time: at('2026-11-01T10:01:00Z'),
      }),
      ev({ distinctId: 'anon-3', time: at('2026-11-01T10:02:00Z') }),
      ev({
        name: '$create_alias',
        distinctId: 'user-3',
        otherDistinctId: 'anon-3',
        time: at('2026-11-01T10:03:00Z'),
      }),
      ev({ distinctId: 'user-3', time: at('2026-11-01T10:04:00Z') }),
    ]);
    const all = await persons(s.workspaceId);
    expect(all.map((p) => p.ids)).toEqual([
      ['anon-2', 'user-2'],
      ['anon-3', 'user-3'],
    ]);
    const events = await personOfEvents(s.workspaceId);
    expect(new Set(events.filter((e) => e.distinct_id.endsWith('3')).map((e) => e.person_id))).toEqual(
      new Set([all[1]!.id]),
    );
  });

  it('applies set over what is there and set_once only where absent, in time order', async () => {
    const s = await newSource(env);
    await env.app.events.write(s, [
      ev({
        distinctId: 'p',
        time: at('2026-11-01T10:00:00Z'),
        set: { plan: 'free' },
        setOnce: { first: 'a' },
      }),
    ]);
    await env.app.events.write(s, [
      // Out of order within the batch: the later set wins, the earlier set_once wins.
      ev({ distinctId: 'p', time: at('2026-11-01T10:02:00Z'), set: { plan: 'team' }, setOnce: { other: 2 } }),
      ev({
        distinctId: 'p',
        time: at('2026-11-01T10:01:00Z'),
        set: { plan: 'pro' },
        setOnce: { first: 'b', other: 1 },
      }),
    ]);
    const [p] = await persons(s.workspaceId);
    expect(p!.properties).toEqual({ plan: 'team', first: 'a', other: 1 });
  });

  it('makes a person given an email known (a lead) and the contact with that email, of its customer', async () => {
    const s = await newSource(env);
    const [customer] = await env.app.db
      .insert(customers)
      .values({ workspaceId: s.workspaceId, name: 'Acme' })
      .returning();
    const [contact] = await env.app.db
      .insert(contacts)
      .values({ workspaceId: s.workspaceId, customerId: customer!.id, name: 'Jane', email: 'Jane@Acme.test' })
      .returning();
    await env.app.events.write(s, [ev({ distinctId: 'j', time: at('2026-11-03T09:00:00Z') })]);
    expect((await persons(s.workspaceId))[0]!.identified_at).toBeNull();
    await env.app.events.write(s, [
      ev({
        name: '$identify',
        distinctId: 'j',
        time: at('2026-11-03T09:10:00Z'),
        set: { email: 'jane@acme.test' },
      }),
    ]);
    await env.app.events.write(s, [
      ev({ distinctId: 'j', time: at('2026-11-04T09:10:00Z'), setOnce: { email: 'other@acme.test' } }),
    ]);
    const [p] = await persons(s.workspaceId);
    expect(p).toMatchObject({
      email: 'jane@acme.test',
      identified_at: at('2026-11-03T09:10:00Z'),
      contact_id: contact!.id,
      customer_id: customer!.id,
    });
  });

  it('makes a person a lead on a configured lead event', async () => {
    const s = await newSource(env);
    await env.app.db
      .insert(signalSettings)
      .values({ workspaceId: s.workspaceId, leadEvents: ['form_submitted'] });
    await env.app.events.write(s, [
      ev({ distinctId: 'f', name: '$pageview', time: at('2026-11-05T08:00:00Z') }),
      ev({ distinctId: 'f', name: 'form_submitted', time: at('2026-11-05T08:03:00Z') }),
      ev({ distinctId: 'g', name: 'clicked', time: at('2026-11-05T08:03:00Z') }),
    ]);
    const all = await persons(s.workspaceId);
    expect(all.map((p) => [p.ids[0], p.identified_at])).toEqual([
      ['f', at('2026-11-05T08:03:00Z')],
      ['g', null],
    ]);
  });

  it('maps groups to customers by id and by domain, and their persons with them', async () => {
    const s = await newSource(env);
    const [byId, byDomain] = await env.app.db
      .insert(customers)
      .values([
        { workspaceId: s.workspaceId, name: 'Initech' },
        { workspaceId: s.workspaceId, name: 'Globex', website: 'https://www.Globex.test/about' },
      ])
      .returning();
    await env.app.events.write(s, [
      ev({ distinctId: 'i1', groups: { company: byId!.id } }),
      ev({
        name: '$groupidentify',
        distinctId: 'g-admin',
        groupIdentify: {
          type: 'company',
          key: 'globex-42',
          properties: { name: 'Globex', domain: 'globex.test' },
        },
      }),
      ev({ distinctId: 'g1', groups: { company: 'globex-42' } }),
      ev({ distinctId: 'n1', groups: { company: 'nobody' } }),
    ]);
    const groups = await query<{ group_key: string; customer_id: string | null; properties: unknown }>(
      env,
      sql`select group_key, customer_id, properties from event_groups where workspace_id = ${s.workspaceId} order by group_key`,
    );
    expect(groups).toEqual([
      { group_key: byId!.id, customer_id: byId!.id, properties: {} },
      {
        group_key: 'globex-42',
        customer_id: byDomain!.id,
        properties: { name: 'Globex', domain: 'globex.test' },
      },
      { group_key: 'nobody', customer_id: null, properties: {} },
    ]);
    const all = await persons(s.workspaceId);
    expect(Object.fromEntries(all.map((p) => [p.ids[0], p.customer_id]))).toEqual({
      i1: byId!.id,
      'g-admin': null,
      g1: byDomain!.id,
      n1: null,
    });
    // A later group identify merges properties and keeps the customer.
    await env.app.events.write(s, [
      ev({
        name: '$groupidentify',
        distinctId: 'g-admin',
        groupIdentify: { type: 'company', key: 'globex-42', properties: { plan: 'enterprise' } },
      }),
    ]);
    const [globex] = await query<{ properties: unknown; customer_id: string }>(
      env,
      sql`select properties, customer_id from event_groups where workspace_id = ${s.workspaceId} and group_key = 'globex-42'`,
    );
    expect(globex).toEqual({
      properties: { name: 'Globex', domain: 'globex.test', plan: 'enterprise' },
      customer_id: byDomain!.id,
    });
  });
});
