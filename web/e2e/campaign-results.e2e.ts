import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup';
import { accessibilityViolations, launch, screenshot, seeText, settled } from './harness';

/**
 * A campaign's results from a real visit: a website on a second local port carries the demo website source's
 * snippet; a visitor arrives by one campaign's UTM link, requests a demo (the "Demo requested" goal, a lead:
 * `form_submit` is the demo's lead event) and buys (the "Purchase" goal with its revenue). Then the demo
 * marketer opens that campaign in Tandem and its results show the visit, the lead and both conversions with
 * the revenue, on top of what the seeded demo already credits it with.
 *
 * The UI and the ingestion must share one database, so this file starts its own `tandem serve --seed-demo`
 * (what `npm start` runs, demo events included) and uses it for both, rather than the shared e2e server (an
 * empty workspace) or an in-process app (whose database the UI server cannot see).
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let site: Server;
let siteUrl: string;
let marketer: { context: BrowserContext; page: Page };
let ws: string;

type Results = { visits: number; visitors: number; leads: number; conversions: number; revenue: number };
type Campaign = {
  id: string;
  name: string;
  status: string;
  channel: string;
  utm: { source: string; medium: string; campaign: string };
};

async function api<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`/api/v1/workspaces/${ws}${path}`);
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  // The demo with its 90 days of events: well under 30 s alone, minutes on a machine shared by many runs.
  server = await startServer({ seedDemo: true, timeoutMs: 290_000 });
  browser = await launch();
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  const login = await page.request.post('/api/v1/auth/login', {
    data: { email: 'marketer@demo.tandem', password: 'tandem-demo' },
  });
  expect(login.status()).toBe(200);
  marketer = { context, page };
  ws = ((await (await page.request.get('/api/v1/me')).json()) as { workspaces: { id: string }[] })
    .workspaces[0]!.id;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  site?.close();
  await server?.stop();
});

describe("a campaign's results", () => {
  it('show the visit, the lead and the conversion a visitor from its UTM link made', async () => {
    const page = marketer.page;
    const sources = await api<{ items: { kind: string; key: string }[] }>(page, '/sources');
    const website = sources.items.find((s) => s.kind === 'website')!;
    const campaigns = await api<{ items: Campaign[] }>(page, '/campaigns?limit=100');
    // A running campaign with the demo's seeded results; the visitor's own add to them.
    const campaign = campaigns.items.find((c) => c.status === 'active' && c.channel === 'paid_search');
    expect(campaign, 'the demo runs a paid search campaign').toBeDefined();
    const results = () => api<Results>(page, `/campaigns/${campaign!.id}/results`);
    const before = await results();
    expect(before.visits).toBeGreaterThan(0);
    const { snippetFor } = await import(
      /* @vite-ignore */ new URL('../../src/modules/ingest/snippet.ts', import.meta.url).href
    );
    // The tracker skips localhost unless told and automated browsers unless the page says it is tested.
    const snippet = (snippetFor(server.baseUrl, website.key) as string).replace(
      '></script>',
      ' data-localhost></script>',
    );
    site = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Northwind semantic layer</title>
<script>window.__plausible = true;</script>
${snippet}
</head><body><main><h1>The semantic layer guide</h1>
<form id="demo"><label>Work email <input name="email" type="email" value="dana@prospect.example"></label>
<button type="submit">Request a demo</button></form>
<button id="buy" type="button">Buy the Team plan</button>
<script>
document.getElementById('demo').addEventListener('submit', function (e) {
  e.preventDefault();
  window.tandem('form_submit', { form: 'demo' });
});
document.getElementById('buy').addEventListener('click', function () {
  window.tandem('purchase', { revenue: 1200, plan: 'team' });
});
</script>
</main></body></html>`);
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

    // A visitor's browser: headless Chromium names itself HeadlessChrome, which the bot list rightly catches.
    const userAgent = (await browser.newBrowserCDPSession().then((c) => c.send('Browser.getVersion')))
      .userAgent;
    const visitorContext = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      userAgent: userAgent.replace('HeadlessChrome', 'Chrome'),
    });
    const visitor = await visitorContext.newPage();
    const errors: string[] = [];
    for (const p of [visitor, page]) {
      p.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      p.on('pageerror', (e) => errors.push(e.message));
    }
    const link = new URL(`${siteUrl}/semantic-layer`);
    link.searchParams.set('utm_source', campaign!.utm.source);
    link.searchParams.set('utm_medium', campaign!.utm.medium);
    link.searchParams.set('utm_campaign', campaign!.utm.campaign);
    const sent = (name: string) =>
      visitor.waitForRequest(
        (r) => r.url().includes('/ingest/plausible/') && (r.postData() ?? '').includes(name),
      );
    const pageview = sent('pageview');
    await visitor.goto(link.toString(), { referer: 'https://www.linkedin.com/' });
    await pageview;
    const lead = sent('form_submit');
    await visitor.getByRole('button', { name: 'Request a demo' }).click();
    await lead;
    const purchase = sent('purchase');
    await visitor.getByRole('button', { name: 'Buy the Team plan' }).click();
    await purchase;

    // The writer answers once committed; wait (no time assertion) until the last of the three counts.
    for (;;) {
      if ((await results()).conversions >= before.conversions + 2) break;
      await new Promise((r) => setTimeout(r, 200));
    }

    await page.goto(`/w/${ws}/campaigns/${campaign!.id}`);
    await settled(page);
    await seeText(page.getByRole('heading', { level: 1 }), campaign!.name);
    // Each figure shows its label, its value and maybe a hint (CampaignResults.tsx), in the app's formats.
    const value = (label: string) =>
      page.getByRole('group', { name: label, exact: true }).locator('p').nth(1);
    const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
    const money = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    });
    const exactly = (text: string) => new RegExp(`^${text.replace(/[$.]/g, '\\$&')}$`);
    // Last touch (the demo's model): the visit is the visitor's only touch, so it takes all of their credit.
    await seeText(value('Visits'), exactly(count.format(before.visits + 1)));
    await seeText(value('Leads'), exactly(count.format(before.leads + 1)));
    await seeText(value('Conversions'), exactly(count.format(before.conversions + 2)));
    await seeText(value('Revenue'), exactly(money.format(before.revenue + 1200)));
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'campaign-results');
    expect(errors).toEqual([]);
    await visitorContext.close();
  });
});
