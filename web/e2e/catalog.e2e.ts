import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup';
import {
  accessibilityViolations,
  launch,
  newTeam,
  screenshot,
  see,
  seeText,
  settled,
  type Team,
} from './harness';

/**
 * The catalog from an empty workspace: a product line, a product and a release made in the browser, the
 * release's capacity and status edited; then, on the demo workspace, a feature planned into a release of its
 * product line (the release picker used to be empty there). No console error, axe clean on each screen.
 */

let browser: Browser;
let team: Team;
const consoleErrors: string[] = [];
const watch = (page: Page) =>
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()} (${m.location().url})`);
  });

beforeAll(async () => {
  browser = await launch();
  team = await newTeam(browser, 'Catalog E2E');
  watch(team.pm.page);
  watch(team.sales.page);
});
afterAll(async () => browser?.close());

/** A Mantine Select by its label (a combobox or a textbox, as Chromium computes it). */
const select = (scope: Page | Locator, name: string) =>
  scope
    .getByRole('combobox', { name, exact: true })
    .or(scope.getByRole('textbox', { name, exact: true }))
    .first();

async function clean(page: Page, name: string) {
  await settled(page);
  await screenshot(page, `catalog-${name}`);
  expect(await accessibilityViolations(page), name).toEqual([]);
}

describe('catalog screens', () => {
  it('creates a product line, a product and a release, and edits capacity and status', async () => {
    const { page } = team.pm;
    const ws = `/w/${team.workspaceId}`;
    await page.goto(`${ws}/products`);
    await see(page.getByText('No products yet'));
    await clean(page, 'products-empty');

    await page.getByRole('button', { name: 'New product line' }).first().click();
    const lineDialog = page.getByRole('dialog', { name: 'New product line' });
    await lineDialog.getByLabel('Name').fill('Acme Analytics Platform');
    await lineDialog.getByLabel('Vision').fill('Numbers everyone in the company trusts.');
    await lineDialog.getByRole('button', { name: 'Create product line' }).click();
    await lineDialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'New product', exact: true }).first().click();
    const productDialog = page.getByRole('dialog', { name: 'New product' });
    await productDialog.getByLabel('Name').fill('Acme Dashboards');
    await select(productDialog, 'Product line').click();
    await page.getByRole('option', { name: 'Acme Analytics Platform' }).click();
    await productDialog.getByRole('button', { name: 'Create product' }).click();
    await productDialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Products' });
    await see(table.getByRole('link', { name: 'Acme Dashboards' }));
    await see(table.getByText('Product line'));
    await clean(page, 'products');

    await page.goto(`${ws}/releases`);
    await see(page.getByText('No releases yet'));
    await page.getByRole('button', { name: 'New release' }).first().click();
    const releaseDialog = page.getByRole('dialog', { name: 'New release' });
    await releaseDialog.getByLabel('Name').fill('Acme 1.0');
    await select(releaseDialog, 'Product or product line').click();
    await page.getByRole('option', { name: 'Acme Analytics Platform (whole line)' }).click();
    await releaseDialog.getByRole('textbox', { name: 'Capacity', exact: true }).fill('10');
    await releaseDialog.getByRole('button', { name: 'Create release' }).click();
    await releaseDialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Acme 1.0' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme 1.0' }).waitFor();

    await page.getByRole('textbox', { name: 'Capacity', exact: true }).fill('12');
    await select(page, 'Status').click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await page.getByRole('button', { name: 'Save release' }).click();
    await seeText(page.getByRole('region', { name: 'Load' }), '0 of 12 capacity planned');
    await seeText(page.getByRole('heading', { level: 1 }).locator('..'), 'In progress');
    expect(await select(page, 'Status').inputValue()).toBe('In progress (current)');
    await clean(page, 'release-detail');

    // Sales reads the release and comments on it; the form is closed to them and says who owns it.
    const sales = team.sales.page;
    await sales.goto(page.url().replace(/^.*\/w\//, '/w/'));
    await see(sales.getByRole('note').filter({ hasText: 'Read only for your role' }));
    await sales.getByLabel('Add a comment').fill('Customers ask when 1.0 ships.');
    await sales.getByRole('button', { name: 'Comment', exact: true }).click();
    await see(sales.getByRole('region', { name: 'Comments' }).getByText('Customers ask when 1.0 ships.'));
    await clean(sales, 'release-detail-sales');
    expect(consoleErrors).toEqual([]);
  });
});

describe('release picker on the demo workspace', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ seedDemo: true });
  }, 240_000);
  afterAll(async () => server?.stop());

  it("plans a product's feature into its product line's release", async () => {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    watch(page);
    const login = await page.request.post('/api/v1/auth/login', {
      data: { email: 'pm@demo.tandem', password: 'tandem-demo' },
    });
    expect(login.status()).toBe(200);
    const me = await (await page.request.get('/api/v1/me')).json();
    const ws = me.workspaces[0].id as string;
    const list = await (
      await page.request.get(`/api/v1/workspaces/${ws}/features?limit=200&releaseId=none`)
    ).json();
    const feature = (list.items as { id: string; status: string; title: string }[]).find(
      (f) => f.status === 'idea' || f.status === 'discovery' || f.status === 'planned',
    )!;
    await page.goto(`/w/${ws}/features/${feature.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settled(page);
    await select(page, 'Release').click();
    // Release 7.4 belongs to the product line, not to the feature's product.
    await page.getByRole('option', { name: /Release 7\.4/ }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await see(page.getByText('Saved', { exact: true }));
    const saved = await (await page.request.get(`/api/v1/workspaces/${ws}/features/${feature.id}`)).json();
    const releases = await (await page.request.get(`/api/v1/workspaces/${ws}/releases?limit=200`)).json();
    expect(releases.items.find((r: { id: string }) => r.id === saved.releaseId)?.name).toBe('Release 7.4');
    await screenshot(page, 'catalog-feature-planned-in-line-release');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
