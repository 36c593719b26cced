import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  apiCall,
  baseUrl,
  launch,
  type Person,
  screenshot,
  see,
  seeText,
  settled,
  signUp,
} from './harness';

/**
 * Release notes from draft to the public changelog: a note drafted ahead of its release cannot be published
 * until the release ships, publishing asks first, and the public address serves it to a browser without an
 * account under the locked-down policy (nothing runs, only its own style), then answers 404 once turned off.
 */

let browser: Browser;
let pmm: Person;
let ws: string;
let api: string;
let release: { id: string; version: number };
let feature: { id: string; version: number };

beforeAll(async () => {
  browser = await launch();
  pmm = await signUp(browser, 'notes', 'Nora Notes');
  // A step that cannot happen fails with its locator named, well before the test's own time limit.
  pmm.context.setDefaultTimeout(20_000);
  ws = (await apiCall(pmm.page, 'POST', '/api/v1/workspaces', { name: 'Internal Workspace Name' })).id;
  api = `/api/v1/workspaces/${ws}`;
  const product = await apiCall(pmm.page, 'POST', `${api}/products`, { name: 'Northwind' });
  release = await apiCall(pmm.page, 'POST', `${api}/releases`, {
    name: 'Release 9.0',
    productId: product.id,
  });
  feature = await apiCall(pmm.page, 'POST', `${api}/features`, {
    productId: product.id,
    title: 'Single sign-on',
    status: 'planned',
    releaseId: release.id,
  });
  await apiCall(pmm.page, 'POST', `${api}/release-notes`, {
    releaseId: release.id,
    title: 'Sign in with your company account',
    visibility: 'public',
    featureIds: [feature.id],
    body: '## Highlights\n\n- **SAML** and OIDC\n- [Setup guide](https://example.com/sso)\n\n<img src=x onerror=alert(1)>',
  });
});
afterAll(() => browser?.close());

const step = async <T extends { version: number }>(path: string, row: T, status: string): Promise<T> =>
  apiCall(pmm.page, 'PATCH', path, { status, version: row.version });

describe('release notes and the public changelog', () => {
  it('drafts ahead of the release, renders the Markdown, and will not publish before it ships', async () => {
    const { page } = pmm;
    await page.goto(`/w/${ws}/release-notes`);
    const card = page.getByRole('article', { name: 'Sign in with your company account' });
    await see(card.getByRole('heading', { name: 'Highlights' }));
    expect(await card.locator('strong', { hasText: 'SAML' }).count()).toBe(1);
    expect(await card.textContent()).not.toMatch(/##|\*\*/);
    expect(await card.locator('img').count()).toBe(0);
    await card.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await seeText(dialog, 'Release 9.0 is planned, not released');
    expect(await dialog.getByRole('button', { name: 'Publish now' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'release-notes-publish-blocked');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('publishes once shipped, after asking, and serves it at a public address without an account', async () => {
    const { page } = pmm;
    feature = await step(`${api}/features/${feature.id}`, feature, 'in_progress');
    feature = await step(`${api}/features/${feature.id}`, feature, 'shipped');
    release = await step(`${api}/releases/${release.id}`, release, 'in_progress');
    release = await step(`${api}/releases/${release.id}`, release, 'released');

    await page.goto(`/w/${ws}/release-notes`);
    await page.getByRole('tab', { name: 'Public changelog preview' }).click();
    await page.getByRole('button', { name: 'Turn on public address' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Turn on' }).click();
    const address = page.getByRole('link', { name: new RegExp(`^${baseUrl()}/changelog/`) });
    await see(address);
    const url = (await address.getAttribute('href'))!;

    await page.getByRole('tab', { name: 'Notes by release' }).click();
    const card = page.getByRole('article', { name: 'Sign in with your company account' });
    await card.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await seeText(dialog, `Anyone can read it at the public changelog ${url}`);
    await dialog.getByRole('button', { name: 'Publish now' }).click();
    await seeText(card, 'Published');

    await page.getByRole('tab', { name: 'Public changelog preview' }).click();
    const preview = page.getByRole('region', { name: 'Changelog preview' });
    await see(preview.getByRole('heading', { name: 'Highlights' }));
    expect(await preview.locator('a[href*="/w/"]').count()).toBe(0);
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'release-notes-changelog-preview');

    const customer = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    customer.setDefaultTimeout(20_000);
    const reader = await customer.newPage();
    const res = await reader.goto(url);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toMatch(/^default-src 'none';.*sandbox/);
    expect(await reader.locator('h2').first().textContent()).toBe('Sign in with your company account');
    const rule = await reader.locator('header').evaluate((h) => getComputedStyle(h).borderBottomColor);
    expect(rule).toBe('rgb(34, 139, 230)');
    expect(await reader.locator('img, script').count()).toBe(0);
    expect(await reader.locator('a[href="https://example.com/sso"]').count()).toBe(1);
    const text = (await reader.locator('body').textContent()) ?? '';
    expect(text).not.toContain('Internal Workspace Name');
    expect(text).not.toContain('Single sign-on');
    await screenshot(reader, 'public-changelog');
    // The page's sandbox runs no script, axe's included: it checks the same markup in a page of its own.
    const copy = await customer.newPage();
    await copy.setContent((await res!.text()) ?? '');
    expect(await accessibilityViolations(copy)).toEqual([]);

    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Turn off' }).click();
    await see(page.getByRole('button', { name: 'Turn on public address' }));
    expect((await reader.goto(url))?.status()).toBe(404);
    await customer.close();
  });
});
