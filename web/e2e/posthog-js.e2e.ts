import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { decodePosthogBody } from '../../src/modules/ingest/posthog.ts';
import { rows } from '../../src/db/sql.ts';
import { sources } from '../../src/modules/sources/schema.ts';
import { workspaces } from '../../src/modules/workspaces/schema.ts';
import { launch } from './harness';

/**
 * The real posthog-js in Chromium, on a customer's page served from another local port, with only its
 * api_host pointed at Tandem: the pageview lands with the campaign of the address it was opened with, an
 * identify merges the anonymous visitor into the known person, and the page logs no error. Tandem runs on an
 * embedded database of its own here (a source is written into it before it starts, and what was stored is
 * read once it stopped: one process per data folder).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUNDLE = path.join(ROOT, 'node_modules/posthog-js/dist/array.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-posthog-js-'));
const key = `phc_${randomBytes(12).toString('hex')}`;
let workspaceId: string;
let tandem: ChildProcess;
let tandemUrl: string;
let site: http.Server;
let siteUrl: string;
let browser: Browser;
const VISITOR =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

function startTandem(): Promise<string> {
  tandem = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      TANDEM_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    tandem.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    tandem.on('exit', (code) => reject(new Error(`tandem exited ${code}: ${out}`)));
  });
}

const stopTandem = async () => {
  if (tandem.exitCode !== null || tandem.signalCode !== null) return;
  const gone = new Promise((r) => tandem.once('exit', r));
  tandem.kill('SIGTERM');
  await gone;
};

/** The customer's site: posthog-js's own browser bundle and a page that loads it, as their snippet would. */
function page(apiHost: string) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Northwind pricing</title>
<script src="/posthog.js"></script>
<script>
  posthog.init(${JSON.stringify(key)}, { api_host: ${JSON.stringify(apiHost)}, person_profiles: 'always',
    // Chromium driven by a test says so (navigator.webdriver), and posthog-js drops a bot's events.
    opt_out_useragent_filter: true });
</script></head>
<body><main><h1>Pricing</h1></main></body></html>`;
}

beforeAll(async () => {
  const database = await openDatabase({ engine: 'pglite', dataDir });
  await migrate(database.db);
  const [ws] = await database.db.insert(workspaces).values({ name: 'Northwind' }).returning();
  workspaceId = ws!.id;
  await database.db
    .insert(sources)
    .values({ workspaceId, name: 'Website', kind: 'website', key, domains: ['127.0.0.1'] });
  await database.close();
  tandemUrl = await startTandem();
  site = http.createServer((req, res) => {
    if (req.url === '/posthog.js') {
      res.writeHead(200, { 'content-type': 'application/javascript' });
      return fs.createReadStream(BUNDLE).pipe(res);
    }
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(`${tandemUrl}/ingest/posthog`));
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  site?.close();
  if (tandem) await stopTandem();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('posthog-js on a customer page', () => {
  it('records the pageview with its campaign, merges identify, and logs no error', async () => {
    // A visitor's browser as Tandem sees it: not HeadlessChrome, which its bot list records as a bot.
    const context = await browser.newContext({ userAgent: VISITOR });
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    tab.on('pageerror', (e) => problems.push(e.message));
    const answers: { url: string; status: number }[] = [];
    /** Events whose request Tandem answered 200, read back from what posthog-js sent. */
    const acknowledged: string[] = [];
    tab.on('response', async (r) => {
      if (!r.url().startsWith(tandemUrl)) return;
      answers.push({ url: r.url(), status: r.status() });
      const body = r.request().postDataBuffer();
      if (r.status() !== 200 || !body || !/\/ingest\/posthog\/(e|i\/v0\/e|batch)\//.test(r.url())) return;
      const query = Object.fromEntries(new URL(r.url()).searchParams);
      const payload = await decodePosthogBody({
        method: 'POST',
        query,
        contentType: r.request().headers()['content-type'],
        contentEncoding: undefined,
        body,
        maxBytes: 1 << 24,
      });
      const list = Array.isArray(payload) ? payload : ((payload as { batch?: unknown[] }).batch ?? [payload]);
      for (const e of list) acknowledged.push((e as { event: string }).event);
    });

    await tab.goto(`${siteUrl}/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=spring-launch`);
    const anonymous = await tab.waitForFunction(() => {
      const ph = (window as unknown as { posthog?: { __loaded?: boolean; get_distinct_id(): string } })
        .posthog;
      return ph?.__loaded ? ph.get_distinct_id() : null;
    });
    const anonId = (await anonymous.jsonValue()) as string;
    await expect.poll(() => acknowledged, { timeout: 20_000 }).toContain('$pageview');
    await tab.evaluate(() => {
      const ph = (
        window as unknown as {
          posthog: { identify(id: string, set: object): void; capture(e: string, p: object): void };
        }
      ).posthog;
      ph.identify('customer-42', { email: 'ada@northwind.test' });
      ph.capture('signed_up', { plan: 'team' });
    });
    // posthog-js batches its requests: wait until both were sent and answered.
    await expect
      .poll(() => acknowledged, { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['$identify', 'signed_up']));
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();

    // Everything answered 200 is committed; the embedded database can be read once the server stopped.
    await stopTandem();
    const database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      const events = await rows<{
        name: string;
        distinct_id: string;
        url: string;
        utm_campaign: string;
        utm_source: string;
        utm_medium: string;
      }>(
        database.db,
        sql`select name, distinct_id, url, utm_campaign, utm_source, utm_medium, is_bot from events where workspace_id = ${workspaceId} order by time`,
      );
      const pageview = events.find((e) => e.name === '$pageview');
      expect(pageview).toMatchObject({
        distinct_id: anonId,
        utm_source: 'newsletter',
        utm_medium: 'email',
        utm_campaign: 'spring-launch',
        is_bot: false,
      });
      expect(pageview!.url).toContain('/pricing?utm_source=newsletter');
      expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['$identify', 'signed_up']));
      const ids = await rows<{ distinct_id: string; person_id: string }>(
        database.db,
        sql`select distinct_id, person_id from person_distinct_ids where workspace_id = ${workspaceId}`,
      );
      const personOf = Object.fromEntries(ids.map((i) => [i.distinct_id, i.person_id]));
      expect(personOf[anonId]).toBeDefined();
      expect(personOf['customer-42']).toBe(personOf[anonId]);
      const [person] = await rows<{ email: string }>(
        database.db,
        sql`select email from persons where workspace_id = ${workspaceId} and id = ${personOf[anonId]!}`,
      );
      expect(person!.email).toBe('ada@northwind.test');
    } finally {
      await database.close();
    }
  });
});
