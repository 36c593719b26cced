import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup';
import { accessibilityViolations, launch, screenshot, settled } from './harness';

/**
 * Win / loss on the demo workspace: the page's win rates and deals, a deal opened, and a battlecard's
 * win / loss whose recent loss leads to its deal. axe clean at each step, screenshots in e2e/screenshots/.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let ws: string;

async function signIn(role: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  const res = await page.request.post('/api/v1/auth/login', {
    data: { email: `${role}@demo.tandem`, password: 'tandem-demo' },
  });
  expect(res.status()).toBe(200);
  return page;
}

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launch();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('win / loss', () => {
  it('shows sales the demo deals, their win rates, and the win / loss on a battlecard', async () => {
    const page = await signIn('sales');
    ws = (await (await page.request.get('/api/v1/me')).json()).workspaces[0].id;
    await page.goto(`/w/${ws}/deals`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Win / loss' }).waitFor();
    await page.getByRole('table', { name: 'Deals' }).waitFor();
    const summary = page.getByLabel('Win rate summary');
    expect(await summary.textContent()).toMatch(/Win rate\d+ %/);
    expect(await page.getByRole('table', { name: 'Win rate by competitor' }).textContent()).toContain(
      'Quantrix Cloud',
    );
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await screenshot(page, 'deals');
    expect(await accessibilityViolations(page), 'deals page').toEqual([]);

    await page.getByRole('button', { name: 'Record deal' }).click();
    await page.getByRole('dialog', { name: 'Record a deal' }).waitFor();
    expect(await accessibilityViolations(page), 'record deal form').toEqual([]);
    await page.keyboard.press('Escape');

    // A battlecard against Lumina BI shows the win rate and recent losses, each linking to its deal.
    const competitors = await (
      await page.request.get(`/api/v1/workspaces/${ws}/competitors?q=Lumina`)
    ).json();
    await page.goto(`/w/${ws}/competitors/${competitors.items[0].id}`);
    await settled(page);
    const losses = page.getByRole('table', { name: 'Recent losses to Lumina BI' }).first();
    await losses.waitFor();
    await page
      .getByLabel(/^Win rate against Lumina BI: \d+ %$/)
      .first()
      .waitFor();
    await screenshot(page, 'battlecard-win-loss');
    expect(await accessibilityViolations(page), 'battlecard with win / loss').toEqual([]);
    const link = losses.getByRole('link').first();
    const account = (await link.textContent())!;
    await link.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The deal is named after its buyer; the link shows the buyer.
    expect(await dialog.getByRole('heading').first().textContent()).toContain(account);
    expect(await dialog.getByLabel('Outcome').inputValue()).toBe('Lost');
  }, 120_000);
});
