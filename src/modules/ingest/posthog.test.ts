import { gzipSync } from 'node:zlib';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../events/types.ts';
import { base64Text, lz64Decompress, TooLarge, Undecodable } from './body.ts';
import { decodePosthogBody, eventTime, readEvent, readPosthogPayload } from './posthog.ts';

const now = new Date('2026-03-10T12:00:00.000Z');
const ctx = { now, userAgent: 'Mozilla/5.0 (header)' };
const MB = 1024 * 1024;

const decode = (body: Buffer | string, more: Partial<Parameters<typeof decodePosthogBody>[0]> = {}) =>
  decodePosthogBody({
    method: 'POST',
    query: {},
    contentType: 'application/json',
    contentEncoding: undefined,
    body: Buffer.isBuffer(body) ? body : Buffer.from(body),
    maxBytes: MB,
    ...more,
  });

const one = (raw: unknown, sentAt?: unknown) => {
  const e = readEvent(raw, sentAt, ctx);
  if (typeof e === 'string') throw new Error(e);
  return e;
};

describe('decoding a PostHog body', () => {
  const payload = { api_key: 'k', batch: [{ event: 'x', distinct_id: 'd' }] };
  const json = JSON.stringify(payload);

  it('reads JSON, gzip by header, by query and by magic bytes, base64 and text/plain', async () => {
    expect(await decode(json)).toEqual(payload);
    const gz = gzipSync(json);
    expect(await decode(gz, { contentEncoding: 'gzip' })).toEqual(payload);
    expect(await decode(gz, { query: { compression: 'gzip-js' }, contentType: 'text/plain' })).toEqual(
      payload,
    );
    expect(await decode(gz, { contentType: undefined })).toEqual(payload);
    expect(await decode(Buffer.from(json).toString('base64'), { contentType: 'text/plain' })).toEqual(
      payload,
    );
  });

  it('reads a form with data= in JSON, base64 or lz64, and GET data= in the query', async () => {
    const form = (data: string, extra = '') => `data=${encodeURIComponent(data)}${extra}`;
    const urlencoded = { contentType: 'application/x-www-form-urlencoded' };
    expect(await decode(form(json), urlencoded)).toEqual(payload);
    expect(await decode(form(Buffer.from(json).toString('base64')), urlencoded)).toEqual(payload);
    const lz = LZString.compressToBase64(json);
    expect(await decode(form(lz), { ...urlencoded, query: { compression: 'lz64' } })).toEqual(payload);
    expect(await decode(form(lz, '&compression=lz64'), urlencoded)).toEqual(payload);
    expect(
      await decode('', { method: 'GET', query: { data: Buffer.from(json).toString('base64') } }),
    ).toEqual(payload);
  });

  it('refuses what it cannot decode', async () => {
    for (const [body, more] of [
      ['', {}],
      ['{not json', {}],
      ['%%%', { contentType: 'text/plain' }],
      [Buffer.from([0x1f, 0x8b, 1, 2, 3]), {}],
      [Buffer.from([0xff, 0xfe, 0x7b]), {}],
      ['data=', { contentType: 'application/x-www-form-urlencoded' }],
      ['zzz', { query: { compression: 'lz64' } }],
    ] as const)
      await expect(decode(body, more)).rejects.toBeInstanceOf(Undecodable);
  });

  it('bounds what a compressed body may inflate to (a gzip or lz64 bomb is 413, not memory)', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * MB, 0x20));
    expect(bomb.length).toBeLessThan(MB);
    await expect(decode(bomb)).rejects.toBeInstanceOf(TooLarge);
    // lz-string is slow to compress: a smaller bomb against a smaller bound shows the same.
    const lz = LZString.compressToBase64('a'.repeat(300_000));
    expect(lz.length).toBeLessThan(2000);
    await expect(decode(lz, { query: { compression: 'lz64' }, maxBytes: 100_000 })).rejects.toBeInstanceOf(
      TooLarge,
    );
    await expect(decode(Buffer.alloc(MB + 1, 0x20))).rejects.toBeInstanceOf(TooLarge);
  });

  it('decodes lz-string exactly as lz-string encodes, any text', () => {
    const texts = [
      '',
      'a',
      'ab'.repeat(500),
      '{"é":"🎉"}',
      String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 65000)),
    ];
    for (const t of texts) expect(lz64Decompress(LZString.compressToBase64(t), 10 * MB)).toBe(t);
    expect(() => base64Text('not base64!')).toThrow(Undecodable);
  });
});

describe('reading a PostHog payload', () => {
  it('takes the key from api_key, token or $token, top level or in the first event', () => {
    expect(readPosthogPayload({ api_key: 'a', batch: [] }, ctx).key).toBe('a');
    expect(readPosthogPayload({ token: 'b', batch: [] }, ctx).key).toBe('b');
    expect(readPosthogPayload([{ event: 'x', properties: { token: 'c' } }], ctx).key).toBe('c');
    expect(readPosthogPayload({ event: 'x', $token: 'd' }, ctx).key).toBe('d');
    expect(readPosthogPayload({ event: 'x', properties: { $token: 'e' } }, ctx).key).toBe('e');
    expect(readPosthogPayload({ batch: [{ event: 'x' }] }, ctx).key).toBeNull();
  });

  it('reads the distinct id from distinct_id, $distinct_id or properties.distinct_id; numbers become text', () => {
    expect(one({ event: 'x', distinct_id: 'a' }).distinctId).toBe('a');
    expect(one({ event: 'x', $distinct_id: 'b' }).distinctId).toBe('b');
    expect(one({ event: 'x', properties: { distinct_id: 'c' } }).distinctId).toBe('c');
    expect(one({ event: 'x', distinct_id: 42 }).distinctId).toBe('42');
  });

  it('drops a bad event of a batch alone and says why', () => {
    const read = readPosthogPayload(
      {
        api_key: 'k',
        batch: [
          { event: 'ok', distinct_id: 'a' },
          { event: 'no id' },
          'text',
          { distinct_id: 'no name' },
          { event: 'x', distinct_id: 'a', properties: [1] },
          { event: 'x', distinct_id: true },
          { event: 'x', distinct_id: 'a'.repeat(201) },
          { event: 'ok2', distinct_id: 'b' },
        ],
      },
      ctx,
    );
    expect(read.events.map((e) => e.name)).toEqual(['ok', 'ok2']);
    expect(read.dropped.map((d) => d.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(read.single).toBe(false);
    expect(readPosthogPayload({ event: 'x' }, ctx).single).toBe(true);
    expect(() => readPosthogPayload('text', ctx)).toThrow(Undecodable);
  });

  it('applies the time rule: skew-corrected, timestamp, now − offset, now', () => {
    const at = (e: Record<string, unknown>, sentAt?: string) => eventTime(e, sentAt, now).toISOString();
    // The sender's clock is 1 h fast; the event happened 10 s before it was sent.
    expect(at({ timestamp: '2026-03-10T12:59:50Z' }, '2026-03-10T13:00:00Z')).toBe(
      '2026-03-10T11:59:50.000Z',
    );
    expect(at({ timestamp: '2026-03-10T12:59:50Z', sent_at: '2026-03-10T13:00:00Z' })).toBe(
      '2026-03-10T11:59:50.000Z',
    );
    expect(at({ timestamp: '2026-03-09T08:00:00Z' })).toBe('2026-03-09T08:00:00.000Z');
    expect(at({ offset: 5000 })).toBe('2026-03-10T11:59:55.000Z');
    expect(at({})).toBe(now.toISOString());
    expect(at({ timestamp: 'garbage', offset: 'x' })).toBe(now.toISOString());
    expect(at({ timestamp: '2027-01-01T00:00:00Z' })).toBe(now.toISOString());
  });

  it('maps identify, alias, groups, group identify, pageview and $set', () => {
    const identify = one({
      event: '$identify',
      distinct_id: 'user-1',
      uuid: '0190b6a4-0000-7000-8000-000000000001',
      properties: {
        $anon_distinct_id: 'anon-1',
        $set: { email: 'a@b.c' },
        $set_once: { first: 'x' },
        token: 'k',
      },
    });
    expect(identify).toMatchObject<Partial<IncomingEvent>>({
      messageId: '0190b6a4-0000-7000-8000-000000000001',
      otherDistinctId: 'anon-1',
      set: { email: 'a@b.c' },
      setOnce: { first: 'x' },
    });
    expect(identify.properties.token).toBeUndefined();
    expect(one({ event: '$create_alias', distinct_id: 'u', properties: { alias: 77 } }).otherDistinctId).toBe(
      '77',
    );
    expect(
      one({ event: 'x', distinct_id: 'u', properties: { $groups: { company: 'acme', n: 5, bad: {} } } })
        .groups,
    ).toEqual({
      company: 'acme',
      n: '5',
    });
    expect(
      one({
        event: '$groupidentify',
        distinct_id: 'u',
        properties: { $group_type: 'company', $group_key: 'acme', $group_set: { name: 'Acme' } },
      }).groupIdentify,
    ).toEqual({ type: 'company', key: 'acme', properties: { name: 'Acme' } });
    expect(readEvent({ event: '$groupidentify', distinct_id: 'u', properties: {} }, undefined, ctx)).toMatch(
      /group_type/,
    );
    const page = one({
      event: '$pageview',
      distinct_id: 'u',
      properties: {
        $current_url: 'https://x.test/?utm_source=news',
        $referrer: '$direct',
        utm_campaign: 'spring',
        $raw_user_agent: 'UA',
      },
    });
    expect(page).toMatchObject({
      url: 'https://x.test/?utm_source=news',
      utm: { campaign: 'spring' },
      userAgent: 'UA',
    });
    expect(page.referrer).toBeUndefined();
    expect(one({ event: 'x', distinct_id: 'u' }).userAgent).toBe('Mozilla/5.0 (header)');
    expect(one({ event: 'x', distinct_id: 'u', $set: { plan: 'pro' } }).set).toEqual({ plan: 'pro' });
    // /engage/: a people update without an event name.
    expect(one({ $distinct_id: 'u', $set: { plan: 'pro' } }).name).toBe('$set');
  });

  it('never throws anything but Undecodable, whatever the types (fuzz)', () => {
    const values: unknown[] = [
      null,
      true,
      0,
      -1,
      1e308,
      NaN,
      '',
      'x',
      [],
      {},
      [null],
      { a: 1 },
      '2026-01-01',
      'ä',
    ];
    const fields = [
      'event',
      'distinct_id',
      '$distinct_id',
      'properties',
      'timestamp',
      'sent_at',
      'offset',
      'uuid',
      '$set',
      'api_key',
      'batch',
    ];
    const props = [
      'distinct_id',
      '$current_url',
      '$referrer',
      '$groups',
      '$set',
      '$set_once',
      '$group_type',
      '$group_key',
      '$group_set',
      '$anon_distinct_id',
      'alias',
      'utm_source',
      'token',
    ];
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const pick = () => values[rnd(values.length)];
    for (let i = 0; i < 3000; i++) {
      const event: Record<string, unknown> = { event: rnd(2) ? '$identify' : '$groupidentify' };
      for (const f of fields) if (rnd(2)) event[f] = pick();
      if (rnd(2)) event.properties = Object.fromEntries(props.filter(() => rnd(2)).map((p) => [p, pick()]));
      const payload =
        rnd(3) === 0
          ? event
          : rnd(2)
            ? [event, pick()]
            : { api_key: pick(), batch: [event], sent_at: pick() };
      try {
        const read = readPosthogPayload(payload, ctx);
        for (const e of read.events) {
          expect(typeof e.distinctId).toBe('string');
          expect(Number.isFinite(e.time.getTime())).toBe(true);
        }
      } catch (err) {
        expect(err).toBeInstanceOf(Undecodable);
      }
    }
  });
});
