import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import { createTestEnv, newUser, type TestEnv } from './harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('API surface', () => {
  it('serves a valid OpenAPI 3.1 document', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every API route', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const routes = env.app.routeList
      .filter((r) => !r.hidden && (r.url.startsWith('/api/v1') || r.url === '/healthz'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter((r) => !documented.has(r));
    expect(missing).toEqual([]);
  });

  it('serves browsable API docs', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('answers /healthz when the database answers', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown routes with problem+json', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, title: 'Not found' });
  });
});

describe('several app processes on one database', () => {
  it('shares sessions, tokens and versions through the database alone', async () => {
    // A second app instance over the same database stands in for a second server process:
    // nothing the first one holds in memory may be needed by the second.
    const second = await buildApp({
      database: env.database,
      config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
    });
    await second.ready();
    try {
      const email = `twin.${Date.now()}@example.test`;
      const signup = await env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: { email, password: 'second process sees it', name: 'Twin' },
      });
      const cookie = signup.cookies.find((c) => c.name === 'tandem_session')!.value;
      const me = await second.inject({
        method: 'GET',
        url: '/api/v1/me',
        cookies: { tandem_session: cookie },
      });
      expect(me.statusCode).toBe(200);

      const user = await newUser(env.app, 'Shared Token');
      const ws = await user.post('/api/v1/workspaces', { name: 'Twin' });
      const headers = { authorization: `Bearer ${user.token}` };
      const p = await second.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${ws.data.id}/products`,
        headers,
        payload: { name: 'Shared' },
      });
      expect(p.statusCode).toBe(201);
      const url = `/api/v1/workspaces/${ws.data.id}/products/${p.json().id}`;
      const a = await env.app.inject({
        method: 'PATCH',
        url,
        headers,
        payload: { vision: 'from A', version: 1 },
      });
      const b = await second.inject({
        method: 'PATCH',
        url,
        headers,
        payload: { vision: 'from B', version: 1 },
      });
      expect([a.statusCode, b.statusCode]).toEqual([200, 409]);
    } finally {
      await second.close();
    }
  });
});
