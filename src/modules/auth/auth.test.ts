import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  Client,
  createTestEnv,
  newUser,
  type TestEnv,
  uniqueAddress,
  uniqueEmail,
} from '../../../test/harness.ts';
import { LOGIN_PAIR } from './auth.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const signup = (payload: unknown) =>
  env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: payload as object,
    remoteAddress: uniqueAddress(),
  });
const login = (payload: unknown, ip = '10.0.0.1') =>
  env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: payload as object,
    remoteAddress: ip,
  });

describe('sign up, log in, log out', () => {
  it('signs up with an HTTP-only session cookie and stores no plain password', async () => {
    const email = uniqueEmail('Signup');
    const res = await signup({ email, password: 'a long enough secret', name: 'Sam' });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ email: email.toLowerCase(), name: 'Sam' });
    const cookie = res.cookies.find((c) => c.name === 'tandem_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await env.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { tandem_session: cookie.value },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(email.toLowerCase());
  });

  it('hashes passwords with argon2id', async () => {
    const email = uniqueEmail('hash');
    await signup({ email, password: 'a long enough secret', name: 'H' });
    const { users } = await import('./schema.ts');
    const { eq } = await import('drizzle-orm');
    const [row] = await env.database.db.select().from(users).where(eq(users.email, email));
    expect(row!.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row!.passwordHash).not.toContain('a long enough secret');
  });

  it('refuses bad sign-ups with field paths and writes nothing', async () => {
    const res = await signup({ email: 'not-an-email', password: 'short', name: '', extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password', 'body.name']));
    const dup = uniqueEmail('dup');
    expect((await signup({ email: dup, password: 'a long enough secret', name: 'A' })).statusCode).toBe(201);
    expect(
      (await signup({ email: dup.toUpperCase(), password: 'a long enough secret', name: 'B' })).statusCode,
    ).toBe(409);
  });

  it('refuses malformed JSON and oversized bodies as problem+json', async () => {
    const bad = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const huge = await signup({ email: uniqueEmail(), password: 'x'.repeat(2_000_000), name: 'Big' });
    expect(huge.statusCode).toBe(413);
  });

  it('logs in, and a wrong password or unknown email gets the same answer', async () => {
    const email = uniqueEmail('login');
    await signup({ email, password: 'a long enough secret', name: 'L' });
    const ok = await login({ email, password: 'a long enough secret' });
    expect(ok.statusCode).toBe(200);
    const wrong = await login({ email, password: 'wrong password!!' });
    const unknown = await login({ email: uniqueEmail('nobody'), password: 'wrong password!!' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('rate-limits failed logins per email and client address (throttle.test.ts has the rest)', async () => {
    const email = uniqueEmail('throttle');
    await signup({ email, password: 'a long enough secret', name: 'T' });
    for (let i = 0; i < LOGIN_PAIR.free; i++) {
      expect((await login({ email, password: 'nope nope nope' }, '10.1.0.1')).statusCode).toBe(401);
    }
    const limited = await login({ email, password: 'a long enough secret' }, '10.1.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await login({ email, password: 'a long enough secret' }, '10.2.0.1')).statusCode).toBe(200);
  });

  it('logs out: the cookie stops working', async () => {
    const email = uniqueEmail('logout');
    const res = await signup({ email, password: 'a long enough secret', name: 'O' });
    const cookie = res.cookies.find((c) => c.name === 'tandem_session')!.value;
    const out = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { tandem_session: cookie },
    });
    expect(out.statusCode).toBe(204);
    const me = await env.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { tandem_session: cookie },
    });
    expect(me.statusCode).toBe(401);
  });
});

describe('API tokens', () => {
  it('shows a token once, lists it without the secret, and stops accepting it once revoked', async () => {
    const user = await newUser(env.app, 'Tok En');
    const created = await user.post('/api/v1/me/tokens', { name: 'ci script' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.data;
    expect(token).toMatch(/^tdm_/);
    const viaToken = new Client(env.app, token, user.user);
    expect((await viaToken.get('/api/v1/me')).statusCode).toBe(200);
    const list = await user.get('/api/v1/me/tokens');
    expect(JSON.stringify(list.data)).not.toContain(token);
    expect(list.data.items.find((t: { id: string }) => t.id === id).name).toBe('ci script');
    expect((await user.delete(`/api/v1/me/tokens/${id}`)).statusCode).toBe(204);
    expect((await viaToken.get('/api/v1/me')).statusCode).toBe(401);
    expect((await user.delete(`/api/v1/me/tokens/${id}`)).statusCode).toBe(404);
  });

  it('refuses requests without credentials or with a bad token', async () => {
    expect((await anonymous(env.app).get('/api/v1/me')).statusCode).toBe(401);
    expect(
      (await new Client(env.app, 'tdm_bogus', { id: '', email: '', name: '' }).get('/api/v1/me')).statusCode,
    ).toBe(401);
  });
});
