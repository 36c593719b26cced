import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { buildApp } from '../../http/app.ts';
import { feedback } from '../../modules/feedback/schema.ts';
import { launches } from '../../modules/launches/schema.ts';
import { workspaces } from '../../modules/workspaces/schema.ts';

/**
 * The `tandem` command as operators run it: real processes on a PGlite data folder of their own. Each spawn
 * pays tsx and PGlite start-up, so the steps share one folder and run in order.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin/tandem.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-cli-'));
const dataDir = path.join(tmp, 'data');
const children: ChildProcess[] = [];

function env(dir: string, extra: Record<string, string> = {}) {
  const e: NodeJS.ProcessEnv = { ...process.env, TANDEM_DATA_DIR: dir, LOG_LEVEL: 'warn', ...extra };
  delete e.DATABASE_URL;
  return e;
}

/** Runs `tandem …` to completion. */
function tandem(args: string[], dir = dataDir): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: env(dir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * Starts `tandem serve --seed-demo` (what `npm start` runs) and resolves with its URL once it listens (and,
 * when a banner is expected, once the demo logins are printed after the URL line).
 */
function startServer(
  dir: string,
  expectBanner: boolean,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--seed-demo'], {
    env: env(dir, { PORT: '0', HOST: '127.0.0.1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      // The banner follows the URL line; wait for its last demo login.
      if (m && (!expectBanner || out.includes('viewer@demo.tandem'))) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    });
    child.stderr!.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

afterAll(async () => {
  await Promise.all(children.map(stop));
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('tandem operator commands', () => {
  let workspaceId: string;
  let token: string;
  const ops = 'ops.person@example.test';

  beforeAll(async () => {
    const seeded = await tandem(['seed', '--demo']);
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    workspaceId = /Seeded workspace ([0-9a-f-]{36})/.exec(seeded.stdout)![1]!;
    expect(seeded.stdout).toContain('pm@demo.tandem');
    expect(seeded.stdout).toContain('tandem-demo');
  });

  it('seed --demo refuses politely the second time', async () => {
    const again = await tandem(['seed', '--demo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^tandem: A demo workspace already exists.*nothing was seeded\n$/);
  });

  it('user create validates its options and generates a password when none is given', async () => {
    const bad = await tandem(['user', 'create', '--email', 'not-an-email', '--name', 'X']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^tandem: --email: .+\n$/);
    const weak = await tandem([
      'user',
      'create',
      '--email',
      ops,
      '--name',
      'Ops',
      '--password',
      'password12',
    ]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(
      /^tandem: Choose a stronger password\. This is a commonly used password\..*\n$/,
    );
    const created = await tandem(['user', 'create', '--email', ops, '--name', 'Ops Person']);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Created user ${ops}`);
    expect(created.stdout).toMatch(/Password: \S{10,}/);
  });

  it('token create prints a token once', async () => {
    const res = await tandem(['token', 'create', '--email', ops, '--name', 'ci']);
    expect(res.code).toBe(0);
    token = /(tdm_\S+)/.exec(res.stdout)![1]!;
    const unknown = await tandem(['token', 'create', '--email', 'ghost@example.test', '--name', 'ci']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('tandem: No user has the email ghost@example.test\n');
  });

  it('feedback import reports rejected rows and exits non-zero', async () => {
    const csv = path.join(tmp, 'feedback.csv');
    fs.writeFileSync(
      csv,
      'text,source,sentiment\nExports are great,support,positive\n,email,neutral\nNeeds SSO,carrier-pigeon,neutral\n',
    );
    const res = await tandem(['feedback', 'import', workspaceId, csv, '--as', 'sales@demo.tandem']);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('Imported 1 feedback items; 2 rows rejected.');
    expect(res.stdout).toMatch(/row 2: text: /);
    expect(res.stdout).toMatch(/row 3: source: .*carrier-pigeon/);
  });

  it('workspace export writes a file that workspace import restores as a new workspace', async () => {
    const file = path.join(tmp, 'export.json');
    const exported = await tandem(['workspace', 'export', workspaceId, '--out', file]);
    expect(exported.code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(doc.format).toBe('tandem-workspace');
    expect(doc.tables.features).toHaveLength(40);
    const imported = await tandem(['workspace', 'import', file, '--owner-email', ops, '--name', 'Restored']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported "Restored" as workspace [0-9a-f-]{36}/);
  });

  it('enablement renders a launch brief to an HTML file and refuses a bad format', async () => {
    const database = await openDatabase({ engine: 'pglite', dataDir });
    let launchId: string;
    try {
      const [row] = await database.db
        .select({ id: launches.id })
        .from(launches)
        .where(eq(launches.workspaceId, workspaceId))
        .limit(1);
      launchId = row!.id;
    } finally {
      await database.close();
    }
    const out = path.join(tmp, 'brief.html');
    const args = [
      'enablement',
      'launch-brief',
      launchId,
      '--workspace',
      workspaceId,
      '--as',
      'sales@demo.tandem',
    ];
    const res = await tandem([...args, '--format', 'html', '--out', out]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1>Launch brief: ');
    expect(html).not.toMatch(/<script|<link|src="http/);
    const bad = await tandem([...args, '--format', 'pdf']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('tandem: --format must be markdown or html, not pdf\n');
  });

  it('the token authenticates against the HTTP API, and every command wrote what it said', async () => {
    const database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      const app = await buildApp({
        database,
        config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
      });
      const me = await app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.statusCode).toBe(200);
      expect(JSON.parse(me.body).user.email).toBe(ops);
      const mine = await app.inject({
        method: 'GET',
        url: '/api/v1/workspaces',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(JSON.parse(mine.body).items).toEqual([
        expect.objectContaining({ name: 'Restored', role: 'admin' }),
      ]);
      await app.close();
      const [fb] = await database.db
        .select({ n: count() })
        .from(feedback)
        .where(and(eq(feedback.workspaceId, workspaceId), eq(feedback.text, 'Exports are great')));
      expect(fb!.n).toBe(1);
      const demos = await database.db
        .select()
        .from(workspaces)
        .where(eq(workspaces.name, 'Northwind Analytics'));
      expect(demos).toHaveLength(1);
    } finally {
      await database.close();
    }
  });
});

describe('npm start: tandem serve --seed-demo', () => {
  it('seeds, prints the URL and logins, serves, and keeps a second process off its data folder', async () => {
    const dir = path.join(tmp, 'fresh');
    const server = await startServer(dir, true);
    expect(server.output()).toContain('password: tandem-demo');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'pm@demo.tandem', password: 'tandem-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const list = await fetch(`${server.url}/api/v1/workspaces`, { headers: { cookie } });
    expect(((await list.json()) as { items: { name: string }[] }).items.map((w) => w.name)).toEqual([
      'Northwind Analytics',
    ]);

    const second = await tandem(['migrate'], dir);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /^tandem: The embedded database in .* is in use by another Tandem process \(pid \d+\)/,
    );
    await stop(server.child);

    // A second start finds users and seeds nothing.
    const again = await startServer(dir, false);
    await new Promise((r) => setTimeout(r, 500));
    expect(again.output()).not.toContain('Demo workspace');
    const pm = await fetch(`${again.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'pm@demo.tandem', password: 'tandem-demo' }),
    });
    const cookie2 = pm.headers.get('set-cookie')!.split(';')[0]!;
    const list2 = await fetch(`${again.url}/api/v1/workspaces`, { headers: { cookie: cookie2 } });
    expect(((await list2.json()) as { items: unknown[] }).items).toHaveLength(1);
    await stop(again.child);
  }, 180_000);
});
