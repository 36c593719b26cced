import { gzipSync } from 'node:zlib';
import { Analytics } from '@segment/analytics-node';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { Overloaded } from '../events/types.ts';
import { createIngestEnv, type IngestEnv } from './segment-testing.ts';

/** Segment's HTTP API driven by the real analytics-node library, and by hand where a library never sends it. */
describe('Segment ingestion', () => {
  let env: IngestEnv;
  let base: string;
  beforeAll(async () => {
    env = await createIngestEnv();
    base = await env.listen();
  });
  afterAll(() => env.close());

  const client = (writeKey: string) =>
    new Analytics({ writeKey, host: base, path: '/ingest/segment/v1/batch', flushAt: 5, flushInterval: 50 });
  const written = (sourceId: string) =>
    env.writes.filter((w) => w.source.sourceId === sourceId).flatMap((w) => w.events);
  const stored = (workspaceId: string) =>
    rows<{ name: string; distinct_id: string; person_id: string; utm_campaign: string | null }>(
      env.app.db,
      sql`select name, distinct_id, person_id, utm_campaign from events
          where workspace_id = ${workspaceId} order by time, name`,
    );
  const post = (url: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    env.app.inject({ method: 'POST', url: `/ingest/segment${url}`, payload: body, headers });

  it('takes what analytics-node sends: track, identify, page, group and alias as a marketer reads them', async () => {
    const src = await env.source('server');
    const analytics = client(src.key);
    const context = {
      campaign: {
        name: 'spring-launch',
        source: 'newsletter',
        medium: 'email',
        term: 'roadmap',
        content: 'hero',
      },
      page: { url: 'https://acme.test/pricing?plan=pro', referrer: 'https://news.example/item' },
      userAgent: 'Mozilla/5.0 (Macintosh) Chrome/120',
      groupId: 'org_42',
    };
    analytics.page({ anonymousId: 'anon-1', name: 'Pricing', context, messageId: 'm-page' });
    analytics.identify({
      anonymousId: 'anon-1',
      userId: 'u-1',
      traits: { email: 'ann@acme.test', plan: 'pro' },
    });
    analytics.track({ userId: 'u-1', event: 'signed_up', properties: { revenue: 49 }, context });
    analytics.group({ userId: 'u-1', groupId: 'org_42', traits: { name: 'Acme', domain: 'acme.test' } });
    analytics.alias({ userId: 'u-1', previousId: 'legacy-7' });
    await analytics.closeAndFlush();

    const events = written(src.sourceId);
    expect(events.map((e) => e.name)).toEqual([
      '$pageview',
      '$identify',
      'signed_up',
      '$groupidentify',
      '$create_alias',
    ]);
    const [page, identify, track, group, alias] = events;
    expect(page).toMatchObject({
      messageId: 'm-page',
      distinctId: 'anon-1',
      url: 'https://acme.test/pricing?plan=pro',
      referrer: 'https://news.example/item',
      utm: {
        campaign: 'spring-launch',
        source: 'newsletter',
        medium: 'email',
        term: 'roadmap',
        content: 'hero',
      },
      userAgent: 'Mozilla/5.0 (Macintosh) Chrome/120',
      groups: { company: 'org_42' },
      properties: { name: 'Pricing', $lib: '@segment/analytics-node' },
    });
    expect(identify).toMatchObject({
      distinctId: 'u-1',
      otherDistinctId: 'anon-1',
      set: { email: 'ann@acme.test', plan: 'pro' },
    });
    expect(track).toMatchObject({
      distinctId: 'u-1',
      properties: { revenue: 49 },
      utm: { campaign: 'spring-launch' },
    });
    expect(group!.groupIdentify).toEqual({
      type: 'company',
      key: 'org_42',
      properties: { name: 'Acme', domain: 'acme.test' },
    });
    expect(alias).toMatchObject({ distinctId: 'u-1', otherDistinctId: 'legacy-7' });
    // analytics-node stamps each message; the clock correction keeps it within the request's round trip.
    for (const e of events) expect(Math.abs(e.time.getTime() - Date.now())).toBeLessThan(60_000);

    // As stored: one person behind the anonymous visit, the user, and the alias, known by the email; the
    // visit carries the campaign; the company is a group with its traits.
    const saved = await stored(src.workspaceId);
    expect(saved).toHaveLength(5);
    expect(new Set(saved.map((e) => e.person_id)).size).toBe(1);
    expect(saved.find((e) => e.name === '$pageview')!.utm_campaign).toBe('spring-launch');
    const people = await rows<{ email: string | null; ids: string[] }>(
      env.app.db,
      sql`select p.email, array_agg(d.distinct_id order by d.distinct_id) as ids from persons p
          join person_distinct_ids d on d.workspace_id = p.workspace_id and d.person_id = p.id
          where p.workspace_id = ${src.workspaceId} group by p.id, p.email`,
    );
    expect(people).toEqual([{ email: 'ann@acme.test', ids: ['anon-1', 'legacy-7', 'u-1'] }]);
    const groups = await rows<{ group_type: string; group_key: string; properties: object }>(
      env.app.db,
      sql`select group_type, group_key, properties from event_groups where workspace_id = ${src.workspaceId}`,
    );
    expect(groups).toEqual([
      { group_type: 'company', group_key: 'org_42', properties: { name: 'Acme', domain: 'acme.test' } },
    ]);
  });

  it('answers a retried batch once its first try was committed, and stores it once', async () => {
    const src = await env.source('server');
    const analytics = client(src.key);
    env.failAfterCommit(1);
    analytics.track({ userId: 'u-2', event: 'purchase', properties: { revenue: 10 } });
    analytics.track({ userId: 'u-2', event: 'purchase', properties: { revenue: 20 } });
    await analytics.closeAndFlush();
    const tries = env.writes.filter((w) => w.source.sourceId === src.sourceId);
    expect(tries).toHaveLength(2);
    expect(tries[1]!.events.map((e) => e.messageId)).toEqual(tries[0]!.events.map((e) => e.messageId));
    expect((await stored(src.workspaceId)).map((e) => e.name)).toEqual(['purchase', 'purchase']);
  });

  it('refuses a bad key with 401, which analytics-node reports and does not retry', async () => {
    const before = env.writes.length;
    const analytics = client('sk_not_a_key');
    const errors: string[] = [];
    analytics.on('error', (err) => errors.push(String((err as { reason?: unknown }).reason ?? err)));
    analytics.track({ userId: 'u-3', event: 'x' });
    await analytics.closeAndFlush();
    expect(errors.join()).toContain('401');
    expect(env.writes.length).toBe(before);
  });

  it('drops a malformed, an oversized or an unstorable message alone', async () => {
    const src = await env.source('server');
    const good = { type: 'track', userId: 'u-4', event: 'ok', messageId: 'good-1' };
    const batch = [
      good,
      { type: 'track', event: 'no user' },
      { type: 'launch', userId: 'u-4' },
      'not a message',
      { type: 'track', userId: 'u-4', event: 'big', properties: { blob: 'x'.repeat(40_000) } },
      { type: 'track', userId: 'u-4', event: 'nul', properties: { text: 'a\u0000b' } },
    ];
    const res = await post('/v1/batch', JSON.stringify({ batch, writeKey: src.key }), {
      'content-type': 'application/json',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({});
    expect(written(src.sourceId).map((e) => e.messageId)).toEqual(['good-1']);
    expect((await stored(src.workspaceId)).map((e) => e.name)).toEqual(['ok']);
  });

  it("takes analytics.js's short paths as text/plain with the key in the body", async () => {
    const src = await env.source('website');
    for (const [path, body] of [
      ['/v1/t', { event: 'clicked', anonymousId: 'a-5', writeKey: src.key }],
      [
        '/v1/p',
        { anonymousId: 'a-5', writeKey: src.key, properties: { url: 'https://acme.test/?utm_source=x' } },
      ],
      ['/v1/i', { userId: 'u-5', anonymousId: 'a-5', writeKey: src.key, traits: { email: 'b@acme.test' } }],
    ] as const) {
      const res = await post(path, JSON.stringify(body), { 'content-type': 'text/plain;charset=UTF-8' });
      expect(res.statusCode, path).toBe(200);
    }
    expect(written(src.sourceId).map((e) => [e.name, e.distinctId])).toEqual([
      ['clicked', 'a-5'],
      ['$pageview', 'a-5'],
      ['$identify', 'u-5'],
    ]);
    expect(written(src.sourceId)[1]!.url).toBe('https://acme.test/?utm_source=x');
  });

  it('merges the batch context into each message and corrects the sender clock', async () => {
    const src = await env.source('server');
    const body = {
      writeKey: src.key,
      sentAt: '2026-01-01T00:10:00.000Z',
      context: { campaign: { name: 'winter', source: 'ads' }, userAgent: 'curl/8' },
      batch: [
        { type: 'track', userId: 'u-6', event: 'a', timestamp: '2026-01-01T00:00:00.000Z' },
        { type: 'track', userId: 'u-6', event: 'b', context: { campaign: { name: 'own' } } },
      ],
    };
    const before = Date.now();
    const res = await post('/v1/import', gzipSync(JSON.stringify(body)), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(res.statusCode).toBe(200);
    const [a, b] = written(src.sourceId);
    expect(a!.utm).toEqual({ campaign: 'winter', source: 'ads' });
    expect(a!.userAgent).toBe('curl/8');
    expect(b!.utm).toEqual({ campaign: 'own' });
    // Sent ten minutes after it happened, by the sender's clock: ten minutes before it was received.
    expect(a!.time.getTime()).toBeGreaterThanOrEqual(before - 600_000);
    expect(a!.time.getTime()).toBeLessThanOrEqual(Date.now() - 600_000);
  });

  it('refuses undecodable and oversized bodies with 400, and never a 500', async () => {
    const src = await env.source('server');
    const auth = { authorization: `Basic ${Buffer.from(`${src.key}:`).toString('base64')}` };
    expect(
      (await post('/v1/track', '{not json', { ...auth, 'content-type': 'application/json' })).statusCode,
    ).toBe(400);
    expect(
      (await post('/v1/batch', '{"batch": 3}', { ...auth, 'content-type': 'application/json' })).statusCode,
    ).toBe(400);
    expect((await post('/v1/track', Buffer.from([0x1f, 0x8b, 1, 2]), auth)).statusCode).toBe(400);
    expect((await post('/v1/track?x=%00', '{}', auth)).statusCode).toBe(400);
    const big = JSON.stringify({
      batch: [{ type: 'track', userId: 'u', event: 'e', p: 'x'.repeat(520_000) }],
    });
    const tooBig = await post('/v1/batch', big, { ...auth, 'content-type': 'application/json' });
    expect(tooBig.statusCode).toBe(400);
    const single = JSON.stringify({ userId: 'u', event: 'e', properties: { p: 'x'.repeat(33_000) } });
    expect(
      (await post('/v1/track', single, { ...auth, 'content-type': 'application/json' })).statusCode,
    ).toBe(400);
    const bomb = gzipSync(Buffer.alloc(2_000_000, 0x20));
    expect((await post('/v1/batch', bomb, { ...auth, 'content-encoding': 'gzip' })).statusCode).toBe(400);
    expect(written(src.sourceId)).toEqual([]);
  });

  it('refuses an oversized request before reading it whole', async () => {
    const res = await fetch(`${base}/ingest/segment/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(10_000_000) },
      body: new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"batch":[')) }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(400);
  });

  it('passes overload on with Retry-After, and a failing writer as a 503 the client retries', async () => {
    const src = await env.source('server');
    const body = JSON.stringify({ userId: 'u-7', event: 'e', writeKey: src.key });
    env.failWith(new Overloaded(429, 7));
    const limited = await post('/v1/track', body);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    env.failWith(new Error('database gone'));
    const failed = await post('/v1/track', body);
    expect(failed.statusCode).toBe(503);
    expect(failed.headers['retry-after']).toBeDefined();
  });

  it('serves analytics.js its settings, pointing it back here, for a live key only', async () => {
    const src = await env.source('website');
    const res = await env.app.inject({
      method: 'GET',
      url: `/ingest/segment/v1/projects/${src.key}/settings`,
      headers: { host: 'tandem.example.com' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().integrations).toEqual({
      'Segment.io': { apiKey: src.key, apiHost: 'tandem.example.com/ingest/segment/v1', protocol: 'http' },
    });
    expect(res.json().metrics).toEqual({ sampleRate: 0 });
    const unknown = await env.app.inject({
      method: 'GET',
      url: '/ingest/segment/v1/projects/sk_nope/settings',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('lets the browser library post from any page (CORS)', async () => {
    const res = await env.app.inject({
      method: 'OPTIONS',
      url: '/ingest/segment/v1/t',
      headers: { origin: 'https://acme.test', 'access-control-request-method': 'POST' },
    });
    expect(res.statusCode).toBeLessThan(300);
    expect(res.headers['access-control-allow-origin']).toBe('https://acme.test');
  });
});
