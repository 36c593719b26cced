import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

/**
 * Two real server processes on one PostgreSQL database, as behind a load balancer. Only meaningful on a
 * PostgreSQL server (PGlite allows one process per data folder), so it runs when TEST_DATABASE_URL is set.
 */
const url = inject('databaseUrl');
const ROOT = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];

async function start(): Promise<string> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/tandem.js'), 'serve'], {
    env: { ...process.env, DATABASE_URL: url ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
});

describe.skipIf(!url)('two server processes on one PostgreSQL database', () => {
  it('serve the same users, sessions and data', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const email = `procs.${Date.now()}@example.test`;
    const signup = await fetch(`${a}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'two processes ok', name: 'Proc' }),
    });
    expect(signup.status).toBe(201);
    const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;
    const ws = await fetch(`${b}/api/v1/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'Across processes' }),
    });
    expect(ws.status).toBe(201);
    const { id } = (await ws.json()) as { id: string };
    const fromA = await fetch(`${a}/api/v1/workspaces/${id}`, { headers: { cookie } });
    expect(fromA.status).toBe(200);
    expect(((await fromA.json()) as { name: string }).name).toBe('Across processes');
    await fetch(`${a}/api/v1/auth/logout`, { method: 'POST', headers: { cookie } });
    expect((await fetch(`${b}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
  });
});
