import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity } from '../src/modules/activity/schema.ts';
import { type Case, casesFor, type Operation } from './fuzz-corpus.ts';
import { type Seeded, seedWorkspace } from './fuzz-seed.ts';
import { type Client, createTestEnv, newUser, type TestEnv } from './harness.ts';

/**
 * Every operation of the OpenAPI document receives a fixed corpus of bad inputs generated from its own
 * schemas (fuzz-corpus.ts), sent by the workspace's admin to real ids, so authorization passes and the
 * input reaches validation and the handlers. Every answer must be a 4xx problem+json, and nothing may be
 * written: the workspace's activity log, the admin's workspaces and tokens are the same afterwards.
 */

let env: TestEnv;
let admin: Client;
let seeded: Seeded;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await newUser(env.app, 'Fuzz Admin');
  seeded = await seedWorkspace(admin);
});
afterAll(() => env.close());

const CONCURRENCY = 4;

type Failure = { op: string; label: string; status: number; type: string | undefined; body: string };

function operations(doc: { paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>> }) {
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(byMethod)) ops.push({ ...op, method, path });
  return ops;
}

function paramFor(path: string, name: string): string {
  if (name === 'id') {
    const collection = /\/([\w-]+)\/\{id\}/.exec(path)?.[1] ?? '';
    return seeded.ids[collection] ?? '00000000-0000-4000-8000-000000000000';
  }
  return seeded.params[name] ?? '00000000-0000-4000-8000-000000000000';
}

/** The decoded cursor of a list's first page of one, so crafted cursors carry that list's real sort key. */
async function realCursor(op: Operation) {
  if (!op.parameters?.some((p) => p.in === 'query' && p.name === 'cursor')) return undefined;
  const url = op.path.replace(/\{(\w+)\}/g, (_, p: string) => paramFor(op.path, p));
  const res = await admin.get(`${url}?limit=1`);
  const next = res.data?.nextCursor as string | undefined | null;
  return next ? JSON.parse(Buffer.from(next, 'base64url').toString('utf8')) : undefined;
}

async function send(c: Case) {
  return env.app.inject({
    method: c.method as 'GET',
    url: c.url,
    headers: {
      authorization: `Bearer ${admin.token}`,
      ...(c.payload === undefined ? {} : { 'content-type': c.type ?? 'application/json' }),
    },
    ...(c.payload === undefined ? {} : { payload: c.payload }),
  });
}

async function writes() {
  const [row] = await env.database.db
    .select({ n: count() })
    .from(activity)
    .where(eq(activity.workspaceId, seeded.workspaceId));
  const workspaces = await admin.get('/api/v1/workspaces');
  const tokens = await admin.get('/api/v1/me/tokens');
  return {
    activity: row!.n,
    workspaces: JSON.stringify(workspaces.data),
    // A token's lastUsedAt moves once a minute while the run uses it: that is the API in use, not a write.
    tokens: JSON.stringify(
      (tokens.data as { items: Record<string, unknown>[] }).items.map(({ lastUsedAt: _, ...t }) => t),
    ),
  };
}

describe('bad input to every operation', () => {
  it('answers 4xx problem+json and writes nothing', { timeout: 600_000 }, async () => {
    const started = Date.now();
    const cpu = process.cpuUsage();
    const doc = env.app.swagger() as Parameters<typeof operations>[0];
    const ops = operations(doc);
    const before = await writes();

    const cases: { op: string; c: Case }[] = [];
    for (const op of ops) {
      const cursor = await realCursor(op);
      for (const c of casesFor(op, { param: paramFor, cursor }))
        cases.push({ op: `${op.method.toUpperCase()} ${op.path}`, c });
    }

    const failures: Failure[] = [];
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const { op, c } = cases[next++]!;
        const res = await send(c);
        const type = res.headers['content-type'] as string | undefined;
        if (res.statusCode < 400 || res.statusCode > 499 || !type?.startsWith('application/problem+json'))
          failures.push({ op, label: c.label, status: res.statusCode, type, body: res.body.slice(0, 160) });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const after = await writes();

    const byStatus = new Map<string, number>();
    for (const f of failures) byStatus.set(String(f.status), (byStatus.get(String(f.status)) ?? 0) + 1);
    console.log(
      `fuzz: ${cases.length} cases over ${ops.length} operations in ${Date.now() - started} ms ` +
        `(${Math.round(process.cpuUsage(cpu).user / 1000)} ms CPU); ` +
        `${failures.length} failures ${JSON.stringify(Object.fromEntries(byStatus))}`,
    );
    for (const f of failures)
      console.log(`  ${f.status} ${f.op} [${f.label}] ${f.type ?? ''} ${f.body.replace(/\s+/g, ' ')}`);

    expect(ops.length).toBeGreaterThan(150);
    expect(cases.length).toBeGreaterThan(3000);
    expect(failures).toEqual([]);
    expect(after).toEqual(before);
  });
});
