import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUser, openTestDatabase } from '../../test/harness.ts';
import type { Database } from '../db/client.ts';
import { buildApp } from './app.ts';

/** Security headers on every kind of answer: API, errors, the app shell and its assets, docs, exports. */

let database: Database;
let app: FastifyInstance;
let secureApp: FastifyInstance;
let webDir: string;
let exportUrl: string;
let cookie: string;

beforeAll(async () => {
  database = await openTestDatabase();
  webDir = await mkdtemp(join(tmpdir(), 'tandem-web-'));
  await mkdir(join(webDir, 'assets'));
  await writeFile(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(webDir, 'assets', 'app-1234.js'), 'console.log(1)');
  const build = (secureCookies: boolean) =>
    buildApp({ database, webDir, config: { logLevel: 'silent', sessionDays: 30, secureCookies } });
  app = await build(false);
  secureApp = await build(true);
  const user = await newUser(app, 'Ada Admin');
  const ws = `/api/v1/workspaces/${(await user.post('/api/v1/workspaces', { name: 'Headers' })).data.id}`;
  const productId = (await user.post(`${ws}/products`, { name: 'P' })).data.id;
  const competitorId = (await user.post(`${ws}/competitors`, { name: 'C' })).data.id;
  const card = await user.post(`${ws}/battlecards`, { productId, competitorId });
  exportUrl = `${ws}/enablement/battlecards/${card.data.id}`;
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.user.email, password: 'correct horse battery' },
  });
  cookie = login.cookies.find((c) => c.name === 'tandem_session')!.value;
}, 60_000);
afterAll(async () => {
  await app.close();
  await secureApp.close();
  await database.close();
  await rm(webDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}, on = app) =>
  on.inject({ method: 'GET', url, headers, cookies: { tandem_session: cookie } });

/** The CSP as directive → sources. */
function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = res.headers['content-security-policy'];
  expect(header, `${res.statusCode} ${res.body.slice(0, 80)}: no CSP`).toBeTypeOf('string');
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** What every answer carries, whatever it is. */
function expectBaseHeaders(res: LightMyRequestResponse) {
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(csp(res).get('frame-ancestors')).toEqual(["'none'"]);
  expect(res.headers['strict-transport-security']).toBeUndefined();
}

/** Nothing may load or run: API answers and documents made of user text. */
function expectLockedDown(res: LightMyRequestResponse) {
  const policy = csp(res);
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.has('sandbox')).toBe(true);
  expect(policy.has('script-src')).toBe(false);
}

/** The app shell's policy: scripts only from its own files. */
function expectAppPolicy(res: LightMyRequestResponse) {
  const policy = csp(res);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
}

describe('security headers', () => {
  it('API answers, their errors and unknown API paths', async () => {
    const health = await get('/healthz');
    expect(health.statusCode).toBe(200);
    const me = await get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    const invalid = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 1 } });
    expect(invalid.statusCode).toBe(400);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(anonymous.statusCode).toBe(401);
    for (const res of [health, me, invalid, anonymous]) {
      expectBaseHeaders(res);
      expectLockedDown(res);
    }
    const missing = await get('/api/v1/no-such-thing');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expectBaseHeaders(missing);
    expectAppPolicy(missing);
  });

  it('the app shell, its deep links and its assets', async () => {
    const shell = await get('/', { accept: 'text/html' });
    const deep = await get('/w/123/features', { accept: 'text/html' });
    const asset = await get('/assets/app-1234.js');
    for (const res of [shell, deep, asset]) {
      expect(res.statusCode).toBe(200);
      expectBaseHeaders(res);
      expectAppPolicy(res);
    }
    expect(shell.body).toContain('<div id="root">');
  });

  it('the API documentation, with the relaxations Swagger UI needs', async () => {
    for (const url of ['/api/docs/', '/api/docs/static/swagger-ui-bundle.js', '/api/docs/json']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expectBaseHeaders(res);
      const policy = csp(res);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
    }
  });

  it('HTML and Markdown exports: no script, nothing loaded, only the page’s own style sheet', async () => {
    const html = await get(`${exportUrl}?format=html`);
    expect(html.statusCode).toBe(200);
    expectBaseHeaders(html);
    expectLockedDown(html);
    // The hash is of the very style sheet the page carries, computed here from the page.
    const style = /<style>([^<]*)<\/style>/.exec(html.body)![1]!;
    const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
    expect(csp(html).get('style-src')).toEqual([hash]);
    expect(html.body).toContain(`style-src ${hash}`);
    const markdown = await get(`${exportUrl}?format=markdown&download=true`);
    expect(markdown.statusCode).toBe(200);
    expectBaseHeaders(markdown);
    expectLockedDown(markdown);
  });

  it('answers Fastify writes before any hook runs (a malformed URL)', async () => {
    for (const on of [app, secureApp]) {
      const base = await on.listen({ port: 0, host: '127.0.0.1' });
      const res = await fetch(`${base}/api/v1/products/%E0%A4%A`);
      expect(res.status).toBe(400);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('content-security-policy')).toMatch(
        /^default-src 'none';.*frame-ancestors 'none'/,
      );
      expect(res.headers.get('strict-transport-security')).toBe(
        on === secureApp ? 'max-age=31536000; includeSubDomains' : null,
      );
      // A served route's own policy replaces the floor.
      const shell = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
      expect(shell.headers.get('content-security-policy')).toMatch(/^default-src 'self';/);
    }
  });

  it('HSTS and upgraded requests only when served over HTTPS (TANDEM_SECURE_COOKIES=true)', async () => {
    for (const url of ['/healthz', '/', '/api/v1/no-such-thing', `${exportUrl}?format=html`]) {
      const res = await get(url, { accept: 'text/html' }, secureApp);
      expect(res.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(csp(await get('/', { accept: 'text/html' }, secureApp)).has('upgrade-insecure-requests')).toBe(
      true,
    );
    expect(csp(await get('/', { accept: 'text/html' })).has('upgrade-insecure-requests')).toBe(false);
  });
});
