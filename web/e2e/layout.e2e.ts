import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup';
import { accessibilityViolations, launch, screenshot, see, settled } from './harness';

/**
 * Layout at 1440×900 on the demo workspace (issue 12, defect 9): what a laptop screen must show without
 * cutting, overlapping or repeating, and what every first load must find (the favicon, a 404 page with a
 * way back).
 */

const WIDTH = 1440;
let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let ws: string;
const sessions = new Map<string, { context: BrowserContext; page: Page }>();

async function as(role: string): Promise<Page> {
  const existing = sessions.get(role);
  if (existing) return existing.page;
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: WIDTH, height: 900 },
  });
  const page = await context.newPage();
  const res = await page.request.post('/api/v1/auth/login', {
    data: { email: `${role}@demo.tandem`, password: 'tandem-demo' },
  });
  expect(res.status()).toBe(200);
  sessions.set(role, { context, page });
  return page;
}

/** Every 404 answer a page load met, by path. */
function missing(page: Page): string[] {
  const paths: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) paths.push(new URL(r.url()).pathname);
  });
  return paths;
}

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launch();
  const me = await (await (await as('marketer')).request.get('/api/v1/me')).json();
  ws = me.workspaces[0].id;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('layout at 1440×900', () => {
  it('shows every lane of the programs board without cutting one', async () => {
    const page = await as('marketer');
    await page.goto(`/w/${ws}/handoff`);
    await settled(page);
    const lanes = page.locator('section[aria-label$=" programs"]');
    await see(lanes);
    expect(await lanes.count()).toBeGreaterThanOrEqual(5);
    for (const lane of await lanes.all()) {
      const box = (await lane.boundingBox())!;
      expect(
        box.x + box.width,
        `${await lane.getAttribute('aria-label')} ends inside the window`,
      ).toBeLessThanOrEqual(WIDTH);
    }
    await screenshot(page, 'layout-handoff');
  });

  it('loads the favicon on the first load', async () => {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: WIDTH, height: 900 },
    });
    const page = await context.newPage();
    const notFound = missing(page);
    await page.goto('/login');
    await settled(page);
    expect(await page.locator('link[rel="icon"]').count(), 'a <link rel="icon">').toBe(1);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    const icon = await page.request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/^image\//);
    expect(notFound).toEqual([]);
    await context.close();
  });

  it('answers an unknown address inside the app frame, with a way home', async () => {
    const page = await as('marketer');
    for (const path of [`/w/${ws}/no-such-screen`, '/no-such-page']) {
      await page.goto(path);
      await settled(page);
      await see(page.getByRole('heading', { name: 'Page not found' }));
      await see(page.getByRole('navigation', { name: 'Main' }));
      await see(page.getByRole('link', { name: /Go to Home/ }));
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
    await screenshot(page, 'layout-not-found');
    await page.getByRole('link', { name: /Go to Home/ }).click();
    await see(page.getByRole('heading', { level: 1, name: /Good to see you/ }));
  });

  it('keeps the Home requirements card readable: Open on the title line, titles not cut short', async () => {
    const page = await as('pmm');
    await page.goto(`/w/${ws}`);
    await settled(page);
    const card = page.getByRole('region', { name: 'Requirements without an accepted program' });
    await see(card);
    const heading = (await card.getByRole('heading').boundingBox())!;
    const open = (await card.getByRole('link', { name: /^Open/ }).first().boundingBox())!;
    expect(open.y, 'Open sits on the title line').toBeLessThan(heading.y + heading.height / 2);
    const answer = await page.request.get(
      `/api/v1/workspaces/${ws}/requirements?covered=false&status=open&limit=6`,
    );
    const titles: string[] = (await answer.json()).items.map((r: { title: string }) => r.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) {
      const cut = await card
        .getByText(title, { exact: true })
        .evaluate((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
      expect(cut, `"${title}" is cut`).toBe(false);
    }
    await screenshot(page, 'layout-home-pmm');
  });

  it('aligns the New launch form and names the assignee once per checklist', async () => {
    const page = await as('pmm');
    await page.goto(`/w/${ws}/launches`);
    await settled(page);
    await page.getByRole('button', { name: 'New launch' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New launch' });
    await see(dialog);
    // Measured together once the dialog has finished sliding in.
    const offset = async () => {
      const [product, release] = await Promise.all([
        dialog.getByLabel('Product', { exact: true }).boundingBox(),
        dialog.getByLabel('Release', { exact: true }).boundingBox(),
      ]);
      return Math.abs(product!.y - release!.y);
    };
    await expect
      .poll(offset, { timeout: 3_000, message: 'Product and Release inputs on one line' })
      .toBeLessThan(2);
    await screenshot(page, 'layout-new-launch');
    await page.keyboard.press('Escape');

    const list = await (await page.request.get(`/api/v1/workspaces/${ws}/launches?limit=1`)).json();
    await page.goto(`/w/${ws}/launches/${list.items[0].id}`);
    await settled(page);
    const tables = page.getByRole('table', { name: / tasks$/ });
    await see(tables);
    const visibleLabels = await page.locator('label', { hasText: /^Assignee$/ }).count();
    expect(visibleLabels, 'no "Assignee" label on every row').toBe(0);
    await screenshot(page, 'layout-launch-checklist');
  });
});
