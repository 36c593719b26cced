import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import LZString from 'lz-string';
import { PostHog } from 'posthog-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { buildApp } from '../../http/app.ts';
import { type EventSink, type IncomingEvent, Overloaded, type SourceRef } from '../events/types.ts';
import { sources } from '../sources/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/**
 * The PostHog paths through real HTTP, with posthog-node as the client where it can be. The sink records
 * what it is given (dedup by message id, as the writer does) and can be told to fail, so the answers to
 * each fault are visible; events-storage tests live with the writer (posthog-storage.test.ts).
 */

class TestSink implements EventSink {
  stored = new Map<string, { source: SourceRef; event: IncomingEvent }>();
  writes = 0;
  /** Commit, then fail the answer once (the client sees a 503 for events that are stored). */
  failAfterCommit = 0;
  overloaded: Overloaded | null = null;
  async write(source: SourceRef, events: IncomingEvent[]) {
    this.writes++;
    if (this.overloaded) throw this.overloaded;
    let stored = 0;
    for (const event of events) {
      const id = event.messageId ?? randomUUID();
      if (this.stored.has(id)) continue;
      this.stored.set(id, { source, event });
      stored++;
    }
    if (this.failAfterCommit > 0) {
      this.failAfterCommit--;
      throw new Error('connection lost after commit');
    }
    return { stored, duplicates: events.length - stored };
  }
  async close() {}
  events = () => [...this.stored.values()].map((s) => s.event);
}

let database: Database;
let app: FastifyInstance;
let base: string;
const sink = new TestSink();
let key: string;
let revokedKey: string;
let workspaceId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({
    database,
    config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
    events: sink,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}/ingest/posthog`;
  const [ws] = await app.db.insert(workspaces).values({ name: 'Acme' }).returning();
  workspaceId = ws!.id;
  key = `phc_${randomBytes(12).toString('hex')}`;
  revokedKey = `phc_${randomBytes(12).toString('hex')}`;
  await app.db.insert(sources).values([
    { workspaceId, name: 'App', kind: 'app', key },
    { workspaceId, name: 'Old', kind: 'server', key: revokedKey, revokedAt: new Date() },
  ]);
});

afterAll(async () => {
  await app.close();
  await database.close();
});

beforeEach(() => {
  sink.stored.clear();
  sink.writes = 0;
  sink.failAfterCommit = 0;
  sink.overloaded = null;
});

/** posthog-node pointed at Tandem, with every request it makes recorded. */
function client(projectKey = key, options: Record<string, unknown> = {}) {
  const requests: { url: string; status: number; encoding: string | null }[] = [];
  const errors: unknown[] = [];
  const ph = new PostHog(projectKey, {
    host: base,
    flushAt: 3,
    flushInterval: 0,
    fetchRetryDelay: 5,
    fetchRetryCount: 3,
    ...options,
    fetch: async (url: string, init: RequestInit) => {
      const res = await fetch(url, init);
      const headers = new Headers(init.headers);
      requests.push({ url, status: res.status, encoding: headers.get('content-encoding') });
      return res;
    },
  } as ConstructorParameters<typeof PostHog>[1]);
  ph.on('error', (err) => errors.push(err));
  return { ph, requests, errors };
}

const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : new Uint8Array(body),
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('posthog-node', () => {
  it('sends gzip batches that land with distinct ids, properties, identify, alias and groups', async () => {
    const { ph, requests, errors } = client();
    ph.capture({ distinctId: 'anon-1', event: 'signed_up', properties: { plan: 'pro', revenue: 49 } });
    ph.capture({ distinctId: 'user-1', event: 'report_run', groups: { company: 'acme-inc' } });
    ph.identify({
      distinctId: 'user-1',
      properties: { email: 'ada@acme.test', $anon_distinct_id: 'anon-1' },
    });
    ph.alias({ distinctId: 'user-1', alias: 'ada-crm-7' });
    ph.groupIdentify({ groupType: 'company', groupKey: 'acme-inc', properties: { name: 'Acme Inc' } });
    await ph.shutdown();
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.url).toBe(`${base}/batch/`);
      expect(r.status).toBe(200);
      expect(r.encoding).toBe('gzip');
    }
    const byName = Object.fromEntries(sink.events().map((e) => [e.name, e]));
    expect(byName.signed_up).toMatchObject({
      distinctId: 'anon-1',
      properties: { plan: 'pro', revenue: 49 },
    });
    expect(byName.report_run).toMatchObject({ distinctId: 'user-1', groups: { company: 'acme-inc' } });
    expect(byName.$identify).toMatchObject({ distinctId: 'user-1', set: { email: 'ada@acme.test' } });
    expect(byName.$create_alias).toMatchObject({ distinctId: 'user-1', otherDistinctId: 'ada-crm-7' });
    expect(byName.$groupidentify!.groupIdentify).toEqual({
      type: 'company',
      key: 'acme-inc',
      properties: { name: 'Acme Inc' },
    });
    for (const e of sink.events()) {
      expect(e.messageId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Math.abs(e.time.getTime() - Date.now())).toBeLessThan(60_000);
    }
    expect(sink.stored.values().next().value!.source.workspaceId).toBe(workspaceId);
  });

  it('retries a batch whose answer failed after its commit, and it is stored once', async () => {
    sink.failAfterCommit = 1;
    const { ph, requests, errors } = client();
    ph.capture({ distinctId: 'u', event: 'a' });
    ph.capture({ distinctId: 'u', event: 'b' });
    ph.capture({ distinctId: 'u', event: 'c' });
    await ph.shutdown();
    expect(requests.map((r) => r.status)).toEqual([503, 200]);
    expect(errors).toEqual([]);
    expect(sink.writes).toBe(2);
    expect(
      sink
        .events()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('is refused with 401 for an unknown or revoked key, and reports the error', async () => {
    for (const bad of ['phc_unknown', revokedKey]) {
      const { ph, requests, errors } = client(bad);
      ph.capture({ distinctId: 'u', event: 'a' });
      await ph.shutdown();
      expect(requests.map((r) => r.status)).toEqual([401]);
      expect(errors).toHaveLength(1);
      expect(String((errors[0] as Error).message)).toMatch(/401/);
    }
    expect(sink.writes).toBe(0);
  });

  it('gets 503 with Retry-After when the writer is full, retries, and gives up only after its retries', async () => {
    sink.overloaded = new Overloaded(503, 7);
    const res = await post(
      '/batch/',
      JSON.stringify({ api_key: key, batch: [{ event: 'a', distinct_id: 'u' }] }),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    sink.overloaded = new Overloaded(429, 2);
    const limited = await post('/e/', JSON.stringify({ event: 'a', distinct_id: 'u', api_key: key }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    const { ph, requests } = client(key, { fetchRetryCount: 2 });
    ph.capture({ distinctId: 'u', event: 'a' });
    await ph.shutdown();
    expect(requests.map((r) => r.status)).toEqual([429, 429, 429]);
  });
});

describe('raw requests', () => {
  const batch = (events: unknown[]) => JSON.stringify({ api_key: key, batch: events, sent_at: new Date() });

  it('answers {"status":1} on every capture path, with or without the slash, GET and POST', async () => {
    const paths = ['/i/v0/e', '/e', '/capture', '/track', '/engage', '/batch'];
    let n = 0;
    for (const p of paths)
      for (const slash of ['', '/']) {
        const event = { event: `e${n++}`, distinct_id: 'u', api_key: key };
        const res = await post(`${p}${slash}`, JSON.stringify(event));
        expect(res.status, `${p}${slash}`).toBe(200);
        expect(await res.json()).toEqual({ status: 1 });
        const data = Buffer.from(JSON.stringify({ ...event, event: `g${n}` })).toString('base64');
        const got = await fetch(`${base}${p}${slash}?data=${encodeURIComponent(data)}`);
        expect(got.status, `GET ${p}${slash}`).toBe(200);
      }
    expect(sink.events()).toHaveLength(paths.length * 4);
  });

  it('drops a malformed event of a batch alone', async () => {
    const res = await post(
      '/batch/',
      batch([
        { event: 'good', distinct_id: 'u', uuid: randomUUID() },
        { event: 'no distinct id' },
        { event: 'bad properties', distinct_id: 'u', properties: 'text' },
        { event: 'good too', distinct_id: 7 },
      ]),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 1 });
    expect(sink.events().map((e) => [e.name, e.distinctId])).toEqual([
      ['good', 'u'],
      ['good too', '7'],
    ]);
  });

  it('refuses a single malformed event and an undecodable body with 400 in PostHog’s shape', async () => {
    for (const [path, body] of [
      ['/e/', JSON.stringify({ event: 'x', api_key: key })],
      ['/batch/', '{"api_key":'],
      ['/batch/', '"just text"'],
      ['/e/', Buffer.from([0x1f, 0x8b, 0, 0])],
    ] as const) {
      const res = await post(path, body);
      expect(res.status, String(body)).toBe(400);
      expect(await res.json()).toMatchObject({ type: 'validation_error', code: 'invalid_payload' });
    }
    const noKey = await post('/batch/', batch([]).replace(key, ''));
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ type: 'authentication_error', code: 'invalid_api_key' });
  });

  it('reads lz64 and form data= bodies as posthog-js sends them', async () => {
    const events = [
      {
        event: 'lz',
        distinct_id: 'u',
        properties: { token: key, $current_url: 'https://a.test/?utm_campaign=x' },
      },
    ];
    const form = `data=${encodeURIComponent(LZString.compressToBase64(JSON.stringify(events)))}`;
    const lz = await post('/e/?compression=lz64', form, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(lz.status).toBe(200);
    const b64 = `data=${encodeURIComponent(Buffer.from(JSON.stringify({ ...events[0], event: 'form' })).toString('base64'))}`;
    const plain = await post('/capture/', b64, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(plain.status).toBe(200);
    const gz = await post(
      '/e/?compression=gzip-js',
      gzipSync(JSON.stringify([{ ...events[0], event: 'gz' }])),
      {
        'content-type': 'text/plain',
      },
    );
    expect(gz.status).toBe(200);
    expect(sink.events().map((e) => e.name)).toEqual(['lz', 'form', 'gz']);
    expect(sink.events()[0]!.url).toBe('https://a.test/?utm_campaign=x');
  });

  /** A raw request, so Content-Length can be stated and the body streamed (or never sent). */
  function rawRequest(
    path: string,
    headers: Record<string, string | number>,
    body?: (req: http.ClientRequest) => void,
  ) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${base}${path}`, { method: 'POST', headers }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on('error', reject);
      if (body) body(req);
      else req.end();
    });
  }

  it('refuses an oversized body with 413 from its Content-Length, before reading it', async () => {
    // Only the headers are sent: the answer comes without the body.
    const res = await rawRequest(
      '/batch/',
      { 'content-type': 'application/json', 'content-length': 21 * 1024 * 1024 },
      (req) => req.flushHeaders(),
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ type: 'validation_error' });
    const single = await rawRequest(
      '/e/',
      { 'content-type': 'application/json', 'content-length': 3 * 1024 * 1024 },
      (req) => req.flushHeaders(),
    );
    expect(single.status).toBe(413);
  });

  it('refuses a chunked body with 413 once it passes the limit', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const res = await rawRequest(
      '/e/',
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      (req) => {
        let sent = 0;
        const more = () => {
          while (sent < 4 * 1024 * 1024) {
            sent += chunk.length;
            if (!req.write(chunk)) return req.once('drain', more);
          }
          req.end();
        };
        req.on('error', () => {});
        more();
      },
    );
    expect(res.status).toBe(413);
    expect(sink.writes).toBe(0);
  });

  it('answers /flags?v=2 and /decide with empty, valid answers, and CORS for any origin', async () => {
    for (const path of ['/flags/?v=2', '/flags?v=2&config=true', '/decide/?v=3']) {
      const res = await post(path, JSON.stringify({ token: key, distinct_id: 'u' }), {
        origin: 'https://shop.test',
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(await res.json()).toMatchObject({
        flags: {},
        featureFlags: {},
        errorsWhileComputingFlags: false,
      });
    }
    const config = await fetch(`${base}/array/${key}/config`);
    expect(await config.json()).toMatchObject({ token: key, sessionRecording: false });
    const script = await fetch(`${base}/array/${key}/config.js`);
    expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(await script.text()).toContain(`_POSTHOG_REMOTE_CONFIG[${JSON.stringify(key)}]`);
    // A token that could break out of the script is not one.
    expect((await fetch(`${base}/array/${encodeURIComponent('"];alert(1)//')}/config.js`)).status).toBe(404);
    const preflight = await fetch(`${base}/e/`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const capture = await post('/e/', JSON.stringify({ event: 'x', distinct_id: 'u', api_key: key }), {
      origin: 'https://shop.test',
    });
    expect(capture.headers.get('access-control-allow-origin')).toBe('*');
    expect(capture.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(capture.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('never answers 500, whatever the body (fuzz)', async () => {
    const bodies: (string | Buffer)[] = [
      '',
      'null',
      '[]',
      '[[[]]]',
      '{"batch":{}}',
      '{"batch":[null]}',
      `{"api_key":"${key}","batch":[{"event":{},"distinct_id":[]}]}`,
      `{"api_key":"${key}","batch":[{"event":"x","distinct_id":"u","timestamp":{},"sent_at":[],"offset":"9"}]}`,
      `{"api_key":"${key}","batch":[{"event":"x","distinct_id":"u","properties":{"$groups":[1],"$set":"x"}}]}`,
      `{"api_key":"${key}","batch":[${'['.repeat(100)}${']'.repeat(100)}]}`,
      `{"api_key":"${key}","batch":[{"event":"x","distinct_id":"u","properties":${'{"a":'.repeat(60)}1${'}'.repeat(60)}}]}`,
      `{"api_key":"\\ud800","batch":[]}`,
      randomBytes(500),
      gzipSync(randomBytes(500)),
    ];
    for (const body of bodies)
      for (const path of ['/batch/', '/e/?compression=lz64', '/i/v0/e/?compression=gzip'])
        for (const type of ['application/json', 'text/plain', 'application/x-www-form-urlencoded']) {
          const res = await post(path, body, { 'content-type': type });
          expect([200, 400, 401], `${path} ${type} ${String(body).slice(0, 60)}`).toContain(res.status);
        }
    const badQuery = await fetch(`${base}/e/?data=%ED%A0%80`);
    expect(badQuery.status).toBe(400);
  });
});
