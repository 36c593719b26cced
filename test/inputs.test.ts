import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor } from '../src/core/pagination.ts';
import { buildApp } from '../src/http/app.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from './harness.ts';

/** The bad inputs issue 11 found answering 500, each named; the fuzz test covers every operation. */

let env: TestEnv;
let team: Team;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Inputs');
});
afterAll(() => env.close());

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const activityCount = async () => (await team.admin.get(`${team.ws}/activity?limit=200`)).data.items.length;

function expectInvalid(
  res: { statusCode: number; headers: Record<string, unknown>; data: any },
  path: string,
) {
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.data.errors.map((e: { path: string }) => e.path)).toContain(path);
}

describe('text PostgreSQL cannot store', () => {
  it('refuses NUL in a body field, a filter and a path parameter with 400 naming it, writing nothing', async () => {
    const before = await activityCount();
    expectInvalid(await team.admin.post(`${team.ws}/products`, { name: 'a\u0000b' }), 'body.name');
    expectInvalid(await team.admin.get(`${team.ws}/products?q=a%00b`), 'query.q');
    expectInvalid(await team.admin.get(`${team.ws}/affiliates/by-code/%00`), 'params.code');
    expect(await activityCount()).toBe(before);
  });

  it('refuses lone surrogates (high or low) anywhere in a body, nested lists included', async () => {
    const before = await activityCount();
    expectInvalid(await team.admin.post(`${team.ws}/feedback`, { text: 'a\ud800b' }), 'body.text');
    expectInvalid(
      await team.admin.post(`${team.ws}/feedback`, { text: 'ok', tags: ['fine', '\udc00'] }),
      'body.tags.1',
    );
    // A well-formed pair (an emoji) is ordinary text.
    expect((await team.admin.post(`${team.ws}/feedback`, { text: 'love it \ud83d\ude00' })).statusCode).toBe(
      201,
    );
    expect(await activityCount()).toBe(before + 1);
  });

  it('refuses query strings whose percent-encoding is not UTF-8', async () => {
    expectInvalid(await team.admin.get(`${team.ws}/products?q=a%ED%A0%80b`), 'query.q');
    expectInvalid(await team.admin.get(`${team.ws}/products?q=%E0%A4%A`), 'query.q');
  });

  it('checks free-form JSON too: keys, values and depth', async () => {
    const post = (payload: string) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/import',
        headers: { authorization: `Bearer ${team.admin.token}`, 'content-type': 'application/json' },
        payload,
      });
    const key = await post('{"tables":{"a\\u0000b":[]}}');
    expect(key.statusCode).toBe(400);
    expect(key.json().errors[0].path).toBe('body.tables.a\\u0000b');
    expect((await post('{"tables":{"x":[{"y":"\\ud800"}]}}')).json().errors[0].path).toBe(
      'body.tables.x.0.y',
    );
    const deep = await post(`{"x":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(deep.statusCode).toBe(400);
    expect(deep.json().detail).toContain('nested deeper');
  });
});

describe('cursors', () => {
  it('refuses crafted cursors on the lists that answered 500 (422 naming cursor)', async () => {
    for (const email of ['i1@example.test', 'i2@example.test'])
      await team.admin.post(`${team.ws}/invitations`, { email, role: 'viewer' });
    const crafted = [
      b64({ s: '-createdAt', v: 'not-a-date', id: 'x' }),
      b64({ s: '-createdAt', v: '2026-02-30T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' }),
      b64({ s: '-createdAt', v: '2026-01-01T00:00:00.000Z', id: 'x' }),
      b64({ s: '-createdAt', v: null, id: 'x' }),
      b64({ s: '-createdAt', v: 1e308, id: '00000000-0000-4000-8000-000000000000' }),
    ];
    for (const cursor of crafted)
      for (const list of [
        'invitations',
        'feedback',
        'launches?sort=-createdAt',
        'requirements?sort=-createdAt',
        'activity?sort=-id',
      ]) {
        const sep = list.includes('?') ? '&' : '?';
        const res = await team.admin.get(`${team.ws}/${list}${sep}cursor=${cursor}`);
        expect(res.statusCode, `${list} ${cursor}`).toBe(422);
        expect(res.data.errors[0].path).toBe('cursor');
      }
  });

  it('decodes a cursor only when its value and id fit the sort key and id column', () => {
    const sort = { field: 'dueDate', dir: 'asc' as const };
    const id = '6f1c2f4e-8a3b-4c5d-9e6f-7a8b9c0d1e2f';
    const kinds = { value: 'date' as const, id: 'uuid' as const };
    expect(decodeCursor(b64({ s: 'dueDate', v: '2026-02-28', id }), sort, kinds)).toEqual({
      v: '2026-02-28',
      id,
    });
    expect(decodeCursor(b64({ s: 'dueDate', v: null, id }), sort, kinds)).toEqual({ v: null, id });
    for (const v of ['2026-02-30', '0000-01-01', '2026-1-1', 5, true])
      expect(() => decodeCursor(b64({ s: 'dueDate', v, id }), sort, kinds), String(v)).toThrow(
        /Invalid cursor/,
      );
    expect(() => decodeCursor(b64({ s: '-dueDate', v: '2026-02-28', id }), sort, kinds)).toThrow(
      /Invalid cursor/,
    );
    const int4 = { value: 'int4' as const, id: 'int8' as const };
    expect(decodeCursor(b64({ s: 'dueDate', v: 42, id: '17' }), sort, int4)).toEqual({ v: 42, id: '17' });
    for (const v of [2 ** 31, 1.5, '42'])
      expect(() => decodeCursor(b64({ s: 'dueDate', v, id: '17' }), sort, int4), String(v)).toThrow(
        /Invalid cursor/,
      );
  });
});

describe('URL fields', () => {
  it('accept http(s) only: javascript:, data: and file: are refused with 400 naming the field', async () => {
    const competitor = await team.admin.post(`${team.ws}/competitors`, { name: 'Rival' });
    const program = await team.admin.post(`${team.ws}/requirements`, { title: 'Need', problem: 'p' });
    const prog = await team.admin.post(`${team.ws}/programs`, {
      name: 'P',
      requirementIds: [program.data.id],
    });
    await team.admin.post(`${team.ws}/programs/${prog.data.id}/accept`, {});
    const campaign = await team.admin.post(`${team.ws}/campaigns`, {
      programId: prog.data.id,
      name: 'C',
      channel: 'email',
    });
    expect(campaign.statusCode).toBe(201);
    const targets: [string, string, Record<string, unknown>, string][] = [
      ['POST', `${team.ws}/customers`, { name: 'Globex' }, 'website'],
      ['PATCH', `${team.ws}/competitors/${competitor.data.id}`, {}, 'website'],
      [
        'POST',
        `${team.ws}/affiliates`,
        { name: 'Aff', commissionModel: 'fixed', commissionValue: 5 },
        'website',
      ],
      ['PATCH', `${team.ws}/campaigns/${campaign.data.id}`, {}, 'landingUrl'],
      ['POST', `${team.ws}/campaigns/${campaign.data.id}/links`, {}, 'destinationUrl'],
    ];
    const before = await activityCount();
    for (const [method, url, body, field] of targets)
      for (const bad of [
        'javascript:alert(document.domain)',
        'JavaScript:alert(1)',
        'data:text/html,<script>x</script>',
        'file:///etc/passwd',
        '/relative',
      ])
        expectInvalid(await team.admin.request(method, url, { ...body, [field]: bad }), `body.${field}`);
    expect(await activityCount()).toBe(before);
    const ok = await team.admin.post(`${team.ws}/customers`, {
      name: 'Initech',
      website: 'https://initech.example/',
    });
    expect(ok.statusCode).toBe(201);
  });
});

describe('database errors', () => {
  it('answer a data exception that slipped past validation with 400, by SQLSTATE', async () => {
    const app = await buildApp({
      database: env.database,
      config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
    });
    app.get('/test/cast', async () => env.database.db.execute(sql`select ${'nope'}::int as n`));
    app.get('/test/date', async () => env.database.db.execute(sql`select ${'2026-02-30'}::date as d`));
    try {
      for (const url of ['/test/cast', '/test/date']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).not.toContain('nope');
      }
    } finally {
      await app.close();
    }
  });

  it('never log a failed query’s parameters (user text), but do log its SQL and SQLSTATE', async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({
      database: env.database,
      config: { logLevel: 'warn', sessionDays: 30, secureCookies: false },
      logStream,
    });
    const secret = 'hunter2-SECRET-customer-note';
    // A 500 (no such table) and a 400 backstop (bad cast), both with user text as a parameter.
    app.get('/test/missing', async () =>
      env.database.db.execute(sql`select * from no_such_table where x = ${secret}`),
    );
    app.get('/test/cast', async () => env.database.db.execute(sql`select ${secret}::int as n`));
    try {
      expect((await app.inject({ method: 'GET', url: '/test/missing' })).statusCode).toBe(500);
      expect((await app.inject({ method: 'GET', url: '/test/cast' })).statusCode).toBe(400);
      const log = lines.join('');
      expect(log).not.toContain(secret);
      expect(log).toContain('42P01');
      expect(log).toContain('22P02');
      expect(log).toContain('no_such_table');
    } finally {
      await app.close();
    }
  });
});
