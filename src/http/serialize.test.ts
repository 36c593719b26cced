import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { compileFast, createSerializerCompiler } from './serialize.ts';

describe('response serialisation', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it('compiles a fast writer for every response schema of every route', () => {
    const schemas = env.app.routeList.flatMap((r) =>
      Object.entries(r.response).map(([status, schema]) => ({
        route: `${r.method} ${r.url}`,
        status,
        schema,
      })),
    );
    expect(schemas.length).toBeGreaterThan(300);
    const missing = schemas.filter((r) => !compileFast(r.schema)).map((r) => `${r.route} ${r.status}`);
    expect(missing).toEqual([]);
  });

  it('writes declared fields only, nulls and unions included', () => {
    const Schema = z.object({
      id: z.string(),
      count: z.number().int().nullable(),
      owner: z.object({ id: z.string(), name: z.string() }).nullable(),
      kind: z.enum(['a', 'b']).nullable(),
      inputs: z.object({ reach: z.number().optional() }),
      variant: z.union([
        z.object({ k: z.literal('x'), a: z.number() }),
        z.object({ k: z.literal('y'), b: z.string() }),
      ]),
    });
    const write = compileFast(Schema)!;
    const data = {
      id: 'f1',
      count: null,
      owner: { id: 'u1', name: 'Ada', password: 'never written' },
      kind: 'b',
      inputs: { reach: 3, imported: 'dropped' },
      variant: { k: 'y', b: 'yes', extra: 1 },
      secret: 'dropped',
    };
    expect(JSON.parse(write(data))).toEqual(Schema.parse(data));
    expect(JSON.parse(write({ ...data, owner: null, count: 4 }))).toMatchObject({ owner: null, count: 4 });
  });

  it('refuses an answer its schema does not describe when verifying, and names the route', async () => {
    const app = Fastify();
    app.setSerializerCompiler(createSerializerCompiler({ verify: true }));
    app.get('/x', { schema: { response: { 200: z.object({ n: z.number() }) } } }, async () => ({ n: 'one' }));
    const res = await app.inject({ method: 'GET', url: '/x' });
    expect(res.statusCode).toBe(500);
    await app.close();
  });
});
