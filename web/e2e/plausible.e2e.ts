import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './harness';

/**
 * The website snippet in Chromium: a customer's page, served from a second local port, carries the one-line
 * snippet of a website source; a visit opened with UTM parameters and a referrer records the pageview with
 * them, an outbound link click and a custom event (`window.tandem`) are recorded, and the page logs no error.
 *
 * Tandem here is the app built in-process on its own embedded database, with the real writer, so the test
 * reads what was stored (the shared e2e server's database belongs to its own process). Imported by address
 * so the web type-check does not take in the server's sources.
 */
type Env = {
  source(kind: string, domains: string[]): Promise<{ workspaceId: string; key: string }>;
  stored(workspaceId: string): Promise<Record<string, any>[]>;
  listen(): Promise<string>;
  close(): Promise<void>;
};
const server = (file: string) => new URL(`../../src/modules/ingest/${file}`, import.meta.url).href;

let browser: Browser;
let env: Env;
let tandem: string;
let site: Server;
let siteUrl: string;
let workspaceId: string;

/** Waits (without a time assertion) until the stored events satisfy `done`; the test's limit ends a hang. */
async function eventsUntil(done: (events: Record<string, any>[]) => boolean) {
  for (;;) {
    const events = await env.stored(workspaceId);
    if (done(events)) return events;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const { createIngestEnv } = await import(/* @vite-ignore */ server('segment-testing.ts'));
  const { snippetFor } = await import(/* @vite-ignore */ server('snippet.ts'));
  env = await createIngestEnv();
  tandem = await env.listen();
  const source = await env.source('website', ['127.0.0.1']);
  workspaceId = source.workspaceId;
  // The tracker skips localhost unless told (data-localhost) and browsers driven by automation unless the
  // page says it is tested on purpose (window.__plausible), as Plausible's own tests do.
  const snippet = (snippetFor(tandem, source.key) as string).replace(
    '></script>',
    ' data-localhost></script>',
  );
  site = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (req.url?.startsWith('/partner'))
      return res.end('<!doctype html><title>Partner</title><p>Partner site');
    res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme pricing</title>
<script>window.__plausible = true;</script>
${snippet}
</head><body><main><h1>Pricing</h1>
<a id="partner" href="${siteUrl.replace('127.0.0.1', 'localhost')}/partner">Our partner</a>
<button id="signup" type="button">Sign up</button>
<script>document.getElementById('signup').addEventListener('click', function () {
  window.tandem('Signup', { plan: 'pro' });
});</script>
</main></body></html>`);
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  site?.close();
  await env?.close();
});

describe('the website snippet', () => {
  it('records a pageview with UTM and referrer, an outbound click and a custom event, without errors', async () => {
    // A visitor's browser: headless Chromium names itself HeadlessChrome, which the bot list rightly catches.
    const userAgent = (await browser.newBrowserCDPSession().then((c) => c.send('Browser.getVersion')))
      .userAgent;
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      userAgent: userAgent.replace('HeadlessChrome', 'Chrome'),
    });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${siteUrl}/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=spring-launch`, {
      referer: 'https://news.example/issue-12',
    });
    const [pageview] = await eventsUntil((events) => events.some((e) => e.name === '$pageview'));
    expect(pageview).toMatchObject({
      name: '$pageview',
      path: '/pricing',
      utm_source: 'newsletter',
      utm_medium: 'email',
      utm_campaign: 'spring-launch',
      referrer_domain: 'news.example',
      is_bot: false,
    });

    await page.getByRole('button', { name: 'Sign up' }).click();
    const signup = (await eventsUntil((events) => events.some((e) => e.name === 'Signup'))).find(
      (e) => e.name === 'Signup',
    )!;
    expect(signup.properties).toEqual({ plan: 'pro' });
    expect(signup.distinct_id).toBe(pageview!.distinct_id);

    await page.getByRole('link', { name: 'Our partner' }).click();
    await page.waitForURL(/\/partner$/);
    const click = (await eventsUntil((events) => events.some((e) => e.name === 'Outbound Link: Click'))).find(
      (e) => e.name === 'Outbound Link: Click',
    )!;
    expect(click.properties).toEqual({ url: expect.stringMatching(/^http:\/\/localhost:\d+\/partner$/) });
    expect(errors).toEqual([]);
    await context.close();
  });
});
