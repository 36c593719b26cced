import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedUp, TEST_PASSWORD, type TestEnv } from '../../../test/harness.ts';
import { loadConfig } from '../../config.ts';
import { buildApp } from '../../http/app.ts';
import { LOGIN_ADDRESS, LOGIN_PAIR } from './auth.ts';

/**
 * The client address throttling counts by is `req.ip`: the socket's address, or with TANDEM_TRUST_PROXY the
 * address a trusted proxy reports in X-Forwarded-For. A stranger must not be able to claim another address.
 */
let env: TestEnv;
let proxied: FastifyInstance;
beforeAll(async () => {
  env = await createTestEnv();
  // As `tandem serve` builds it, from the environment (src/cli/serve.ts).
  const config = loadConfig({ LOG_LEVEL: 'silent', TANDEM_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' });
  proxied = await buildApp({ database: env.database, config, trustProxy: config.trustProxy });
  await proxied.ready();
});
afterAll(async () => {
  await proxied?.close();
  await env.close();
});

const PASSWORD = TEST_PASSWORD;
const WRONG = 'not my password at all';
const account = (label: string) => signedUp(env.app, label);

const login = (
  app: FastifyInstance,
  email: string,
  password: string,
  remoteAddress: string,
  forwardedFor?: string,
) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('TANDEM_TRUST_PROXY', () => {
  const parse = (value?: string) =>
    loadConfig(value === undefined ? {} : { TANDEM_TRUST_PROXY: value }).trustProxy;

  it('is off by default and takes true or a list of addresses, CIDR ranges and range names', () => {
    expect(parse()).toBe(false);
    expect(parse('false')).toBe(false);
    expect(parse('true')).toBe(true);
    expect(parse(' 127.0.0.1, 10.0.0.0/8,::1 , fd00::/8,uniquelocal')).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'uniquelocal',
    ]);
  });

  it('takes a number of hops', () => {
    expect(parse('1')).toEqual({ hops: 1 });
    expect(parse('2')).toEqual({ hops: 2 });
  });

  it('refuses anything else at start-up, naming the variable', () => {
    for (const bad of ['yes', '10.0.0.0/33', '10.0.0.1,', 'proxy.internal', '300.1.1.1'])
      expect(() => parse(bad)).toThrow(/TANDEM_TRUST_PROXY: .*not an address/);
    for (const bad of ['0', '17'])
      expect(() => parse(bad)).toThrow(/TANDEM_TRUST_PROXY: a hop count is 1 to 16/);
  });
});

describe('the client address', () => {
  it('ignores X-Forwarded-For when no proxy is trusted: it can neither dodge a wait nor frame another address', async () => {
    const email = await account('direct');
    for (let i = 0; i < LOGIN_PAIR.free; i++)
      expect((await login(env.app, email, WRONG, '192.0.2.10', `203.0.113.${i}`)).statusCode).toBe(401);
    // A new claimed address does not reset the wait…
    expect((await login(env.app, email, PASSWORD, '192.0.2.10', '203.0.113.99')).statusCode).toBe(429);
    // …and the addresses it claimed were not blamed.
    expect((await login(env.app, email, PASSWORD, '203.0.113.0')).statusCode).toBe(200);
  });

  it('comes from X-Forwarded-For when the request comes through a trusted proxy', async () => {
    const email = await account('proxied');
    for (let i = 0; i < LOGIN_PAIR.free; i++)
      expect((await login(proxied, email, WRONG, '10.1.2.3', '203.0.113.5')).statusCode).toBe(401);
    expect((await login(proxied, email, PASSWORD, '10.1.2.3', '203.0.113.5')).statusCode).toBe(429);
    // Another client behind the same proxy, and the same client through another trusted proxy hop.
    expect((await login(proxied, email, PASSWORD, '10.1.2.3', '203.0.113.6')).statusCode).toBe(200);
    expect((await login(proxied, email, PASSWORD, '127.0.0.1', '203.0.113.5')).statusCode).toBe(429);
  });

  it('with a hop count, is the address the last trusted hop reports', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', TANDEM_TRUST_PROXY: '1' });
    const oneHop = await buildApp({ database: env.database, config, trustProxy: config.trustProxy });
    try {
      const email = await account('hops');
      for (let i = 0; i < LOGIN_PAIR.free; i++)
        expect((await login(oneHop, email, WRONG, '10.9.9.9', '198.51.100.1, 203.0.113.70')).statusCode).toBe(
          401,
        );
      // The client is the last address the proxy appended, not what the client itself put first.
      expect(
        (await login(oneHop, email, PASSWORD, '10.9.9.9', '198.51.100.2, 203.0.113.70')).statusCode,
      ).toBe(429);
      expect(
        (await login(oneHop, email, PASSWORD, '10.9.9.9', '198.51.100.1, 203.0.113.71')).statusCode,
      ).toBe(200);
    } finally {
      await oneHop.close();
    }
  });

  it('is not taken from X-Forwarded-For sent by a client that is not a trusted proxy', async () => {
    const email = await account('spoofer');
    for (let i = 0; i < LOGIN_PAIR.free; i++)
      expect((await login(proxied, email, WRONG, '192.0.2.20', `203.0.113.${20 + i}`)).statusCode).toBe(401);
    expect((await login(proxied, email, PASSWORD, '192.0.2.20', '203.0.113.99')).statusCode).toBe(429);
  });

  it("behind a proxy, one client's failures across accounts (a burst past the ceiling) do not block the others", async () => {
    const email = await account('neighbour');
    const burst = LOGIN_ADDRESS.limit + 20;
    const statuses = (
      await Promise.all(
        Array.from({ length: burst }, (_, i) =>
          login(proxied, `nobody.${i}.${Date.now()}@example.test`, WRONG, '127.0.0.1', '203.0.113.40'),
        ),
      )
    ).map((r) => r.statusCode);
    // Exactly the ceiling is evaluated (401), the rest refused unevaluated (429), even concurrently.
    expect({
      evaluated: statuses.filter((s) => s === 401).length,
      throttled: statuses.filter((s) => s === 429).length,
    }).toEqual({ evaluated: LOGIN_ADDRESS.limit, throttled: 20 });
    expect((await login(proxied, email, PASSWORD, '127.0.0.1', '203.0.113.41')).statusCode).toBe(200);
    const refused = await login(proxied, email, PASSWORD, '127.0.0.1', '203.0.113.40');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
