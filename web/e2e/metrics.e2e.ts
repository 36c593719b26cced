import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup';
import { accessibilityViolations, launch, screenshot, settled } from './harness';

/**
 * Metrics on the demo workspace: Home shows the role's metric cards with a status at once, the metrics page
 * groups them by owner role, and sales pastes CRM values into a manual metric. Axe clean, 1440×900.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let ws: string;
const contexts: BrowserContext[] = [];

async function as(role: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1440, height: 900 },
  });
  contexts.push(context);
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
  const page = await as('marketer');
  ws = (await (await page.request.get('/api/v1/me')).json()).workspaces[0].id;
}, 240_000);
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

describe('metrics', () => {
  it('shows the marketer their metrics against target on Home', async () => {
    const page = await as('marketer');
    await page.goto(`/w/${ws}`);
    const strip = page.getByRole('region', { name: 'Marketer metrics' });
    await strip.getByRole('article', { name: 'Leads' }).waitFor();
    await settled(page);
    const cards = await strip.getByRole('article').count();
    expect(cards).toBeGreaterThanOrEqual(3);
    const lead = strip.getByRole('article', { name: 'Leads' });
    expect(await lead.getByText(/^(On track|At risk|Off track|No target|No data yet)$/).count()).toBe(1);
    expect(await lead.getByText(/target/i).count()).toBeGreaterThan(0);
    await screenshot(page, 'metrics-home-marketer');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('groups metrics by owner role, and lets sales paste CRM values into its manual metric', async () => {
    const page = await as('sales');
    await page.goto(`/w/${ws}/metrics`);
    await page.getByRole('heading', { level: 1, name: 'Metrics' }).waitFor();
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'metrics-page');
    await page.getByRole('link', { name: 'Pipeline created' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pipeline created' }).waitFor();
    await settled(page);
    await page.getByLabel('Paste CSV').fill('date,value\n2026-01-05,"$12,500"\n2026-01-12,lots');
    await page.getByRole('button', { name: 'Import values' }).click();
    await page.getByText(/1 imported; skipped row 2/).waitFor();
    await page.getByRole('cell', { name: '5 Jan 2026' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'metrics-detail-sales');
  });
});
