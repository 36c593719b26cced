import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup';
import { accessibilityViolations, launch, screenshot, settled } from './harness';

/**
 * The product marketing and product management dashboards and a launch's Results tab on the demo workspace,
 * at 1440×900: reached from the navigation, no error shown, no serious or critical axe violation, screenshots
 * (web/e2e/screenshots/dashboard-*.png). Sales see the product marketing dashboard without survey figures.
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
}, 240_000);
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

async function clean(page: Page, name: string) {
  await settled(page);
  await screenshot(page, `dashboard-${name}`);
  expect(await page.getByRole('alert').allTextContents(), `${name}: an error is shown`).toEqual([]);
  expect(await accessibilityViolations(page), name).toEqual([]);
}

describe('product dashboards', () => {
  it('product marketing: from the navigation, with KPI cards and launches', async () => {
    const page = await as('pmm');
    ws = (await (await page.request.get('/api/v1/me')).json()).workspaces[0].id;
    await page.goto(`/w/${ws}/launches`);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Dashboard' })
      .and(page.locator(`[href="/w/${ws}/dashboards/product-marketing"]`))
      .click();
    await page.getByRole('heading', { level: 1, name: 'Product marketing dashboard' }).waitFor();
    await page.getByRole('region', { name: 'NPS', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Win rate', exact: true }).waitFor();
    await clean(page, 'product-marketing');
  });

  it('product marketing as sales: no survey figures, and the reason', async () => {
    const page = await as('sales');
    await page.goto(`/w/${ws}/dashboards/product-marketing`);
    await page.getByText('Survey results are not shown to your role').waitFor();
    expect(await page.getByRole('region', { name: 'NPS', exact: true }).count()).toBe(0);
    await clean(page, 'product-marketing-sales');
  });

  it('product management, and a launch’s results', async () => {
    const page = await as('pm');
    await page.goto(`/w/${ws}/dashboards/product-management`);
    await page.getByRole('heading', { level: 1, name: 'Product management dashboard' }).waitFor();
    await page.getByRole('table', { name: 'Weekly retention cohorts' }).waitFor();
    await clean(page, 'product-management');

    const launches = await (await page.request.get(`/api/v1/workspaces/${ws}/launches?limit=1`)).json();
    await page.goto(`/w/${ws}/launches/${launches.items[0].id}`);
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByRole('region', { name: 'Results', exact: true }).waitFor();
    await clean(page, 'launch-results');
  });
});
