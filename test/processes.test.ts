import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

/**
 * Two real server processes on one PostgreSQL database, as behind a load balancer. Only meaningful on a
 * PostgreSQL server (PGlite allows one process per data folder), so it runs when TEST_DATABASE_URL is set.
 */
const url = inject('databaseUrl');
const ROOT = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];

/** `tandem serve` on the test database (PORT 0: any free port), with extra arguments and environment. */
function spawnServe(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/tandem.js'), 'serve', ...args], {
    env: { ...process.env, DATABASE_URL: url ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** A server that is expected to stop by itself: its exit code and what it wrote to stderr. */
async function runToExit(args: string[], env: Record<string, string>) {
  const child = spawnServe(args, env);
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const code = await new Promise((r) => child.on('exit', r));
  return { code, err };
}

async function start(env: Record<string, string> = {}, started?: (child: ChildProcess) => void) {
  const child = spawnServe([], env);
  started?.(child);
  return new Promise<string>((resolve, reject) => {
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

/** The pids of a process's children (the cluster's workers); pgrep exits 1 when there are none. */
function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

async function until<T>(probe: () => T | Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('several workers', () => {
  it('are refused on the embedded database, which allows one process', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-workers-'));
    const { code, err } = await runToExit(['--workers', '2'], { DATABASE_URL: '', TANDEM_DATA_DIR: dir });
    expect(code).toBe(1);
    expect(err).toContain('2 workers need a PostgreSQL server (DATABASE_URL)');
    // Refused before the embedded database was opened: nothing was created in its folder.
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!url)('stop the server when they keep failing at start, instead of looping', async () => {
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as net.AddressInfo).port;
    const { code, err } = await runToExit(['--workers', '2'], { PORT: String(port) });
    taken.close();
    expect(code).toBe(1);
    expect(err).toContain('EADDRINUSE');
    expect(err).toContain('workers keep exiting right after they start');
  });

  it.skipIf(!url)('share one port, replace a worker that dies, and stop together', async () => {
    let primary: ChildProcess | undefined;
    const base = await start({ TANDEM_WORKERS: '2' }, (c) => (primary = c));
    const pid = primary!.pid!;
    const workers = await until(
      () => childPids(pid),
      (p) => p.length === 2,
    );
    expect(workers).toHaveLength(2);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async () => (await fetch(`${base}/healthz`)).status),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);

    process.kill(workers[0]!, 'SIGKILL');
    const replaced = await until(
      () => childPids(pid),
      (p) => p.length === 2 && !p.includes(workers[0]!),
    );
    expect(replaced).toContain(workers[1]);
    expect(replaced).toHaveLength(2);
    // A keep-alive socket this client still holds to the killed worker fails once (as it would for any
    // client); the next request on a new connection is served by a living worker.
    const after = await until(
      () =>
        fetch(`${base}/healthz`).then(
          (r) => r.status,
          () => 0,
        ),
      (s) => s === 200,
      10_000,
    );
    expect(after).toBe(200);

    const exited = new Promise((r) => primary!.on('exit', r));
    primary!.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(
      await until(
        () => childPids(pid).length,
        (n) => n === 0,
        10_000,
      ),
    ).toBe(0);
  });
});

describe.skipIf(!url)('two server processes on one PostgreSQL database', () => {
  it('serve the same users, sessions and data', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const email = `procs.${Date.now()}@example.test`;
    const signup = await fetch(`${a}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'one shared database', name: 'Proc' }),
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

describe.skipIf(!url)('access taken away on one process', () => {
  it('is refused by the very next request on the other', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const json = (cookieOrToken: string, body?: unknown) => ({
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookieOrToken.startsWith('tdm_')
          ? { authorization: `Bearer ${cookieOrToken}` }
          : { cookie: cookieOrToken }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const signUp = async (label: string) => {
      const res = await fetch(`${a}/api/v1/auth/signup`, {
        method: 'POST',
        ...json('', {
          email: `${label}.${Date.now()}@example.test`,
          password: 'one shared database',
          name: label,
        }),
      });
      expect(res.status).toBe(201);
      const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
      const { user } = (await res.json()) as { user: { id: string; email: string } };
      const token = await fetch(`${a}/api/v1/me/tokens`, { method: 'POST', ...json(cookie, { name: 't' }) });
      const created = (await token.json()) as { id: string; token: string };
      return { cookie, user, token: created.token, tokenId: created.id };
    };
    const admin = await signUp('admin');
    const pm = await signUp('pm');
    const ws = await fetch(`${a}/api/v1/workspaces`, {
      method: 'POST',
      ...json(admin.cookie, { name: 'Revoke' }),
    });
    const { id } = (await ws.json()) as { id: string };
    const base = `/api/v1/workspaces/${id}`;
    const invited = await fetch(`${a}${base}/members`, {
      method: 'POST',
      ...json(admin.cookie, { email: pm.user.email, role: 'product_manager' }),
    });
    expect(invited.status).toBe(202);
    const { invitation } = (await invited.json()) as { invitation: { id: string } };
    const accepted = await fetch(`${a}/api/v1/invitations/accept`, {
      method: 'POST',
      ...json(pm.cookie, { id: invitation.id }),
    });
    expect(accepted.status).toBe(200);

    // B has just served each caller; A then takes access away; B's next request is refused.
    const product = () => fetch(`${b}${base}/products`, { method: 'POST', ...json(pm.token, { name: 'P' }) });
    expect((await product()).status).toBe(201);
    const demoted = await fetch(`${a}${base}/members/${pm.user.id}`, {
      method: 'PATCH',
      ...json(admin.cookie, { role: 'viewer' }),
    });
    expect(demoted.status).toBe(200);
    expect((await product()).status).toBe(403);

    expect((await fetch(`${b}${base}/products`, json(pm.token))).status).toBe(200);
    const removed = await fetch(`${a}${base}/members/${pm.user.id}`, {
      method: 'DELETE',
      ...json(admin.cookie),
    });
    expect(removed.status).toBe(204);
    expect((await fetch(`${b}${base}/products`, json(pm.token))).status).toBe(404);

    expect((await fetch(`${b}${base}/products`, json(admin.token))).status).toBe(200);
    const revoked = await fetch(`${a}/api/v1/me/tokens/${admin.tokenId}`, {
      method: 'DELETE',
      ...json(admin.cookie),
    });
    expect(revoked.status).toBe(204);
    expect((await fetch(`${b}${base}/products`, json(admin.token))).status).toBe(401);
  });
});
