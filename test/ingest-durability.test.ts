import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, inject, it } from 'vitest';
import { type Database, openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { rows } from '../src/db/sql.ts';
import { sources } from '../src/modules/sources/schema.ts';
import { workspaces } from '../src/modules/workspaces/schema.ts';

/**
 * Acknowledged means durable: a real `tandem serve` takes concurrent PostHog batches, is killed with SIGKILL
 * in the middle of them, and is started again on the same data; every event of every request answered 200
 * must be there (the others may or may not be). On the embedded engine (a data folder) or, with
 * TEST_DATABASE_URL, on the PostgreSQL server.
 */

const url = inject('databaseUrl');
const ROOT = path.resolve(import.meta.dirname, '..');
const dataDir = url ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-durability-'));
const children: ChildProcess[] = [];

const template = inject('pgliteTemplate');

/** The database the server uses; the embedded one starts as a copy of the run's migrated template. */
const open = (first = false): Promise<Database> =>
  url
    ? openDatabase({ engine: 'postgres', url, poolSize: 2 })
    : openDatabase({
        engine: 'pglite',
        dataDir,
        ...(first && template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : {}),
      });

function serve(): { child: ChildProcess; address: Promise<string> } {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/tandem.js'), 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: url ?? '',
      TANDEM_DATA_DIR: dataDir || path.join(os.tmpdir(), 'unused'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const address = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 90_000);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, address };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((r) => child.once('exit', () => r()));

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await Promise.all(children.map(exited));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const CONNECTIONS = 16;
const PER_REQUEST = 50;
/** Requests acknowledged before the kill: enough that the kill lands among requests in flight. */
const ACKED_BEFORE_KILL = 40;

it('keeps every acknowledged event through kill -9 under load', { timeout: 240_000 }, async () => {
  const key = `phc_${randomBytes(12).toString('hex')}`;
  const run = randomUUID();
  let setup = await open(true);
  if (!url && !template) await migrate(setup.db);
  const [ws] = await setup.db.insert(workspaces).values({ name: 'Durability' }).returning();
  await setup.db.insert(sources).values({ workspaceId: ws!.id, name: 'Load', kind: 'server', key });
  if (!url) await setup.close();

  const first = serve();
  const base = `${await first.address}/ingest/posthog`;
  const acked: string[] = [];
  let ackedRequests = 0;
  let failed = 0;
  let killed = false;
  let kill!: () => void;
  const killedNow = new Promise<void>((r) => (kill = r));

  const loop = async (worker: number) => {
    for (let i = 0; !killed; i++) {
      const ids = Array.from({ length: PER_REQUEST }, () => randomUUID());
      const body = JSON.stringify({
        api_key: key,
        sent_at: new Date().toISOString(),
        batch: ids.map((id) => ({
          event: 'load',
          distinct_id: `worker-${worker}`,
          uuid: id,
          timestamp: new Date().toISOString(),
          properties: { run, ack: id },
        })),
      });
      try {
        const res = await fetch(`${base}/batch/`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json' },
        });
        await res.arrayBuffer();
        if (res.status === 200) {
          acked.push(...ids);
          if (++ackedRequests === ACKED_BEFORE_KILL) kill();
        } else failed++;
      } catch {
        // The server is gone: this request is unacknowledged, which is allowed to be lost.
        failed++;
      }
    }
  };
  const loops = Array.from({ length: CONNECTIONS }, (_, w) => loop(w));
  await killedNow;
  first.child.kill('SIGKILL');
  killed = true;
  await exited(first.child);
  await Promise.all(loops);
  expect(ackedRequests).toBeGreaterThanOrEqual(ACKED_BEFORE_KILL);
  // Requests were still in flight when it died.
  expect(failed).toBeGreaterThan(0);

  // Started again on the same data, it takes events at once.
  const second = serve();
  const again = `${await second.address}/ingest/posthog`;
  const after = randomUUID();
  const res = await fetch(`${again}/batch/`, {
    method: 'POST',
    body: JSON.stringify({
      api_key: key,
      batch: [{ event: 'load', distinct_id: 'after', uuid: after, properties: { run, ack: after } }],
    }),
    headers: { 'content-type': 'application/json' },
  });
  expect(res.status).toBe(200);
  acked.push(after);

  if (!url) {
    second.child.kill('SIGTERM');
    await exited(second.child);
    setup = await open();
  }
  try {
    const stored = await rows<{ ack: string }>(
      setup.db,
      sql`select properties->>'ack' as ack from events
          where workspace_id = ${ws!.id} and name = 'load' and properties->>'run' = ${run}`,
    );
    const have = new Set(stored.map((r) => r.ack));
    const missing = acked.filter((id) => !have.has(id));
    expect(missing, `${missing.length} of ${acked.length} acknowledged events are missing`).toEqual([]);
    // Nothing stored twice, and nothing beyond what was sent.
    expect(have.size).toBe(stored.length);
  } finally {
    await setup.close();
  }
});
