import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { row, rows } from '../../db/sql.ts';
import { createIngestEnv, type IngestEnv } from '../../modules/ingest/segment-testing.ts';
import { exportLines, findSource, importLines, lineParser, posthogLine, segmentLine } from './events-io.ts';

const segmentExport = [
  {
    type: 'page',
    anonymousId: 'a-1',
    messageId: 'p-1',
    timestamp: '2026-03-01T10:00:00.000Z',
    sentAt: '2026-03-01T10:00:01.000Z',
    receivedAt: '2026-03-01T10:00:03.000Z',
    context: { campaign: { name: 'spring', source: 'news' }, page: { url: 'https://acme.test/' } },
  },
  '{"type": "track", "userId": ',
  { type: 'track', anonymousId: 'a-1' },
  '',
  {
    type: 'identify',
    anonymousId: 'a-1',
    userId: 'u-1',
    messageId: 'i-1',
    timestamp: '2026-03-02T09:00:00.000Z',
    traits: { email: 'cli@acme.test' },
  },
  {
    type: 'track',
    userId: 'u-1',
    event: 'signed_up',
    messageId: 't-1',
    timestamp: '2026-04-05T12:00:00.000Z',
  },
  {
    type: 'track',
    userId: 'u-1',
    event: 'signed_up',
    messageId: 't-1',
    timestamp: '2026-04-05T12:00:00.000Z',
  },
].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));

describe('events import and export', () => {
  let env: IngestEnv;
  beforeAll(async () => {
    env = await createIngestEnv();
  });
  afterAll(() => env.close());

  it('imports a Segment export through the writer, reporting bad lines by number and going on', async () => {
    const src = await env.source('website');
    const report = await importLines(
      Readable.from(segmentExport.join('\n')),
      segmentLine,
      env.app.events,
      src,
    );
    expect(report).toEqual({
      lines: 7,
      stored: 3,
      duplicates: 1,
      dropped: 2,
      bad: [
        { line: 2, reason: 'not JSON' },
        { line: 3, reason: expect.stringContaining('not a Segment message') },
      ],
    });
    const stored = await rows<{ name: string; time: Date; utm_campaign: string | null }>(
      env.app.db,
      sql`select name, time, utm_campaign from events where workspace_id = ${src.workspaceId} order by time`,
    );
    // The export's own clock: received 3 s after it happened by the sender's clock, sent 1 s after.
    expect(stored.map((e) => [e.name, new Date(e.time).toISOString(), e.utm_campaign])).toEqual([
      ['$pageview', '2026-03-01T10:00:02.000Z', 'spring'],
      ['$identify', '2026-03-02T09:00:00.000Z', null],
      ['signed_up', '2026-04-05T12:00:00.000Z', null],
    ]);
    const person = await row<{ email: string }>(
      env.app.db,
      sql`select email from persons where workspace_id = ${src.workspaceId} and email is not null`,
    );
    expect(person?.email).toBe('cli@acme.test');
  });

  it('imports a PostHog export through the PostHog parser', async () => {
    const src = await env.source('app');
    const lines = [
      {
        event: '$pageview',
        distinct_id: 'ph-1',
        uuid: '0190f3a0-0000-7000-8000-000000000001',
        timestamp: '2026-05-01T08:00:00Z',
        properties: { $current_url: 'https://app.test/?utm_campaign=may' },
      },
      {
        event: '$identify',
        distinct_id: 'user-9',
        timestamp: '2026-05-01T08:01:00Z',
        properties: { $anon_distinct_id: 'ph-1', $set: { email: 'ph@acme.test' } },
      },
      { event: 'no id' },
    ].map((l) => JSON.stringify(l));
    const report = await importLines(Readable.from(lines.join('\n')), posthogLine, env.app.events, src);
    expect(report).toMatchObject({ lines: 3, stored: 2, duplicates: 0, dropped: 1, bad: [{ line: 3 }] });
    const stored = await rows<{ name: string; person_id: string; utm_campaign: string | null }>(
      env.app.db,
      sql`select name, person_id, utm_campaign from events where workspace_id = ${src.workspaceId} order by time`,
    );
    expect(stored.map((e) => [e.name, e.utm_campaign])).toEqual([
      ['$pageview', 'may'],
      ['$identify', null],
    ]);
    expect(stored[0]!.person_id).toBe(stored[1]!.person_id);
  });

  it('exports a window of events as JSON lines, oldest first, across pages', async () => {
    const src = await env.source('server');
    const events = Array.from({ length: 1_203 }, (_, i) => ({
      name: 'tick',
      distinctId: `d${i % 7}`,
      messageId: `tick-${i}`,
      time: new Date(Date.UTC(2026, 2, 1) + i * 60_000),
      properties: { i },
    }));
    await env.app.events.write(src, events);
    const lines: string[] = [];
    const count = await exportLines(
      env.app.db,
      src.workspaceId,
      { from: new Date(Date.UTC(2026, 2, 1, 0, 3)), to: new Date(Date.UTC(2026, 2, 1, 20, 3)) },
      async (line) => {
        lines.push(line);
      },
    );
    expect(count).toBe(1_200);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((e) => e.properties.i)).toEqual(Array.from({ length: 1_200 }, (_, i) => i + 3));
    expect(parsed[0]).toMatchObject({
      name: 'tick',
      distinctId: 'd3',
      sourceId: src.sourceId,
      time: '2026-03-01T00:03:00.000Z',
    });
  });

  it('refuses an unknown format, source or revoked source with a reason', async () => {
    expect(lineParser('csv')).toMatch(/Unknown format/);
    expect(lineParser('posthog')).toBe(posthogLine);
    const src = await env.source('server');
    expect(await findSource(env.app.db, src.workspaceId, src.sourceId)).toMatchObject({
      sourceId: src.sourceId,
    });
    expect(await findSource(env.app.db, src.workspaceId, 'nope')).toMatch(/not a source id/);
    await env.app.db.execute(sql`update sources set revoked_at = now() where id = ${src.sourceId}`);
    expect(await findSource(env.app.db, src.workspaceId, src.sourceId)).toMatch(/revoked/);
  });
});

/** The real command on a PGlite data folder of its own, as an operator runs it. */
describe('tandem events', () => {
  const ROOT = path.resolve(import.meta.dirname, '../../..');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-events-'));
  const dataDir = path.join(tmp, 'data');
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const tandem = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const env: NodeJS.ProcessEnv = { ...process.env, TANDEM_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
      delete env.DATABASE_URL;
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/tandem.js'), ...args], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });

  it('imports a file, prints what it stored and the bad lines, and exports them back', async () => {
    const database = await openDatabase({ engine: 'pglite', dataDir });
    await migrate(database.db);
    const ws = await row<{ id: string }>(
      database.db,
      sql`insert into workspaces (name) values ('CLI') returning id`,
    );
    const source = await row<{ id: string }>(
      database.db,
      sql`insert into sources (workspace_id, name, kind, key)
          values (${ws!.id}, 'Site', 'website', ${`sk_${randomBytes(8).toString('hex')}`}) returning id`,
    );
    await database.close();
    const file = path.join(tmp, 'segment.jsonl');
    fs.writeFileSync(file, segmentExport.join('\n'));

    const imported = await tandem([
      'events',
      'import',
      file,
      '--workspace',
      ws!.id,
      '--source',
      source!.id,
      '--format',
      'segment',
    ]);
    expect(imported.stdout).toContain('Read 7 lines: 3 events stored, 1 duplicates, 2 dropped.');
    expect(imported.stdout).toContain('line 2: not JSON');
    expect(imported.code).toBe(1);

    const exported = await tandem(['events', 'export', '--workspace', ws!.id, '--from', '2026-03-02']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(
      exported.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).name),
    ).toEqual(['$identify', 'signed_up']);

    const other = await tandem([
      'events',
      'import',
      file,
      '--workspace',
      ws!.id,
      '--source',
      source!.id,
      '--format',
      'csv',
    ]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('Unknown format "csv"');
  });
});
