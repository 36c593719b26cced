import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { createIngestEnv, type IngestEnv } from './segment-testing.ts';

/** Plausible's events API as the tracker posts it (text/plain JSON, short field names). */
describe('Plausible ingestion', () => {
  let env: IngestEnv;
  beforeAll(async () => {
    env = await createIngestEnv();
  });
  afterAll(() => env.close());

  const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36';
  const send = (
    body: unknown,
    query = '',
    headers: Record<string, string> = {},
    remoteAddress = '203.0.113.9',
  ) =>
    env.app.inject({
      method: 'POST',
      url: `/ingest/plausible/api/event${query}`,
      payload: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'text/plain', 'user-agent': UA, ...headers },
      remoteAddress,
    });
  const written = (sourceId: string) =>
    env.writes.filter((w) => w.source.sourceId === sourceId).flatMap((w) => w.events);

  it('stores a pageview with its URL (UTM on it) and referrer, answering 202 ok', async () => {
    const src = await env.source('website', ['acme.test']);
    const res = await send(
      {
        n: 'pageview',
        u: 'https://acme.test/?utm_source=news&utm_campaign=spring',
        d: 'acme.test',
        r: 'https://news.example/',
      },
      `?key=${src.key}`,
    );
    expect(res.statusCode).toBe(202);
    expect(res.body).toBe('ok');
    const [event] = written(src.sourceId);
    expect(event).toMatchObject({
      name: '$pageview',
      url: 'https://acme.test/?utm_source=news&utm_campaign=spring',
      referrer: 'https://news.example/',
      userAgent: UA,
      properties: {},
    });
    expect(event!.distinctId).toMatch(/^[0-9a-f]{32}$/);
    const [row] = await rows<{
      utm_source: string;
      utm_campaign: string;
      referrer_domain: string;
      channel: string;
    }>(
      env.app.db,
      sql`select utm_source, utm_campaign, referrer_domain, channel from events where workspace_id = ${src.workspaceId}`,
    );
    expect(row).toMatchObject({
      utm_source: 'news',
      utm_campaign: 'spring',
      referrer_domain: 'news.example',
    });
  });

  it('knows a visitor by address and browser, without a cookie', async () => {
    const src = await env.source('website', ['visits.test']);
    const page = { n: 'pageview', u: 'https://visits.test/', d: 'visits.test' };
    await send(page, `?key=${src.key}`);
    await send({ ...page, u: 'https://visits.test/pricing' }, `?key=${src.key}`);
    await send(page, `?key=${src.key}`, {}, '198.51.100.7');
    await send(page, `?key=${src.key}`, { 'user-agent': `${UA} Edg/120` });
    const ids = written(src.sourceId).map((e) => e.distinctId);
    expect(ids[1]).toBe(ids[0]);
    expect(new Set(ids).size).toBe(3);
  });

  it('takes custom events with props (object or JSON string) and revenue', async () => {
    const src = await env.source('website', ['shop.test']);
    await send(
      { name: 'Signup', url: 'https://shop.test/join', domain: 'shop.test', props: { plan: 'pro' } },
      `?key=${src.key}`,
    );
    await send(
      {
        n: 'Purchase',
        u: 'https://shop.test/',
        d: 'shop.test',
        p: '{"sku":"A1"}',
        $: { amount: '15.99', currency: 'eur' },
      },
      `?key=${src.key}`,
    );
    expect(written(src.sourceId).map((e) => [e.name, e.properties])).toEqual([
      ['Signup', { plan: 'pro' }],
      ['Purchase', { sku: 'A1', revenue: 15.99, currency: 'EUR' }],
    ]);
  });

  it('finds the website source by domain when the tracker sends no key', async () => {
    const src = await env.source('website', [`www.byname-${Date.now()}.test`]);
    const domain = src.domains[0]!.replace(/^www\./, '');
    const res = await send({
      n: 'pageview',
      u: `https://${domain}/`,
      d: `${domain.toUpperCase()},other.test`,
    });
    expect(res.statusCode).toBe(202);
    expect(res.headers['x-plausible-dropped']).toBeUndefined();
    expect(written(src.sourceId)).toHaveLength(1);
  });

  it('drops an unknown domain as Plausible does, refuses an unknown key, and stores no engagement', async () => {
    const before = env.writes.length;
    const unknown = await send({ n: 'pageview', u: 'https://nobody.test/', d: 'nobody.test' });
    expect(unknown.statusCode).toBe(202);
    expect(unknown.headers['x-plausible-dropped']).toBe('1');
    const badKey = await send({ n: 'pageview', u: 'https://acme.test/', d: 'acme.test' }, '?key=sk_nope');
    expect(badKey.statusCode).toBe(401);
    const src = await env.source('website', ['engaged.test']);
    const engagement = await send(
      { n: 'engagement', u: 'https://engaged.test/', d: 'engaged.test', e: 5000, sd: 40 },
      `?key=${src.key}`,
    );
    expect(engagement.statusCode).toBe(202);
    expect(env.writes.length).toBe(before);
  });

  it("refuses what it cannot read with Plausible's errors, oversized bodies with 413, never a 500", async () => {
    const src = await env.source('website', ['bad.test']);
    const q = `?key=${src.key}`;
    const missing = await send({ u: 'https://bad.test/' }, q);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ errors: { name: ["can't be blank"], domain: ["can't be blank"] } });
    expect((await send({ n: 'x', u: 'not a url', d: 'bad.test' }, q)).statusCode).toBe(400);
    expect((await send('{broken', q)).statusCode).toBe(400);
    expect((await send('', q)).statusCode).toBe(400);
    expect(
      (await send({ n: 'x', u: 'https://bad.test/', d: 'bad.test' }, `${q}&x=%ED%A0%80`)).statusCode,
    ).toBe(400);
    const big = await send(
      { n: 'x', u: 'https://bad.test/', d: 'bad.test', p: { blob: 'x'.repeat(40_000) } },
      q,
    );
    expect(big.statusCode).toBe(413);
    expect(written(src.sourceId)).toEqual([]);
  });
});
