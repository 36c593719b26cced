import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestEnv,
  signedUp,
  TEST_PASSWORD,
  type TestEnv,
  uniqueAddress,
  uniqueEmail,
} from '../../../test/harness.ts';
import { LOGIN_PAIR, SIGNUP_ADDRESS } from './auth.ts';
import { addressKey, type Rate, refund, take } from './throttle.ts';

/**
 * Login and sign-up throttling: per (account, client address) with growing delays, a ceiling per address,
 * counted atomically. `remoteAddress` stands for the client's address.
 */
let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const PASSWORD = TEST_PASSWORD;
const WRONG = 'not my password at all';
const account = (label: string) => signedUp(env.app, label);

const login = (email: string, password: string, remoteAddress: string) =>
  env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });

/** How many attempts were evaluated (password checked: 200 or 401) and how many refused unevaluated (429). */
function tally(statuses: number[]) {
  const evaluated = statuses.filter((s) => s === 200 || s === 401).length;
  const throttled = statuses.filter((s) => s === 429).length;
  return { evaluated, throttled, other: statuses.length - evaluated - throttled };
}

/** Moves a pair's wait into the past, as if its delay had gone by. */
const letTimePass = async (ip: string, email: string) =>
  env.database.db.execute(
    sql`update throttles set until = clock_timestamp() - interval '1 second'
        where scope = 'login' and subject = ${`${ip} ${email.toLowerCase()}`}`,
  );

describe('login throttling per account and client address', () => {
  it("another address's failures never block the right password (10 wrong from .2, right from .1)", async () => {
    const email = await account('victim');
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await login(email, WRONG, '127.0.0.2')).statusCode);
    expect(tally(statuses)).toEqual({
      evaluated: LOGIN_PAIR.free,
      throttled: 10 - LOGIN_PAIR.free,
      other: 0,
    });
    expect((await login(email, PASSWORD, '127.0.0.1')).statusCode).toBe(200);
    // The guessing pair itself waits, right password or not: that is what slows guessing down.
    const guesser = await login(email, PASSWORD, '127.0.0.2');
    expect(guesser.statusCode).toBe(429);
    expect(guesser.headers['content-type']).toContain('application/problem+json');
    expect(Number(guesser.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('delays grow 2, 4, 8 … seconds after the free attempts, up to the cap, and a success clears them', async () => {
    const email = await account('backoff');
    const ip = '198.51.100.20';
    for (let i = 0; i < LOGIN_PAIR.free; i++) expect((await login(email, WRONG, ip)).statusCode).toBe(401);
    const waits = [];
    for (let i = 0; i < 3; i++) {
      const refused = await login(email, WRONG, ip);
      expect(refused.statusCode).toBe(429);
      waits.push(Number(refused.headers['retry-after']));
      await letTimePass(ip, email);
      expect((await login(email, WRONG, ip)).statusCode).toBe(401);
    }
    expect(waits).toEqual([2, 4, 8]);
    await env.database.db.execute(
      sql`update throttles set hits = 1000 where scope = 'login' and subject = ${`${ip} ${email}`}`,
    );
    await letTimePass(ip, email);
    await login(email, WRONG, ip);
    expect(Number((await login(email, WRONG, ip)).headers['retry-after'])).toBe(LOGIN_PAIR.capSeconds);
    await letTimePass(ip, email);
    expect((await login(email, PASSWORD, ip)).statusCode).toBe(200);
    // Cleared: the free attempts are back.
    for (let i = 0; i < LOGIN_PAIR.free; i++) expect((await login(email, WRONG, ip)).statusCode).toBe(401);
  });

  it('counts atomically: a burst of 30 concurrent wrong tries evaluates exactly the free attempts', async () => {
    const email = await account('burst');
    const statuses = (
      await Promise.all(Array.from({ length: 30 }, () => login(email, WRONG, '198.51.100.30')))
    ).map((r) => r.statusCode);
    expect(tally(statuses)).toEqual({
      evaluated: LOGIN_PAIR.free,
      throttled: 30 - LOGIN_PAIR.free,
      other: 0,
    });
    expect((await login(email, PASSWORD, '198.51.100.31')).statusCode).toBe(200);
  });
});

describe('the address counted', () => {
  it('is an IPv4 address as it is, and an IPv6 address by its /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:1:2::a')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:0:0:1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1:2:3:1.2.3.4')).toBe('2001:db8:0:1::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('so rotating through one IPv6 network does not reset the wait', async () => {
    const email = await account('six');
    for (let i = 0; i < LOGIN_PAIR.free; i++)
      expect((await login(email, WRONG, `2001:db8:6:6::${i + 1}`)).statusCode).toBe(401);
    expect((await login(email, PASSWORD, '2001:db8:6:6::ffff')).statusCode).toBe(429);
    expect((await login(email, PASSWORD, '2001:db8:6:7::1')).statusCode).toBe(200);
  });
});

describe('take and refund', () => {
  const policy: Rate = { kind: 'rate', limit: 3, periodSeconds: 60 };
  it('a rate allows its limit at once, refuses the next with the wait for one step, and takes back refunds', async () => {
    const subject = uniqueAddress();
    const take3 = async () => {
      const verdicts = [];
      for (let i = 0; i < 3; i++)
        verdicts.push(await take(env.database.db, 'login-address', subject, policy));
      return verdicts;
    };
    expect(await take3()).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    const refused = await take(env.database.db, 'login-address', subject, policy);
    expect(refused.ok).toBe(false);
    expect(refused.ok === false && refused.retryAfter).toBeGreaterThan(15);
    expect(refused.ok === false && refused.retryAfter).toBeLessThanOrEqual(20);
    // A success gives its attempt back (many people logging in behind one address never reach the ceiling).
    await refund(env.database.db, 'login-address', subject, policy);
    expect(await take(env.database.db, 'login-address', subject, policy)).toEqual({ ok: true });
    expect((await take(env.database.db, 'login-address', subject, policy)).ok).toBe(false);
  });
});

describe('sign-up limit per client address', () => {
  it(`allows ${SIGNUP_ADDRESS.limit} sign-ups from one address, then answers 429 with Retry-After`, async () => {
    const ip = '198.51.100.60';
    const signup = (remoteAddress: string) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: { email: uniqueEmail('many'), password: PASSWORD, name: 'Many' },
        remoteAddress,
      });
    for (let i = 0; i < SIGNUP_ADDRESS.limit; i++) expect((await signup(ip)).statusCode).toBe(201);
    const refused = await signup(ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    // One step of the rate, less the time the sign-ups above took.
    const step = SIGNUP_ADDRESS.periodSeconds / SIGNUP_ADDRESS.limit;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(step / 2);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(step);
    expect((await signup('198.51.100.61')).statusCode).toBe(201);
  });
});
